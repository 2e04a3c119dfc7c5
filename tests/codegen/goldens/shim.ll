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
  %"verdict" = phi  i32 [129, %"exit"], [2, %"unknown"], [2, %"exit.1"], [2, %"exit.2"], [2, %"exit.3"], [0, %"later_fragment"], [0, %"exit.4"], [0, %"unknown.1"], [0, %"exit.5"], [0, %"exit.6"], [2, %"exit.7"], [0, %"exit.8"], [0, %"unknown.2"], [0, %"exit.9"], [0, %"exit.10"], [2, %"exit.11"], [2, %"unknown.3"], [2, %"exit.12"], [0, %"unknown.4"], [0, %"exit.13"], [2, %"exit.14"], [2, %"exit.15"], [2, %"unknown.5"], [2, %"exit.16"], [0, %"unknown.6"], [2, %"exit.17"], [2, %"exit.18"], [0, %"unknown.7"], [2, %"exit.19"], [2, %"exit.20"], [0, %"variable_part.2"], [2, %"exit.21"], [0, %"exit.22"], [2, %"exit.23"], [0, %"exit.24"], [2, %"unknown.8"], [2, %"exit.25"], [0, %"header.9"], [2, %"exit.26"], [0, %"header.10"], [2, %"exit.27"], [0, %"header.11"], [2, %"exit.28"], [0, %"header.12"], [2, %"exit.29"], [0, %"header.13"], [2, %"exit.30"], [2, %"exit.31"], [2, %"exit.32"], [0, %"later_fragment.1"], [0, %"exit.33"], [0, %"unknown.9"], [0, %"exit.34"], [0, %"cont.34"], [0, %"exit.35"], [0, %"cont.35"], [2, %"exit.36"], [0, %"exit.37"], [0, %"unknown.10"], [0, %"exit.38"], [0, %"cont.38"], [0, %"exit.39"], [0, %"cont.39"], [2, %"exit.40"], [2, %"exit.41"], [0, %"unknown.11"], [0, %"exit.42"], [0, %"exit.43"], [2, %"exit.44"], [0, %"later_fragment.2"], [0, %"exit.45"], [0, %"unknown.12"], [0, %"exit.46"], [0, %"exit.47"], [2, %"exit.48"], [0, %"header.18"], [2, %"exit.49"], [2, %"unknown.13"], [0, %"to_vlan.4"], [0, %"to_vlan.5"], [2, %"exit.50"], [0, %"unknown.14"], [0, %"exit.51"], [2, %"exit.52"], [0, %"unknown.15"], [2, %"exit.53"], [2, %"exit.54"], [2, %"exit.55"], [0, %"variable_part.6"], [2, %"exit.56"], [0, %"exit.57"], [0, %"unknown.16"], [2, %"exit.58"], [0, %"exit.59"], [2, %"exit.60"], [0, %"exit.61"], [0, %"unknown.17"], [2, %"exit.62"], [0, %"exit.63"], [2, %"exit.64"], [0, %"exit.65"], [0, %"unknown.18"], [2, %"exit.66"], [0, %"exit.67"], [0, %"exit.68"], [0, %"unknown.19"], [2, %"exit.69"], [0, %"exit.70"], [0, %"unknown.20"], [2, %"exit.71"], [2, %"unknown.21"], [2, %"exit.72"], [0, %"unknown.22"], [0, %"exit.73"], [0, %"cont.73"], [2, %"exit.74"], [2, %"exit.75"], [0, %"unknown.23"], [2, %"exit.76"], [0, %"exit.77"], [2, %"exit.78"], [0, %"exit.79"], [2, %"unknown.24"], [0, %"to_ipv4.16"], [0, %"to_ipv6.15"], [0, %"to_ethernet.3"], [0, %"to_mpls.21"], [0, %"to_mpls.22"], [2, %"exit.80"], [2, %"exit.81"], [0, %"unknown.25"], [0, %"exit.82"], [0, %"cont.82"], [0, %"exit.83"], [0, %"cont.83"], [2, %"exit.84"], [0, %"later_fragment.3"], [0, %"exit.85"], [0, %"unknown.26"], [0, %"exit.86"], [0, %"cont.86"], [0, %"exit.87"], [0, %"cont.87"], [2, %"exit.88"], [2, %"exit.89"], [0, %"unknown.27"], [0, %"exit.90"], [0, %"exit.91"], [2, %"exit.92"], [0, %"later_fragment.4"], [0, %"exit.93"], [0, %"unknown.28"], [0, %"exit.94"], [0, %"exit.95"], [2, %"exit.96"], [0, %"unknown.29"], [0, %"exit.97"], [2, %"exit.98"], [0, %"unknown.30"], [2, %"exit.99"], [0, %"unknown.31"], [2, %"exit.100"], [2, %"unknown.32"], [2, %"exit.101"], [2, %"exit.102"], [2, %"unknown.33"], [2, %"exit.103"], [0, %"unknown.34"], [0, %"exit.104"], [0, %"cont.104"], [2, %"exit.105"], [0, %"exit.106"], [0, %"unknown.35"], [0, %"to_ethernet.4"], [2, %"exit.107"], [0, %"exit.108"], [2, %"exit.109"], [0, %"exit.110"], [0, %"unknown.36"], [0, %"to_ethernet.5"], [0, %"to_ipv4.23"], [0, %"to_ipv6.22"], [2, %"exit.111"], [0, %"exit.112"], [2, %"exit.113"], [0, %"exit.114"], [0, %"unknown.37"], [0, %"to_ipv4.24"], [0, %"to_ipv6.23"], [2, %"exit.115"], [0, %"exit.116"], [0, %"exit.117"], [0, %"unknown.38"], [0, %"to_ip_version.7"], [0, %"to_gtpu_opt.1"], [0, %"to_gtpu_seq.1"], [2, %"exit.118"], [0, %"exit.119"], [0, %"unknown.39"], [0, %"to_ipv4.25"], [2, %"exit.120"], [2, %"exit.121"], [0, %"unknown.40"], [0, %"exit.122"], [0, %"cont.122"], [0, %"exit.123"], [0, %"cont.123"], [2, %"exit.124"], [0, %"later_fragment.5"], [0, %"exit.125"], [0, %"unknown.41"], [0, %"exit.126"], [0, %"cont.126"], [0, %"exit.127"], [0, %"cont.127"], [2, %"exit.128"], [2, %"exit.129"], [0, %"unknown.42"], [0, %"to_ipv6_opts.30"], [0, %"to_ipv6_opts.31"], [0, %"to_ipv6_opts.32"], [0, %"to_ipv6_frag.10"], [0, %"exit.130"], [0, %"exit.131"], [2, %"exit.132"], [0, %"later_fragment.6"], [0, %"exit.133"], [0, %"unknown.43"], [0, %"to_ipv6_opts.33"], [0, %"to_ipv6_opts.34"], [0, %"to_ipv6_opts.35"], [0, %"to_ipv6_frag.11"], [0, %"exit.134"], [0, %"exit.135"], [2, %"exit.136"], [0, %"unknown.44"], [0, %"to_mpls.37"], [0, %"exit.137"], [2, %"exit.138"], [0, %"unknown.45"], [2, %"exit.139"], [2, %"unknown.46"], [0, %"to_vlan.10"], [0, %"to_vlan.11"], [2, %"exit.140"], [0, %"unknown.47"], [0, %"exit.141"], [0, %"cont.141"], [2, %"exit.142"], [2, %"exit.143"], [0, %"unknown.48"], [0, %"to_ipv6_opts.36"], [0, %"to_ipv6_opts.37"], [0, %"to_ipv6_opts.38"], [0, %"to_ipv6_frag.12"], [0, %"exit.144"], [0, %"cont.144"], [0, %"exit.145"], [0, %"cont.145"], [2, %"exit.146"], [0, %"later_fragment.7"], [0, %"exit.147"], [0, %"unknown.49"], [0, %"to_ipv6_opts.39"], [0, %"to_ipv6_opts.40"], [0, %"to_ipv6_opts.41"], [0, %"to_ipv6_frag.13"], [0, %"exit.148"], [0, %"cont.148"], [0, %"exit.149"], [0, %"cont.149"], [2, %"exit.150"], [2, %"exit.151"], [2, %"exit.152"], [0, %"unknown.50"], [2, %"exit.153"], [0, %"unknown.51"], [0, %"to_mpls.43"], [0, %"exit.154"], [0, %"cont.154"], [2, %"exit.155"], [0, %"unknown.52"], [2, %"exit.156"], [2, %"exit.157"], [2, %"exit.158"], [0, %"unknown.53"], [2, %"exit.159"], [0, %"unknown.54"], [0, %"to_gtpu_ext.2"]
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
  br label %"mpls_d0_mpls_labels1"
to_mpls.1:
  br label %"mpls_d0_mpls_labels1"
to_pppoe:
  br label %"pppoe_d0"
ipv4_d0:
  %"cursor.1" = phi  i64 [%".21", %"to_ipv4"], [%".395", %"to_ipv4.3"], [%"cursor.33", %"to_ipv4.4"], [%"cursor.106", %"to_ipv4.10"]
  %"data.2" = phi  ptr [%"data.1", %"to_ipv4"], [%"data.28", %"to_ipv4.3"], [%"data.35", %"to_ipv4.4"], [%"data.89", %"to_ipv4.10"]
  %"data_end.2" = phi  ptr [%"data_end.1", %"to_ipv4"], [%"data_end.28", %"to_ipv4.3"], [%"data_end.35", %"to_ipv4.4"], [%"data_end.89", %"to_ipv4.10"]
  %"keys.2" = phi  ptr [%"keys.1", %"to_ipv4"], [%"keys.28", %"to_ipv4.3"], [%"keys.35", %"to_ipv4.4"], [%"keys.89", %"to_ipv4.10"]
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
  %"cursor.2" = phi  i64 [%".21", %"to_ipv6"], [%".395", %"to_ipv6.3"], [%"cursor.34", %"to_ipv6.4"], [%"cursor.107", %"to_ipv6.10"]
  %"data.3" = phi  ptr [%"data.1", %"to_ipv6"], [%"data.28", %"to_ipv6.3"], [%"data.35", %"to_ipv6.4"], [%"data.89", %"to_ipv6.10"]
  %"data_end.3" = phi  ptr [%"data_end.1", %"to_ipv6"], [%"data_end.28", %"to_ipv6.3"], [%"data_end.35", %"to_ipv6.4"], [%"data_end.89", %"to_ipv6.10"]
  %"keys.3" = phi  ptr [%"keys.1", %"to_ipv6"], [%"keys.28", %"to_ipv6.3"], [%"keys.35", %"to_ipv6.4"], [%"keys.89", %"to_ipv6.10"]
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
mpls_d0_mpls_labels1:
  %"cursor.4" = phi  i64 [%".21", %"to_mpls"], [%".21", %"to_mpls.1"], [%"cursor.15", %"to_mpls.2"], [%"cursor.24", %"to_mpls.3"], [%"cursor.28", %"to_mpls.4"], [%"cursor.29", %"to_mpls.5"], [%"cursor.35", %"to_mpls.7"], [%"cursor.36", %"to_mpls.8"], [%"cursor.88", %"to_mpls.13"], [%"cursor.103", %"to_mpls.14"], [%"cursor.108", %"to_mpls.15"], [%"cursor.109", %"to_mpls.16"], [%"cursor.190", %"to_mpls.25"], [%"cursor.205", %"to_mpls.26"], [%"cursor.266", %"to_mpls.35"], [%"cursor.278", %"to_mpls.36"]
  %"data.5" = phi  ptr [%"data.1", %"to_mpls"], [%"data.1", %"to_mpls.1"], [%"data.10", %"to_mpls.2"], [%"data.23", %"to_mpls.3"], [%"data.28", %"to_mpls.4"], [%"data.28", %"to_mpls.5"], [%"data.35", %"to_mpls.7"], [%"data.35", %"to_mpls.8"], [%"data.81", %"to_mpls.13"], [%"data.85", %"to_mpls.14"], [%"data.89", %"to_mpls.15"], [%"data.89", %"to_mpls.16"], [%"data.146", %"to_mpls.25"], [%"data.150", %"to_mpls.26"], [%"data.192", %"to_mpls.35"], [%"data.194", %"to_mpls.36"]
  %"data_end.5" = phi  ptr [%"data_end.1", %"to_mpls"], [%"data_end.1", %"to_mpls.1"], [%"data_end.10", %"to_mpls.2"], [%"data_end.23", %"to_mpls.3"], [%"data_end.28", %"to_mpls.4"], [%"data_end.28", %"to_mpls.5"], [%"data_end.35", %"to_mpls.7"], [%"data_end.35", %"to_mpls.8"], [%"data_end.81", %"to_mpls.13"], [%"data_end.85", %"to_mpls.14"], [%"data_end.89", %"to_mpls.15"], [%"data_end.89", %"to_mpls.16"], [%"data_end.146", %"to_mpls.25"], [%"data_end.150", %"to_mpls.26"], [%"data_end.192", %"to_mpls.35"], [%"data_end.194", %"to_mpls.36"]
  %"keys.5" = phi  ptr [%"keys.1", %"to_mpls"], [%"keys.1", %"to_mpls.1"], [%"keys.10", %"to_mpls.2"], [%"keys.23", %"to_mpls.3"], [%"keys.28", %"to_mpls.4"], [%"keys.28", %"to_mpls.5"], [%"keys.35", %"to_mpls.7"], [%"keys.35", %"to_mpls.8"], [%"keys.81", %"to_mpls.13"], [%"keys.85", %"to_mpls.14"], [%"keys.89", %"to_mpls.15"], [%"keys.89", %"to_mpls.16"], [%"keys.146", %"to_mpls.25"], [%"keys.150", %"to_mpls.26"], [%"keys.192", %"to_mpls.35"], [%"keys.194", %"to_mpls.36"]
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
  switch i64 %".450", label %"unknown.4" [i64 0, label %"to_mpls.6" i64 1, label %"to_ip_version"]
pppoe_d0:
  %"cursor.5" = phi  i64 [%".21", %"to_pppoe"], [%".395", %"to_pppoe.1"], [%"cursor.110", %"to_pppoe.2"]
  %"data.6" = phi  ptr [%"data.1", %"to_pppoe"], [%"data.28", %"to_pppoe.1"], [%"data.89", %"to_pppoe.2"]
  %"data_end.6" = phi  ptr [%"data_end.1", %"to_pppoe"], [%"data_end.28", %"to_pppoe.1"], [%"data_end.89", %"to_pppoe.2"]
  %"keys.6" = phi  ptr [%"keys.1", %"to_pppoe"], [%"keys.28", %"to_pppoe.1"], [%"keys.89", %"to_pppoe.2"]
  %"hdr.4" = getelementptr i8, ptr %"data.6", i64 %"cursor.5"
  %".473" = getelementptr i8, ptr %"hdr.4", i64 8
  %".474" = icmp ugt ptr %".473", %"data_end.6"
  br i1 %".474", label %"copy.4", label %"linear.4", !prof !0
linear.4:
  %".476" = getelementptr i8, ptr %"hdr.4", i64 0
  %".477" = load i8, ptr %".476", align 1
  %".478" = getelementptr i8, ptr %"hdr.4", i64 1
  %".479" = load i8, ptr %".478", align 1
  %".480" = getelementptr i8, ptr %"hdr.4", i64 6
  %".481" = load i16, ptr %".480", align 2
  br label %"header.4"
header.4:
  %"w0_1.1" = phi  i8 [%".477", %"linear.4"], [%".500", %"cont.14"]
  %"w1_1" = phi  i8 [%".479", %"linear.4"], [%".502", %"cont.14"]
  %"w6_2.1" = phi  i16 [%".481", %"linear.4"], [%".504", %"cont.14"]
  %"data.35" = phi  ptr [%"data.6", %"linear.4"], [%"data.34", %"cont.14"]
  %"data_end.35" = phi  ptr [%"data_end.6", %"linear.4"], [%"data_end.34", %"cont.14"]
  %"keys.35" = phi  ptr [%"keys.6", %"linear.4"], [%"keys.34", %"cont.14"]
  %".506" = zext i8 %"w0_1.1" to i64
  %".507" = lshr i64 %".506", 4
  %".508" = and i64 %".507", 15
  %".509" = icmp eq i64 %".508", 1
  %".510" = zext i8 %"w0_1.1" to i64
  %".511" = and i64 %".510", 15
  %".512" = icmp eq i64 %".511", 1
  %".513" = and i1 %".509", %".512"
  %".514" = zext i8 %"w1_1" to i64
  %".515" = icmp eq i64 %".514", 0
  %".516" = and i1 %".513", %".515"
  %".517" = xor i1 %".516", -1
  br i1 %".517", label %"exit.15", label %"cont.15"
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
  br label %"udp_d0"
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
  br label %"mpls_d0_mpls_labels1"
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
  %"cursor.6" = phi  i64 [%"end", %"to_tcp"], [%".284", %"to_tcp.1"], [%"cursor.50", %"to_tcp.2"], [%"cursor.67", %"to_tcp.3"], [%"cursor.79", %"to_tcp.4"], [%"cursor.94", %"to_tcp.5"], [%"cursor.154", %"to_tcp.6"], [%"cursor.168", %"to_tcp.7"], [%"cursor.181", %"to_tcp.8"], [%"cursor.196", %"to_tcp.9"], [%"cursor.233", %"to_tcp.10"], [%"cursor.247", %"to_tcp.11"], [%"cursor.257", %"to_tcp.12"], [%"cursor.269", %"to_tcp.13"], [%"cursor.292", %"to_tcp.14"], [%"cursor.302", %"to_tcp.15"]
  %"data.11" = phi  ptr [%"data.10", %"to_tcp"], [%"data.23", %"to_tcp.1"], [%"data.71", %"to_tcp.2"], [%"data.75", %"to_tcp.3"], [%"data.81", %"to_tcp.4"], [%"data.85", %"to_tcp.5"], [%"data.138", %"to_tcp.6"], [%"data.142", %"to_tcp.7"], [%"data.146", %"to_tcp.8"], [%"data.150", %"to_tcp.9"], [%"data.184", %"to_tcp.10"], [%"data.188", %"to_tcp.11"], [%"data.192", %"to_tcp.12"], [%"data.194", %"to_tcp.13"], [%"data.208", %"to_tcp.14"], [%"data.210", %"to_tcp.15"]
  %"data_end.11" = phi  ptr [%"data_end.10", %"to_tcp"], [%"data_end.23", %"to_tcp.1"], [%"data_end.71", %"to_tcp.2"], [%"data_end.75", %"to_tcp.3"], [%"data_end.81", %"to_tcp.4"], [%"data_end.85", %"to_tcp.5"], [%"data_end.138", %"to_tcp.6"], [%"data_end.142", %"to_tcp.7"], [%"data_end.146", %"to_tcp.8"], [%"data_end.150", %"to_tcp.9"], [%"data_end.184", %"to_tcp.10"], [%"data_end.188", %"to_tcp.11"], [%"data_end.192", %"to_tcp.12"], [%"data_end.194", %"to_tcp.13"], [%"data_end.208", %"to_tcp.14"], [%"data_end.210", %"to_tcp.15"]
  %"keys.11" = phi  ptr [%"keys.10", %"to_tcp"], [%"keys.23", %"to_tcp.1"], [%"keys.71", %"to_tcp.2"], [%"keys.75", %"to_tcp.3"], [%"keys.81", %"to_tcp.4"], [%"keys.85", %"to_tcp.5"], [%"keys.138", %"to_tcp.6"], [%"keys.142", %"to_tcp.7"], [%"keys.146", %"to_tcp.8"], [%"keys.150", %"to_tcp.9"], [%"keys.184", %"to_tcp.10"], [%"keys.188", %"to_tcp.11"], [%"keys.192", %"to_tcp.12"], [%"keys.194", %"to_tcp.13"], [%"keys.208", %"to_tcp.14"], [%"keys.210", %"to_tcp.15"]
  %"hdr.5" = getelementptr i8, ptr %"data.11", i64 %"cursor.6"
  %".566" = getelementptr i8, ptr %"hdr.5", i64 4
  %".567" = icmp ugt ptr %".566", %"data_end.11"
  br i1 %".567", label %"copy.5", label %"linear.5", !prof !0
linear.5:
  %".569" = getelementptr i8, ptr %"hdr.5", i64 0
  %".570" = load i16, ptr %".569", align 2
  %".571" = getelementptr i8, ptr %"hdr.5", i64 2
  %".572" = load i16, ptr %".571", align 2
  br label %"header.5"
header.5:
  %"w0_2" = phi  i16 [%".570", %"linear.5"], [%".591", %"cont.16"]
  %"w2_2.1" = phi  i16 [%".572", %"linear.5"], [%".593", %"cont.16"]
  %"data.37" = phi  ptr [%"data.11", %"linear.5"], [%"data.36", %"cont.16"]
  %"data_end.37" = phi  ptr [%"data_end.11", %"linear.5"], [%"data_end.36", %"cont.16"]
  %"keys.37" = phi  ptr [%"keys.11", %"linear.5"], [%"keys.36", %"cont.16"]
  %".595" = call i16 @"llvm.bswap.i16"(i16 %"w0_2")
  %".596" = zext i16 %".595" to i64
  %".597" = trunc i64 %".596" to i16
  %".598" = call i16 @"llvm.bswap.i16"(i16 %".597")
  %".599" = getelementptr i8, ptr %"keys.37", i64 12
  store i16 %".598", ptr %".599", align 2
  %".601" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.1")
  %".602" = zext i16 %".601" to i64
  %".603" = trunc i64 %".602" to i16
  %".604" = call i16 @"llvm.bswap.i16"(i16 %".603")
  %".605" = getelementptr i8, ptr %"keys.37", i64 14
  store i16 %".604", ptr %".605", align 2
  switch i64 0, label %"unknown.6" [i64 0, label %"to_tcp_header"]
udp_d0:
  %"cursor.7" = phi  i64 [%"end", %"to_udp"], [%".284", %"to_udp.1"], [%"cursor.80", %"to_udp.4"], [%"cursor.95", %"to_udp.5"], [%"cursor.182", %"to_udp.8"], [%"cursor.197", %"to_udp.9"], [%"cursor.258", %"to_udp.12"], [%"cursor.270", %"to_udp.13"]
  %"data.12" = phi  ptr [%"data.10", %"to_udp"], [%"data.23", %"to_udp.1"], [%"data.81", %"to_udp.4"], [%"data.85", %"to_udp.5"], [%"data.146", %"to_udp.8"], [%"data.150", %"to_udp.9"], [%"data.192", %"to_udp.12"], [%"data.194", %"to_udp.13"]
  %"data_end.12" = phi  ptr [%"data_end.10", %"to_udp"], [%"data_end.23", %"to_udp.1"], [%"data_end.81", %"to_udp.4"], [%"data_end.85", %"to_udp.5"], [%"data_end.146", %"to_udp.8"], [%"data_end.150", %"to_udp.9"], [%"data_end.192", %"to_udp.12"], [%"data_end.194", %"to_udp.13"]
  %"keys.12" = phi  ptr [%"keys.10", %"to_udp"], [%"keys.23", %"to_udp.1"], [%"keys.81", %"to_udp.4"], [%"keys.85", %"to_udp.5"], [%"keys.146", %"to_udp.8"], [%"keys.150", %"to_udp.9"], [%"keys.192", %"to_udp.12"], [%"keys.194", %"to_udp.13"]
  %"hdr.6" = getelementptr i8, ptr %"data.12", i64 %"cursor.7"
  %".613" = getelementptr i8, ptr %"hdr.6", i64 4
  %".614" = icmp ugt ptr %".613", %"data_end.12"
  br i1 %".614", label %"copy.6", label %"linear.6", !prof !0
linear.6:
  %".616" = getelementptr i8, ptr %"hdr.6", i64 0
  %".617" = load i16, ptr %".616", align 2
  %".618" = getelementptr i8, ptr %"hdr.6", i64 2
  %".619" = load i16, ptr %".618", align 2
  br label %"header.6"
header.6:
  %"w0_2.1" = phi  i16 [%".617", %"linear.6"], [%".638", %"cont.17"]
  %"w2_2.2" = phi  i16 [%".619", %"linear.6"], [%".640", %"cont.17"]
  %"data.40" = phi  ptr [%"data.12", %"linear.6"], [%"data.39", %"cont.17"]
  %"data_end.40" = phi  ptr [%"data_end.12", %"linear.6"], [%"data_end.39", %"cont.17"]
  %"keys.40" = phi  ptr [%"keys.12", %"linear.6"], [%"keys.39", %"cont.17"]
  %".642" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.1")
  %".643" = zext i16 %".642" to i64
  %".644" = trunc i64 %".643" to i16
  %".645" = call i16 @"llvm.bswap.i16"(i16 %".644")
  %".646" = getelementptr i8, ptr %"keys.40", i64 12
  store i16 %".645", ptr %".646", align 2
  %".648" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.2")
  %".649" = zext i16 %".648" to i64
  %".650" = trunc i64 %".649" to i16
  %".651" = call i16 @"llvm.bswap.i16"(i16 %".650")
  %".652" = getelementptr i8, ptr %"keys.40", i64 14
  store i16 %".651", ptr %".652", align 2
  %".654" = add i64 %"cursor.7", 4
  %".655" = add i64 4, 4
  %".656" = getelementptr i8, ptr %"data.40", i64 %"cursor.7"
  %".657" = getelementptr i8, ptr %".656", i64 %".655"
  %".658" = icmp ugt ptr %".657", %"data_end.40"
  br i1 %".658", label %"copy_last_byte.1", label %"variable_part.1", !prof !0
variable_part.1:
  %"data.42" = phi  ptr [%"data.40", %"header.6"], [%"data.41", %"cont.18"]
  %"data_end.42" = phi  ptr [%"data_end.40", %"header.6"], [%"data_end.41", %"cont.18"]
  %"keys.42" = phi  ptr [%"keys.40", %"header.6"], [%"keys.41", %"cont.18"]
  %"end.1" = add i64 %"cursor.7", %".655"
  %".679" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.2")
  %".680" = zext i16 %".679" to i64
  switch i64 %".680", label %"unknown.7" [i64 4789, label %"to_vxlan" i64 6081, label %"to_geneve" i64 6080, label %"to_gue" i64 2152, label %"to_gtpu" i64 7777, label %"to_shim"]
udplite:
  %"cursor.8" = phi  i64 [%"end", %"to_udplite"], [%".284", %"to_udplite.1"], [%"cursor.53", %"to_udplite.2"], [%"cursor.69", %"to_udplite.3"], [%"cursor.81", %"to_udplite.4"], [%"cursor.96", %"to_udplite.5"], [%"cursor.156", %"to_udplite.6"], [%"cursor.170", %"to_udplite.7"], [%"cursor.183", %"to_udplite.8"], [%"cursor.198", %"to_udplite.9"], [%"cursor.235", %"to_udplite.10"], [%"cursor.249", %"to_udplite.11"], [%"cursor.259", %"to_udplite.12"], [%"cursor.271", %"to_udplite.13"], [%"cursor.294", %"to_udplite.14"], [%"cursor.304", %"to_udplite.15"]
  %"data.13" = phi  ptr [%"data.10", %"to_udplite"], [%"data.23", %"to_udplite.1"], [%"data.71", %"to_udplite.2"], [%"data.75", %"to_udplite.3"], [%"data.81", %"to_udplite.4"], [%"data.85", %"to_udplite.5"], [%"data.138", %"to_udplite.6"], [%"data.142", %"to_udplite.7"], [%"data.146", %"to_udplite.8"], [%"data.150", %"to_udplite.9"], [%"data.184", %"to_udplite.10"], [%"data.188", %"to_udplite.11"], [%"data.192", %"to_udplite.12"], [%"data.194", %"to_udplite.13"], [%"data.208", %"to_udplite.14"], [%"data.210", %"to_udplite.15"]
  %"data_end.13" = phi  ptr [%"data_end.10", %"to_udplite"], [%"data_end.23", %"to_udplite.1"], [%"data_end.71", %"to_udplite.2"], [%"data_end.75", %"to_udplite.3"], [%"data_end.81", %"to_udplite.4"], [%"data_end.85", %"to_udplite.5"], [%"data_end.138", %"to_udplite.6"], [%"data_end.142", %"to_udplite.7"], [%"data_end.146", %"to_udplite.8"], [%"data_end.150", %"to_udplite.9"], [%"data_end.184", %"to_udplite.10"], [%"data_end.188", %"to_udplite.11"], [%"data_end.192", %"to_udplite.12"], [%"data_end.194", %"to_udplite.13"], [%"data_end.208", %"to_udplite.14"], [%"data_end.210", %"to_udplite.15"]
  %"keys.13" = phi  ptr [%"keys.10", %"to_udplite"], [%"keys.23", %"to_udplite.1"], [%"keys.71", %"to_udplite.2"], [%"keys.75", %"to_udplite.3"], [%"keys.81", %"to_udplite.4"], [%"keys.85", %"to_udplite.5"], [%"keys.138", %"to_udplite.6"], [%"keys.142", %"to_udplite.7"], [%"keys.146", %"to_udplite.8"], [%"keys.150", %"to_udplite.9"], [%"keys.184", %"to_udplite.10"], [%"keys.188", %"to_udplite.11"], [%"keys.192", %"to_udplite.12"], [%"keys.194", %"to_udplite.13"], [%"keys.208", %"to_udplite.14"], [%"keys.210", %"to_udplite.15"]
  %"hdr.7" = getelementptr i8, ptr %"data.13", i64 %"cursor.8"
  %".691" = getelementptr i8, ptr %"hdr.7", i64 4
  %".692" = icmp ugt ptr %".691", %"data_end.13"
  br i1 %".692", label %"copy.7", label %"linear.7", !prof !0
linear.7:
  %".694" = getelementptr i8, ptr %"hdr.7", i64 0
  %".695" = load i16, ptr %".694", align 2
  %".696" = getelementptr i8, ptr %"hdr.7", i64 2
  %".697" = load i16, ptr %".696", align 2
  br label %"header.7"
header.7:
  %"w0_2.2" = phi  i16 [%".695", %"linear.7"], [%".716", %"cont.19"]
  %"w2_2.3" = phi  i16 [%".697", %"linear.7"], [%".718", %"cont.19"]
  %"data.49" = phi  ptr [%"data.13", %"linear.7"], [%"data.48", %"cont.19"]
  %"data_end.49" = phi  ptr [%"data_end.13", %"linear.7"], [%"data_end.48", %"cont.19"]
  %"keys.49" = phi  ptr [%"keys.13", %"linear.7"], [%"keys.48", %"cont.19"]
  %".720" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.2")
  %".721" = zext i16 %".720" to i64
  %".722" = trunc i64 %".721" to i16
  %".723" = call i16 @"llvm.bswap.i16"(i16 %".722")
  %".724" = getelementptr i8, ptr %"keys.49", i64 12
  store i16 %".723", ptr %".724", align 2
  %".726" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.3")
  %".727" = zext i16 %".726" to i64
  %".728" = trunc i64 %".727" to i16
  %".729" = call i16 @"llvm.bswap.i16"(i16 %".728")
  %".730" = getelementptr i8, ptr %"keys.49", i64 14
  store i16 %".729", ptr %".730", align 2
  %".732" = add i64 %"cursor.8", 4
  %".733" = add i64 4, 4
  %".734" = getelementptr i8, ptr %"data.49", i64 %"cursor.8"
  %".735" = getelementptr i8, ptr %".734", i64 %".733"
  %".736" = icmp ugt ptr %".735", %"data_end.49"
  br i1 %".736", label %"copy_last_byte.2", label %"variable_part.2", !prof !0
variable_part.2:
  %"data.51" = phi  ptr [%"data.49", %"header.7"], [%"data.50", %"cont.20"]
  %"data_end.51" = phi  ptr [%"data_end.49", %"header.7"], [%"data_end.50", %"cont.20"]
  %"keys.51" = phi  ptr [%"keys.49", %"header.7"], [%"keys.50", %"cont.20"]
  %"end.2" = add i64 %"cursor.8", %".733"
  %".757" = trunc i64 %"cursor.8" to i16
  %".758" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".757", ptr %".758", align 2
  br label %"return"
gre_d0:
  %"cursor.9" = phi  i64 [%"end", %"to_gre"], [%".284", %"to_gre.1"], [%"cursor.82", %"to_gre.4"], [%"cursor.97", %"to_gre.5"], [%"cursor.184", %"to_gre.8"], [%"cursor.199", %"to_gre.9"], [%"cursor.260", %"to_gre.12"], [%"cursor.272", %"to_gre.13"]
  %"data.14" = phi  ptr [%"data.10", %"to_gre"], [%"data.23", %"to_gre.1"], [%"data.81", %"to_gre.4"], [%"data.85", %"to_gre.5"], [%"data.146", %"to_gre.8"], [%"data.150", %"to_gre.9"], [%"data.192", %"to_gre.12"], [%"data.194", %"to_gre.13"]
  %"data_end.14" = phi  ptr [%"data_end.10", %"to_gre"], [%"data_end.23", %"to_gre.1"], [%"data_end.81", %"to_gre.4"], [%"data_end.85", %"to_gre.5"], [%"data_end.146", %"to_gre.8"], [%"data_end.150", %"to_gre.9"], [%"data_end.192", %"to_gre.12"], [%"data_end.194", %"to_gre.13"]
  %"keys.14" = phi  ptr [%"keys.10", %"to_gre"], [%"keys.23", %"to_gre.1"], [%"keys.81", %"to_gre.4"], [%"keys.85", %"to_gre.5"], [%"keys.146", %"to_gre.8"], [%"keys.150", %"to_gre.9"], [%"keys.192", %"to_gre.12"], [%"keys.194", %"to_gre.13"]
  %"hdr.8" = getelementptr i8, ptr %"data.14", i64 %"cursor.9"
  %".761" = getelementptr i8, ptr %"hdr.8", i64 4
  %".762" = icmp ugt ptr %".761", %"data_end.14"
  br i1 %".762", label %"copy.8", label %"linear.8", !prof !0
linear.8:
  %".764" = getelementptr i8, ptr %"hdr.8", i64 0
  %".765" = load i8, ptr %".764", align 1
  %".766" = getelementptr i8, ptr %"hdr.8", i64 1
  %".767" = load i8, ptr %".766", align 1
  %".768" = getelementptr i8, ptr %"hdr.8", i64 2
  %".769" = load i16, ptr %".768", align 2
  br label %"header.8"
header.8:
  %"w0_1.2" = phi  i8 [%".765", %"linear.8"], [%".788", %"cont.21"]
  %"w1_1.1" = phi  i8 [%".767", %"linear.8"], [%".790", %"cont.21"]
  %"w2_2.4" = phi  i16 [%".769", %"linear.8"], [%".792", %"cont.21"]
  %"data.53" = phi  ptr [%"data.14", %"linear.8"], [%"data.52", %"cont.21"]
  %"data_end.53" = phi  ptr [%"data_end.14", %"linear.8"], [%"data_end.52", %"cont.21"]
  %"keys.53" = phi  ptr [%"keys.14", %"linear.8"], [%"keys.52", %"cont.21"]
  %".794" = zext i8 %"w1_1.1" to i64
  %".795" = and i64 %".794", 7
  %".796" = icmp ne i64 %".795", 0
  %".797" = zext i8 %"w0_1.2" to i64
  %".798" = lshr i64 %".797", 6
  %".799" = and i64 %".798", 1
  %".800" = icmp ne i64 %".799", 0
  %".801" = or i1 %".796", %".800"
  br i1 %".801", label %"exit.22", label %"cont.22"
sctp:
  %"cursor.10" = phi  i64 [%"end", %"to_sctp"], [%".284", %"to_sctp.1"], [%"cursor.56", %"to_sctp.2"], [%"cursor.71", %"to_sctp.3"], [%"cursor.83", %"to_sctp.4"], [%"cursor.98", %"to_sctp.5"], [%"cursor.158", %"to_sctp.6"], [%"cursor.172", %"to_sctp.7"], [%"cursor.185", %"to_sctp.8"], [%"cursor.200", %"to_sctp.9"], [%"cursor.237", %"to_sctp.10"], [%"cursor.251", %"to_sctp.11"], [%"cursor.261", %"to_sctp.12"], [%"cursor.273", %"to_sctp.13"], [%"cursor.296", %"to_sctp.14"], [%"cursor.306", %"to_sctp.15"]
  %"data.15" = phi  ptr [%"data.10", %"to_sctp"], [%"data.23", %"to_sctp.1"], [%"data.71", %"to_sctp.2"], [%"data.75", %"to_sctp.3"], [%"data.81", %"to_sctp.4"], [%"data.85", %"to_sctp.5"], [%"data.138", %"to_sctp.6"], [%"data.142", %"to_sctp.7"], [%"data.146", %"to_sctp.8"], [%"data.150", %"to_sctp.9"], [%"data.184", %"to_sctp.10"], [%"data.188", %"to_sctp.11"], [%"data.192", %"to_sctp.12"], [%"data.194", %"to_sctp.13"], [%"data.208", %"to_sctp.14"], [%"data.210", %"to_sctp.15"]
  %"data_end.15" = phi  ptr [%"data_end.10", %"to_sctp"], [%"data_end.23", %"to_sctp.1"], [%"data_end.71", %"to_sctp.2"], [%"data_end.75", %"to_sctp.3"], [%"data_end.81", %"to_sctp.4"], [%"data_end.85", %"to_sctp.5"], [%"data_end.138", %"to_sctp.6"], [%"data_end.142", %"to_sctp.7"], [%"data_end.146", %"to_sctp.8"], [%"data_end.150", %"to_sctp.9"], [%"data_end.184", %"to_sctp.10"], [%"data_end.188", %"to_sctp.11"], [%"data_end.192", %"to_sctp.12"], [%"data_end.194", %"to_sctp.13"], [%"data_end.208", %"to_sctp.14"], [%"data_end.210", %"to_sctp.15"]
  %"keys.15" = phi  ptr [%"keys.10", %"to_sctp"], [%"keys.23", %"to_sctp.1"], [%"keys.71", %"to_sctp.2"], [%"keys.75", %"to_sctp.3"], [%"keys.81", %"to_sctp.4"], [%"keys.85", %"to_sctp.5"], [%"keys.138", %"to_sctp.6"], [%"keys.142", %"to_sctp.7"], [%"keys.146", %"to_sctp.8"], [%"keys.150", %"to_sctp.9"], [%"keys.184", %"to_sctp.10"], [%"keys.188", %"to_sctp.11"], [%"keys.192", %"to_sctp.12"], [%"keys.194", %"to_sctp.13"], [%"keys.208", %"to_sctp.14"], [%"keys.210", %"to_sctp.15"]
  %"hdr.9" = getelementptr i8, ptr %"data.15", i64 %"cursor.10"
  %".897" = getelementptr i8, ptr %"hdr.9", i64 4
  %".898" = icmp ugt ptr %".897", %"data_end.15"
  br i1 %".898", label %"copy.9", label %"linear.9", !prof !0
linear.9:
  %".900" = getelementptr i8, ptr %"hdr.9", i64 0
  %".901" = load i16, ptr %".900", align 2
  %".902" = getelementptr i8, ptr %"hdr.9", i64 2
  %".903" = load i16, ptr %".902", align 2
  br label %"header.9"
header.9:
  %"w0_2.3" = phi  i16 [%".901", %"linear.9"], [%".922", %"cont.25"]
  %"w2_2.5" = phi  i16 [%".903", %"linear.9"], [%".924", %"cont.25"]
  %"data.59" = phi  ptr [%"data.15", %"linear.9"], [%"data.58", %"cont.25"]
  %"data_end.59" = phi  ptr [%"data_end.15", %"linear.9"], [%"data_end.58", %"cont.25"]
  %"keys.59" = phi  ptr [%"keys.15", %"linear.9"], [%"keys.58", %"cont.25"]
  %".926" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.3")
  %".927" = zext i16 %".926" to i64
  %".928" = trunc i64 %".927" to i16
  %".929" = call i16 @"llvm.bswap.i16"(i16 %".928")
  %".930" = getelementptr i8, ptr %"keys.59", i64 12
  store i16 %".929", ptr %".930", align 2
  %".932" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.5")
  %".933" = zext i16 %".932" to i64
  %".934" = trunc i64 %".933" to i16
  %".935" = call i16 @"llvm.bswap.i16"(i16 %".934")
  %".936" = getelementptr i8, ptr %"keys.59", i64 14
  store i16 %".935", ptr %".936", align 2
  %".938" = add i64 %"cursor.10", 4
  %".939" = trunc i64 %"cursor.10" to i16
  %".940" = getelementptr i8, ptr %"keys.59", i64 2
  store i16 %".939", ptr %".940", align 2
  br label %"return"
dccp:
  %"cursor.11" = phi  i64 [%"end", %"to_dccp"], [%".284", %"to_dccp.1"], [%"cursor.57", %"to_dccp.2"], [%"cursor.72", %"to_dccp.3"], [%"cursor.84", %"to_dccp.4"], [%"cursor.99", %"to_dccp.5"], [%"cursor.159", %"to_dccp.6"], [%"cursor.173", %"to_dccp.7"], [%"cursor.186", %"to_dccp.8"], [%"cursor.201", %"to_dccp.9"], [%"cursor.238", %"to_dccp.10"], [%"cursor.252", %"to_dccp.11"], [%"cursor.262", %"to_dccp.12"], [%"cursor.274", %"to_dccp.13"], [%"cursor.297", %"to_dccp.14"], [%"cursor.307", %"to_dccp.15"]
  %"data.16" = phi  ptr [%"data.10", %"to_dccp"], [%"data.23", %"to_dccp.1"], [%"data.71", %"to_dccp.2"], [%"data.75", %"to_dccp.3"], [%"data.81", %"to_dccp.4"], [%"data.85", %"to_dccp.5"], [%"data.138", %"to_dccp.6"], [%"data.142", %"to_dccp.7"], [%"data.146", %"to_dccp.8"], [%"data.150", %"to_dccp.9"], [%"data.184", %"to_dccp.10"], [%"data.188", %"to_dccp.11"], [%"data.192", %"to_dccp.12"], [%"data.194", %"to_dccp.13"], [%"data.208", %"to_dccp.14"], [%"data.210", %"to_dccp.15"]
  %"data_end.16" = phi  ptr [%"data_end.10", %"to_dccp"], [%"data_end.23", %"to_dccp.1"], [%"data_end.71", %"to_dccp.2"], [%"data_end.75", %"to_dccp.3"], [%"data_end.81", %"to_dccp.4"], [%"data_end.85", %"to_dccp.5"], [%"data_end.138", %"to_dccp.6"], [%"data_end.142", %"to_dccp.7"], [%"data_end.146", %"to_dccp.8"], [%"data_end.150", %"to_dccp.9"], [%"data_end.184", %"to_dccp.10"], [%"data_end.188", %"to_dccp.11"], [%"data_end.192", %"to_dccp.12"], [%"data_end.194", %"to_dccp.13"], [%"data_end.208", %"to_dccp.14"], [%"data_end.210", %"to_dccp.15"]
  %"keys.16" = phi  ptr [%"keys.10", %"to_dccp"], [%"keys.23", %"to_dccp.1"], [%"keys.71", %"to_dccp.2"], [%"keys.75", %"to_dccp.3"], [%"keys.81", %"to_dccp.4"], [%"keys.85", %"to_dccp.5"], [%"keys.138", %"to_dccp.6"], [%"keys.142", %"to_dccp.7"], [%"keys.146", %"to_dccp.8"], [%"keys.150", %"to_dccp.9"], [%"keys.184", %"to_dccp.10"], [%"keys.188", %"to_dccp.11"], [%"keys.192", %"to_dccp.12"], [%"keys.194", %"to_dccp.13"], [%"keys.208", %"to_dccp.14"], [%"keys.210", %"to_dccp.15"]
  %"hdr.10" = getelementptr i8, ptr %"data.16", i64 %"cursor.11"
  %".943" = getelementptr i8, ptr %"hdr.10", i64 4
  %".944" = icmp ugt ptr %".943", %"data_end.16"
  br i1 %".944", label %"copy.10", label %"linear.10", !prof !0
linear.10:
  %".946" = getelementptr i8, ptr %"hdr.10", i64 0
  %".947" = load i16, ptr %".946", align 2
  %".948" = getelementptr i8, ptr %"hdr.10", i64 2
  %".949" = load i16, ptr %".948", align 2
  br label %"header.10"
header.10:
  %"w0_2.4" = phi  i16 [%".947", %"linear.10"], [%".968", %"cont.26"]
  %"w2_2.6" = phi  i16 [%".949", %"linear.10"], [%".970", %"cont.26"]
  %"data.61" = phi  ptr [%"data.16", %"linear.10"], [%"data.60", %"cont.26"]
  %"data_end.61" = phi  ptr [%"data_end.16", %"linear.10"], [%"data_end.60", %"cont.26"]
  %"keys.61" = phi  ptr [%"keys.16", %"linear.10"], [%"keys.60", %"cont.26"]
  %".972" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.4")
  %".973" = zext i16 %".972" to i64
  %".974" = trunc i64 %".973" to i16
  %".975" = call i16 @"llvm.bswap.i16"(i16 %".974")
  %".976" = getelementptr i8, ptr %"keys.61", i64 12
  store i16 %".975", ptr %".976", align 2
  %".978" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.6")
  %".979" = zext i16 %".978" to i64
  %".980" = trunc i64 %".979" to i16
  %".981" = call i16 @"llvm.bswap.i16"(i16 %".980")
  %".982" = getelementptr i8, ptr %"keys.61", i64 14
  store i16 %".981", ptr %".982", align 2
  %".984" = add i64 %"cursor.11", 4
  %".985" = trunc i64 %"cursor.11" to i16
  %".986" = getelementptr i8, ptr %"keys.61", i64 2
  store i16 %".985", ptr %".986", align 2
  br label %"return"
esp:
  %"cursor.12" = phi  i64 [%"end", %"to_esp"], [%".284", %"to_esp.1"], [%"cursor.58", %"to_esp.2"], [%"cursor.73", %"to_esp.3"], [%"cursor.85", %"to_esp.4"], [%"cursor.100", %"to_esp.5"], [%"cursor.160", %"to_esp.6"], [%"cursor.174", %"to_esp.7"], [%"cursor.187", %"to_esp.8"], [%"cursor.202", %"to_esp.9"], [%"cursor.239", %"to_esp.10"], [%"cursor.253", %"to_esp.11"], [%"cursor.263", %"to_esp.12"], [%"cursor.275", %"to_esp.13"], [%"cursor.298", %"to_esp.14"], [%"cursor.308", %"to_esp.15"]
  %"data.17" = phi  ptr [%"data.10", %"to_esp"], [%"data.23", %"to_esp.1"], [%"data.71", %"to_esp.2"], [%"data.75", %"to_esp.3"], [%"data.81", %"to_esp.4"], [%"data.85", %"to_esp.5"], [%"data.138", %"to_esp.6"], [%"data.142", %"to_esp.7"], [%"data.146", %"to_esp.8"], [%"data.150", %"to_esp.9"], [%"data.184", %"to_esp.10"], [%"data.188", %"to_esp.11"], [%"data.192", %"to_esp.12"], [%"data.194", %"to_esp.13"], [%"data.208", %"to_esp.14"], [%"data.210", %"to_esp.15"]
  %"data_end.17" = phi  ptr [%"data_end.10", %"to_esp"], [%"data_end.23", %"to_esp.1"], [%"data_end.71", %"to_esp.2"], [%"data_end.75", %"to_esp.3"], [%"data_end.81", %"to_esp.4"], [%"data_end.85", %"to_esp.5"], [%"data_end.138", %"to_esp.6"], [%"data_end.142", %"to_esp.7"], [%"data_end.146", %"to_esp.8"], [%"data_end.150", %"to_esp.9"], [%"data_end.184", %"to_esp.10"], [%"data_end.188", %"to_esp.11"], [%"data_end.192", %"to_esp.12"], [%"data_end.194", %"to_esp.13"], [%"data_end.208", %"to_esp.14"], [%"data_end.210", %"to_esp.15"]
  %"keys.17" = phi  ptr [%"keys.10", %"to_esp"], [%"keys.23", %"to_esp.1"], [%"keys.71", %"to_esp.2"], [%"keys.75", %"to_esp.3"], [%"keys.81", %"to_esp.4"], [%"keys.85", %"to_esp.5"], [%"keys.138", %"to_esp.6"], [%"keys.142", %"to_esp.7"], [%"keys.146", %"to_esp.8"], [%"keys.150", %"to_esp.9"], [%"keys.184", %"to_esp.10"], [%"keys.188", %"to_esp.11"], [%"keys.192", %"to_esp.12"], [%"keys.194", %"to_esp.13"], [%"keys.208", %"to_esp.14"], [%"keys.210", %"to_esp.15"]
  %"hdr.11" = getelementptr i8, ptr %"data.17", i64 %"cursor.12"
  %".989" = getelementptr i8, ptr %"hdr.11", i64 4
  %".990" = icmp ugt ptr %".989", %"data_end.17"
  br i1 %".990", label %"copy.11", label %"linear.11", !prof !0
linear.11:
  %".992" = getelementptr i8, ptr %"hdr.11", i64 0
  %".993" = load i32, ptr %".992", align 4
  br label %"header.11"
header.11:
  %"w0_4.1" = phi  i32 [%".993", %"linear.11"], [%".1012", %"cont.27"]
  %"data.63" = phi  ptr [%"data.17", %"linear.11"], [%"data.62", %"cont.27"]
  %"data_end.63" = phi  ptr [%"data_end.17", %"linear.11"], [%"data_end.62", %"cont.27"]
  %"keys.63" = phi  ptr [%"keys.17", %"linear.11"], [%"keys.62", %"cont.27"]
  %".1014" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.1")
  %".1015" = zext i32 %".1014" to i64
  %".1016" = lshr i64 %".1015", 16
  %".1017" = trunc i64 %".1016" to i16
  %".1018" = call i16 @"llvm.bswap.i16"(i16 %".1017")
  %".1019" = getelementptr i8, ptr %"keys.63", i64 12
  store i16 %".1018", ptr %".1019", align 2
  %".1021" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.1")
  %".1022" = zext i32 %".1021" to i64
  %".1023" = and i64 %".1022", 65535
  %".1024" = trunc i64 %".1023" to i16
  %".1025" = call i16 @"llvm.bswap.i16"(i16 %".1024")
  %".1026" = getelementptr i8, ptr %"keys.63", i64 14
  store i16 %".1025", ptr %".1026", align 2
  %".1028" = add i64 %"cursor.12", 4
  %".1029" = trunc i64 %"cursor.12" to i16
  %".1030" = getelementptr i8, ptr %"keys.63", i64 2
  store i16 %".1029", ptr %".1030", align 2
  br label %"return"
ah:
  %"cursor.13" = phi  i64 [%"end", %"to_ah"], [%".284", %"to_ah.1"], [%"cursor.59", %"to_ah.2"], [%"cursor.74", %"to_ah.3"], [%"cursor.86", %"to_ah.4"], [%"cursor.101", %"to_ah.5"], [%"cursor.161", %"to_ah.6"], [%"cursor.175", %"to_ah.7"], [%"cursor.188", %"to_ah.8"], [%"cursor.203", %"to_ah.9"], [%"cursor.240", %"to_ah.10"], [%"cursor.254", %"to_ah.11"], [%"cursor.264", %"to_ah.12"], [%"cursor.276", %"to_ah.13"], [%"cursor.299", %"to_ah.14"], [%"cursor.309", %"to_ah.15"]
  %"data.18" = phi  ptr [%"data.10", %"to_ah"], [%"data.23", %"to_ah.1"], [%"data.71", %"to_ah.2"], [%"data.75", %"to_ah.3"], [%"data.81", %"to_ah.4"], [%"data.85", %"to_ah.5"], [%"data.138", %"to_ah.6"], [%"data.142", %"to_ah.7"], [%"data.146", %"to_ah.8"], [%"data.150", %"to_ah.9"], [%"data.184", %"to_ah.10"], [%"data.188", %"to_ah.11"], [%"data.192", %"to_ah.12"], [%"data.194", %"to_ah.13"], [%"data.208", %"to_ah.14"], [%"data.210", %"to_ah.15"]
  %"data_end.18" = phi  ptr [%"data_end.10", %"to_ah"], [%"data_end.23", %"to_ah.1"], [%"data_end.71", %"to_ah.2"], [%"data_end.75", %"to_ah.3"], [%"data_end.81", %"to_ah.4"], [%"data_end.85", %"to_ah.5"], [%"data_end.138", %"to_ah.6"], [%"data_end.142", %"to_ah.7"], [%"data_end.146", %"to_ah.8"], [%"data_end.150", %"to_ah.9"], [%"data_end.184", %"to_ah.10"], [%"data_end.188", %"to_ah.11"], [%"data_end.192", %"to_ah.12"], [%"data_end.194", %"to_ah.13"], [%"data_end.208", %"to_ah.14"], [%"data_end.210", %"to_ah.15"]
  %"keys.18" = phi  ptr [%"keys.10", %"to_ah"], [%"keys.23", %"to_ah.1"], [%"keys.71", %"to_ah.2"], [%"keys.75", %"to_ah.3"], [%"keys.81", %"to_ah.4"], [%"keys.85", %"to_ah.5"], [%"keys.138", %"to_ah.6"], [%"keys.142", %"to_ah.7"], [%"keys.146", %"to_ah.8"], [%"keys.150", %"to_ah.9"], [%"keys.184", %"to_ah.10"], [%"keys.188", %"to_ah.11"], [%"keys.192", %"to_ah.12"], [%"keys.194", %"to_ah.13"], [%"keys.208", %"to_ah.14"], [%"keys.210", %"to_ah.15"]
  %"hdr.12" = getelementptr i8, ptr %"data.18", i64 %"cursor.13"
  %".1033" = getelementptr i8, ptr %"hdr.12", i64 8
  %".1034" = icmp ugt ptr %".1033", %"data_end.18"
  br i1 %".1034", label %"copy.12", label %"linear.12", !prof !0
linear.12:
  %".1036" = getelementptr i8, ptr %"hdr.12", i64 4
  %".1037" = load i32, ptr %".1036", align 4
  br label %"header.12"
header.12:
  %"w4_4" = phi  i32 [%".1037", %"linear.12"], [%".1056", %"cont.28"]
  %"data.65" = phi  ptr [%"data.18", %"linear.12"], [%"data.64", %"cont.28"]
  %"data_end.65" = phi  ptr [%"data_end.18", %"linear.12"], [%"data_end.64", %"cont.28"]
  %"keys.65" = phi  ptr [%"keys.18", %"linear.12"], [%"keys.64", %"cont.28"]
  %".1058" = call i32 @"llvm.bswap.i32"(i32 %"w4_4")
  %".1059" = zext i32 %".1058" to i64
  %".1060" = lshr i64 %".1059", 16
  %".1061" = trunc i64 %".1060" to i16
  %".1062" = call i16 @"llvm.bswap.i16"(i16 %".1061")
  %".1063" = getelementptr i8, ptr %"keys.65", i64 12
  store i16 %".1062", ptr %".1063", align 2
  %".1065" = call i32 @"llvm.bswap.i32"(i32 %"w4_4")
  %".1066" = zext i32 %".1065" to i64
  %".1067" = and i64 %".1066", 65535
  %".1068" = trunc i64 %".1067" to i16
  %".1069" = call i16 @"llvm.bswap.i16"(i16 %".1068")
  %".1070" = getelementptr i8, ptr %"keys.65", i64 14
  store i16 %".1069", ptr %".1070", align 2
  %".1072" = add i64 %"cursor.13", 8
  %".1073" = trunc i64 %"cursor.13" to i16
  %".1074" = getelementptr i8, ptr %"keys.65", i64 2
  store i16 %".1073", ptr %".1074", align 2
  br label %"return"
icmp:
  %"cursor.14" = phi  i64 [%"end", %"to_icmp"], [%"end.4", %"to_icmp.1"]
  %"data.19" = phi  ptr [%"data.10", %"to_icmp"], [%"data.71", %"to_icmp.1"]
  %"data_end.19" = phi  ptr [%"data_end.10", %"to_icmp"], [%"data_end.71", %"to_icmp.1"]
  %"keys.19" = phi  ptr [%"keys.10", %"to_icmp"], [%"keys.71", %"to_icmp.1"]
  %"hdr.13" = getelementptr i8, ptr %"data.19", i64 %"cursor.14"
  %".1077" = getelementptr i8, ptr %"hdr.13", i64 4
  %".1078" = icmp ugt ptr %".1077", %"data_end.19"
  br i1 %".1078", label %"copy.13", label %"linear.13", !prof !0
linear.13:
  br label %"header.13"
header.13:
  %"data.67" = phi  ptr [%"data.19", %"linear.13"], [%"data.66", %"cont.29"]
  %"data_end.67" = phi  ptr [%"data_end.19", %"linear.13"], [%"data_end.66", %"cont.29"]
  %"keys.67" = phi  ptr [%"keys.19", %"linear.13"], [%"keys.66", %"cont.29"]
  %".1098" = add i64 %"cursor.14", 4
  %".1099" = trunc i64 %"cursor.14" to i16
  %".1100" = getelementptr i8, ptr %"keys.67", i64 2
  store i16 %".1099", ptr %".1100", align 2
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
  %"cursor.16" = phi  i64 [%"cursor.17", %"cont.5"], [%"cursor.25", %"cont.9"], [%"cursor.43", %"to_ipv4.5"], [%"cursor.89", %"cont.42"], [%"cursor.104", %"cont.46"], [%"cursor.113", %"to_ipv4.11"], [%"cursor.117", %"to_ipv4.12"], [%"cursor.119", %"to_ipv4.13"], [%"cursor.126", %"to_ipv4.14"], [%"cursor.127", %"to_ipv4.15"], [%"cursor.191", %"cont.90"], [%"cursor.206", %"cont.94"], [%"cursor.213", %"to_ipv4.21"], [%"cursor.221", %"to_ipv4.22"], [%"cursor.267", %"cont.130"], [%"cursor.279", %"cont.134"], [%"cursor.285", %"to_ipv4.30"]
  %"data.20" = phi  ptr [%"data.10", %"cont.5"], [%"data.23", %"cont.9"], [%"data.55", %"to_ipv4.5"], [%"data.81", %"cont.42"], [%"data.85", %"cont.46"], [%"data.94", %"to_ipv4.11"], [%"data.104", %"to_ipv4.12"], [%"data.108", %"to_ipv4.13"], [%"data.114", %"to_ipv4.14"], [%"data.116", %"to_ipv4.15"], [%"data.146", %"cont.90"], [%"data.150", %"cont.94"], [%"data.160", %"to_ipv4.21"], [%"data.163", %"to_ipv4.22"], [%"data.192", %"cont.130"], [%"data.194", %"cont.134"], [%"data.201", %"to_ipv4.30"]
  %"data_end.20" = phi  ptr [%"data_end.10", %"cont.5"], [%"data_end.23", %"cont.9"], [%"data_end.55", %"to_ipv4.5"], [%"data_end.81", %"cont.42"], [%"data_end.85", %"cont.46"], [%"data_end.94", %"to_ipv4.11"], [%"data_end.104", %"to_ipv4.12"], [%"data_end.108", %"to_ipv4.13"], [%"data_end.114", %"to_ipv4.14"], [%"data_end.116", %"to_ipv4.15"], [%"data_end.146", %"cont.90"], [%"data_end.150", %"cont.94"], [%"data_end.160", %"to_ipv4.21"], [%"data_end.163", %"to_ipv4.22"], [%"data_end.192", %"cont.130"], [%"data_end.194", %"cont.134"], [%"data_end.201", %"to_ipv4.30"]
  %"keys.20" = phi  ptr [%"keys.10", %"cont.5"], [%"keys.23", %"cont.9"], [%"keys.55", %"to_ipv4.5"], [%"keys.81", %"cont.42"], [%"keys.85", %"cont.46"], [%"keys.94", %"to_ipv4.11"], [%"keys.104", %"to_ipv4.12"], [%"keys.108", %"to_ipv4.13"], [%"keys.114", %"to_ipv4.14"], [%"keys.116", %"to_ipv4.15"], [%"keys.146", %"cont.90"], [%"keys.150", %"cont.94"], [%"keys.160", %"to_ipv4.21"], [%"keys.163", %"to_ipv4.22"], [%"keys.192", %"cont.130"], [%"keys.194", %"cont.134"], [%"keys.201", %"to_ipv4.30"]
  %"hdr.14" = getelementptr i8, ptr %"data.20", i64 %"cursor.16"
  %".1103" = getelementptr i8, ptr %"hdr.14", i64 20
  %".1104" = icmp ugt ptr %".1103", %"data_end.20"
  br i1 %".1104", label %"copy.14", label %"linear.14", !prof !0
linear.14:
  %".1106" = getelementptr i8, ptr %"hdr.14", i64 0
  %".1107" = load i8, ptr %".1106", align 1
  %".1108" = getelementptr i8, ptr %"hdr.14", i64 6
  %".1109" = load i16, ptr %".1108", align 2
  %".1110" = getelementptr i8, ptr %"hdr.14", i64 9
  %".1111" = load i8, ptr %".1110", align 1
  %".1112" = getelementptr i8, ptr %"hdr.14", i64 12
  %".1113" = load i32, ptr %".1112", align 4
  %".1114" = getelementptr i8, ptr %"hdr.14", i64 16
  %".1115" = load i32, ptr %".1114", align 4
  br label %"header.14"
header.14:
  %"w0_1.3" = phi  i8 [%".1107", %"linear.14"], [%".1134", %"cont.30"]
  %"w6_2.2" = phi  i16 [%".1109", %"linear.14"], [%".1136", %"cont.30"]
  %"w9_1.1" = phi  i8 [%".1111", %"linear.14"], [%".1138", %"cont.30"]
  %"w12_4.1" = phi  i32 [%".1113", %"linear.14"], [%".1140", %"cont.30"]
  %"w16_4.1" = phi  i32 [%".1115", %"linear.14"], [%".1142", %"cont.30"]
  %"data.69" = phi  ptr [%"data.20", %"linear.14"], [%"data.68", %"cont.30"]
  %"data_end.69" = phi  ptr [%"data_end.20", %"linear.14"], [%"data_end.68", %"cont.30"]
  %"keys.69" = phi  ptr [%"keys.20", %"linear.14"], [%"keys.68", %"cont.30"]
  %".1144" = zext i8 %"w0_1.3" to i64
  %".1145" = and i64 %".1144", 15
  %".1146" = icmp uge i64 %".1145", 5
  %".1147" = xor i1 %".1146", -1
  br i1 %".1147", label %"exit.31", label %"cont.31"
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
  %"cursor.18" = phi  i64 [%"cursor.19", %"cont.6"], [%"cursor.26", %"cont.10"], [%"cursor.44", %"to_ipv6.5"], [%"cursor.90", %"cont.43"], [%"cursor.105", %"cont.47"], [%"cursor.114", %"to_ipv6.11"], [%"cursor.118", %"to_ipv6.12"], [%"cursor.120", %"to_ipv6.13"], [%"cursor.128", %"to_ipv6.14"], [%"cursor.192", %"cont.91"], [%"cursor.207", %"cont.95"], [%"cursor.214", %"to_ipv6.20"], [%"cursor.222", %"to_ipv6.21"], [%"cursor.268", %"cont.131"], [%"cursor.280", %"cont.135"], [%"cursor.286", %"to_ipv6.28"]
  %"data.21" = phi  ptr [%"data.10", %"cont.6"], [%"data.23", %"cont.10"], [%"data.55", %"to_ipv6.5"], [%"data.81", %"cont.43"], [%"data.85", %"cont.47"], [%"data.94", %"to_ipv6.11"], [%"data.104", %"to_ipv6.12"], [%"data.108", %"to_ipv6.13"], [%"data.116", %"to_ipv6.14"], [%"data.146", %"cont.91"], [%"data.150", %"cont.95"], [%"data.160", %"to_ipv6.20"], [%"data.163", %"to_ipv6.21"], [%"data.192", %"cont.131"], [%"data.194", %"cont.135"], [%"data.201", %"to_ipv6.28"]
  %"data_end.21" = phi  ptr [%"data_end.10", %"cont.6"], [%"data_end.23", %"cont.10"], [%"data_end.55", %"to_ipv6.5"], [%"data_end.81", %"cont.43"], [%"data_end.85", %"cont.47"], [%"data_end.94", %"to_ipv6.11"], [%"data_end.104", %"to_ipv6.12"], [%"data_end.108", %"to_ipv6.13"], [%"data_end.116", %"to_ipv6.14"], [%"data_end.146", %"cont.91"], [%"data_end.150", %"cont.95"], [%"data_end.160", %"to_ipv6.20"], [%"data_end.163", %"to_ipv6.21"], [%"data_end.192", %"cont.131"], [%"data_end.194", %"cont.135"], [%"data_end.201", %"to_ipv6.28"]
  %"keys.21" = phi  ptr [%"keys.10", %"cont.6"], [%"keys.23", %"cont.10"], [%"keys.55", %"to_ipv6.5"], [%"keys.81", %"cont.43"], [%"keys.85", %"cont.47"], [%"keys.94", %"to_ipv6.11"], [%"keys.104", %"to_ipv6.12"], [%"keys.108", %"to_ipv6.13"], [%"keys.116", %"to_ipv6.14"], [%"keys.146", %"cont.91"], [%"keys.150", %"cont.95"], [%"keys.160", %"to_ipv6.20"], [%"keys.163", %"to_ipv6.21"], [%"keys.192", %"cont.131"], [%"keys.194", %"cont.135"], [%"keys.201", %"to_ipv6.28"]
  %"hdr.15" = getelementptr i8, ptr %"data.21", i64 %"cursor.18"
  %".1318" = getelementptr i8, ptr %"hdr.15", i64 40
  %".1319" = icmp ugt ptr %".1318", %"data_end.21"
  br i1 %".1319", label %"copy.15", label %"linear.15", !prof !0
linear.15:
  %".1321" = getelementptr i8, ptr %"hdr.15", i64 0
  %".1322" = load i32, ptr %".1321", align 4
  %".1323" = getelementptr i8, ptr %"hdr.15", i64 6
  %".1324" = load i8, ptr %".1323", align 1
  %".1325" = getelementptr i8, ptr %"hdr.15", i64 8
  %".1326" = load i64, ptr %".1325", align 8
  %".1327" = getelementptr i8, ptr %"hdr.15", i64 16
  %".1328" = load i64, ptr %".1327", align 8
  %".1329" = getelementptr i8, ptr %"hdr.15", i64 24
  %".1330" = load i64, ptr %".1329", align 8
  %".1331" = getelementptr i8, ptr %"hdr.15", i64 32
  %".1332" = load i64, ptr %".1331", align 8
  br label %"header.15"
header.15:
  %"w0_4.2" = phi  i32 [%".1322", %"linear.15"], [%".1351", %"cont.36"]
  %"w6_1.1" = phi  i8 [%".1324", %"linear.15"], [%".1353", %"cont.36"]
  %"w8_8.1" = phi  i64 [%".1326", %"linear.15"], [%".1355", %"cont.36"]
  %"w16_8.1" = phi  i64 [%".1328", %"linear.15"], [%".1357", %"cont.36"]
  %"w24_8.1" = phi  i64 [%".1330", %"linear.15"], [%".1359", %"cont.36"]
  %"w32_8.1" = phi  i64 [%".1332", %"linear.15"], [%".1361", %"cont.36"]
  %"data.75" = phi  ptr [%"data.21", %"linear.15"], [%"data.74", %"cont.36"]
  %"data_end.75" = phi  ptr [%"data_end.21", %"linear.15"], [%"data_end.74", %"cont.36"]
  %"keys.75" = phi  ptr [%"keys.21", %"linear.15"], [%"keys.74", %"cont.36"]
  %".1363" = trunc i64 34525 to i16
  %".1364" = getelementptr i8, ptr %"keys.75", i64 4
  store i16 %".1363", ptr %".1364", align 2
  %".1366" = trunc i64 34525 to i16
  %".1367" = call i16 @"llvm.bswap.i16"(i16 %".1366")
  %".1368" = getelementptr i8, ptr %"keys.75", i64 10
  store i16 %".1367", ptr %".1368", align 2
  %".1370" = getelementptr i8, ptr %"keys.75", i64 16
  store i64 %"w8_8.1", ptr %".1370", align 8
  %".1372" = getelementptr i8, ptr %"keys.75", i64 24
  store i64 %"w16_8.1", ptr %".1372", align 8
  %".1374" = getelementptr i8, ptr %"keys.75", i64 32
  store i64 %"w24_8.1", ptr %".1374", align 8
  %".1376" = getelementptr i8, ptr %"keys.75", i64 40
  store i64 %"w32_8.1", ptr %".1376", align 8
  %".1378" = zext i8 %"w6_1.1" to i64
  %".1379" = trunc i64 %".1378" to i8
  %".1380" = getelementptr i8, ptr %"keys.75", i64 9
  store i8 %".1379", ptr %".1380", align 1
  %".1382" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.2")
  %".1383" = zext i32 %".1382" to i64
  %".1384" = and i64 %".1383", 1048575
  %".1385" = trunc i64 %".1384" to i32
  %".1386" = call i32 @"llvm.bswap.i32"(i32 %".1385")
  %".1387" = getelementptr i8, ptr %"keys.75", i64 52
  store i32 %".1386", ptr %".1387", align 4
  %".1389" = add i64 %"cursor.18", 40
  %".1390" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.2")
  %".1391" = zext i32 %".1390" to i64
  %".1392" = and i64 %".1391", 1048575
  %".1393" = icmp ne i64 %".1392", 0
  %".1394" = getelementptr i8, ptr %"keys.75", i64 48
  %"flags.11" = load volatile i32, ptr %".1394", align 4
  %".1395" = and i32 %"flags.11", 2
  %".1396" = icmp ne i32 %".1395", 0
  %".1397" = and i1 %".1393", %".1396"
  br i1 %".1397", label %"exit.37", label %"cont.37"
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
  br label %"udp_d0"
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
  br label %"mpls_d0_mpls_labels1"
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
  %".1520" = getelementptr i8, ptr %"hdr.16", i64 2
  %".1521" = icmp ugt ptr %".1520", %"data_end.24"
  br i1 %".1521", label %"copy.16", label %"linear.16", !prof !0
linear.16:
  %".1523" = getelementptr i8, ptr %"hdr.16", i64 0
  %".1524" = load i8, ptr %".1523", align 1
  %".1525" = getelementptr i8, ptr %"hdr.16", i64 1
  %".1526" = load i8, ptr %".1525", align 1
  br label %"header.16"
header.16:
  %"w0_1.4" = phi  i8 [%".1524", %"linear.16"], [%".1545", %"cont.40"]
  %"w1_1.2" = phi  i8 [%".1526", %"linear.16"], [%".1547", %"cont.40"]
  %"data.79" = phi  ptr [%"data.24", %"linear.16"], [%"data.78", %"cont.40"]
  %"data_end.79" = phi  ptr [%"data_end.24", %"linear.16"], [%"data_end.78", %"cont.40"]
  %"keys.79" = phi  ptr [%"keys.24", %"linear.16"], [%"keys.78", %"cont.40"]
  %".1549" = zext i8 %"w0_1.4" to i64
  %".1550" = trunc i64 %".1549" to i8
  %".1551" = getelementptr i8, ptr %"keys.79", i64 9
  store i8 %".1550", ptr %".1551", align 1
  %".1553" = add i64 %"cursor.20", 2
  %".1554" = zext i8 %"w1_1.2" to i64
  %".1555" = mul i64 %".1554", 8
  %".1556" = add i64 %".1555", 6
  %".1557" = add i64 %".1556", 2
  %".1558" = getelementptr i8, ptr %"data.79", i64 %"cursor.20"
  %".1559" = getelementptr i8, ptr %".1558", i64 %".1557"
  %".1560" = icmp ugt ptr %".1559", %"data_end.79"
  br i1 %".1560", label %"copy_last_byte.5", label %"variable_part.5", !prof !0
variable_part.5:
  %"data.81" = phi  ptr [%"data.79", %"header.16"], [%"data.80", %"cont.41"]
  %"data_end.81" = phi  ptr [%"data_end.79", %"header.16"], [%"data_end.80", %"cont.41"]
  %"keys.81" = phi  ptr [%"keys.79", %"header.16"], [%"keys.80", %"cont.41"]
  %"end.5" = add i64 %"cursor.20", %".1557"
  %".1581" = zext i8 %"w0_1.4" to i64
  switch i64 %".1581", label %"unknown.11" [i64 0, label %"to_ipv6_opts.6" i64 43, label %"to_ipv6_opts.7" i64 60, label %"to_ipv6_opts.8" i64 44, label %"to_ipv6_frag.2" i64 6, label %"to_tcp.4" i64 17, label %"to_udp.4" i64 136, label %"to_udplite.4" i64 47, label %"to_gre.4" i64 132, label %"to_sctp.4" i64 33, label %"to_dccp.4" i64 50, label %"to_esp.4" i64 51, label %"to_ah.4" i64 58, label %"to_icmpv6.2" i64 137, label %"to_mpls.13" i64 4, label %"to_ipv4.8" i64 41, label %"to_ipv6.8"]
ipv6_frag_d0_ipv6_ext1:
  %"cursor.22" = phi  i64 [%".284", %"to_ipv6_frag"]
  %"data.25" = phi  ptr [%"data.23", %"to_ipv6_frag"]
  %"data_end.25" = phi  ptr [%"data_end.23", %"to_ipv6_frag"]
  %"keys.25" = phi  ptr [%"keys.23", %"to_ipv6_frag"]
  %"hdr.17" = getelementptr i8, ptr %"data.25", i64 %"cursor.22"
  %".1692" = getelementptr i8, ptr %"hdr.17", i64 8
  %".1693" = icmp ugt ptr %".1692", %"data_end.25"
  br i1 %".1693", label %"copy.17", label %"linear.17", !prof !0
linear.17:
  %".1695" = getelementptr i8, ptr %"hdr.17", i64 0
  %".1696" = load i8, ptr %".1695", align 1
  %".1697" = getelementptr i8, ptr %"hdr.17", i64 2
  %".1698" = load i16, ptr %".1697", align 2
  br label %"header.17"
header.17:
  %"w0_1.5" = phi  i8 [%".1696", %"linear.17"], [%".1717", %"cont.44"]
  %"w2_2.7" = phi  i16 [%".1698", %"linear.17"], [%".1719", %"cont.44"]
  %"data.85" = phi  ptr [%"data.25", %"linear.17"], [%"data.84", %"cont.44"]
  %"data_end.85" = phi  ptr [%"data_end.25", %"linear.17"], [%"data_end.84", %"cont.44"]
  %"keys.85" = phi  ptr [%"keys.25", %"linear.17"], [%"keys.84", %"cont.44"]
  %".1721" = zext i8 %"w0_1.5" to i64
  %".1722" = trunc i64 %".1721" to i8
  %".1723" = getelementptr i8, ptr %"keys.85", i64 9
  store i8 %".1722", ptr %".1723", align 1
  %".1725" = add i64 %"cursor.22", 8
  %".1726" = icmp ne i64 1, 0
  %".1727" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.7")
  %".1728" = zext i16 %".1727" to i64
  %".1729" = and i64 %".1728", 65528
  %".1730" = icmp eq i64 %".1729", 0
  br i1 %".1726", label %"fragment.2", label %"not_fragment.2"
icmpv6:
  %"cursor.23" = phi  i64 [%".284", %"to_icmpv6"], [%".1389", %"to_icmpv6.1"], [%"cursor.87", %"to_icmpv6.2"], [%"cursor.102", %"to_icmpv6.3"], [%"cursor.162", %"to_icmpv6.4"], [%"cursor.176", %"to_icmpv6.5"], [%"cursor.189", %"to_icmpv6.6"], [%"cursor.204", %"to_icmpv6.7"], [%"cursor.241", %"to_icmpv6.8"], [%"cursor.255", %"to_icmpv6.9"], [%"cursor.265", %"to_icmpv6.10"], [%"cursor.277", %"to_icmpv6.11"], [%"cursor.300", %"to_icmpv6.12"], [%"cursor.310", %"to_icmpv6.13"]
  %"data.26" = phi  ptr [%"data.23", %"to_icmpv6"], [%"data.75", %"to_icmpv6.1"], [%"data.81", %"to_icmpv6.2"], [%"data.85", %"to_icmpv6.3"], [%"data.138", %"to_icmpv6.4"], [%"data.142", %"to_icmpv6.5"], [%"data.146", %"to_icmpv6.6"], [%"data.150", %"to_icmpv6.7"], [%"data.184", %"to_icmpv6.8"], [%"data.188", %"to_icmpv6.9"], [%"data.192", %"to_icmpv6.10"], [%"data.194", %"to_icmpv6.11"], [%"data.208", %"to_icmpv6.12"], [%"data.210", %"to_icmpv6.13"]
  %"data_end.26" = phi  ptr [%"data_end.23", %"to_icmpv6"], [%"data_end.75", %"to_icmpv6.1"], [%"data_end.81", %"to_icmpv6.2"], [%"data_end.85", %"to_icmpv6.3"], [%"data_end.138", %"to_icmpv6.4"], [%"data_end.142", %"to_icmpv6.5"], [%"data_end.146", %"to_icmpv6.6"], [%"data_end.150", %"to_icmpv6.7"], [%"data_end.184", %"to_icmpv6.8"], [%"data_end.188", %"to_icmpv6.9"], [%"data_end.192", %"to_icmpv6.10"], [%"data_end.194", %"to_icmpv6.11"], [%"data_end.208", %"to_icmpv6.12"], [%"data_end.210", %"to_icmpv6.13"]
  %"keys.26" = phi  ptr [%"keys.23", %"to_icmpv6"], [%"keys.75", %"to_icmpv6.1"], [%"keys.81", %"to_icmpv6.2"], [%"keys.85", %"to_icmpv6.3"], [%"keys.138", %"to_icmpv6.4"], [%"keys.142", %"to_icmpv6.5"], [%"keys.146", %"to_icmpv6.6"], [%"keys.150", %"to_icmpv6.7"], [%"keys.184", %"to_icmpv6.8"], [%"keys.188", %"to_icmpv6.9"], [%"keys.192", %"to_icmpv6.10"], [%"keys.194", %"to_icmpv6.11"], [%"keys.208", %"to_icmpv6.12"], [%"keys.210", %"to_icmpv6.13"]
  %"hdr.18" = getelementptr i8, ptr %"data.26", i64 %"cursor.23"
  %".1872" = getelementptr i8, ptr %"hdr.18", i64 4
  %".1873" = icmp ugt ptr %".1872", %"data_end.26"
  br i1 %".1873", label %"copy.18", label %"linear.18", !prof !0
linear.18:
  br label %"header.18"
header.18:
  %"data.87" = phi  ptr [%"data.26", %"linear.18"], [%"data.86", %"cont.48"]
  %"data_end.87" = phi  ptr [%"data_end.26", %"linear.18"], [%"data_end.86", %"cont.48"]
  %"keys.87" = phi  ptr [%"keys.26", %"linear.18"], [%"keys.86", %"cont.48"]
  %".1893" = add i64 %"cursor.23", 4
  %".1894" = trunc i64 %"cursor.23" to i16
  %".1895" = getelementptr i8, ptr %"keys.87", i64 2
  store i16 %".1894", ptr %".1895", align 2
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
  br label %"mpls_d0_mpls_labels1"
to_mpls.5:
  %".416" = getelementptr i8, ptr %"keys.28", i64 2
  %".417" = trunc i64 %".395" to i16
  store volatile i16 %".417", ptr %".416", align 2
  %".419" = load volatile i16, ptr %".416", align 2
  %".420" = zext i16 %".419" to i64
  %"cursor.29" = and i64 %".420", 16383
  br label %"mpls_d0_mpls_labels1"
to_pppoe.1:
  br label %"pppoe_d0"
vlan_d0_vlan_tags2:
  %"cursor.27" = phi  i64 [%".395", %"to_vlan.2"], [%".395", %"to_vlan.3"]
  %"data.29" = phi  ptr [%"data.28", %"to_vlan.2"], [%"data.28", %"to_vlan.3"]
  %"data_end.29" = phi  ptr [%"data_end.28", %"to_vlan.2"], [%"data_end.28", %"to_vlan.3"]
  %"keys.29" = phi  ptr [%"keys.28", %"to_vlan.2"], [%"keys.28", %"to_vlan.3"]
  %"hdr.19" = getelementptr i8, ptr %"data.29", i64 %"cursor.27"
  %".1898" = getelementptr i8, ptr %"hdr.19", i64 4
  %".1899" = icmp ugt ptr %".1898", %"data_end.29"
  br i1 %".1899", label %"copy.19", label %"linear.19", !prof !0
linear.19:
  %".1901" = getelementptr i8, ptr %"hdr.19", i64 2
  %".1902" = load i16, ptr %".1901", align 2
  br label %"header.19"
header.19:
  %"w2_2.8" = phi  i16 [%".1902", %"linear.19"], [%".1921", %"cont.49"]
  %"data.89" = phi  ptr [%"data.29", %"linear.19"], [%"data.88", %"cont.49"]
  %"data_end.89" = phi  ptr [%"data_end.29", %"linear.19"], [%"data_end.88", %"cont.49"]
  %"keys.89" = phi  ptr [%"keys.29", %"linear.19"], [%"keys.88", %"cont.49"]
  %".1923" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.8")
  %".1924" = zext i16 %".1923" to i64
  %".1925" = trunc i64 %".1924" to i16
  %".1926" = call i16 @"llvm.bswap.i16"(i16 %".1925")
  %".1927" = getelementptr i8, ptr %"keys.89", i64 10
  store i16 %".1926", ptr %".1927", align 2
  %".1929" = add i64 %"cursor.27", 4
  %".1930" = trunc i64 %".1929" to i16
  %".1931" = getelementptr i8, ptr %"keys.89", i64 0
  store i16 %".1930", ptr %".1931", align 2
  %".1933" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.8")
  %".1934" = zext i16 %".1933" to i64
  switch i64 %".1934", label %"unknown.13" [i64 2048, label %"to_ipv4.10" i64 34525, label %"to_ipv6.10" i64 33024, label %"to_vlan.4" i64 34984, label %"to_vlan.5" i64 34887, label %"to_mpls.15" i64 34888, label %"to_mpls.16" i64 34916, label %"to_pppoe.2"]
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
  br label %"mpls_d0_mpls_labels2"
to_ip_version:
  %".457" = getelementptr i8, ptr %"keys.31", i64 8
  store i8 1, ptr %".457", align 1
  %".459" = getelementptr i8, ptr %"keys.31", i64 48
  %"flags.6" = load volatile i32, ptr %".459", align 4
  %".460" = and i32 %"flags.6", 4
  %".461" = icmp ne i32 %".460", 0
  br i1 %".461", label %"exit.13", label %"cont.13"
mpls_d0_mpls_labels2:
  %"cursor.30" = phi  i64 [%".448", %"to_mpls.6"]
  %"data.32" = phi  ptr [%"data.31", %"to_mpls.6"]
  %"data_end.32" = phi  ptr [%"data_end.31", %"to_mpls.6"]
  %"keys.32" = phi  ptr [%"keys.31", %"to_mpls.6"]
  %"hdr.20" = getelementptr i8, ptr %"data.32", i64 %"cursor.30"
  %".1978" = getelementptr i8, ptr %"hdr.20", i64 4
  %".1979" = icmp ugt ptr %".1978", %"data_end.32"
  br i1 %".1979", label %"copy.20", label %"linear.20", !prof !0
linear.20:
  %".1981" = getelementptr i8, ptr %"hdr.20", i64 2
  %".1982" = load i8, ptr %".1981", align 1
  br label %"header.20"
header.20:
  %"w2_1.1" = phi  i8 [%".1982", %"linear.20"], [%".2001", %"cont.50"]
  %"data.91" = phi  ptr [%"data.32", %"linear.20"], [%"data.90", %"cont.50"]
  %"data_end.91" = phi  ptr [%"data_end.32", %"linear.20"], [%"data_end.90", %"cont.50"]
  %"keys.91" = phi  ptr [%"keys.32", %"linear.20"], [%"keys.90", %"cont.50"]
  %".2003" = add i64 %"cursor.30", 4
  %".2004" = zext i8 %"w2_1.1" to i64
  %".2005" = and i64 %".2004", 1
  switch i64 %".2005", label %"unknown.14" [i64 0, label %"to_mpls.17" i64 1, label %"to_ip_version.1"]
exit.13:
  %".463" = trunc i64 %".448" to i16
  %".464" = getelementptr i8, ptr %"keys.31", i64 2
  store i16 %".463", ptr %".464", align 2
  br label %"return"
cont.13:
  %".467" = getelementptr i8, ptr %"keys.31", i64 2
  %".468" = trunc i64 %".448" to i16
  store volatile i16 %".468", ptr %".467", align 2
  %".470" = load volatile i16, ptr %".467", align 2
  %".471" = zext i16 %".470" to i64
  %"cursor.32" = and i64 %".471", 16383
  br label %"ip_version_d1"
ip_version_d1:
  %"cursor.31" = phi  i64 [%"cursor.32", %"cont.13"], [%"cursor.112", %"cont.51"], [%"cursor.121", %"to_ip_version.2"], [%"cursor.209", %"cont.97"], [%"cursor.210", %"to_ip_version.5"], [%"cursor.281", %"cont.137"], [%"cursor.282", %"to_ip_version.9"], [%"cursor.314", %"to_ip_version.12"], [%"cursor.319", %"to_ip_version.13"]
  %"data.33" = phi  ptr [%"data.31", %"cont.13"], [%"data.91", %"cont.51"], [%"data.110", %"to_ip_version.2"], [%"data.152", %"cont.97"], [%"data.155", %"to_ip_version.5"], [%"data.196", %"cont.137"], [%"data.198", %"to_ip_version.9"], [%"data.219", %"to_ip_version.12"], [%"data.227", %"to_ip_version.13"]
  %"data_end.33" = phi  ptr [%"data_end.31", %"cont.13"], [%"data_end.91", %"cont.51"], [%"data_end.110", %"to_ip_version.2"], [%"data_end.152", %"cont.97"], [%"data_end.155", %"to_ip_version.5"], [%"data_end.196", %"cont.137"], [%"data_end.198", %"to_ip_version.9"], [%"data_end.219", %"to_ip_version.12"], [%"data_end.227", %"to_ip_version.13"]
  %"keys.33" = phi  ptr [%"keys.31", %"cont.13"], [%"keys.91", %"cont.51"], [%"keys.110", %"to_ip_version.2"], [%"keys.152", %"cont.97"], [%"keys.155", %"to_ip_version.5"], [%"keys.196", %"cont.137"], [%"keys.198", %"to_ip_version.9"], [%"keys.219", %"to_ip_version.12"], [%"keys.227", %"to_ip_version.13"]
  %"hdr.21" = getelementptr i8, ptr %"data.33", i64 %"cursor.31"
  %".2028" = getelementptr i8, ptr %"hdr.21", i64 1
  %".2029" = icmp ugt ptr %".2028", %"data_end.33"
  br i1 %".2029", label %"copy.21", label %"linear.21", !prof !0
linear.21:
  %".2031" = getelementptr i8, ptr %"hdr.21", i64 0
  %".2032" = load i8, ptr %".2031", align 1
  br label %"header.21"
header.21:
  %"w0_1.6" = phi  i8 [%".2032", %"linear.21"], [%".2051", %"cont.52"]
  %"data.94" = phi  ptr [%"data.33", %"linear.21"], [%"data.93", %"cont.52"]
  %"data_end.94" = phi  ptr [%"data_end.33", %"linear.21"], [%"data_end.93", %"cont.52"]
  %"keys.94" = phi  ptr [%"keys.33", %"linear.21"], [%"keys.93", %"cont.52"]
  %".2053" = zext i8 %"w0_1.6" to i64
  %".2054" = lshr i64 %".2053", 4
  %".2055" = and i64 %".2054", 15
  switch i64 %".2055", label %"unknown.15" [i64 4, label %"to_ipv4.11" i64 6, label %"to_ipv6.11"]
copy.4:
  %"ctx.6" = load volatile ptr, ptr %"ctx_slot", align 8
  %".483" = trunc i64 %"cursor.5" to i32
  %".484" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.6", i32 %".483", [40 x i8]* %"header_copy", i32 8)
  %".485" = icmp eq i64 %".484", 0
  %".486" = getelementptr i8, ptr %"ctx.6", i64 76
  %".487" = load i32, ptr %".486", align 4
  %".488" = zext i32 %".487" to i64
  %"data.34" = inttoptr i64 %".488" to ptr
  %".489" = getelementptr i8, ptr %"ctx.6", i64 80
  %".490" = load i32, ptr %".489", align 4
  %".491" = zext i32 %".490" to i64
  %"data_end.34" = inttoptr i64 %".491" to ptr
  %".492" = getelementptr i8, ptr %"ctx.6", i64 144
  %"keys.34" = load ptr, ptr %".492", align 8
  %".493" = xor i1 %".485", -1
  br i1 %".493", label %"exit.14", label %"cont.14"
exit.14:
  %".495" = trunc i64 %"cursor.5" to i16
  %".496" = getelementptr i8, ptr %"keys.34", i64 2
  store i16 %".495", ptr %".496", align 2
  br label %"return"
cont.14:
  %".499" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".500" = load volatile i8, [40 x i8]* %".499", align 1
  %".501" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".502" = load volatile i8, [40 x i8]* %".501", align 1
  %".503" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".504" = load volatile i16, [40 x i8]* %".503", align 2
  br label %"header.4"
exit.15:
  %".519" = trunc i64 %"cursor.5" to i16
  %".520" = getelementptr i8, ptr %"keys.35", i64 2
  store i16 %".519", ptr %".520", align 2
  br label %"return"
cont.15:
  %".523" = add i64 %"cursor.5", 8
  %".524" = trunc i64 %".523" to i16
  %".525" = getelementptr i8, ptr %"keys.35", i64 0
  store i16 %".524", ptr %".525", align 2
  %".527" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.1")
  %".528" = zext i16 %".527" to i64
  switch i64 %".528", label %"unknown.5" [i64 33, label %"to_ipv4.4" i64 87, label %"to_ipv6.4" i64 641, label %"to_mpls.7" i64 643, label %"to_mpls.8"]
unknown.5:
  %".530" = trunc i64 %".523" to i16
  %".531" = getelementptr i8, ptr %"keys.35", i64 2
  store i16 %".530", ptr %".531", align 2
  br label %"return"
to_ipv4.4:
  %".534" = getelementptr i8, ptr %"keys.35", i64 2
  %".535" = trunc i64 %".523" to i16
  store volatile i16 %".535", ptr %".534", align 2
  %".537" = load volatile i16, ptr %".534", align 2
  %".538" = zext i16 %".537" to i64
  %"cursor.33" = and i64 %".538", 16383
  br label %"ipv4_d0"
to_ipv6.4:
  %".540" = getelementptr i8, ptr %"keys.35", i64 2
  %".541" = trunc i64 %".523" to i16
  store volatile i16 %".541", ptr %".540", align 2
  %".543" = load volatile i16, ptr %".540", align 2
  %".544" = zext i16 %".543" to i64
  %"cursor.34" = and i64 %".544", 16383
  br label %"ipv6_d0"
to_mpls.7:
  %".546" = trunc i64 34887 to i16
  %".547" = call i16 @"llvm.bswap.i16"(i16 %".546")
  %".548" = getelementptr i8, ptr %"keys.35", i64 10
  store i16 %".547", ptr %".548", align 2
  %".550" = getelementptr i8, ptr %"keys.35", i64 2
  %".551" = trunc i64 %".523" to i16
  store volatile i16 %".551", ptr %".550", align 2
  %".553" = load volatile i16, ptr %".550", align 2
  %".554" = zext i16 %".553" to i64
  %"cursor.35" = and i64 %".554", 16383
  br label %"mpls_d0_mpls_labels1"
to_mpls.8:
  %".556" = trunc i64 34888 to i16
  %".557" = call i16 @"llvm.bswap.i16"(i16 %".556")
  %".558" = getelementptr i8, ptr %"keys.35", i64 10
  store i16 %".557", ptr %".558", align 2
  %".560" = getelementptr i8, ptr %"keys.35", i64 2
  %".561" = trunc i64 %".523" to i16
  store volatile i16 %".561", ptr %".560", align 2
  %".563" = load volatile i16, ptr %".560", align 2
  %".564" = zext i16 %".563" to i64
  %"cursor.36" = and i64 %".564", 16383
  br label %"mpls_d0_mpls_labels1"
copy.5:
  %"ctx.7" = load volatile ptr, ptr %"ctx_slot", align 8
  %".574" = trunc i64 %"cursor.6" to i32
  %".575" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.7", i32 %".574", [40 x i8]* %"header_copy", i32 4)
  %".576" = icmp eq i64 %".575", 0
  %".577" = getelementptr i8, ptr %"ctx.7", i64 76
  %".578" = load i32, ptr %".577", align 4
  %".579" = zext i32 %".578" to i64
  %"data.36" = inttoptr i64 %".579" to ptr
  %".580" = getelementptr i8, ptr %"ctx.7", i64 80
  %".581" = load i32, ptr %".580", align 4
  %".582" = zext i32 %".581" to i64
  %"data_end.36" = inttoptr i64 %".582" to ptr
  %".583" = getelementptr i8, ptr %"ctx.7", i64 144
  %"keys.36" = load ptr, ptr %".583", align 8
  %".584" = xor i1 %".576", -1
  br i1 %".584", label %"exit.16", label %"cont.16"
exit.16:
  %".586" = trunc i64 %"cursor.6" to i16
  %".587" = getelementptr i8, ptr %"keys.36", i64 2
  store i16 %".586", ptr %".587", align 2
  br label %"return"
cont.16:
  %".590" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".591" = load volatile i16, [40 x i8]* %".590", align 2
  %".592" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".593" = load volatile i16, [40 x i8]* %".592", align 2
  br label %"header.5"
unknown.6:
  %".608" = trunc i64 %"cursor.6" to i16
  %".609" = getelementptr i8, ptr %"keys.37", i64 2
  store i16 %".608", ptr %".609", align 2
  br label %"return"
to_tcp_header:
  br label %"tcp_header"
tcp_header:
  %"cursor.37" = phi  i64 [%"cursor.6", %"to_tcp_header"]
  %"data.38" = phi  ptr [%"data.37", %"to_tcp_header"]
  %"data_end.38" = phi  ptr [%"data_end.37", %"to_tcp_header"]
  %"keys.38" = phi  ptr [%"keys.37", %"to_tcp_header"]
  %"hdr.22" = getelementptr i8, ptr %"data.38", i64 %"cursor.37"
  %".2073" = getelementptr i8, ptr %"hdr.22", i64 20
  %".2074" = icmp ugt ptr %".2073", %"data_end.38"
  br i1 %".2074", label %"copy.22", label %"linear.22", !prof !0
linear.22:
  %".2076" = getelementptr i8, ptr %"hdr.22", i64 12
  %".2077" = load i8, ptr %".2076", align 1
  br label %"header.22"
header.22:
  %"w12_1" = phi  i8 [%".2077", %"linear.22"], [%".2096", %"cont.53"]
  %"data.96" = phi  ptr [%"data.38", %"linear.22"], [%"data.95", %"cont.53"]
  %"data_end.96" = phi  ptr [%"data_end.38", %"linear.22"], [%"data_end.95", %"cont.53"]
  %"keys.96" = phi  ptr [%"keys.38", %"linear.22"], [%"keys.95", %"cont.53"]
  %".2098" = zext i8 %"w12_1" to i64
  %".2099" = lshr i64 %".2098", 4
  %".2100" = and i64 %".2099", 15
  %".2101" = icmp uge i64 %".2100", 5
  %".2102" = xor i1 %".2101", -1
  br i1 %".2102", label %"exit.54", label %"cont.54"
copy.6:
  %"ctx.8" = load volatile ptr, ptr %"ctx_slot", align 8
  %".621" = trunc i64 %"cursor.7" to i32
  %".622" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.8", i32 %".621", [40 x i8]* %"header_copy", i32 4)
  %".623" = icmp eq i64 %".622", 0
  %".624" = getelementptr i8, ptr %"ctx.8", i64 76
  %".625" = load i32, ptr %".624", align 4
  %".626" = zext i32 %".625" to i64
  %"data.39" = inttoptr i64 %".626" to ptr
  %".627" = getelementptr i8, ptr %"ctx.8", i64 80
  %".628" = load i32, ptr %".627", align 4
  %".629" = zext i32 %".628" to i64
  %"data_end.39" = inttoptr i64 %".629" to ptr
  %".630" = getelementptr i8, ptr %"ctx.8", i64 144
  %"keys.39" = load ptr, ptr %".630", align 8
  %".631" = xor i1 %".623", -1
  br i1 %".631", label %"exit.17", label %"cont.17"
exit.17:
  %".633" = trunc i64 %"cursor.7" to i16
  %".634" = getelementptr i8, ptr %"keys.39", i64 2
  store i16 %".633", ptr %".634", align 2
  br label %"return"
cont.17:
  %".637" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".638" = load volatile i16, [40 x i8]* %".637", align 2
  %".639" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".640" = load volatile i16, [40 x i8]* %".639", align 2
  br label %"header.6"
copy_last_byte.1:
  %".660" = add i64 %"cursor.7", %".655"
  %".661" = sub i64 %".660", 1
  %"ctx.9" = load volatile ptr, ptr %"ctx_slot", align 8
  %".662" = trunc i64 %".661" to i32
  %".663" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.9", i32 %".662", i64* %"last_byte", i32 1)
  %".664" = icmp eq i64 %".663", 0
  %".665" = getelementptr i8, ptr %"ctx.9", i64 76
  %".666" = load i32, ptr %".665", align 4
  %".667" = zext i32 %".666" to i64
  %"data.41" = inttoptr i64 %".667" to ptr
  %".668" = getelementptr i8, ptr %"ctx.9", i64 80
  %".669" = load i32, ptr %".668", align 4
  %".670" = zext i32 %".669" to i64
  %"data_end.41" = inttoptr i64 %".670" to ptr
  %".671" = getelementptr i8, ptr %"ctx.9", i64 144
  %"keys.41" = load ptr, ptr %".671", align 8
  %".672" = xor i1 %".664", -1
  br i1 %".672", label %"exit.18", label %"cont.18"
exit.18:
  %".674" = trunc i64 %"cursor.7" to i16
  %".675" = getelementptr i8, ptr %"keys.41", i64 2
  store i16 %".674", ptr %".675", align 2
  br label %"return"
cont.18:
  br label %"variable_part.1"
unknown.7:
  %".682" = trunc i64 %"cursor.7" to i16
  %".683" = getelementptr i8, ptr %"keys.42", i64 2
  store i16 %".682", ptr %".683", align 2
  br label %"return"
to_vxlan:
  br label %"vxlan_d0"
to_geneve:
  br label %"geneve_d0"
to_gue:
  br label %"gue_d0"
to_gtpu:
  br label %"gtpu_d0"
to_shim:
  br label %"shim_d0"
vxlan_d0:
  %"cursor.38" = phi  i64 [%"end.1", %"to_vxlan"]
  %"data.43" = phi  ptr [%"data.42", %"to_vxlan"]
  %"data_end.43" = phi  ptr [%"data_end.42", %"to_vxlan"]
  %"keys.43" = phi  ptr [%"keys.42", %"to_vxlan"]
  %"hdr.23" = getelementptr i8, ptr %"data.43", i64 %"cursor.38"
  %".2142" = getelementptr i8, ptr %"hdr.23", i64 8
  %".2143" = icmp ugt ptr %".2142", %"data_end.43"
  br i1 %".2143", label %"copy.23", label %"linear.23", !prof !0
linear.23:
  br label %"header.23"
header.23:
  %"data.100" = phi  ptr [%"data.43", %"linear.23"], [%"data.99", %"cont.56"]
  %"data_end.100" = phi  ptr [%"data_end.43", %"linear.23"], [%"data_end.99", %"cont.56"]
  %"keys.100" = phi  ptr [%"keys.43", %"linear.23"], [%"keys.99", %"cont.56"]
  %".2163" = add i64 %"cursor.38", 8
  %".2164" = getelementptr i8, ptr %"keys.100", i64 8
  store i8 1, ptr %".2164", align 1
  %".2166" = getelementptr i8, ptr %"keys.100", i64 48
  %"flags.20" = load volatile i32, ptr %".2166", align 4
  %".2167" = and i32 %"flags.20", 4
  %".2168" = icmp ne i32 %".2167", 0
  br i1 %".2168", label %"exit.57", label %"cont.57"
geneve_d0:
  %"cursor.39" = phi  i64 [%"end.1", %"to_geneve"]
  %"data.44" = phi  ptr [%"data.42", %"to_geneve"]
  %"data_end.44" = phi  ptr [%"data_end.42", %"to_geneve"]
  %"keys.44" = phi  ptr [%"keys.42", %"to_geneve"]
  %"hdr.24" = getelementptr i8, ptr %"data.44", i64 %"cursor.39"
  %".2185" = getelementptr i8, ptr %"hdr.24", i64 8
  %".2186" = icmp ugt ptr %".2185", %"data_end.44"
  br i1 %".2186", label %"copy.24", label %"linear.24", !prof !0
linear.24:
  %".2188" = getelementptr i8, ptr %"hdr.24", i64 0
  %".2189" = load i8, ptr %".2188", align 1
  %".2190" = getelementptr i8, ptr %"hdr.24", i64 2
  %".2191" = load i16, ptr %".2190", align 2
  br label %"header.24"
header.24:
  %"w0_1.7" = phi  i8 [%".2189", %"linear.24"], [%".2210", %"cont.58"]
  %"w2_2.9" = phi  i16 [%".2191", %"linear.24"], [%".2212", %"cont.58"]
  %"data.102" = phi  ptr [%"data.44", %"linear.24"], [%"data.101", %"cont.58"]
  %"data_end.102" = phi  ptr [%"data_end.44", %"linear.24"], [%"data_end.101", %"cont.58"]
  %"keys.102" = phi  ptr [%"keys.44", %"linear.24"], [%"keys.101", %"cont.58"]
  %".2214" = zext i8 %"w0_1.7" to i64
  %".2215" = lshr i64 %".2214", 6
  %".2216" = and i64 %".2215", 3
  %".2217" = icmp ne i64 %".2216", 0
  br i1 %".2217", label %"exit.59", label %"cont.59"
gue_d0:
  %"cursor.40" = phi  i64 [%"end.1", %"to_gue"]
  %"data.45" = phi  ptr [%"data.42", %"to_gue"]
  %"data_end.45" = phi  ptr [%"data_end.42", %"to_gue"]
  %"keys.45" = phi  ptr [%"keys.42", %"to_gue"]
  %"hdr.25" = getelementptr i8, ptr %"data.45", i64 %"cursor.40"
  %".2286" = getelementptr i8, ptr %"hdr.25", i64 4
  %".2287" = icmp ugt ptr %".2286", %"data_end.45"
  br i1 %".2287", label %"copy.25", label %"linear.25", !prof !0
linear.25:
  %".2289" = getelementptr i8, ptr %"hdr.25", i64 0
  %".2290" = load i8, ptr %".2289", align 1
  %".2291" = getelementptr i8, ptr %"hdr.25", i64 1
  %".2292" = load i8, ptr %".2291", align 1
  br label %"header.25"
header.25:
  %"w0_1.8" = phi  i8 [%".2290", %"linear.25"], [%".2311", %"cont.62"]
  %"w1_1.3" = phi  i8 [%".2292", %"linear.25"], [%".2313", %"cont.62"]
  %"data.106" = phi  ptr [%"data.45", %"linear.25"], [%"data.105", %"cont.62"]
  %"data_end.106" = phi  ptr [%"data_end.45", %"linear.25"], [%"data_end.105", %"cont.62"]
  %"keys.106" = phi  ptr [%"keys.45", %"linear.25"], [%"keys.105", %"cont.62"]
  %".2315" = zext i8 %"w0_1.8" to i64
  %".2316" = lshr i64 %".2315", 6
  %".2317" = and i64 %".2316", 3
  %".2318" = icmp ne i64 %".2317", 0
  %".2319" = zext i8 %"w0_1.8" to i64
  %".2320" = lshr i64 %".2319", 5
  %".2321" = and i64 %".2320", 1
  %".2322" = icmp ne i64 %".2321", 0
  %".2323" = or i1 %".2318", %".2322"
  br i1 %".2323", label %"exit.63", label %"cont.63"
gtpu_d0:
  %"cursor.41" = phi  i64 [%"end.1", %"to_gtpu"]
  %"data.46" = phi  ptr [%"data.42", %"to_gtpu"]
  %"data_end.46" = phi  ptr [%"data_end.42", %"to_gtpu"]
  %"keys.46" = phi  ptr [%"keys.42", %"to_gtpu"]
  %"hdr.26" = getelementptr i8, ptr %"data.46", i64 %"cursor.41"
  %".2385" = getelementptr i8, ptr %"hdr.26", i64 8
  %".2386" = icmp ugt ptr %".2385", %"data_end.46"
  br i1 %".2386", label %"copy.26", label %"linear.26", !prof !0
linear.26:
  %".2388" = getelementptr i8, ptr %"hdr.26", i64 0
  %".2389" = load i8, ptr %".2388", align 1
  %".2390" = getelementptr i8, ptr %"hdr.26", i64 1
  %".2391" = load i8, ptr %".2390", align 1
  br label %"header.26"
header.26:
  %"w0_1.9" = phi  i8 [%".2389", %"linear.26"], [%".2410", %"cont.66"]
  %"w1_1.4" = phi  i8 [%".2391", %"linear.26"], [%".2412", %"cont.66"]
  %"data.110" = phi  ptr [%"data.46", %"linear.26"], [%"data.109", %"cont.66"]
  %"data_end.110" = phi  ptr [%"data_end.46", %"linear.26"], [%"data_end.109", %"cont.66"]
  %"keys.110" = phi  ptr [%"keys.46", %"linear.26"], [%"keys.109", %"cont.66"]
  %".2414" = zext i8 %"w0_1.9" to i64
  %".2415" = lshr i64 %".2414", 5
  %".2416" = and i64 %".2415", 7
  %".2417" = icmp ne i64 %".2416", 1
  %".2418" = zext i8 %"w0_1.9" to i64
  %".2419" = lshr i64 %".2418", 4
  %".2420" = and i64 %".2419", 1
  %".2421" = icmp ne i64 %".2420", 1
  %".2422" = or i1 %".2417", %".2421"
  %".2423" = zext i8 %"w1_1.4" to i64
  %".2424" = icmp ne i64 %".2423", 255
  %".2425" = or i1 %".2422", %".2424"
  br i1 %".2425", label %"exit.67", label %"cont.67"
shim_d0:
  %"cursor.42" = phi  i64 [%"end.1", %"to_shim"]
  %"data.47" = phi  ptr [%"data.42", %"to_shim"]
  %"data_end.47" = phi  ptr [%"data_end.42", %"to_shim"]
  %"keys.47" = phi  ptr [%"keys.42", %"to_shim"]
  %"hdr.27" = getelementptr i8, ptr %"data.47", i64 %"cursor.42"
  %".2485" = getelementptr i8, ptr %"hdr.27", i64 8
  %".2486" = icmp ugt ptr %".2485", %"data_end.47"
  br i1 %".2486", label %"copy.27", label %"linear.27", !prof !0
linear.27:
  %".2488" = getelementptr i8, ptr %"hdr.27", i64 2
  %".2489" = load i16, ptr %".2488", align 2
  br label %"header.27"
header.27:
  %"w2_2.10" = phi  i16 [%".2489", %"linear.27"], [%".2508", %"cont.69"]
  %"data.114" = phi  ptr [%"data.47", %"linear.27"], [%"data.113", %"cont.69"]
  %"data_end.114" = phi  ptr [%"data_end.47", %"linear.27"], [%"data_end.113", %"cont.69"]
  %"keys.114" = phi  ptr [%"keys.47", %"linear.27"], [%"keys.113", %"cont.69"]
  %".2510" = add i64 %"cursor.42", 8
  %".2511" = getelementptr i8, ptr %"keys.114", i64 8
  store i8 1, ptr %".2511", align 1
  %".2513" = getelementptr i8, ptr %"keys.114", i64 48
  %"flags.24" = load volatile i32, ptr %".2513", align 4
  %".2514" = and i32 %"flags.24", 4
  %".2515" = icmp ne i32 %".2514", 0
  br i1 %".2515", label %"exit.70", label %"cont.70"
copy.7:
  %"ctx.10" = load volatile ptr, ptr %"ctx_slot", align 8
  %".699" = trunc i64 %"cursor.8" to i32
  %".700" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.10", i32 %".699", [40 x i8]* %"header_copy", i32 4)
  %".701" = icmp eq i64 %".700", 0
  %".702" = getelementptr i8, ptr %"ctx.10", i64 76
  %".703" = load i32, ptr %".702", align 4
  %".704" = zext i32 %".703" to i64
  %"data.48" = inttoptr i64 %".704" to ptr
  %".705" = getelementptr i8, ptr %"ctx.10", i64 80
  %".706" = load i32, ptr %".705", align 4
  %".707" = zext i32 %".706" to i64
  %"data_end.48" = inttoptr i64 %".707" to ptr
  %".708" = getelementptr i8, ptr %"ctx.10", i64 144
  %"keys.48" = load ptr, ptr %".708", align 8
  %".709" = xor i1 %".701", -1
  br i1 %".709", label %"exit.19", label %"cont.19"
exit.19:
  %".711" = trunc i64 %"cursor.8" to i16
  %".712" = getelementptr i8, ptr %"keys.48", i64 2
  store i16 %".711", ptr %".712", align 2
  br label %"return"
cont.19:
  %".715" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".716" = load volatile i16, [40 x i8]* %".715", align 2
  %".717" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".718" = load volatile i16, [40 x i8]* %".717", align 2
  br label %"header.7"
copy_last_byte.2:
  %".738" = add i64 %"cursor.8", %".733"
  %".739" = sub i64 %".738", 1
  %"ctx.11" = load volatile ptr, ptr %"ctx_slot", align 8
  %".740" = trunc i64 %".739" to i32
  %".741" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.11", i32 %".740", i64* %"last_byte", i32 1)
  %".742" = icmp eq i64 %".741", 0
  %".743" = getelementptr i8, ptr %"ctx.11", i64 76
  %".744" = load i32, ptr %".743", align 4
  %".745" = zext i32 %".744" to i64
  %"data.50" = inttoptr i64 %".745" to ptr
  %".746" = getelementptr i8, ptr %"ctx.11", i64 80
  %".747" = load i32, ptr %".746", align 4
  %".748" = zext i32 %".747" to i64
  %"data_end.50" = inttoptr i64 %".748" to ptr
  %".749" = getelementptr i8, ptr %"ctx.11", i64 144
  %"keys.50" = load ptr, ptr %".749", align 8
  %".750" = xor i1 %".742", -1
  br i1 %".750", label %"exit.20", label %"cont.20"
exit.20:
  %".752" = trunc i64 %"cursor.8" to i16
  %".753" = getelementptr i8, ptr %"keys.50", i64 2
  store i16 %".752", ptr %".753", align 2
  br label %"return"
cont.20:
  br label %"variable_part.2"
copy.8:
  %"ctx.12" = load volatile ptr, ptr %"ctx_slot", align 8
  %".771" = trunc i64 %"cursor.9" to i32
  %".772" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.12", i32 %".771", [40 x i8]* %"header_copy", i32 4)
  %".773" = icmp eq i64 %".772", 0
  %".774" = getelementptr i8, ptr %"ctx.12", i64 76
  %".775" = load i32, ptr %".774", align 4
  %".776" = zext i32 %".775" to i64
  %"data.52" = inttoptr i64 %".776" to ptr
  %".777" = getelementptr i8, ptr %"ctx.12", i64 80
  %".778" = load i32, ptr %".777", align 4
  %".779" = zext i32 %".778" to i64
  %"data_end.52" = inttoptr i64 %".779" to ptr
  %".780" = getelementptr i8, ptr %"ctx.12", i64 144
  %"keys.52" = load ptr, ptr %".780", align 8
  %".781" = xor i1 %".773", -1
  br i1 %".781", label %"exit.21", label %"cont.21"
exit.21:
  %".783" = trunc i64 %"cursor.9" to i16
  %".784" = getelementptr i8, ptr %"keys.52", i64 2
  store i16 %".783", ptr %".784", align 2
  br label %"return"
cont.21:
  %".787" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".788" = load volatile i8, [40 x i8]* %".787", align 1
  %".789" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".790" = load volatile i8, [40 x i8]* %".789", align 1
  %".791" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".792" = load volatile i16, [40 x i8]* %".791", align 2
  br label %"header.8"
exit.22:
  %".803" = trunc i64 %"cursor.9" to i16
  %".804" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".803", ptr %".804", align 2
  br label %"return"
cont.22:
  %".807" = add i64 %"cursor.9", 4
  %".808" = zext i8 %"w0_1.2" to i64
  %".809" = lshr i64 %".808", 7
  %".810" = and i64 %".809", 1
  %".811" = zext i8 %"w0_1.2" to i64
  %".812" = lshr i64 %".811", 5
  %".813" = and i64 %".812", 1
  %".814" = add i64 %".810", %".813"
  %".815" = zext i8 %"w0_1.2" to i64
  %".816" = lshr i64 %".815", 4
  %".817" = and i64 %".816", 1
  %".818" = add i64 %".814", %".817"
  %".819" = mul i64 %".818", 4
  %".820" = add i64 %".819", 4
  %".821" = getelementptr i8, ptr %"data.53", i64 %"cursor.9"
  %".822" = getelementptr i8, ptr %".821", i64 %".820"
  %".823" = icmp ugt ptr %".822", %"data_end.53"
  br i1 %".823", label %"copy_last_byte.3", label %"variable_part.3", !prof !0
variable_part.3:
  %"data.55" = phi  ptr [%"data.53", %"cont.22"], [%"data.54", %"cont.23"]
  %"data_end.55" = phi  ptr [%"data_end.53", %"cont.22"], [%"data_end.54", %"cont.23"]
  %"keys.55" = phi  ptr [%"keys.53", %"cont.22"], [%"keys.54", %"cont.23"]
  %"end.3" = add i64 %"cursor.9", %".820"
  %".844" = getelementptr i8, ptr %"keys.55", i64 8
  store i8 1, ptr %".844", align 1
  %".846" = getelementptr i8, ptr %"keys.55", i64 48
  %"flags.7" = load volatile i32, ptr %".846", align 4
  %".847" = and i32 %"flags.7", 4
  %".848" = icmp ne i32 %".847", 0
  br i1 %".848", label %"exit.24", label %"cont.24"
copy_last_byte.3:
  %".825" = add i64 %"cursor.9", %".820"
  %".826" = sub i64 %".825", 1
  %"ctx.13" = load volatile ptr, ptr %"ctx_slot", align 8
  %".827" = trunc i64 %".826" to i32
  %".828" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.13", i32 %".827", i64* %"last_byte", i32 1)
  %".829" = icmp eq i64 %".828", 0
  %".830" = getelementptr i8, ptr %"ctx.13", i64 76
  %".831" = load i32, ptr %".830", align 4
  %".832" = zext i32 %".831" to i64
  %"data.54" = inttoptr i64 %".832" to ptr
  %".833" = getelementptr i8, ptr %"ctx.13", i64 80
  %".834" = load i32, ptr %".833", align 4
  %".835" = zext i32 %".834" to i64
  %"data_end.54" = inttoptr i64 %".835" to ptr
  %".836" = getelementptr i8, ptr %"ctx.13", i64 144
  %"keys.54" = load ptr, ptr %".836", align 8
  %".837" = xor i1 %".829", -1
  br i1 %".837", label %"exit.23", label %"cont.23"
exit.23:
  %".839" = trunc i64 %"cursor.9" to i16
  %".840" = getelementptr i8, ptr %"keys.54", i64 2
  store i16 %".839", ptr %".840", align 2
  br label %"return"
cont.23:
  br label %"variable_part.3"
exit.24:
  %".850" = trunc i64 %"end.3" to i16
  %".851" = getelementptr i8, ptr %"keys.55", i64 2
  store i16 %".850", ptr %".851", align 2
  br label %"return"
cont.24:
  %".854" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.4")
  %".855" = zext i16 %".854" to i64
  %".856" = trunc i64 %".855" to i16
  %".857" = call i16 @"llvm.bswap.i16"(i16 %".856")
  %".858" = getelementptr i8, ptr %"keys.55", i64 10
  store i16 %".857", ptr %".858", align 2
  %".860" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.4")
  %".861" = zext i16 %".860" to i64
  switch i64 %".861", label %"unknown.8" [i64 2048, label %"to_ipv4.5" i64 34525, label %"to_ipv6.5" i64 25944, label %"to_ethernet" i64 34887, label %"to_mpls.9" i64 34888, label %"to_mpls.10"]
unknown.8:
  %".863" = trunc i64 %"end.3" to i16
  %".864" = getelementptr i8, ptr %"keys.55", i64 2
  store i16 %".863", ptr %".864", align 2
  br label %"return"
to_ipv4.5:
  %".867" = getelementptr i8, ptr %"keys.55", i64 2
  %".868" = trunc i64 %"end.3" to i16
  store volatile i16 %".868", ptr %".867", align 2
  %".870" = load volatile i16, ptr %".867", align 2
  %".871" = zext i16 %".870" to i64
  %"cursor.43" = and i64 %".871", 16383
  br label %"ipv4_d1"
to_ipv6.5:
  %".873" = getelementptr i8, ptr %"keys.55", i64 2
  %".874" = trunc i64 %"end.3" to i16
  store volatile i16 %".874", ptr %".873", align 2
  %".876" = load volatile i16, ptr %".873", align 2
  %".877" = zext i16 %".876" to i64
  %"cursor.44" = and i64 %".877", 16383
  br label %"ipv6_d1"
to_ethernet:
  %".879" = getelementptr i8, ptr %"keys.55", i64 2
  %".880" = trunc i64 %"end.3" to i16
  store volatile i16 %".880", ptr %".879", align 2
  %".882" = load volatile i16, ptr %".879", align 2
  %".883" = zext i16 %".882" to i64
  %"cursor.46" = and i64 %".883", 16383
  br label %"ethernet_d1"
to_mpls.9:
  %".885" = getelementptr i8, ptr %"keys.55", i64 2
  %".886" = trunc i64 %"end.3" to i16
  store volatile i16 %".886", ptr %".885", align 2
  %".888" = load volatile i16, ptr %".885", align 2
  %".889" = zext i16 %".888" to i64
  %"cursor.48" = and i64 %".889", 16383
  br label %"mpls_d1_mpls_labels1"
to_mpls.10:
  %".891" = getelementptr i8, ptr %"keys.55", i64 2
  %".892" = trunc i64 %"end.3" to i16
  store volatile i16 %".892", ptr %".891", align 2
  %".894" = load volatile i16, ptr %".891", align 2
  %".895" = zext i16 %".894" to i64
  %"cursor.49" = and i64 %".895", 16383
  br label %"mpls_d1_mpls_labels1"
ethernet_d1:
  %"cursor.45" = phi  i64 [%"cursor.46", %"to_ethernet"], [%"cursor.115", %"to_ethernet.1"], [%"cursor.116", %"to_ethernet.2"]
  %"data.56" = phi  ptr [%"data.55", %"to_ethernet"], [%"data.100", %"to_ethernet.1"], [%"data.104", %"to_ethernet.2"]
  %"data_end.56" = phi  ptr [%"data_end.55", %"to_ethernet"], [%"data_end.100", %"to_ethernet.1"], [%"data_end.104", %"to_ethernet.2"]
  %"keys.56" = phi  ptr [%"keys.55", %"to_ethernet"], [%"keys.100", %"to_ethernet.1"], [%"keys.104", %"to_ethernet.2"]
  %"hdr.28" = getelementptr i8, ptr %"data.56", i64 %"cursor.45"
  %".2534" = getelementptr i8, ptr %"hdr.28", i64 14
  %".2535" = icmp ugt ptr %".2534", %"data_end.56"
  br i1 %".2535", label %"copy.28", label %"linear.28", !prof !0
linear.28:
  %".2537" = getelementptr i8, ptr %"hdr.28", i64 12
  %".2538" = load i16, ptr %".2537", align 2
  br label %"header.28"
header.28:
  %"w12_2" = phi  i16 [%".2538", %"linear.28"], [%".2557", %"cont.71"]
  %"data.116" = phi  ptr [%"data.56", %"linear.28"], [%"data.115", %"cont.71"]
  %"data_end.116" = phi  ptr [%"data_end.56", %"linear.28"], [%"data_end.115", %"cont.71"]
  %"keys.116" = phi  ptr [%"keys.56", %"linear.28"], [%"keys.115", %"cont.71"]
  %".2559" = call i16 @"llvm.bswap.i16"(i16 %"w12_2")
  %".2560" = zext i16 %".2559" to i64
  %".2561" = trunc i64 %".2560" to i16
  %".2562" = call i16 @"llvm.bswap.i16"(i16 %".2561")
  %".2563" = getelementptr i8, ptr %"keys.116", i64 10
  store i16 %".2562", ptr %".2563", align 2
  %".2565" = add i64 %"cursor.45", 14
  %".2566" = call i16 @"llvm.bswap.i16"(i16 %"w12_2")
  %".2567" = zext i16 %".2566" to i64
  switch i64 %".2567", label %"unknown.21" [i64 2048, label %"to_ipv4.15" i64 34525, label %"to_ipv6.14" i64 33024, label %"to_vlan.6" i64 34984, label %"to_vlan.7" i64 34887, label %"to_mpls.18" i64 34888, label %"to_mpls.19" i64 34916, label %"to_pppoe.3"]
mpls_d1_mpls_labels1:
  %"cursor.47" = phi  i64 [%"cursor.48", %"to_mpls.9"], [%"cursor.49", %"to_mpls.10"], [%"cursor.60", %"to_mpls.11"], [%"cursor.75", %"to_mpls.12"], [%"cursor.132", %"to_mpls.18"], [%"cursor.133", %"to_mpls.19"], [%"cursor.163", %"to_mpls.23"], [%"cursor.177", %"to_mpls.24"], [%"cursor.218", %"to_mpls.28"], [%"cursor.219", %"to_mpls.29"], [%"cursor.223", %"to_mpls.30"], [%"cursor.224", %"to_mpls.31"], [%"cursor.242", %"to_mpls.33"], [%"cursor.256", %"to_mpls.34"], [%"cursor.287", %"to_mpls.38"], [%"cursor.288", %"to_mpls.39"], [%"cursor.301", %"to_mpls.41"], [%"cursor.311", %"to_mpls.42"]
  %"data.57" = phi  ptr [%"data.55", %"to_mpls.9"], [%"data.55", %"to_mpls.10"], [%"data.71", %"to_mpls.11"], [%"data.75", %"to_mpls.12"], [%"data.116", %"to_mpls.18"], [%"data.116", %"to_mpls.19"], [%"data.138", %"to_mpls.23"], [%"data.142", %"to_mpls.24"], [%"data.160", %"to_mpls.28"], [%"data.160", %"to_mpls.29"], [%"data.163", %"to_mpls.30"], [%"data.163", %"to_mpls.31"], [%"data.184", %"to_mpls.33"], [%"data.188", %"to_mpls.34"], [%"data.201", %"to_mpls.38"], [%"data.201", %"to_mpls.39"], [%"data.208", %"to_mpls.41"], [%"data.210", %"to_mpls.42"]
  %"data_end.57" = phi  ptr [%"data_end.55", %"to_mpls.9"], [%"data_end.55", %"to_mpls.10"], [%"data_end.71", %"to_mpls.11"], [%"data_end.75", %"to_mpls.12"], [%"data_end.116", %"to_mpls.18"], [%"data_end.116", %"to_mpls.19"], [%"data_end.138", %"to_mpls.23"], [%"data_end.142", %"to_mpls.24"], [%"data_end.160", %"to_mpls.28"], [%"data_end.160", %"to_mpls.29"], [%"data_end.163", %"to_mpls.30"], [%"data_end.163", %"to_mpls.31"], [%"data_end.184", %"to_mpls.33"], [%"data_end.188", %"to_mpls.34"], [%"data_end.201", %"to_mpls.38"], [%"data_end.201", %"to_mpls.39"], [%"data_end.208", %"to_mpls.41"], [%"data_end.210", %"to_mpls.42"]
  %"keys.57" = phi  ptr [%"keys.55", %"to_mpls.9"], [%"keys.55", %"to_mpls.10"], [%"keys.71", %"to_mpls.11"], [%"keys.75", %"to_mpls.12"], [%"keys.116", %"to_mpls.18"], [%"keys.116", %"to_mpls.19"], [%"keys.138", %"to_mpls.23"], [%"keys.142", %"to_mpls.24"], [%"keys.160", %"to_mpls.28"], [%"keys.160", %"to_mpls.29"], [%"keys.163", %"to_mpls.30"], [%"keys.163", %"to_mpls.31"], [%"keys.184", %"to_mpls.33"], [%"keys.188", %"to_mpls.34"], [%"keys.201", %"to_mpls.38"], [%"keys.201", %"to_mpls.39"], [%"keys.208", %"to_mpls.41"], [%"keys.210", %"to_mpls.42"]
  %"hdr.29" = getelementptr i8, ptr %"data.57", i64 %"cursor.47"
  %".2615" = getelementptr i8, ptr %"hdr.29", i64 4
  %".2616" = icmp ugt ptr %".2615", %"data_end.57"
  br i1 %".2616", label %"copy.29", label %"linear.29", !prof !0
linear.29:
  %".2618" = getelementptr i8, ptr %"hdr.29", i64 2
  %".2619" = load i8, ptr %".2618", align 1
  br label %"header.29"
header.29:
  %"w2_1.2" = phi  i8 [%".2619", %"linear.29"], [%".2638", %"cont.72"]
  %"data.120" = phi  ptr [%"data.57", %"linear.29"], [%"data.119", %"cont.72"]
  %"data_end.120" = phi  ptr [%"data_end.57", %"linear.29"], [%"data_end.119", %"cont.72"]
  %"keys.120" = phi  ptr [%"keys.57", %"linear.29"], [%"keys.119", %"cont.72"]
  %".2640" = add i64 %"cursor.47", 4
  %".2641" = zext i8 %"w2_1.2" to i64
  %".2642" = and i64 %".2641", 1
  switch i64 %".2642", label %"unknown.22" [i64 0, label %"to_mpls.20" i64 1, label %"to_ip_version.3"]
copy.9:
  %"ctx.14" = load volatile ptr, ptr %"ctx_slot", align 8
  %".905" = trunc i64 %"cursor.10" to i32
  %".906" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.14", i32 %".905", [40 x i8]* %"header_copy", i32 4)
  %".907" = icmp eq i64 %".906", 0
  %".908" = getelementptr i8, ptr %"ctx.14", i64 76
  %".909" = load i32, ptr %".908", align 4
  %".910" = zext i32 %".909" to i64
  %"data.58" = inttoptr i64 %".910" to ptr
  %".911" = getelementptr i8, ptr %"ctx.14", i64 80
  %".912" = load i32, ptr %".911", align 4
  %".913" = zext i32 %".912" to i64
  %"data_end.58" = inttoptr i64 %".913" to ptr
  %".914" = getelementptr i8, ptr %"ctx.14", i64 144
  %"keys.58" = load ptr, ptr %".914", align 8
  %".915" = xor i1 %".907", -1
  br i1 %".915", label %"exit.25", label %"cont.25"
exit.25:
  %".917" = trunc i64 %"cursor.10" to i16
  %".918" = getelementptr i8, ptr %"keys.58", i64 2
  store i16 %".917", ptr %".918", align 2
  br label %"return"
cont.25:
  %".921" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".922" = load volatile i16, [40 x i8]* %".921", align 2
  %".923" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".924" = load volatile i16, [40 x i8]* %".923", align 2
  br label %"header.9"
copy.10:
  %"ctx.15" = load volatile ptr, ptr %"ctx_slot", align 8
  %".951" = trunc i64 %"cursor.11" to i32
  %".952" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.15", i32 %".951", [40 x i8]* %"header_copy", i32 4)
  %".953" = icmp eq i64 %".952", 0
  %".954" = getelementptr i8, ptr %"ctx.15", i64 76
  %".955" = load i32, ptr %".954", align 4
  %".956" = zext i32 %".955" to i64
  %"data.60" = inttoptr i64 %".956" to ptr
  %".957" = getelementptr i8, ptr %"ctx.15", i64 80
  %".958" = load i32, ptr %".957", align 4
  %".959" = zext i32 %".958" to i64
  %"data_end.60" = inttoptr i64 %".959" to ptr
  %".960" = getelementptr i8, ptr %"ctx.15", i64 144
  %"keys.60" = load ptr, ptr %".960", align 8
  %".961" = xor i1 %".953", -1
  br i1 %".961", label %"exit.26", label %"cont.26"
exit.26:
  %".963" = trunc i64 %"cursor.11" to i16
  %".964" = getelementptr i8, ptr %"keys.60", i64 2
  store i16 %".963", ptr %".964", align 2
  br label %"return"
cont.26:
  %".967" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".968" = load volatile i16, [40 x i8]* %".967", align 2
  %".969" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".970" = load volatile i16, [40 x i8]* %".969", align 2
  br label %"header.10"
copy.11:
  %"ctx.16" = load volatile ptr, ptr %"ctx_slot", align 8
  %".995" = trunc i64 %"cursor.12" to i32
  %".996" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.16", i32 %".995", [40 x i8]* %"header_copy", i32 4)
  %".997" = icmp eq i64 %".996", 0
  %".998" = getelementptr i8, ptr %"ctx.16", i64 76
  %".999" = load i32, ptr %".998", align 4
  %".1000" = zext i32 %".999" to i64
  %"data.62" = inttoptr i64 %".1000" to ptr
  %".1001" = getelementptr i8, ptr %"ctx.16", i64 80
  %".1002" = load i32, ptr %".1001", align 4
  %".1003" = zext i32 %".1002" to i64
  %"data_end.62" = inttoptr i64 %".1003" to ptr
  %".1004" = getelementptr i8, ptr %"ctx.16", i64 144
  %"keys.62" = load ptr, ptr %".1004", align 8
  %".1005" = xor i1 %".997", -1
  br i1 %".1005", label %"exit.27", label %"cont.27"
exit.27:
  %".1007" = trunc i64 %"cursor.12" to i16
  %".1008" = getelementptr i8, ptr %"keys.62", i64 2
  store i16 %".1007", ptr %".1008", align 2
  br label %"return"
cont.27:
  %".1011" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1012" = load volatile i32, [40 x i8]* %".1011", align 4
  br label %"header.11"
copy.12:
  %"ctx.17" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1039" = trunc i64 %"cursor.13" to i32
  %".1040" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.17", i32 %".1039", [40 x i8]* %"header_copy", i32 8)
  %".1041" = icmp eq i64 %".1040", 0
  %".1042" = getelementptr i8, ptr %"ctx.17", i64 76
  %".1043" = load i32, ptr %".1042", align 4
  %".1044" = zext i32 %".1043" to i64
  %"data.64" = inttoptr i64 %".1044" to ptr
  %".1045" = getelementptr i8, ptr %"ctx.17", i64 80
  %".1046" = load i32, ptr %".1045", align 4
  %".1047" = zext i32 %".1046" to i64
  %"data_end.64" = inttoptr i64 %".1047" to ptr
  %".1048" = getelementptr i8, ptr %"ctx.17", i64 144
  %"keys.64" = load ptr, ptr %".1048", align 8
  %".1049" = xor i1 %".1041", -1
  br i1 %".1049", label %"exit.28", label %"cont.28"
exit.28:
  %".1051" = trunc i64 %"cursor.13" to i16
  %".1052" = getelementptr i8, ptr %"keys.64", i64 2
  store i16 %".1051", ptr %".1052", align 2
  br label %"return"
cont.28:
  %".1055" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".1056" = load volatile i32, [40 x i8]* %".1055", align 4
  br label %"header.12"
copy.13:
  %"ctx.18" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1081" = trunc i64 %"cursor.14" to i32
  %".1082" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.18", i32 %".1081", [40 x i8]* %"header_copy", i32 4)
  %".1083" = icmp eq i64 %".1082", 0
  %".1084" = getelementptr i8, ptr %"ctx.18", i64 76
  %".1085" = load i32, ptr %".1084", align 4
  %".1086" = zext i32 %".1085" to i64
  %"data.66" = inttoptr i64 %".1086" to ptr
  %".1087" = getelementptr i8, ptr %"ctx.18", i64 80
  %".1088" = load i32, ptr %".1087", align 4
  %".1089" = zext i32 %".1088" to i64
  %"data_end.66" = inttoptr i64 %".1089" to ptr
  %".1090" = getelementptr i8, ptr %"ctx.18", i64 144
  %"keys.66" = load ptr, ptr %".1090", align 8
  %".1091" = xor i1 %".1083", -1
  br i1 %".1091", label %"exit.29", label %"cont.29"
exit.29:
  %".1093" = trunc i64 %"cursor.14" to i16
  %".1094" = getelementptr i8, ptr %"keys.66", i64 2
  store i16 %".1093", ptr %".1094", align 2
  br label %"return"
cont.29:
  br label %"header.13"
copy.14:
  %"ctx.19" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1117" = trunc i64 %"cursor.16" to i32
  %".1118" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.19", i32 %".1117", [40 x i8]* %"header_copy", i32 20)
  %".1119" = icmp eq i64 %".1118", 0
  %".1120" = getelementptr i8, ptr %"ctx.19", i64 76
  %".1121" = load i32, ptr %".1120", align 4
  %".1122" = zext i32 %".1121" to i64
  %"data.68" = inttoptr i64 %".1122" to ptr
  %".1123" = getelementptr i8, ptr %"ctx.19", i64 80
  %".1124" = load i32, ptr %".1123", align 4
  %".1125" = zext i32 %".1124" to i64
  %"data_end.68" = inttoptr i64 %".1125" to ptr
  %".1126" = getelementptr i8, ptr %"ctx.19", i64 144
  %"keys.68" = load ptr, ptr %".1126", align 8
  %".1127" = xor i1 %".1119", -1
  br i1 %".1127", label %"exit.30", label %"cont.30"
exit.30:
  %".1129" = trunc i64 %"cursor.16" to i16
  %".1130" = getelementptr i8, ptr %"keys.68", i64 2
  store i16 %".1129", ptr %".1130", align 2
  br label %"return"
cont.30:
  %".1133" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1134" = load volatile i8, [40 x i8]* %".1133", align 1
  %".1135" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".1136" = load volatile i16, [40 x i8]* %".1135", align 2
  %".1137" = getelementptr i8, [40 x i8]* %"header_copy", i64 9
  %".1138" = load volatile i8, [40 x i8]* %".1137", align 1
  %".1139" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".1140" = load volatile i32, [40 x i8]* %".1139", align 4
  %".1141" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".1142" = load volatile i32, [40 x i8]* %".1141", align 4
  br label %"header.14"
exit.31:
  %".1149" = trunc i64 %"cursor.16" to i16
  %".1150" = getelementptr i8, ptr %"keys.69", i64 2
  store i16 %".1149", ptr %".1150", align 2
  br label %"return"
cont.31:
  %".1153" = trunc i64 2048 to i16
  %".1154" = getelementptr i8, ptr %"keys.69", i64 4
  store i16 %".1153", ptr %".1154", align 2
  %".1156" = trunc i64 2048 to i16
  %".1157" = call i16 @"llvm.bswap.i16"(i16 %".1156")
  %".1158" = getelementptr i8, ptr %"keys.69", i64 10
  store i16 %".1157", ptr %".1158", align 2
  %".1160" = getelementptr i8, ptr %"keys.69", i64 16
  store i32 %"w12_4.1", ptr %".1160", align 4
  %".1162" = getelementptr i8, ptr %"keys.69", i64 20
  store i32 %"w16_4.1", ptr %".1162", align 4
  %".1164" = zext i8 %"w9_1.1" to i64
  %".1165" = trunc i64 %".1164" to i8
  %".1166" = getelementptr i8, ptr %"keys.69", i64 9
  store i8 %".1165", ptr %".1166", align 1
  %".1168" = add i64 %"cursor.16", 20
  %".1169" = zext i8 %"w0_1.3" to i64
  %".1170" = and i64 %".1169", 15
  %".1171" = mul i64 %".1170", 4
  %".1172" = sub i64 %".1171", 20
  %".1173" = add i64 %".1172", 20
  %".1174" = getelementptr i8, ptr %"data.69", i64 %"cursor.16"
  %".1175" = getelementptr i8, ptr %".1174", i64 %".1173"
  %".1176" = icmp ugt ptr %".1175", %"data_end.69"
  br i1 %".1176", label %"copy_last_byte.4", label %"variable_part.4", !prof !0
variable_part.4:
  %"data.71" = phi  ptr [%"data.69", %"cont.31"], [%"data.70", %"cont.32"]
  %"data_end.71" = phi  ptr [%"data_end.69", %"cont.31"], [%"data_end.70", %"cont.32"]
  %"keys.71" = phi  ptr [%"keys.69", %"cont.31"], [%"keys.70", %"cont.32"]
  %"end.4" = add i64 %"cursor.16", %".1173"
  %".1197" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.2")
  %".1198" = zext i16 %".1197" to i64
  %".1199" = and i64 %".1198", 16383
  %".1200" = icmp ne i64 %".1199", 0
  %".1201" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.2")
  %".1202" = zext i16 %".1201" to i64
  %".1203" = and i64 %".1202", 8191
  %".1204" = icmp eq i64 %".1203", 0
  br i1 %".1200", label %"fragment.1", label %"not_fragment.1"
copy_last_byte.4:
  %".1178" = add i64 %"cursor.16", %".1173"
  %".1179" = sub i64 %".1178", 1
  %"ctx.20" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1180" = trunc i64 %".1179" to i32
  %".1181" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.20", i32 %".1180", i64* %"last_byte", i32 1)
  %".1182" = icmp eq i64 %".1181", 0
  %".1183" = getelementptr i8, ptr %"ctx.20", i64 76
  %".1184" = load i32, ptr %".1183", align 4
  %".1185" = zext i32 %".1184" to i64
  %"data.70" = inttoptr i64 %".1185" to ptr
  %".1186" = getelementptr i8, ptr %"ctx.20", i64 80
  %".1187" = load i32, ptr %".1186", align 4
  %".1188" = zext i32 %".1187" to i64
  %"data_end.70" = inttoptr i64 %".1188" to ptr
  %".1189" = getelementptr i8, ptr %"ctx.20", i64 144
  %"keys.70" = load ptr, ptr %".1189", align 8
  %".1190" = xor i1 %".1182", -1
  br i1 %".1190", label %"exit.32", label %"cont.32"
exit.32:
  %".1192" = trunc i64 %"cursor.16" to i16
  %".1193" = getelementptr i8, ptr %"keys.70", i64 2
  store i16 %".1192", ptr %".1193", align 2
  br label %"return"
cont.32:
  br label %"variable_part.4"
fragment.1:
  %".1206" = getelementptr i8, ptr %"keys.71", i64 6
  store i8 1, ptr %".1206", align 1
  br i1 %".1204", label %"first_fragment.1", label %"later_fragment.1"
not_fragment.1:
  %".1225" = zext i8 %"w9_1.1" to i64
  switch i64 %".1225", label %"unknown.9" [i64 6, label %"to_tcp.2" i64 17, label %"to_udp.2" i64 136, label %"to_udplite.2" i64 47, label %"to_gre.2" i64 132, label %"to_sctp.2" i64 33, label %"to_dccp.2" i64 50, label %"to_esp.2" i64 51, label %"to_ah.2" i64 1, label %"to_icmp.1" i64 137, label %"to_mpls.11" i64 4, label %"to_ipv4.6" i64 41, label %"to_ipv6.6"]
first_fragment.1:
  %".1213" = getelementptr i8, ptr %"keys.71", i64 7
  store i8 1, ptr %".1213", align 1
  %".1215" = getelementptr i8, ptr %"keys.71", i64 48
  %"flags.8" = load volatile i32, ptr %".1215", align 4
  %".1216" = and i32 %"flags.8", 1
  %".1217" = icmp ne i32 %".1216", 0
  %".1218" = xor i1 %".1217", -1
  br i1 %".1218", label %"exit.33", label %"cont.33"
later_fragment.1:
  %".1209" = trunc i64 %"end.4" to i16
  %".1210" = getelementptr i8, ptr %"keys.71", i64 2
  store i16 %".1209", ptr %".1210", align 2
  br label %"return"
exit.33:
  %".1220" = trunc i64 %"end.4" to i16
  %".1221" = getelementptr i8, ptr %"keys.71", i64 2
  store i16 %".1220", ptr %".1221", align 2
  br label %"return"
cont.33:
  br label %"not_fragment.1"
unknown.9:
  %".1227" = trunc i64 %"end.4" to i16
  %".1228" = getelementptr i8, ptr %"keys.71", i64 2
  store i16 %".1227", ptr %".1228", align 2
  br label %"return"
to_tcp.2:
  %".1231" = getelementptr i8, ptr %"keys.71", i64 2
  %".1232" = trunc i64 %"end.4" to i16
  store volatile i16 %".1232", ptr %".1231", align 2
  %".1234" = load volatile i16, ptr %".1231", align 2
  %".1235" = zext i16 %".1234" to i64
  %"cursor.50" = and i64 %".1235", 16383
  br label %"tcp"
to_udp.2:
  %".1237" = getelementptr i8, ptr %"keys.71", i64 2
  %".1238" = trunc i64 %"end.4" to i16
  store volatile i16 %".1238", ptr %".1237", align 2
  %".1240" = load volatile i16, ptr %".1237", align 2
  %".1241" = zext i16 %".1240" to i64
  %"cursor.52" = and i64 %".1241", 16383
  br label %"udp_d1"
to_udplite.2:
  %".1243" = getelementptr i8, ptr %"keys.71", i64 2
  %".1244" = trunc i64 %"end.4" to i16
  store volatile i16 %".1244", ptr %".1243", align 2
  %".1246" = load volatile i16, ptr %".1243", align 2
  %".1247" = zext i16 %".1246" to i64
  %"cursor.53" = and i64 %".1247", 16383
  br label %"udplite"
to_gre.2:
  %".1249" = getelementptr i8, ptr %"keys.71", i64 2
  %".1250" = trunc i64 %"end.4" to i16
  store volatile i16 %".1250", ptr %".1249", align 2
  %".1252" = load volatile i16, ptr %".1249", align 2
  %".1253" = zext i16 %".1252" to i64
  %"cursor.55" = and i64 %".1253", 16383
  br label %"gre_d1"
to_sctp.2:
  %".1255" = getelementptr i8, ptr %"keys.71", i64 2
  %".1256" = trunc i64 %"end.4" to i16
  store volatile i16 %".1256", ptr %".1255", align 2
  %".1258" = load volatile i16, ptr %".1255", align 2
  %".1259" = zext i16 %".1258" to i64
  %"cursor.56" = and i64 %".1259", 16383
  br label %"sctp"
to_dccp.2:
  %".1261" = getelementptr i8, ptr %"keys.71", i64 2
  %".1262" = trunc i64 %"end.4" to i16
  store volatile i16 %".1262", ptr %".1261", align 2
  %".1264" = load volatile i16, ptr %".1261", align 2
  %".1265" = zext i16 %".1264" to i64
  %"cursor.57" = and i64 %".1265", 16383
  br label %"dccp"
to_esp.2:
  %".1267" = getelementptr i8, ptr %"keys.71", i64 2
  %".1268" = trunc i64 %"end.4" to i16
  store volatile i16 %".1268", ptr %".1267", align 2
  %".1270" = load volatile i16, ptr %".1267", align 2
  %".1271" = zext i16 %".1270" to i64
  %"cursor.58" = and i64 %".1271", 16383
  br label %"esp"
to_ah.2:
  %".1273" = getelementptr i8, ptr %"keys.71", i64 2
  %".1274" = trunc i64 %"end.4" to i16
  store volatile i16 %".1274", ptr %".1273", align 2
  %".1276" = load volatile i16, ptr %".1273", align 2
  %".1277" = zext i16 %".1276" to i64
  %"cursor.59" = and i64 %".1277", 16383
  br label %"ah"
to_icmp.1:
  br label %"icmp"
to_mpls.11:
  %".1280" = trunc i64 34887 to i16
  %".1281" = call i16 @"llvm.bswap.i16"(i16 %".1280")
  %".1282" = getelementptr i8, ptr %"keys.71", i64 10
  store i16 %".1281", ptr %".1282", align 2
  %".1284" = getelementptr i8, ptr %"keys.71", i64 2
  %".1285" = trunc i64 %"end.4" to i16
  store volatile i16 %".1285", ptr %".1284", align 2
  %".1287" = load volatile i16, ptr %".1284", align 2
  %".1288" = zext i16 %".1287" to i64
  %"cursor.60" = and i64 %".1288", 16383
  br label %"mpls_d1_mpls_labels1"
to_ipv4.6:
  %".1290" = getelementptr i8, ptr %"keys.71", i64 8
  store i8 1, ptr %".1290", align 1
  %".1292" = getelementptr i8, ptr %"keys.71", i64 48
  %"flags.9" = load volatile i32, ptr %".1292", align 4
  %".1293" = and i32 %"flags.9", 4
  %".1294" = icmp ne i32 %".1293", 0
  br i1 %".1294", label %"exit.34", label %"cont.34"
to_ipv6.6:
  %".1304" = getelementptr i8, ptr %"keys.71", i64 8
  store i8 1, ptr %".1304", align 1
  %".1306" = getelementptr i8, ptr %"keys.71", i64 48
  %"flags.10" = load volatile i32, ptr %".1306", align 4
  %".1307" = and i32 %"flags.10", 4
  %".1308" = icmp ne i32 %".1307", 0
  br i1 %".1308", label %"exit.35", label %"cont.35"
udp_d1:
  %"cursor.51" = phi  i64 [%"cursor.52", %"to_udp.2"], [%"cursor.68", %"to_udp.3"], [%"cursor.155", %"to_udp.6"], [%"cursor.169", %"to_udp.7"], [%"cursor.234", %"to_udp.10"], [%"cursor.248", %"to_udp.11"], [%"cursor.293", %"to_udp.14"], [%"cursor.303", %"to_udp.15"]
  %"data.72" = phi  ptr [%"data.71", %"to_udp.2"], [%"data.75", %"to_udp.3"], [%"data.138", %"to_udp.6"], [%"data.142", %"to_udp.7"], [%"data.184", %"to_udp.10"], [%"data.188", %"to_udp.11"], [%"data.208", %"to_udp.14"], [%"data.210", %"to_udp.15"]
  %"data_end.72" = phi  ptr [%"data_end.71", %"to_udp.2"], [%"data_end.75", %"to_udp.3"], [%"data_end.138", %"to_udp.6"], [%"data_end.142", %"to_udp.7"], [%"data_end.184", %"to_udp.10"], [%"data_end.188", %"to_udp.11"], [%"data_end.208", %"to_udp.14"], [%"data_end.210", %"to_udp.15"]
  %"keys.72" = phi  ptr [%"keys.71", %"to_udp.2"], [%"keys.75", %"to_udp.3"], [%"keys.138", %"to_udp.6"], [%"keys.142", %"to_udp.7"], [%"keys.184", %"to_udp.10"], [%"keys.188", %"to_udp.11"], [%"keys.208", %"to_udp.14"], [%"keys.210", %"to_udp.15"]
  %"hdr.30" = getelementptr i8, ptr %"data.72", i64 %"cursor.51"
  %".2668" = getelementptr i8, ptr %"hdr.30", i64 4
  %".2669" = icmp ugt ptr %".2668", %"data_end.72"
  br i1 %".2669", label %"copy.30", label %"linear.30", !prof !0
linear.30:
  %".2671" = getelementptr i8, ptr %"hdr.30", i64 0
  %".2672" = load i16, ptr %".2671", align 2
  %".2673" = getelementptr i8, ptr %"hdr.30", i64 2
  %".2674" = load i16, ptr %".2673", align 2
  br label %"header.30"
header.30:
  %"w0_2.5" = phi  i16 [%".2672", %"linear.30"], [%".2693", %"cont.74"]
  %"w2_2.11" = phi  i16 [%".2674", %"linear.30"], [%".2695", %"cont.74"]
  %"data.123" = phi  ptr [%"data.72", %"linear.30"], [%"data.122", %"cont.74"]
  %"data_end.123" = phi  ptr [%"data_end.72", %"linear.30"], [%"data_end.122", %"cont.74"]
  %"keys.123" = phi  ptr [%"keys.72", %"linear.30"], [%"keys.122", %"cont.74"]
  %".2697" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.5")
  %".2698" = zext i16 %".2697" to i64
  %".2699" = trunc i64 %".2698" to i16
  %".2700" = call i16 @"llvm.bswap.i16"(i16 %".2699")
  %".2701" = getelementptr i8, ptr %"keys.123", i64 12
  store i16 %".2700", ptr %".2701", align 2
  %".2703" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.11")
  %".2704" = zext i16 %".2703" to i64
  %".2705" = trunc i64 %".2704" to i16
  %".2706" = call i16 @"llvm.bswap.i16"(i16 %".2705")
  %".2707" = getelementptr i8, ptr %"keys.123", i64 14
  store i16 %".2706", ptr %".2707", align 2
  %".2709" = add i64 %"cursor.51", 4
  %".2710" = add i64 4, 4
  %".2711" = getelementptr i8, ptr %"data.123", i64 %"cursor.51"
  %".2712" = getelementptr i8, ptr %".2711", i64 %".2710"
  %".2713" = icmp ugt ptr %".2712", %"data_end.123"
  br i1 %".2713", label %"copy_last_byte.9", label %"variable_part.9", !prof !0
variable_part.9:
  %"data.125" = phi  ptr [%"data.123", %"header.30"], [%"data.124", %"cont.75"]
  %"data_end.125" = phi  ptr [%"data_end.123", %"header.30"], [%"data_end.124", %"cont.75"]
  %"keys.125" = phi  ptr [%"keys.123", %"header.30"], [%"keys.124", %"cont.75"]
  %"end.9" = add i64 %"cursor.51", %".2710"
  %".2734" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.11")
  %".2735" = zext i16 %".2734" to i64
  switch i64 %".2735", label %"unknown.23" [i64 4789, label %"to_vxlan.1" i64 6081, label %"to_geneve.1" i64 6080, label %"to_gue.1" i64 2152, label %"to_gtpu.1" i64 7777, label %"to_shim.1"]
gre_d1:
  %"cursor.54" = phi  i64 [%"cursor.55", %"to_gre.2"], [%"cursor.70", %"to_gre.3"], [%"cursor.157", %"to_gre.6"], [%"cursor.171", %"to_gre.7"], [%"cursor.236", %"to_gre.10"], [%"cursor.250", %"to_gre.11"], [%"cursor.295", %"to_gre.14"], [%"cursor.305", %"to_gre.15"]
  %"data.73" = phi  ptr [%"data.71", %"to_gre.2"], [%"data.75", %"to_gre.3"], [%"data.138", %"to_gre.6"], [%"data.142", %"to_gre.7"], [%"data.184", %"to_gre.10"], [%"data.188", %"to_gre.11"], [%"data.208", %"to_gre.14"], [%"data.210", %"to_gre.15"]
  %"data_end.73" = phi  ptr [%"data_end.71", %"to_gre.2"], [%"data_end.75", %"to_gre.3"], [%"data_end.138", %"to_gre.6"], [%"data_end.142", %"to_gre.7"], [%"data_end.184", %"to_gre.10"], [%"data_end.188", %"to_gre.11"], [%"data_end.208", %"to_gre.14"], [%"data_end.210", %"to_gre.15"]
  %"keys.73" = phi  ptr [%"keys.71", %"to_gre.2"], [%"keys.75", %"to_gre.3"], [%"keys.138", %"to_gre.6"], [%"keys.142", %"to_gre.7"], [%"keys.184", %"to_gre.10"], [%"keys.188", %"to_gre.11"], [%"keys.208", %"to_gre.14"], [%"keys.210", %"to_gre.15"]
  %"hdr.31" = getelementptr i8, ptr %"data.73", i64 %"cursor.54"
  %".2771" = getelementptr i8, ptr %"hdr.31", i64 4
  %".2772" = icmp ugt ptr %".2771", %"data_end.73"
  br i1 %".2772", label %"copy.31", label %"linear.31", !prof !0
linear.31:
  %".2774" = getelementptr i8, ptr %"hdr.31", i64 0
  %".2775" = load i8, ptr %".2774", align 1
  %".2776" = getelementptr i8, ptr %"hdr.31", i64 1
  %".2777" = load i8, ptr %".2776", align 1
  %".2778" = getelementptr i8, ptr %"hdr.31", i64 2
  %".2779" = load i16, ptr %".2778", align 2
  br label %"header.31"
header.31:
  %"w0_1.10" = phi  i8 [%".2775", %"linear.31"], [%".2798", %"cont.76"]
  %"w1_1.5" = phi  i8 [%".2777", %"linear.31"], [%".2800", %"cont.76"]
  %"w2_2.12" = phi  i16 [%".2779", %"linear.31"], [%".2802", %"cont.76"]
  %"data.132" = phi  ptr [%"data.73", %"linear.31"], [%"data.131", %"cont.76"]
  %"data_end.132" = phi  ptr [%"data_end.73", %"linear.31"], [%"data_end.131", %"cont.76"]
  %"keys.132" = phi  ptr [%"keys.73", %"linear.31"], [%"keys.131", %"cont.76"]
  %".2804" = zext i8 %"w1_1.5" to i64
  %".2805" = and i64 %".2804", 7
  %".2806" = icmp ne i64 %".2805", 0
  %".2807" = zext i8 %"w0_1.10" to i64
  %".2808" = lshr i64 %".2807", 6
  %".2809" = and i64 %".2808", 1
  %".2810" = icmp ne i64 %".2809", 0
  %".2811" = or i1 %".2806", %".2810"
  br i1 %".2811", label %"exit.77", label %"cont.77"
exit.34:
  %".1296" = trunc i64 %"end.4" to i16
  %".1297" = getelementptr i8, ptr %"keys.71", i64 2
  store i16 %".1296", ptr %".1297", align 2
  br label %"return"
cont.34:
  %".1300" = trunc i64 %"end.4" to i16
  %".1301" = getelementptr i8, ptr %"keys.71", i64 2
  store i16 %".1300", ptr %".1301", align 2
  br label %"return"
exit.35:
  %".1310" = trunc i64 %"end.4" to i16
  %".1311" = getelementptr i8, ptr %"keys.71", i64 2
  store i16 %".1310", ptr %".1311", align 2
  br label %"return"
cont.35:
  %".1314" = trunc i64 %"end.4" to i16
  %".1315" = getelementptr i8, ptr %"keys.71", i64 2
  store i16 %".1314", ptr %".1315", align 2
  br label %"return"
copy.15:
  %"ctx.21" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1334" = trunc i64 %"cursor.18" to i32
  %".1335" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.21", i32 %".1334", [40 x i8]* %"header_copy", i32 40)
  %".1336" = icmp eq i64 %".1335", 0
  %".1337" = getelementptr i8, ptr %"ctx.21", i64 76
  %".1338" = load i32, ptr %".1337", align 4
  %".1339" = zext i32 %".1338" to i64
  %"data.74" = inttoptr i64 %".1339" to ptr
  %".1340" = getelementptr i8, ptr %"ctx.21", i64 80
  %".1341" = load i32, ptr %".1340", align 4
  %".1342" = zext i32 %".1341" to i64
  %"data_end.74" = inttoptr i64 %".1342" to ptr
  %".1343" = getelementptr i8, ptr %"ctx.21", i64 144
  %"keys.74" = load ptr, ptr %".1343", align 8
  %".1344" = xor i1 %".1336", -1
  br i1 %".1344", label %"exit.36", label %"cont.36"
exit.36:
  %".1346" = trunc i64 %"cursor.18" to i16
  %".1347" = getelementptr i8, ptr %"keys.74", i64 2
  store i16 %".1346", ptr %".1347", align 2
  br label %"return"
cont.36:
  %".1350" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1351" = load volatile i32, [40 x i8]* %".1350", align 4
  %".1352" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".1353" = load volatile i8, [40 x i8]* %".1352", align 1
  %".1354" = getelementptr i8, [40 x i8]* %"header_copy", i64 8
  %".1355" = load volatile i64, [40 x i8]* %".1354", align 8
  %".1356" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".1357" = load volatile i64, [40 x i8]* %".1356", align 8
  %".1358" = getelementptr i8, [40 x i8]* %"header_copy", i64 24
  %".1359" = load volatile i64, [40 x i8]* %".1358", align 8
  %".1360" = getelementptr i8, [40 x i8]* %"header_copy", i64 32
  %".1361" = load volatile i64, [40 x i8]* %".1360", align 8
  br label %"header.15"
exit.37:
  %".1399" = trunc i64 %".1389" to i16
  %".1400" = getelementptr i8, ptr %"keys.75", i64 2
  store i16 %".1399", ptr %".1400", align 2
  br label %"return"
cont.37:
  %".1403" = zext i8 %"w6_1.1" to i64
  switch i64 %".1403", label %"unknown.10" [i64 0, label %"to_ipv6_opts.3" i64 43, label %"to_ipv6_opts.4" i64 60, label %"to_ipv6_opts.5" i64 44, label %"to_ipv6_frag.1" i64 6, label %"to_tcp.3" i64 17, label %"to_udp.3" i64 136, label %"to_udplite.3" i64 47, label %"to_gre.3" i64 132, label %"to_sctp.3" i64 33, label %"to_dccp.3" i64 50, label %"to_esp.3" i64 51, label %"to_ah.3" i64 58, label %"to_icmpv6.1" i64 137, label %"to_mpls.12" i64 4, label %"to_ipv4.7" i64 41, label %"to_ipv6.7"]
unknown.10:
  %".1405" = trunc i64 %".1389" to i16
  %".1406" = getelementptr i8, ptr %"keys.75", i64 2
  store i16 %".1405", ptr %".1406", align 2
  br label %"return"
to_ipv6_opts.3:
  %".1409" = getelementptr i8, ptr %"keys.75", i64 2
  %".1410" = trunc i64 %".1389" to i16
  store volatile i16 %".1410", ptr %".1409", align 2
  %".1412" = load volatile i16, ptr %".1409", align 2
  %".1413" = zext i16 %".1412" to i64
  %"cursor.62" = and i64 %".1413", 16383
  br label %"ipv6_opts_d1_ipv6_ext1"
to_ipv6_opts.4:
  %".1415" = getelementptr i8, ptr %"keys.75", i64 2
  %".1416" = trunc i64 %".1389" to i16
  store volatile i16 %".1416", ptr %".1415", align 2
  %".1418" = load volatile i16, ptr %".1415", align 2
  %".1419" = zext i16 %".1418" to i64
  %"cursor.63" = and i64 %".1419", 16383
  br label %"ipv6_opts_d1_ipv6_ext1"
to_ipv6_opts.5:
  %".1421" = getelementptr i8, ptr %"keys.75", i64 2
  %".1422" = trunc i64 %".1389" to i16
  store volatile i16 %".1422", ptr %".1421", align 2
  %".1424" = load volatile i16, ptr %".1421", align 2
  %".1425" = zext i16 %".1424" to i64
  %"cursor.64" = and i64 %".1425", 16383
  br label %"ipv6_opts_d1_ipv6_ext1"
to_ipv6_frag.1:
  %".1427" = getelementptr i8, ptr %"keys.75", i64 2
  %".1428" = trunc i64 %".1389" to i16
  store volatile i16 %".1428", ptr %".1427", align 2
  %".1430" = load volatile i16, ptr %".1427", align 2
  %".1431" = zext i16 %".1430" to i64
  %"cursor.66" = and i64 %".1431", 16383
  br label %"ipv6_frag_d1_ipv6_ext1"
to_tcp.3:
  %".1433" = getelementptr i8, ptr %"keys.75", i64 2
  %".1434" = trunc i64 %".1389" to i16
  store volatile i16 %".1434", ptr %".1433", align 2
  %".1436" = load volatile i16, ptr %".1433", align 2
  %".1437" = zext i16 %".1436" to i64
  %"cursor.67" = and i64 %".1437", 16383
  br label %"tcp"
to_udp.3:
  %".1439" = getelementptr i8, ptr %"keys.75", i64 2
  %".1440" = trunc i64 %".1389" to i16
  store volatile i16 %".1440", ptr %".1439", align 2
  %".1442" = load volatile i16, ptr %".1439", align 2
  %".1443" = zext i16 %".1442" to i64
  %"cursor.68" = and i64 %".1443", 16383
  br label %"udp_d1"
to_udplite.3:
  %".1445" = getelementptr i8, ptr %"keys.75", i64 2
  %".1446" = trunc i64 %".1389" to i16
  store volatile i16 %".1446", ptr %".1445", align 2
  %".1448" = load volatile i16, ptr %".1445", align 2
  %".1449" = zext i16 %".1448" to i64
  %"cursor.69" = and i64 %".1449", 16383
  br label %"udplite"
to_gre.3:
  %".1451" = getelementptr i8, ptr %"keys.75", i64 2
  %".1452" = trunc i64 %".1389" to i16
  store volatile i16 %".1452", ptr %".1451", align 2
  %".1454" = load volatile i16, ptr %".1451", align 2
  %".1455" = zext i16 %".1454" to i64
  %"cursor.70" = and i64 %".1455", 16383
  br label %"gre_d1"
to_sctp.3:
  %".1457" = getelementptr i8, ptr %"keys.75", i64 2
  %".1458" = trunc i64 %".1389" to i16
  store volatile i16 %".1458", ptr %".1457", align 2
  %".1460" = load volatile i16, ptr %".1457", align 2
  %".1461" = zext i16 %".1460" to i64
  %"cursor.71" = and i64 %".1461", 16383
  br label %"sctp"
to_dccp.3:
  %".1463" = getelementptr i8, ptr %"keys.75", i64 2
  %".1464" = trunc i64 %".1389" to i16
  store volatile i16 %".1464", ptr %".1463", align 2
  %".1466" = load volatile i16, ptr %".1463", align 2
  %".1467" = zext i16 %".1466" to i64
  %"cursor.72" = and i64 %".1467", 16383
  br label %"dccp"
to_esp.3:
  %".1469" = getelementptr i8, ptr %"keys.75", i64 2
  %".1470" = trunc i64 %".1389" to i16
  store volatile i16 %".1470", ptr %".1469", align 2
  %".1472" = load volatile i16, ptr %".1469", align 2
  %".1473" = zext i16 %".1472" to i64
  %"cursor.73" = and i64 %".1473", 16383
  br label %"esp"
to_ah.3:
  %".1475" = getelementptr i8, ptr %"keys.75", i64 2
  %".1476" = trunc i64 %".1389" to i16
  store volatile i16 %".1476", ptr %".1475", align 2
  %".1478" = load volatile i16, ptr %".1475", align 2
  %".1479" = zext i16 %".1478" to i64
  %"cursor.74" = and i64 %".1479", 16383
  br label %"ah"
to_icmpv6.1:
  br label %"icmpv6"
to_mpls.12:
  %".1482" = trunc i64 34887 to i16
  %".1483" = call i16 @"llvm.bswap.i16"(i16 %".1482")
  %".1484" = getelementptr i8, ptr %"keys.75", i64 10
  store i16 %".1483", ptr %".1484", align 2
  %".1486" = getelementptr i8, ptr %"keys.75", i64 2
  %".1487" = trunc i64 %".1389" to i16
  store volatile i16 %".1487", ptr %".1486", align 2
  %".1489" = load volatile i16, ptr %".1486", align 2
  %".1490" = zext i16 %".1489" to i64
  %"cursor.75" = and i64 %".1490", 16383
  br label %"mpls_d1_mpls_labels1"
to_ipv4.7:
  %".1492" = getelementptr i8, ptr %"keys.75", i64 8
  store i8 1, ptr %".1492", align 1
  %".1494" = getelementptr i8, ptr %"keys.75", i64 48
  %"flags.12" = load volatile i32, ptr %".1494", align 4
  %".1495" = and i32 %"flags.12", 4
  %".1496" = icmp ne i32 %".1495", 0
  br i1 %".1496", label %"exit.38", label %"cont.38"
to_ipv6.7:
  %".1506" = getelementptr i8, ptr %"keys.75", i64 8
  store i8 1, ptr %".1506", align 1
  %".1508" = getelementptr i8, ptr %"keys.75", i64 48
  %"flags.13" = load volatile i32, ptr %".1508", align 4
  %".1509" = and i32 %"flags.13", 4
  %".1510" = icmp ne i32 %".1509", 0
  br i1 %".1510", label %"exit.39", label %"cont.39"
ipv6_opts_d1_ipv6_ext1:
  %"cursor.61" = phi  i64 [%"cursor.62", %"to_ipv6_opts.3"], [%"cursor.63", %"to_ipv6_opts.4"], [%"cursor.64", %"to_ipv6_opts.5"]
  %"data.76" = phi  ptr [%"data.75", %"to_ipv6_opts.3"], [%"data.75", %"to_ipv6_opts.4"], [%"data.75", %"to_ipv6_opts.5"]
  %"data_end.76" = phi  ptr [%"data_end.75", %"to_ipv6_opts.3"], [%"data_end.75", %"to_ipv6_opts.4"], [%"data_end.75", %"to_ipv6_opts.5"]
  %"keys.76" = phi  ptr [%"keys.75", %"to_ipv6_opts.3"], [%"keys.75", %"to_ipv6_opts.4"], [%"keys.75", %"to_ipv6_opts.5"]
  %"hdr.32" = getelementptr i8, ptr %"data.76", i64 %"cursor.61"
  %".2897" = getelementptr i8, ptr %"hdr.32", i64 2
  %".2898" = icmp ugt ptr %".2897", %"data_end.76"
  br i1 %".2898", label %"copy.32", label %"linear.32", !prof !0
linear.32:
  %".2900" = getelementptr i8, ptr %"hdr.32", i64 0
  %".2901" = load i8, ptr %".2900", align 1
  %".2902" = getelementptr i8, ptr %"hdr.32", i64 1
  %".2903" = load i8, ptr %".2902", align 1
  br label %"header.32"
header.32:
  %"w0_1.11" = phi  i8 [%".2901", %"linear.32"], [%".2922", %"cont.80"]
  %"w1_1.6" = phi  i8 [%".2903", %"linear.32"], [%".2924", %"cont.80"]
  %"data.136" = phi  ptr [%"data.76", %"linear.32"], [%"data.135", %"cont.80"]
  %"data_end.136" = phi  ptr [%"data_end.76", %"linear.32"], [%"data_end.135", %"cont.80"]
  %"keys.136" = phi  ptr [%"keys.76", %"linear.32"], [%"keys.135", %"cont.80"]
  %".2926" = zext i8 %"w0_1.11" to i64
  %".2927" = trunc i64 %".2926" to i8
  %".2928" = getelementptr i8, ptr %"keys.136", i64 9
  store i8 %".2927", ptr %".2928", align 1
  %".2930" = add i64 %"cursor.61", 2
  %".2931" = zext i8 %"w1_1.6" to i64
  %".2932" = mul i64 %".2931", 8
  %".2933" = add i64 %".2932", 6
  %".2934" = add i64 %".2933", 2
  %".2935" = getelementptr i8, ptr %"data.136", i64 %"cursor.61"
  %".2936" = getelementptr i8, ptr %".2935", i64 %".2934"
  %".2937" = icmp ugt ptr %".2936", %"data_end.136"
  br i1 %".2937", label %"copy_last_byte.11", label %"variable_part.11", !prof !0
variable_part.11:
  %"data.138" = phi  ptr [%"data.136", %"header.32"], [%"data.137", %"cont.81"]
  %"data_end.138" = phi  ptr [%"data_end.136", %"header.32"], [%"data_end.137", %"cont.81"]
  %"keys.138" = phi  ptr [%"keys.136", %"header.32"], [%"keys.137", %"cont.81"]
  %"end.11" = add i64 %"cursor.61", %".2934"
  %".2958" = zext i8 %"w0_1.11" to i64
  switch i64 %".2958", label %"unknown.25" [i64 0, label %"to_ipv6_opts.12" i64 43, label %"to_ipv6_opts.13" i64 60, label %"to_ipv6_opts.14" i64 44, label %"to_ipv6_frag.4" i64 6, label %"to_tcp.6" i64 17, label %"to_udp.6" i64 136, label %"to_udplite.6" i64 47, label %"to_gre.6" i64 132, label %"to_sctp.6" i64 33, label %"to_dccp.6" i64 50, label %"to_esp.6" i64 51, label %"to_ah.6" i64 58, label %"to_icmpv6.4" i64 137, label %"to_mpls.23" i64 4, label %"to_ipv4.17" i64 41, label %"to_ipv6.16"]
ipv6_frag_d1_ipv6_ext1:
  %"cursor.65" = phi  i64 [%"cursor.66", %"to_ipv6_frag.1"]
  %"data.77" = phi  ptr [%"data.75", %"to_ipv6_frag.1"]
  %"data_end.77" = phi  ptr [%"data_end.75", %"to_ipv6_frag.1"]
  %"keys.77" = phi  ptr [%"keys.75", %"to_ipv6_frag.1"]
  %"hdr.33" = getelementptr i8, ptr %"data.77", i64 %"cursor.65"
  %".3080" = getelementptr i8, ptr %"hdr.33", i64 8
  %".3081" = icmp ugt ptr %".3080", %"data_end.77"
  br i1 %".3081", label %"copy.33", label %"linear.33", !prof !0
linear.33:
  %".3083" = getelementptr i8, ptr %"hdr.33", i64 0
  %".3084" = load i8, ptr %".3083", align 1
  %".3085" = getelementptr i8, ptr %"hdr.33", i64 2
  %".3086" = load i16, ptr %".3085", align 2
  br label %"header.33"
header.33:
  %"w0_1.12" = phi  i8 [%".3084", %"linear.33"], [%".3105", %"cont.84"]
  %"w2_2.13" = phi  i16 [%".3086", %"linear.33"], [%".3107", %"cont.84"]
  %"data.142" = phi  ptr [%"data.77", %"linear.33"], [%"data.141", %"cont.84"]
  %"data_end.142" = phi  ptr [%"data_end.77", %"linear.33"], [%"data_end.141", %"cont.84"]
  %"keys.142" = phi  ptr [%"keys.77", %"linear.33"], [%"keys.141", %"cont.84"]
  %".3109" = zext i8 %"w0_1.12" to i64
  %".3110" = trunc i64 %".3109" to i8
  %".3111" = getelementptr i8, ptr %"keys.142", i64 9
  store i8 %".3110", ptr %".3111", align 1
  %".3113" = add i64 %"cursor.65", 8
  %".3114" = icmp ne i64 1, 0
  %".3115" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.13")
  %".3116" = zext i16 %".3115" to i64
  %".3117" = and i64 %".3116", 65528
  %".3118" = icmp eq i64 %".3117", 0
  br i1 %".3114", label %"fragment.3", label %"not_fragment.3"
exit.38:
  %".1498" = trunc i64 %".1389" to i16
  %".1499" = getelementptr i8, ptr %"keys.75", i64 2
  store i16 %".1498", ptr %".1499", align 2
  br label %"return"
cont.38:
  %".1502" = trunc i64 %".1389" to i16
  %".1503" = getelementptr i8, ptr %"keys.75", i64 2
  store i16 %".1502", ptr %".1503", align 2
  br label %"return"
exit.39:
  %".1512" = trunc i64 %".1389" to i16
  %".1513" = getelementptr i8, ptr %"keys.75", i64 2
  store i16 %".1512", ptr %".1513", align 2
  br label %"return"
cont.39:
  %".1516" = trunc i64 %".1389" to i16
  %".1517" = getelementptr i8, ptr %"keys.75", i64 2
  store i16 %".1516", ptr %".1517", align 2
  br label %"return"
copy.16:
  %"ctx.22" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1528" = trunc i64 %"cursor.20" to i32
  %".1529" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.22", i32 %".1528", [40 x i8]* %"header_copy", i32 2)
  %".1530" = icmp eq i64 %".1529", 0
  %".1531" = getelementptr i8, ptr %"ctx.22", i64 76
  %".1532" = load i32, ptr %".1531", align 4
  %".1533" = zext i32 %".1532" to i64
  %"data.78" = inttoptr i64 %".1533" to ptr
  %".1534" = getelementptr i8, ptr %"ctx.22", i64 80
  %".1535" = load i32, ptr %".1534", align 4
  %".1536" = zext i32 %".1535" to i64
  %"data_end.78" = inttoptr i64 %".1536" to ptr
  %".1537" = getelementptr i8, ptr %"ctx.22", i64 144
  %"keys.78" = load ptr, ptr %".1537", align 8
  %".1538" = xor i1 %".1530", -1
  br i1 %".1538", label %"exit.40", label %"cont.40"
exit.40:
  %".1540" = trunc i64 %"cursor.20" to i16
  %".1541" = getelementptr i8, ptr %"keys.78", i64 2
  store i16 %".1540", ptr %".1541", align 2
  br label %"return"
cont.40:
  %".1544" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1545" = load volatile i8, [40 x i8]* %".1544", align 1
  %".1546" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".1547" = load volatile i8, [40 x i8]* %".1546", align 1
  br label %"header.16"
copy_last_byte.5:
  %".1562" = add i64 %"cursor.20", %".1557"
  %".1563" = sub i64 %".1562", 1
  %"ctx.23" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1564" = trunc i64 %".1563" to i32
  %".1565" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.23", i32 %".1564", i64* %"last_byte", i32 1)
  %".1566" = icmp eq i64 %".1565", 0
  %".1567" = getelementptr i8, ptr %"ctx.23", i64 76
  %".1568" = load i32, ptr %".1567", align 4
  %".1569" = zext i32 %".1568" to i64
  %"data.80" = inttoptr i64 %".1569" to ptr
  %".1570" = getelementptr i8, ptr %"ctx.23", i64 80
  %".1571" = load i32, ptr %".1570", align 4
  %".1572" = zext i32 %".1571" to i64
  %"data_end.80" = inttoptr i64 %".1572" to ptr
  %".1573" = getelementptr i8, ptr %"ctx.23", i64 144
  %"keys.80" = load ptr, ptr %".1573", align 8
  %".1574" = xor i1 %".1566", -1
  br i1 %".1574", label %"exit.41", label %"cont.41"
exit.41:
  %".1576" = trunc i64 %"cursor.20" to i16
  %".1577" = getelementptr i8, ptr %"keys.80", i64 2
  store i16 %".1576", ptr %".1577", align 2
  br label %"return"
cont.41:
  br label %"variable_part.5"
unknown.11:
  %".1583" = trunc i64 %"end.5" to i16
  %".1584" = getelementptr i8, ptr %"keys.81", i64 2
  store i16 %".1583", ptr %".1584", align 2
  br label %"return"
to_ipv6_opts.6:
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_opts.7:
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_opts.8:
  %".1589" = getelementptr i8, ptr %"keys.81", i64 2
  %".1590" = trunc i64 %"end.5" to i16
  store volatile i16 %".1590", ptr %".1589", align 2
  %".1592" = load volatile i16, ptr %".1589", align 2
  %".1593" = zext i16 %".1592" to i64
  %"cursor.77" = and i64 %".1593", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_frag.2:
  br label %"ipv6_frag_d0_ipv6_ext2"
to_tcp.4:
  %".1596" = getelementptr i8, ptr %"keys.81", i64 2
  %".1597" = trunc i64 %"end.5" to i16
  store volatile i16 %".1597", ptr %".1596", align 2
  %".1599" = load volatile i16, ptr %".1596", align 2
  %".1600" = zext i16 %".1599" to i64
  %"cursor.79" = and i64 %".1600", 16383
  br label %"tcp"
to_udp.4:
  %".1602" = getelementptr i8, ptr %"keys.81", i64 2
  %".1603" = trunc i64 %"end.5" to i16
  store volatile i16 %".1603", ptr %".1602", align 2
  %".1605" = load volatile i16, ptr %".1602", align 2
  %".1606" = zext i16 %".1605" to i64
  %"cursor.80" = and i64 %".1606", 16383
  br label %"udp_d0"
to_udplite.4:
  %".1608" = getelementptr i8, ptr %"keys.81", i64 2
  %".1609" = trunc i64 %"end.5" to i16
  store volatile i16 %".1609", ptr %".1608", align 2
  %".1611" = load volatile i16, ptr %".1608", align 2
  %".1612" = zext i16 %".1611" to i64
  %"cursor.81" = and i64 %".1612", 16383
  br label %"udplite"
to_gre.4:
  %".1614" = getelementptr i8, ptr %"keys.81", i64 2
  %".1615" = trunc i64 %"end.5" to i16
  store volatile i16 %".1615", ptr %".1614", align 2
  %".1617" = load volatile i16, ptr %".1614", align 2
  %".1618" = zext i16 %".1617" to i64
  %"cursor.82" = and i64 %".1618", 16383
  br label %"gre_d0"
to_sctp.4:
  %".1620" = getelementptr i8, ptr %"keys.81", i64 2
  %".1621" = trunc i64 %"end.5" to i16
  store volatile i16 %".1621", ptr %".1620", align 2
  %".1623" = load volatile i16, ptr %".1620", align 2
  %".1624" = zext i16 %".1623" to i64
  %"cursor.83" = and i64 %".1624", 16383
  br label %"sctp"
to_dccp.4:
  %".1626" = getelementptr i8, ptr %"keys.81", i64 2
  %".1627" = trunc i64 %"end.5" to i16
  store volatile i16 %".1627", ptr %".1626", align 2
  %".1629" = load volatile i16, ptr %".1626", align 2
  %".1630" = zext i16 %".1629" to i64
  %"cursor.84" = and i64 %".1630", 16383
  br label %"dccp"
to_esp.4:
  %".1632" = getelementptr i8, ptr %"keys.81", i64 2
  %".1633" = trunc i64 %"end.5" to i16
  store volatile i16 %".1633", ptr %".1632", align 2
  %".1635" = load volatile i16, ptr %".1632", align 2
  %".1636" = zext i16 %".1635" to i64
  %"cursor.85" = and i64 %".1636", 16383
  br label %"esp"
to_ah.4:
  %".1638" = getelementptr i8, ptr %"keys.81", i64 2
  %".1639" = trunc i64 %"end.5" to i16
  store volatile i16 %".1639", ptr %".1638", align 2
  %".1641" = load volatile i16, ptr %".1638", align 2
  %".1642" = zext i16 %".1641" to i64
  %"cursor.86" = and i64 %".1642", 16383
  br label %"ah"
to_icmpv6.2:
  %".1644" = getelementptr i8, ptr %"keys.81", i64 2
  %".1645" = trunc i64 %"end.5" to i16
  store volatile i16 %".1645", ptr %".1644", align 2
  %".1647" = load volatile i16, ptr %".1644", align 2
  %".1648" = zext i16 %".1647" to i64
  %"cursor.87" = and i64 %".1648", 16383
  br label %"icmpv6"
to_mpls.13:
  %".1650" = trunc i64 34887 to i16
  %".1651" = call i16 @"llvm.bswap.i16"(i16 %".1650")
  %".1652" = getelementptr i8, ptr %"keys.81", i64 10
  store i16 %".1651", ptr %".1652", align 2
  %".1654" = getelementptr i8, ptr %"keys.81", i64 2
  %".1655" = trunc i64 %"end.5" to i16
  store volatile i16 %".1655", ptr %".1654", align 2
  %".1657" = load volatile i16, ptr %".1654", align 2
  %".1658" = zext i16 %".1657" to i64
  %"cursor.88" = and i64 %".1658", 16383
  br label %"mpls_d0_mpls_labels1"
to_ipv4.8:
  %".1660" = getelementptr i8, ptr %"keys.81", i64 8
  store i8 1, ptr %".1660", align 1
  %".1662" = getelementptr i8, ptr %"keys.81", i64 48
  %"flags.14" = load volatile i32, ptr %".1662", align 4
  %".1663" = and i32 %"flags.14", 4
  %".1664" = icmp ne i32 %".1663", 0
  br i1 %".1664", label %"exit.42", label %"cont.42"
to_ipv6.8:
  %".1676" = getelementptr i8, ptr %"keys.81", i64 8
  store i8 1, ptr %".1676", align 1
  %".1678" = getelementptr i8, ptr %"keys.81", i64 48
  %"flags.15" = load volatile i32, ptr %".1678", align 4
  %".1679" = and i32 %"flags.15", 4
  %".1680" = icmp ne i32 %".1679", 0
  br i1 %".1680", label %"exit.43", label %"cont.43"
ipv6_opts_d0_ipv6_ext2:
  %"cursor.76" = phi  i64 [%"end.5", %"to_ipv6_opts.6"], [%"end.5", %"to_ipv6_opts.7"], [%"cursor.77", %"to_ipv6_opts.8"], [%"cursor.91", %"to_ipv6_opts.9"], [%"cursor.92", %"to_ipv6_opts.10"], [%"cursor.93", %"to_ipv6_opts.11"]
  %"data.82" = phi  ptr [%"data.81", %"to_ipv6_opts.6"], [%"data.81", %"to_ipv6_opts.7"], [%"data.81", %"to_ipv6_opts.8"], [%"data.85", %"to_ipv6_opts.9"], [%"data.85", %"to_ipv6_opts.10"], [%"data.85", %"to_ipv6_opts.11"]
  %"data_end.82" = phi  ptr [%"data_end.81", %"to_ipv6_opts.6"], [%"data_end.81", %"to_ipv6_opts.7"], [%"data_end.81", %"to_ipv6_opts.8"], [%"data_end.85", %"to_ipv6_opts.9"], [%"data_end.85", %"to_ipv6_opts.10"], [%"data_end.85", %"to_ipv6_opts.11"]
  %"keys.82" = phi  ptr [%"keys.81", %"to_ipv6_opts.6"], [%"keys.81", %"to_ipv6_opts.7"], [%"keys.81", %"to_ipv6_opts.8"], [%"keys.85", %"to_ipv6_opts.9"], [%"keys.85", %"to_ipv6_opts.10"], [%"keys.85", %"to_ipv6_opts.11"]
  %"hdr.34" = getelementptr i8, ptr %"data.82", i64 %"cursor.76"
  %".3261" = getelementptr i8, ptr %"hdr.34", i64 2
  %".3262" = icmp ugt ptr %".3261", %"data_end.82"
  br i1 %".3262", label %"copy.34", label %"linear.34", !prof !0
linear.34:
  %".3264" = getelementptr i8, ptr %"hdr.34", i64 0
  %".3265" = load i8, ptr %".3264", align 1
  %".3266" = getelementptr i8, ptr %"hdr.34", i64 1
  %".3267" = load i8, ptr %".3266", align 1
  br label %"header.34"
header.34:
  %"w0_1.13" = phi  i8 [%".3265", %"linear.34"], [%".3286", %"cont.88"]
  %"w1_1.7" = phi  i8 [%".3267", %"linear.34"], [%".3288", %"cont.88"]
  %"data.144" = phi  ptr [%"data.82", %"linear.34"], [%"data.143", %"cont.88"]
  %"data_end.144" = phi  ptr [%"data_end.82", %"linear.34"], [%"data_end.143", %"cont.88"]
  %"keys.144" = phi  ptr [%"keys.82", %"linear.34"], [%"keys.143", %"cont.88"]
  %".3290" = zext i8 %"w0_1.13" to i64
  %".3291" = trunc i64 %".3290" to i8
  %".3292" = getelementptr i8, ptr %"keys.144", i64 9
  store i8 %".3291", ptr %".3292", align 1
  %".3294" = add i64 %"cursor.76", 2
  %".3295" = zext i8 %"w1_1.7" to i64
  %".3296" = mul i64 %".3295", 8
  %".3297" = add i64 %".3296", 6
  %".3298" = add i64 %".3297", 2
  %".3299" = getelementptr i8, ptr %"data.144", i64 %"cursor.76"
  %".3300" = getelementptr i8, ptr %".3299", i64 %".3298"
  %".3301" = icmp ugt ptr %".3300", %"data_end.144"
  br i1 %".3301", label %"copy_last_byte.12", label %"variable_part.12", !prof !0
variable_part.12:
  %"data.146" = phi  ptr [%"data.144", %"header.34"], [%"data.145", %"cont.89"]
  %"data_end.146" = phi  ptr [%"data_end.144", %"header.34"], [%"data_end.145", %"cont.89"]
  %"keys.146" = phi  ptr [%"keys.144", %"header.34"], [%"keys.145", %"cont.89"]
  %"end.12" = add i64 %"cursor.76", %".3298"
  %".3322" = zext i8 %"w0_1.13" to i64
  switch i64 %".3322", label %"unknown.27" [i64 0, label %"to_ipv6_opts.18" i64 43, label %"to_ipv6_opts.19" i64 60, label %"to_ipv6_opts.20" i64 44, label %"to_ipv6_frag.6" i64 6, label %"to_tcp.8" i64 17, label %"to_udp.8" i64 136, label %"to_udplite.8" i64 47, label %"to_gre.8" i64 132, label %"to_sctp.8" i64 33, label %"to_dccp.8" i64 50, label %"to_esp.8" i64 51, label %"to_ah.8" i64 58, label %"to_icmpv6.6" i64 137, label %"to_mpls.25" i64 4, label %"to_ipv4.19" i64 41, label %"to_ipv6.18"]
ipv6_frag_d0_ipv6_ext2:
  %"cursor.78" = phi  i64 [%"end.5", %"to_ipv6_frag.2"], [%".1725", %"to_ipv6_frag.3"]
  %"data.83" = phi  ptr [%"data.81", %"to_ipv6_frag.2"], [%"data.85", %"to_ipv6_frag.3"]
  %"data_end.83" = phi  ptr [%"data_end.81", %"to_ipv6_frag.2"], [%"data_end.85", %"to_ipv6_frag.3"]
  %"keys.83" = phi  ptr [%"keys.81", %"to_ipv6_frag.2"], [%"keys.85", %"to_ipv6_frag.3"]
  %"hdr.35" = getelementptr i8, ptr %"data.83", i64 %"cursor.78"
  %".3433" = getelementptr i8, ptr %"hdr.35", i64 8
  %".3434" = icmp ugt ptr %".3433", %"data_end.83"
  br i1 %".3434", label %"copy.35", label %"linear.35", !prof !0
linear.35:
  %".3436" = getelementptr i8, ptr %"hdr.35", i64 0
  %".3437" = load i8, ptr %".3436", align 1
  %".3438" = getelementptr i8, ptr %"hdr.35", i64 2
  %".3439" = load i16, ptr %".3438", align 2
  br label %"header.35"
header.35:
  %"w0_1.14" = phi  i8 [%".3437", %"linear.35"], [%".3458", %"cont.92"]
  %"w2_2.14" = phi  i16 [%".3439", %"linear.35"], [%".3460", %"cont.92"]
  %"data.150" = phi  ptr [%"data.83", %"linear.35"], [%"data.149", %"cont.92"]
  %"data_end.150" = phi  ptr [%"data_end.83", %"linear.35"], [%"data_end.149", %"cont.92"]
  %"keys.150" = phi  ptr [%"keys.83", %"linear.35"], [%"keys.149", %"cont.92"]
  %".3462" = zext i8 %"w0_1.14" to i64
  %".3463" = trunc i64 %".3462" to i8
  %".3464" = getelementptr i8, ptr %"keys.150", i64 9
  store i8 %".3463", ptr %".3464", align 1
  %".3466" = add i64 %"cursor.78", 8
  %".3467" = icmp ne i64 1, 0
  %".3468" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.14")
  %".3469" = zext i16 %".3468" to i64
  %".3470" = and i64 %".3469", 65528
  %".3471" = icmp eq i64 %".3470", 0
  br i1 %".3467", label %"fragment.4", label %"not_fragment.4"
exit.42:
  %".1666" = trunc i64 %"end.5" to i16
  %".1667" = getelementptr i8, ptr %"keys.81", i64 2
  store i16 %".1666", ptr %".1667", align 2
  br label %"return"
cont.42:
  %".1670" = getelementptr i8, ptr %"keys.81", i64 2
  %".1671" = trunc i64 %"end.5" to i16
  store volatile i16 %".1671", ptr %".1670", align 2
  %".1673" = load volatile i16, ptr %".1670", align 2
  %".1674" = zext i16 %".1673" to i64
  %"cursor.89" = and i64 %".1674", 16383
  br label %"ipv4_d1"
exit.43:
  %".1682" = trunc i64 %"end.5" to i16
  %".1683" = getelementptr i8, ptr %"keys.81", i64 2
  store i16 %".1682", ptr %".1683", align 2
  br label %"return"
cont.43:
  %".1686" = getelementptr i8, ptr %"keys.81", i64 2
  %".1687" = trunc i64 %"end.5" to i16
  store volatile i16 %".1687", ptr %".1686", align 2
  %".1689" = load volatile i16, ptr %".1686", align 2
  %".1690" = zext i16 %".1689" to i64
  %"cursor.90" = and i64 %".1690", 16383
  br label %"ipv6_d1"
copy.17:
  %"ctx.24" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1700" = trunc i64 %"cursor.22" to i32
  %".1701" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.24", i32 %".1700", [40 x i8]* %"header_copy", i32 8)
  %".1702" = icmp eq i64 %".1701", 0
  %".1703" = getelementptr i8, ptr %"ctx.24", i64 76
  %".1704" = load i32, ptr %".1703", align 4
  %".1705" = zext i32 %".1704" to i64
  %"data.84" = inttoptr i64 %".1705" to ptr
  %".1706" = getelementptr i8, ptr %"ctx.24", i64 80
  %".1707" = load i32, ptr %".1706", align 4
  %".1708" = zext i32 %".1707" to i64
  %"data_end.84" = inttoptr i64 %".1708" to ptr
  %".1709" = getelementptr i8, ptr %"ctx.24", i64 144
  %"keys.84" = load ptr, ptr %".1709", align 8
  %".1710" = xor i1 %".1702", -1
  br i1 %".1710", label %"exit.44", label %"cont.44"
exit.44:
  %".1712" = trunc i64 %"cursor.22" to i16
  %".1713" = getelementptr i8, ptr %"keys.84", i64 2
  store i16 %".1712", ptr %".1713", align 2
  br label %"return"
cont.44:
  %".1716" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1717" = load volatile i8, [40 x i8]* %".1716", align 1
  %".1718" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1719" = load volatile i16, [40 x i8]* %".1718", align 2
  br label %"header.17"
fragment.2:
  %".1732" = getelementptr i8, ptr %"keys.85", i64 6
  store i8 1, ptr %".1732", align 1
  br i1 %".1730", label %"first_fragment.2", label %"later_fragment.2"
not_fragment.2:
  %".1751" = zext i8 %"w0_1.5" to i64
  switch i64 %".1751", label %"unknown.12" [i64 0, label %"to_ipv6_opts.9" i64 43, label %"to_ipv6_opts.10" i64 60, label %"to_ipv6_opts.11" i64 44, label %"to_ipv6_frag.3" i64 6, label %"to_tcp.5" i64 17, label %"to_udp.5" i64 136, label %"to_udplite.5" i64 47, label %"to_gre.5" i64 132, label %"to_sctp.5" i64 33, label %"to_dccp.5" i64 50, label %"to_esp.5" i64 51, label %"to_ah.5" i64 58, label %"to_icmpv6.3" i64 137, label %"to_mpls.14" i64 4, label %"to_ipv4.9" i64 41, label %"to_ipv6.9"]
first_fragment.2:
  %".1739" = getelementptr i8, ptr %"keys.85", i64 7
  store i8 1, ptr %".1739", align 1
  %".1741" = getelementptr i8, ptr %"keys.85", i64 48
  %"flags.16" = load volatile i32, ptr %".1741", align 4
  %".1742" = and i32 %"flags.16", 1
  %".1743" = icmp ne i32 %".1742", 0
  %".1744" = xor i1 %".1743", -1
  br i1 %".1744", label %"exit.45", label %"cont.45"
later_fragment.2:
  %".1735" = trunc i64 %".1725" to i16
  %".1736" = getelementptr i8, ptr %"keys.85", i64 2
  store i16 %".1735", ptr %".1736", align 2
  br label %"return"
exit.45:
  %".1746" = trunc i64 %".1725" to i16
  %".1747" = getelementptr i8, ptr %"keys.85", i64 2
  store i16 %".1746", ptr %".1747", align 2
  br label %"return"
cont.45:
  br label %"not_fragment.2"
unknown.12:
  %".1753" = trunc i64 %".1725" to i16
  %".1754" = getelementptr i8, ptr %"keys.85", i64 2
  store i16 %".1753", ptr %".1754", align 2
  br label %"return"
to_ipv6_opts.9:
  %".1757" = getelementptr i8, ptr %"keys.85", i64 2
  %".1758" = trunc i64 %".1725" to i16
  store volatile i16 %".1758", ptr %".1757", align 2
  %".1760" = load volatile i16, ptr %".1757", align 2
  %".1761" = zext i16 %".1760" to i64
  %"cursor.91" = and i64 %".1761", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_opts.10:
  %".1763" = getelementptr i8, ptr %"keys.85", i64 2
  %".1764" = trunc i64 %".1725" to i16
  store volatile i16 %".1764", ptr %".1763", align 2
  %".1766" = load volatile i16, ptr %".1763", align 2
  %".1767" = zext i16 %".1766" to i64
  %"cursor.92" = and i64 %".1767", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_opts.11:
  %".1769" = getelementptr i8, ptr %"keys.85", i64 2
  %".1770" = trunc i64 %".1725" to i16
  store volatile i16 %".1770", ptr %".1769", align 2
  %".1772" = load volatile i16, ptr %".1769", align 2
  %".1773" = zext i16 %".1772" to i64
  %"cursor.93" = and i64 %".1773", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_frag.3:
  br label %"ipv6_frag_d0_ipv6_ext2"
to_tcp.5:
  %".1776" = getelementptr i8, ptr %"keys.85", i64 2
  %".1777" = trunc i64 %".1725" to i16
  store volatile i16 %".1777", ptr %".1776", align 2
  %".1779" = load volatile i16, ptr %".1776", align 2
  %".1780" = zext i16 %".1779" to i64
  %"cursor.94" = and i64 %".1780", 16383
  br label %"tcp"
to_udp.5:
  %".1782" = getelementptr i8, ptr %"keys.85", i64 2
  %".1783" = trunc i64 %".1725" to i16
  store volatile i16 %".1783", ptr %".1782", align 2
  %".1785" = load volatile i16, ptr %".1782", align 2
  %".1786" = zext i16 %".1785" to i64
  %"cursor.95" = and i64 %".1786", 16383
  br label %"udp_d0"
to_udplite.5:
  %".1788" = getelementptr i8, ptr %"keys.85", i64 2
  %".1789" = trunc i64 %".1725" to i16
  store volatile i16 %".1789", ptr %".1788", align 2
  %".1791" = load volatile i16, ptr %".1788", align 2
  %".1792" = zext i16 %".1791" to i64
  %"cursor.96" = and i64 %".1792", 16383
  br label %"udplite"
to_gre.5:
  %".1794" = getelementptr i8, ptr %"keys.85", i64 2
  %".1795" = trunc i64 %".1725" to i16
  store volatile i16 %".1795", ptr %".1794", align 2
  %".1797" = load volatile i16, ptr %".1794", align 2
  %".1798" = zext i16 %".1797" to i64
  %"cursor.97" = and i64 %".1798", 16383
  br label %"gre_d0"
to_sctp.5:
  %".1800" = getelementptr i8, ptr %"keys.85", i64 2
  %".1801" = trunc i64 %".1725" to i16
  store volatile i16 %".1801", ptr %".1800", align 2
  %".1803" = load volatile i16, ptr %".1800", align 2
  %".1804" = zext i16 %".1803" to i64
  %"cursor.98" = and i64 %".1804", 16383
  br label %"sctp"
to_dccp.5:
  %".1806" = getelementptr i8, ptr %"keys.85", i64 2
  %".1807" = trunc i64 %".1725" to i16
  store volatile i16 %".1807", ptr %".1806", align 2
  %".1809" = load volatile i16, ptr %".1806", align 2
  %".1810" = zext i16 %".1809" to i64
  %"cursor.99" = and i64 %".1810", 16383
  br label %"dccp"
to_esp.5:
  %".1812" = getelementptr i8, ptr %"keys.85", i64 2
  %".1813" = trunc i64 %".1725" to i16
  store volatile i16 %".1813", ptr %".1812", align 2
  %".1815" = load volatile i16, ptr %".1812", align 2
  %".1816" = zext i16 %".1815" to i64
  %"cursor.100" = and i64 %".1816", 16383
  br label %"esp"
to_ah.5:
  %".1818" = getelementptr i8, ptr %"keys.85", i64 2
  %".1819" = trunc i64 %".1725" to i16
  store volatile i16 %".1819", ptr %".1818", align 2
  %".1821" = load volatile i16, ptr %".1818", align 2
  %".1822" = zext i16 %".1821" to i64
  %"cursor.101" = and i64 %".1822", 16383
  br label %"ah"
to_icmpv6.3:
  %".1824" = getelementptr i8, ptr %"keys.85", i64 2
  %".1825" = trunc i64 %".1725" to i16
  store volatile i16 %".1825", ptr %".1824", align 2
  %".1827" = load volatile i16, ptr %".1824", align 2
  %".1828" = zext i16 %".1827" to i64
  %"cursor.102" = and i64 %".1828", 16383
  br label %"icmpv6"
to_mpls.14:
  %".1830" = trunc i64 34887 to i16
  %".1831" = call i16 @"llvm.bswap.i16"(i16 %".1830")
  %".1832" = getelementptr i8, ptr %"keys.85", i64 10
  store i16 %".1831", ptr %".1832", align 2
  %".1834" = getelementptr i8, ptr %"keys.85", i64 2
  %".1835" = trunc i64 %".1725" to i16
  store volatile i16 %".1835", ptr %".1834", align 2
  %".1837" = load volatile i16, ptr %".1834", align 2
  %".1838" = zext i16 %".1837" to i64
  %"cursor.103" = and i64 %".1838", 16383
  br label %"mpls_d0_mpls_labels1"
to_ipv4.9:
  %".1840" = getelementptr i8, ptr %"keys.85", i64 8
  store i8 1, ptr %".1840", align 1
  %".1842" = getelementptr i8, ptr %"keys.85", i64 48
  %"flags.17" = load volatile i32, ptr %".1842", align 4
  %".1843" = and i32 %"flags.17", 4
  %".1844" = icmp ne i32 %".1843", 0
  br i1 %".1844", label %"exit.46", label %"cont.46"
to_ipv6.9:
  %".1856" = getelementptr i8, ptr %"keys.85", i64 8
  store i8 1, ptr %".1856", align 1
  %".1858" = getelementptr i8, ptr %"keys.85", i64 48
  %"flags.18" = load volatile i32, ptr %".1858", align 4
  %".1859" = and i32 %"flags.18", 4
  %".1860" = icmp ne i32 %".1859", 0
  br i1 %".1860", label %"exit.47", label %"cont.47"
exit.46:
  %".1846" = trunc i64 %".1725" to i16
  %".1847" = getelementptr i8, ptr %"keys.85", i64 2
  store i16 %".1846", ptr %".1847", align 2
  br label %"return"
cont.46:
  %".1850" = getelementptr i8, ptr %"keys.85", i64 2
  %".1851" = trunc i64 %".1725" to i16
  store volatile i16 %".1851", ptr %".1850", align 2
  %".1853" = load volatile i16, ptr %".1850", align 2
  %".1854" = zext i16 %".1853" to i64
  %"cursor.104" = and i64 %".1854", 16383
  br label %"ipv4_d1"
exit.47:
  %".1862" = trunc i64 %".1725" to i16
  %".1863" = getelementptr i8, ptr %"keys.85", i64 2
  store i16 %".1862", ptr %".1863", align 2
  br label %"return"
cont.47:
  %".1866" = getelementptr i8, ptr %"keys.85", i64 2
  %".1867" = trunc i64 %".1725" to i16
  store volatile i16 %".1867", ptr %".1866", align 2
  %".1869" = load volatile i16, ptr %".1866", align 2
  %".1870" = zext i16 %".1869" to i64
  %"cursor.105" = and i64 %".1870", 16383
  br label %"ipv6_d1"
copy.18:
  %"ctx.25" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1876" = trunc i64 %"cursor.23" to i32
  %".1877" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.25", i32 %".1876", [40 x i8]* %"header_copy", i32 4)
  %".1878" = icmp eq i64 %".1877", 0
  %".1879" = getelementptr i8, ptr %"ctx.25", i64 76
  %".1880" = load i32, ptr %".1879", align 4
  %".1881" = zext i32 %".1880" to i64
  %"data.86" = inttoptr i64 %".1881" to ptr
  %".1882" = getelementptr i8, ptr %"ctx.25", i64 80
  %".1883" = load i32, ptr %".1882", align 4
  %".1884" = zext i32 %".1883" to i64
  %"data_end.86" = inttoptr i64 %".1884" to ptr
  %".1885" = getelementptr i8, ptr %"ctx.25", i64 144
  %"keys.86" = load ptr, ptr %".1885", align 8
  %".1886" = xor i1 %".1878", -1
  br i1 %".1886", label %"exit.48", label %"cont.48"
exit.48:
  %".1888" = trunc i64 %"cursor.23" to i16
  %".1889" = getelementptr i8, ptr %"keys.86", i64 2
  store i16 %".1888", ptr %".1889", align 2
  br label %"return"
cont.48:
  br label %"header.18"
copy.19:
  %"ctx.26" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1904" = trunc i64 %"cursor.27" to i32
  %".1905" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.26", i32 %".1904", [40 x i8]* %"header_copy", i32 4)
  %".1906" = icmp eq i64 %".1905", 0
  %".1907" = getelementptr i8, ptr %"ctx.26", i64 76
  %".1908" = load i32, ptr %".1907", align 4
  %".1909" = zext i32 %".1908" to i64
  %"data.88" = inttoptr i64 %".1909" to ptr
  %".1910" = getelementptr i8, ptr %"ctx.26", i64 80
  %".1911" = load i32, ptr %".1910", align 4
  %".1912" = zext i32 %".1911" to i64
  %"data_end.88" = inttoptr i64 %".1912" to ptr
  %".1913" = getelementptr i8, ptr %"ctx.26", i64 144
  %"keys.88" = load ptr, ptr %".1913", align 8
  %".1914" = xor i1 %".1906", -1
  br i1 %".1914", label %"exit.49", label %"cont.49"
exit.49:
  %".1916" = trunc i64 %"cursor.27" to i16
  %".1917" = getelementptr i8, ptr %"keys.88", i64 2
  store i16 %".1916", ptr %".1917", align 2
  br label %"return"
cont.49:
  %".1920" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1921" = load volatile i16, [40 x i8]* %".1920", align 2
  br label %"header.19"
unknown.13:
  %".1936" = trunc i64 %".1929" to i16
  %".1937" = getelementptr i8, ptr %"keys.89", i64 2
  store i16 %".1936", ptr %".1937", align 2
  br label %"return"
to_ipv4.10:
  %".1940" = getelementptr i8, ptr %"keys.89", i64 2
  %".1941" = trunc i64 %".1929" to i16
  store volatile i16 %".1941", ptr %".1940", align 2
  %".1943" = load volatile i16, ptr %".1940", align 2
  %".1944" = zext i16 %".1943" to i64
  %"cursor.106" = and i64 %".1944", 16383
  br label %"ipv4_d0"
to_ipv6.10:
  %".1946" = getelementptr i8, ptr %"keys.89", i64 2
  %".1947" = trunc i64 %".1929" to i16
  store volatile i16 %".1947", ptr %".1946", align 2
  %".1949" = load volatile i16, ptr %".1946", align 2
  %".1950" = zext i16 %".1949" to i64
  %"cursor.107" = and i64 %".1950", 16383
  br label %"ipv6_d0"
to_vlan.4:
  %".1952" = trunc i64 %".1929" to i16
  %".1953" = getelementptr i8, ptr %"keys.89", i64 2
  store i16 %".1952", ptr %".1953", align 2
  br label %"return"
to_vlan.5:
  %".1956" = trunc i64 %".1929" to i16
  %".1957" = getelementptr i8, ptr %"keys.89", i64 2
  store i16 %".1956", ptr %".1957", align 2
  br label %"return"
to_mpls.15:
  %".1960" = getelementptr i8, ptr %"keys.89", i64 2
  %".1961" = trunc i64 %".1929" to i16
  store volatile i16 %".1961", ptr %".1960", align 2
  %".1963" = load volatile i16, ptr %".1960", align 2
  %".1964" = zext i16 %".1963" to i64
  %"cursor.108" = and i64 %".1964", 16383
  br label %"mpls_d0_mpls_labels1"
to_mpls.16:
  %".1966" = getelementptr i8, ptr %"keys.89", i64 2
  %".1967" = trunc i64 %".1929" to i16
  store volatile i16 %".1967", ptr %".1966", align 2
  %".1969" = load volatile i16, ptr %".1966", align 2
  %".1970" = zext i16 %".1969" to i64
  %"cursor.109" = and i64 %".1970", 16383
  br label %"mpls_d0_mpls_labels1"
to_pppoe.2:
  %".1972" = getelementptr i8, ptr %"keys.89", i64 2
  %".1973" = trunc i64 %".1929" to i16
  store volatile i16 %".1973", ptr %".1972", align 2
  %".1975" = load volatile i16, ptr %".1972", align 2
  %".1976" = zext i16 %".1975" to i64
  %"cursor.110" = and i64 %".1976", 16383
  br label %"pppoe_d0"
copy.20:
  %"ctx.27" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1984" = trunc i64 %"cursor.30" to i32
  %".1985" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.27", i32 %".1984", [40 x i8]* %"header_copy", i32 4)
  %".1986" = icmp eq i64 %".1985", 0
  %".1987" = getelementptr i8, ptr %"ctx.27", i64 76
  %".1988" = load i32, ptr %".1987", align 4
  %".1989" = zext i32 %".1988" to i64
  %"data.90" = inttoptr i64 %".1989" to ptr
  %".1990" = getelementptr i8, ptr %"ctx.27", i64 80
  %".1991" = load i32, ptr %".1990", align 4
  %".1992" = zext i32 %".1991" to i64
  %"data_end.90" = inttoptr i64 %".1992" to ptr
  %".1993" = getelementptr i8, ptr %"ctx.27", i64 144
  %"keys.90" = load ptr, ptr %".1993", align 8
  %".1994" = xor i1 %".1986", -1
  br i1 %".1994", label %"exit.50", label %"cont.50"
exit.50:
  %".1996" = trunc i64 %"cursor.30" to i16
  %".1997" = getelementptr i8, ptr %"keys.90", i64 2
  store i16 %".1996", ptr %".1997", align 2
  br label %"return"
cont.50:
  %".2000" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2001" = load volatile i8, [40 x i8]* %".2000", align 1
  br label %"header.20"
unknown.14:
  %".2007" = trunc i64 %".2003" to i16
  %".2008" = getelementptr i8, ptr %"keys.91", i64 2
  store i16 %".2007", ptr %".2008", align 2
  br label %"return"
to_mpls.17:
  br label %"mpls_d0_mpls_labels3"
to_ip_version.1:
  %".2012" = getelementptr i8, ptr %"keys.91", i64 8
  store i8 1, ptr %".2012", align 1
  %".2014" = getelementptr i8, ptr %"keys.91", i64 48
  %"flags.19" = load volatile i32, ptr %".2014", align 4
  %".2015" = and i32 %"flags.19", 4
  %".2016" = icmp ne i32 %".2015", 0
  br i1 %".2016", label %"exit.51", label %"cont.51"
mpls_d0_mpls_labels3:
  %"cursor.111" = phi  i64 [%".2003", %"to_mpls.17"]
  %"data.92" = phi  ptr [%"data.91", %"to_mpls.17"]
  %"data_end.92" = phi  ptr [%"data_end.91", %"to_mpls.17"]
  %"keys.92" = phi  ptr [%"keys.91", %"to_mpls.17"]
  %"hdr.36" = getelementptr i8, ptr %"data.92", i64 %"cursor.111"
  %".3613" = getelementptr i8, ptr %"hdr.36", i64 4
  %".3614" = icmp ugt ptr %".3613", %"data_end.92"
  br i1 %".3614", label %"copy.36", label %"linear.36", !prof !0
linear.36:
  %".3616" = getelementptr i8, ptr %"hdr.36", i64 2
  %".3617" = load i8, ptr %".3616", align 1
  br label %"header.36"
header.36:
  %"w2_1.3" = phi  i8 [%".3617", %"linear.36"], [%".3636", %"cont.96"]
  %"data.152" = phi  ptr [%"data.92", %"linear.36"], [%"data.151", %"cont.96"]
  %"data_end.152" = phi  ptr [%"data_end.92", %"linear.36"], [%"data_end.151", %"cont.96"]
  %"keys.152" = phi  ptr [%"keys.92", %"linear.36"], [%"keys.151", %"cont.96"]
  %".3638" = add i64 %"cursor.111", 4
  %".3639" = zext i8 %"w2_1.3" to i64
  %".3640" = and i64 %".3639", 1
  switch i64 %".3640", label %"unknown.29" [i64 0, label %"to_mpls.27" i64 1, label %"to_ip_version.4"]
exit.51:
  %".2018" = trunc i64 %".2003" to i16
  %".2019" = getelementptr i8, ptr %"keys.91", i64 2
  store i16 %".2018", ptr %".2019", align 2
  br label %"return"
cont.51:
  %".2022" = getelementptr i8, ptr %"keys.91", i64 2
  %".2023" = trunc i64 %".2003" to i16
  store volatile i16 %".2023", ptr %".2022", align 2
  %".2025" = load volatile i16, ptr %".2022", align 2
  %".2026" = zext i16 %".2025" to i64
  %"cursor.112" = and i64 %".2026", 16383
  br label %"ip_version_d1"
copy.21:
  %"ctx.28" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2034" = trunc i64 %"cursor.31" to i32
  %".2035" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.28", i32 %".2034", [40 x i8]* %"header_copy", i32 1)
  %".2036" = icmp eq i64 %".2035", 0
  %".2037" = getelementptr i8, ptr %"ctx.28", i64 76
  %".2038" = load i32, ptr %".2037", align 4
  %".2039" = zext i32 %".2038" to i64
  %"data.93" = inttoptr i64 %".2039" to ptr
  %".2040" = getelementptr i8, ptr %"ctx.28", i64 80
  %".2041" = load i32, ptr %".2040", align 4
  %".2042" = zext i32 %".2041" to i64
  %"data_end.93" = inttoptr i64 %".2042" to ptr
  %".2043" = getelementptr i8, ptr %"ctx.28", i64 144
  %"keys.93" = load ptr, ptr %".2043", align 8
  %".2044" = xor i1 %".2036", -1
  br i1 %".2044", label %"exit.52", label %"cont.52"
exit.52:
  %".2046" = trunc i64 %"cursor.31" to i16
  %".2047" = getelementptr i8, ptr %"keys.93", i64 2
  store i16 %".2046", ptr %".2047", align 2
  br label %"return"
cont.52:
  %".2050" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2051" = load volatile i8, [40 x i8]* %".2050", align 1
  br label %"header.21"
unknown.15:
  %".2057" = trunc i64 %"cursor.31" to i16
  %".2058" = getelementptr i8, ptr %"keys.94", i64 2
  store i16 %".2057", ptr %".2058", align 2
  br label %"return"
to_ipv4.11:
  %".2061" = getelementptr i8, ptr %"keys.94", i64 2
  %".2062" = trunc i64 %"cursor.31" to i16
  store volatile i16 %".2062", ptr %".2061", align 2
  %".2064" = load volatile i16, ptr %".2061", align 2
  %".2065" = zext i16 %".2064" to i64
  %"cursor.113" = and i64 %".2065", 16383
  br label %"ipv4_d1"
to_ipv6.11:
  %".2067" = getelementptr i8, ptr %"keys.94", i64 2
  %".2068" = trunc i64 %"cursor.31" to i16
  store volatile i16 %".2068", ptr %".2067", align 2
  %".2070" = load volatile i16, ptr %".2067", align 2
  %".2071" = zext i16 %".2070" to i64
  %"cursor.114" = and i64 %".2071", 16383
  br label %"ipv6_d1"
copy.22:
  %"ctx.29" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2079" = trunc i64 %"cursor.37" to i32
  %".2080" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.29", i32 %".2079", [40 x i8]* %"header_copy", i32 20)
  %".2081" = icmp eq i64 %".2080", 0
  %".2082" = getelementptr i8, ptr %"ctx.29", i64 76
  %".2083" = load i32, ptr %".2082", align 4
  %".2084" = zext i32 %".2083" to i64
  %"data.95" = inttoptr i64 %".2084" to ptr
  %".2085" = getelementptr i8, ptr %"ctx.29", i64 80
  %".2086" = load i32, ptr %".2085", align 4
  %".2087" = zext i32 %".2086" to i64
  %"data_end.95" = inttoptr i64 %".2087" to ptr
  %".2088" = getelementptr i8, ptr %"ctx.29", i64 144
  %"keys.95" = load ptr, ptr %".2088", align 8
  %".2089" = xor i1 %".2081", -1
  br i1 %".2089", label %"exit.53", label %"cont.53"
exit.53:
  %".2091" = trunc i64 %"cursor.37" to i16
  %".2092" = getelementptr i8, ptr %"keys.95", i64 2
  store i16 %".2091", ptr %".2092", align 2
  br label %"return"
cont.53:
  %".2095" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".2096" = load volatile i8, [40 x i8]* %".2095", align 1
  br label %"header.22"
exit.54:
  %".2104" = trunc i64 %"cursor.37" to i16
  %".2105" = getelementptr i8, ptr %"keys.96", i64 2
  store i16 %".2104", ptr %".2105", align 2
  br label %"return"
cont.54:
  %".2108" = add i64 %"cursor.37", 20
  %".2109" = zext i8 %"w12_1" to i64
  %".2110" = lshr i64 %".2109", 4
  %".2111" = and i64 %".2110", 15
  %".2112" = mul i64 %".2111", 4
  %".2113" = sub i64 %".2112", 20
  %".2114" = add i64 %".2113", 20
  %".2115" = getelementptr i8, ptr %"data.96", i64 %"cursor.37"
  %".2116" = getelementptr i8, ptr %".2115", i64 %".2114"
  %".2117" = icmp ugt ptr %".2116", %"data_end.96"
  br i1 %".2117", label %"copy_last_byte.6", label %"variable_part.6", !prof !0
variable_part.6:
  %"data.98" = phi  ptr [%"data.96", %"cont.54"], [%"data.97", %"cont.55"]
  %"data_end.98" = phi  ptr [%"data_end.96", %"cont.54"], [%"data_end.97", %"cont.55"]
  %"keys.98" = phi  ptr [%"keys.96", %"cont.54"], [%"keys.97", %"cont.55"]
  %"end.6" = add i64 %"cursor.37", %".2114"
  %".2138" = trunc i64 %"cursor.37" to i16
  %".2139" = getelementptr i8, ptr %"keys.98", i64 2
  store i16 %".2138", ptr %".2139", align 2
  br label %"return"
copy_last_byte.6:
  %".2119" = add i64 %"cursor.37", %".2114"
  %".2120" = sub i64 %".2119", 1
  %"ctx.30" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2121" = trunc i64 %".2120" to i32
  %".2122" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.30", i32 %".2121", i64* %"last_byte", i32 1)
  %".2123" = icmp eq i64 %".2122", 0
  %".2124" = getelementptr i8, ptr %"ctx.30", i64 76
  %".2125" = load i32, ptr %".2124", align 4
  %".2126" = zext i32 %".2125" to i64
  %"data.97" = inttoptr i64 %".2126" to ptr
  %".2127" = getelementptr i8, ptr %"ctx.30", i64 80
  %".2128" = load i32, ptr %".2127", align 4
  %".2129" = zext i32 %".2128" to i64
  %"data_end.97" = inttoptr i64 %".2129" to ptr
  %".2130" = getelementptr i8, ptr %"ctx.30", i64 144
  %"keys.97" = load ptr, ptr %".2130", align 8
  %".2131" = xor i1 %".2123", -1
  br i1 %".2131", label %"exit.55", label %"cont.55"
exit.55:
  %".2133" = trunc i64 %"cursor.37" to i16
  %".2134" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".2133", ptr %".2134", align 2
  br label %"return"
cont.55:
  br label %"variable_part.6"
copy.23:
  %"ctx.31" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2146" = trunc i64 %"cursor.38" to i32
  %".2147" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.31", i32 %".2146", [40 x i8]* %"header_copy", i32 8)
  %".2148" = icmp eq i64 %".2147", 0
  %".2149" = getelementptr i8, ptr %"ctx.31", i64 76
  %".2150" = load i32, ptr %".2149", align 4
  %".2151" = zext i32 %".2150" to i64
  %"data.99" = inttoptr i64 %".2151" to ptr
  %".2152" = getelementptr i8, ptr %"ctx.31", i64 80
  %".2153" = load i32, ptr %".2152", align 4
  %".2154" = zext i32 %".2153" to i64
  %"data_end.99" = inttoptr i64 %".2154" to ptr
  %".2155" = getelementptr i8, ptr %"ctx.31", i64 144
  %"keys.99" = load ptr, ptr %".2155", align 8
  %".2156" = xor i1 %".2148", -1
  br i1 %".2156", label %"exit.56", label %"cont.56"
exit.56:
  %".2158" = trunc i64 %"cursor.38" to i16
  %".2159" = getelementptr i8, ptr %"keys.99", i64 2
  store i16 %".2158", ptr %".2159", align 2
  br label %"return"
cont.56:
  br label %"header.23"
exit.57:
  %".2170" = trunc i64 %".2163" to i16
  %".2171" = getelementptr i8, ptr %"keys.100", i64 2
  store i16 %".2170", ptr %".2171", align 2
  br label %"return"
cont.57:
  switch i64 0, label %"unknown.16" [i64 0, label %"to_ethernet.1"]
unknown.16:
  %".2175" = trunc i64 %".2163" to i16
  %".2176" = getelementptr i8, ptr %"keys.100", i64 2
  store i16 %".2175", ptr %".2176", align 2
  br label %"return"
to_ethernet.1:
  %".2179" = getelementptr i8, ptr %"keys.100", i64 2
  %".2180" = trunc i64 %".2163" to i16
  store volatile i16 %".2180", ptr %".2179", align 2
  %".2182" = load volatile i16, ptr %".2179", align 2
  %".2183" = zext i16 %".2182" to i64
  %"cursor.115" = and i64 %".2183", 16383
  br label %"ethernet_d1"
copy.24:
  %"ctx.32" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2193" = trunc i64 %"cursor.39" to i32
  %".2194" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.32", i32 %".2193", [40 x i8]* %"header_copy", i32 8)
  %".2195" = icmp eq i64 %".2194", 0
  %".2196" = getelementptr i8, ptr %"ctx.32", i64 76
  %".2197" = load i32, ptr %".2196", align 4
  %".2198" = zext i32 %".2197" to i64
  %"data.101" = inttoptr i64 %".2198" to ptr
  %".2199" = getelementptr i8, ptr %"ctx.32", i64 80
  %".2200" = load i32, ptr %".2199", align 4
  %".2201" = zext i32 %".2200" to i64
  %"data_end.101" = inttoptr i64 %".2201" to ptr
  %".2202" = getelementptr i8, ptr %"ctx.32", i64 144
  %"keys.101" = load ptr, ptr %".2202", align 8
  %".2203" = xor i1 %".2195", -1
  br i1 %".2203", label %"exit.58", label %"cont.58"
exit.58:
  %".2205" = trunc i64 %"cursor.39" to i16
  %".2206" = getelementptr i8, ptr %"keys.101", i64 2
  store i16 %".2205", ptr %".2206", align 2
  br label %"return"
cont.58:
  %".2209" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2210" = load volatile i8, [40 x i8]* %".2209", align 1
  %".2211" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2212" = load volatile i16, [40 x i8]* %".2211", align 2
  br label %"header.24"
exit.59:
  %".2219" = trunc i64 %"cursor.39" to i16
  %".2220" = getelementptr i8, ptr %"keys.102", i64 2
  store i16 %".2219", ptr %".2220", align 2
  br label %"return"
cont.59:
  %".2223" = add i64 %"cursor.39", 8
  %".2224" = zext i8 %"w0_1.7" to i64
  %".2225" = and i64 %".2224", 63
  %".2226" = mul i64 %".2225", 4
  %".2227" = add i64 %".2226", 8
  %".2228" = getelementptr i8, ptr %"data.102", i64 %"cursor.39"
  %".2229" = getelementptr i8, ptr %".2228", i64 %".2227"
  %".2230" = icmp ugt ptr %".2229", %"data_end.102"
  br i1 %".2230", label %"copy_last_byte.7", label %"variable_part.7", !prof !0
variable_part.7:
  %"data.104" = phi  ptr [%"data.102", %"cont.59"], [%"data.103", %"cont.60"]
  %"data_end.104" = phi  ptr [%"data_end.102", %"cont.59"], [%"data_end.103", %"cont.60"]
  %"keys.104" = phi  ptr [%"keys.102", %"cont.59"], [%"keys.103", %"cont.60"]
  %"end.7" = add i64 %"cursor.39", %".2227"
  %".2251" = getelementptr i8, ptr %"keys.104", i64 8
  store i8 1, ptr %".2251", align 1
  %".2253" = getelementptr i8, ptr %"keys.104", i64 48
  %"flags.21" = load volatile i32, ptr %".2253", align 4
  %".2254" = and i32 %"flags.21", 4
  %".2255" = icmp ne i32 %".2254", 0
  br i1 %".2255", label %"exit.61", label %"cont.61"
copy_last_byte.7:
  %".2232" = add i64 %"cursor.39", %".2227"
  %".2233" = sub i64 %".2232", 1
  %"ctx.33" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2234" = trunc i64 %".2233" to i32
  %".2235" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.33", i32 %".2234", i64* %"last_byte", i32 1)
  %".2236" = icmp eq i64 %".2235", 0
  %".2237" = getelementptr i8, ptr %"ctx.33", i64 76
  %".2238" = load i32, ptr %".2237", align 4
  %".2239" = zext i32 %".2238" to i64
  %"data.103" = inttoptr i64 %".2239" to ptr
  %".2240" = getelementptr i8, ptr %"ctx.33", i64 80
  %".2241" = load i32, ptr %".2240", align 4
  %".2242" = zext i32 %".2241" to i64
  %"data_end.103" = inttoptr i64 %".2242" to ptr
  %".2243" = getelementptr i8, ptr %"ctx.33", i64 144
  %"keys.103" = load ptr, ptr %".2243", align 8
  %".2244" = xor i1 %".2236", -1
  br i1 %".2244", label %"exit.60", label %"cont.60"
exit.60:
  %".2246" = trunc i64 %"cursor.39" to i16
  %".2247" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".2246", ptr %".2247", align 2
  br label %"return"
cont.60:
  br label %"variable_part.7"
exit.61:
  %".2257" = trunc i64 %"end.7" to i16
  %".2258" = getelementptr i8, ptr %"keys.104", i64 2
  store i16 %".2257", ptr %".2258", align 2
  br label %"return"
cont.61:
  %".2261" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.9")
  %".2262" = zext i16 %".2261" to i64
  switch i64 %".2262", label %"unknown.17" [i64 25944, label %"to_ethernet.2" i64 2048, label %"to_ipv4.12" i64 34525, label %"to_ipv6.12"]
unknown.17:
  %".2264" = trunc i64 %"end.7" to i16
  %".2265" = getelementptr i8, ptr %"keys.104", i64 2
  store i16 %".2264", ptr %".2265", align 2
  br label %"return"
to_ethernet.2:
  %".2268" = getelementptr i8, ptr %"keys.104", i64 2
  %".2269" = trunc i64 %"end.7" to i16
  store volatile i16 %".2269", ptr %".2268", align 2
  %".2271" = load volatile i16, ptr %".2268", align 2
  %".2272" = zext i16 %".2271" to i64
  %"cursor.116" = and i64 %".2272", 16383
  br label %"ethernet_d1"
to_ipv4.12:
  %".2274" = getelementptr i8, ptr %"keys.104", i64 2
  %".2275" = trunc i64 %"end.7" to i16
  store volatile i16 %".2275", ptr %".2274", align 2
  %".2277" = load volatile i16, ptr %".2274", align 2
  %".2278" = zext i16 %".2277" to i64
  %"cursor.117" = and i64 %".2278", 16383
  br label %"ipv4_d1"
to_ipv6.12:
  %".2280" = getelementptr i8, ptr %"keys.104", i64 2
  %".2281" = trunc i64 %"end.7" to i16
  store volatile i16 %".2281", ptr %".2280", align 2
  %".2283" = load volatile i16, ptr %".2280", align 2
  %".2284" = zext i16 %".2283" to i64
  %"cursor.118" = and i64 %".2284", 16383
  br label %"ipv6_d1"
copy.25:
  %"ctx.34" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2294" = trunc i64 %"cursor.40" to i32
  %".2295" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.34", i32 %".2294", [40 x i8]* %"header_copy", i32 4)
  %".2296" = icmp eq i64 %".2295", 0
  %".2297" = getelementptr i8, ptr %"ctx.34", i64 76
  %".2298" = load i32, ptr %".2297", align 4
  %".2299" = zext i32 %".2298" to i64
  %"data.105" = inttoptr i64 %".2299" to ptr
  %".2300" = getelementptr i8, ptr %"ctx.34", i64 80
  %".2301" = load i32, ptr %".2300", align 4
  %".2302" = zext i32 %".2301" to i64
  %"data_end.105" = inttoptr i64 %".2302" to ptr
  %".2303" = getelementptr i8, ptr %"ctx.34", i64 144
  %"keys.105" = load ptr, ptr %".2303", align 8
  %".2304" = xor i1 %".2296", -1
  br i1 %".2304", label %"exit.62", label %"cont.62"
exit.62:
  %".2306" = trunc i64 %"cursor.40" to i16
  %".2307" = getelementptr i8, ptr %"keys.105", i64 2
  store i16 %".2306", ptr %".2307", align 2
  br label %"return"
cont.62:
  %".2310" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2311" = load volatile i8, [40 x i8]* %".2310", align 1
  %".2312" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2313" = load volatile i8, [40 x i8]* %".2312", align 1
  br label %"header.25"
exit.63:
  %".2325" = trunc i64 %"cursor.40" to i16
  %".2326" = getelementptr i8, ptr %"keys.106", i64 2
  store i16 %".2325", ptr %".2326", align 2
  br label %"return"
cont.63:
  %".2329" = add i64 %"cursor.40", 4
  %".2330" = zext i8 %"w0_1.8" to i64
  %".2331" = and i64 %".2330", 31
  %".2332" = mul i64 %".2331", 4
  %".2333" = add i64 %".2332", 4
  %".2334" = getelementptr i8, ptr %"data.106", i64 %"cursor.40"
  %".2335" = getelementptr i8, ptr %".2334", i64 %".2333"
  %".2336" = icmp ugt ptr %".2335", %"data_end.106"
  br i1 %".2336", label %"copy_last_byte.8", label %"variable_part.8", !prof !0
variable_part.8:
  %"data.108" = phi  ptr [%"data.106", %"cont.63"], [%"data.107", %"cont.64"]
  %"data_end.108" = phi  ptr [%"data_end.106", %"cont.63"], [%"data_end.107", %"cont.64"]
  %"keys.108" = phi  ptr [%"keys.106", %"cont.63"], [%"keys.107", %"cont.64"]
  %"end.8" = add i64 %"cursor.40", %".2333"
  %".2357" = getelementptr i8, ptr %"keys.108", i64 8
  store i8 1, ptr %".2357", align 1
  %".2359" = getelementptr i8, ptr %"keys.108", i64 48
  %"flags.22" = load volatile i32, ptr %".2359", align 4
  %".2360" = and i32 %"flags.22", 4
  %".2361" = icmp ne i32 %".2360", 0
  br i1 %".2361", label %"exit.65", label %"cont.65"
copy_last_byte.8:
  %".2338" = add i64 %"cursor.40", %".2333"
  %".2339" = sub i64 %".2338", 1
  %"ctx.35" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2340" = trunc i64 %".2339" to i32
  %".2341" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.35", i32 %".2340", i64* %"last_byte", i32 1)
  %".2342" = icmp eq i64 %".2341", 0
  %".2343" = getelementptr i8, ptr %"ctx.35", i64 76
  %".2344" = load i32, ptr %".2343", align 4
  %".2345" = zext i32 %".2344" to i64
  %"data.107" = inttoptr i64 %".2345" to ptr
  %".2346" = getelementptr i8, ptr %"ctx.35", i64 80
  %".2347" = load i32, ptr %".2346", align 4
  %".2348" = zext i32 %".2347" to i64
  %"data_end.107" = inttoptr i64 %".2348" to ptr
  %".2349" = getelementptr i8, ptr %"ctx.35", i64 144
  %"keys.107" = load ptr, ptr %".2349", align 8
  %".2350" = xor i1 %".2342", -1
  br i1 %".2350", label %"exit.64", label %"cont.64"
exit.64:
  %".2352" = trunc i64 %"cursor.40" to i16
  %".2353" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2352", ptr %".2353", align 2
  br label %"return"
cont.64:
  br label %"variable_part.8"
exit.65:
  %".2363" = trunc i64 %"end.8" to i16
  %".2364" = getelementptr i8, ptr %"keys.108", i64 2
  store i16 %".2363", ptr %".2364", align 2
  br label %"return"
cont.65:
  %".2367" = zext i8 %"w1_1.3" to i64
  switch i64 %".2367", label %"unknown.18" [i64 4, label %"to_ipv4.13" i64 41, label %"to_ipv6.13"]
unknown.18:
  %".2369" = trunc i64 %"end.8" to i16
  %".2370" = getelementptr i8, ptr %"keys.108", i64 2
  store i16 %".2369", ptr %".2370", align 2
  br label %"return"
to_ipv4.13:
  %".2373" = getelementptr i8, ptr %"keys.108", i64 2
  %".2374" = trunc i64 %"end.8" to i16
  store volatile i16 %".2374", ptr %".2373", align 2
  %".2376" = load volatile i16, ptr %".2373", align 2
  %".2377" = zext i16 %".2376" to i64
  %"cursor.119" = and i64 %".2377", 16383
  br label %"ipv4_d1"
to_ipv6.13:
  %".2379" = getelementptr i8, ptr %"keys.108", i64 2
  %".2380" = trunc i64 %"end.8" to i16
  store volatile i16 %".2380", ptr %".2379", align 2
  %".2382" = load volatile i16, ptr %".2379", align 2
  %".2383" = zext i16 %".2382" to i64
  %"cursor.120" = and i64 %".2383", 16383
  br label %"ipv6_d1"
copy.26:
  %"ctx.36" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2393" = trunc i64 %"cursor.41" to i32
  %".2394" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.36", i32 %".2393", [40 x i8]* %"header_copy", i32 8)
  %".2395" = icmp eq i64 %".2394", 0
  %".2396" = getelementptr i8, ptr %"ctx.36", i64 76
  %".2397" = load i32, ptr %".2396", align 4
  %".2398" = zext i32 %".2397" to i64
  %"data.109" = inttoptr i64 %".2398" to ptr
  %".2399" = getelementptr i8, ptr %"ctx.36", i64 80
  %".2400" = load i32, ptr %".2399", align 4
  %".2401" = zext i32 %".2400" to i64
  %"data_end.109" = inttoptr i64 %".2401" to ptr
  %".2402" = getelementptr i8, ptr %"ctx.36", i64 144
  %"keys.109" = load ptr, ptr %".2402", align 8
  %".2403" = xor i1 %".2395", -1
  br i1 %".2403", label %"exit.66", label %"cont.66"
exit.66:
  %".2405" = trunc i64 %"cursor.41" to i16
  %".2406" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2405", ptr %".2406", align 2
  br label %"return"
cont.66:
  %".2409" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2410" = load volatile i8, [40 x i8]* %".2409", align 1
  %".2411" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2412" = load volatile i8, [40 x i8]* %".2411", align 1
  br label %"header.26"
exit.67:
  %".2427" = trunc i64 %"cursor.41" to i16
  %".2428" = getelementptr i8, ptr %"keys.110", i64 2
  store i16 %".2427", ptr %".2428", align 2
  br label %"return"
cont.67:
  %".2431" = add i64 %"cursor.41", 8
  %".2432" = getelementptr i8, ptr %"keys.110", i64 8
  store i8 1, ptr %".2432", align 1
  %".2434" = getelementptr i8, ptr %"keys.110", i64 48
  %"flags.23" = load volatile i32, ptr %".2434", align 4
  %".2435" = and i32 %"flags.23", 4
  %".2436" = icmp ne i32 %".2435", 0
  br i1 %".2436", label %"exit.68", label %"cont.68"
exit.68:
  %".2438" = trunc i64 %".2431" to i16
  %".2439" = getelementptr i8, ptr %"keys.110", i64 2
  store i16 %".2438", ptr %".2439", align 2
  br label %"return"
cont.68:
  %".2442" = zext i8 %"w0_1.9" to i64
  %".2443" = lshr i64 %".2442", 2
  %".2444" = and i64 %".2443", 1
  %".2445" = mul i64 %".2444", 4
  %".2446" = zext i8 %"w0_1.9" to i64
  %".2447" = lshr i64 %".2446", 1
  %".2448" = and i64 %".2447", 1
  %".2449" = mul i64 %".2448", 2
  %".2450" = add i64 %".2445", %".2449"
  %".2451" = zext i8 %"w0_1.9" to i64
  %".2452" = and i64 %".2451", 1
  %".2453" = add i64 %".2450", %".2452"
  %".2454" = icmp uge i64 %".2453", 1
  %".2455" = icmp ule i64 %".2453", 3
  %".2456" = and i1 %".2454", %".2455"
  br i1 %".2456", label %"to_gtpu_opt", label %"select"
unknown.19:
  %".2463" = trunc i64 %".2431" to i16
  %".2464" = getelementptr i8, ptr %"keys.110", i64 2
  store i16 %".2463", ptr %".2464", align 2
  br label %"return"
to_ip_version.2:
  %".2467" = getelementptr i8, ptr %"keys.110", i64 2
  %".2468" = trunc i64 %".2431" to i16
  store volatile i16 %".2468", ptr %".2467", align 2
  %".2470" = load volatile i16, ptr %".2467", align 2
  %".2471" = zext i16 %".2470" to i64
  %"cursor.121" = and i64 %".2471", 16383
  br label %"ip_version_d1"
to_gtpu_opt:
  %".2473" = getelementptr i8, ptr %"keys.110", i64 2
  %".2474" = trunc i64 %".2431" to i16
  store volatile i16 %".2474", ptr %".2473", align 2
  %".2476" = load volatile i16, ptr %".2473", align 2
  %".2477" = zext i16 %".2476" to i64
  %"cursor.123" = and i64 %".2477", 16383
  br label %"gtpu_opt_d1"
to_gtpu_seq:
  %".2479" = getelementptr i8, ptr %"keys.110", i64 2
  %".2480" = trunc i64 %".2431" to i16
  store volatile i16 %".2480", ptr %".2479", align 2
  %".2482" = load volatile i16, ptr %".2479", align 2
  %".2483" = zext i16 %".2482" to i64
  %"cursor.125" = and i64 %".2483", 16383
  br label %"gtpu_seq_d1"
select:
  %".2458" = icmp uge i64 %".2453", 4
  %".2459" = icmp ule i64 %".2453", 7
  %".2460" = and i1 %".2458", %".2459"
  br i1 %".2460", label %"to_gtpu_seq", label %"select.1"
select.1:
  switch i64 %".2453", label %"unknown.19" [i64 0, label %"to_ip_version.2"]
gtpu_opt_d1:
  %"cursor.122" = phi  i64 [%"cursor.123", %"to_gtpu_opt"]
  %"data.111" = phi  ptr [%"data.110", %"to_gtpu_opt"]
  %"data_end.111" = phi  ptr [%"data_end.110", %"to_gtpu_opt"]
  %"keys.111" = phi  ptr [%"keys.110", %"to_gtpu_opt"]
  %"hdr.37" = getelementptr i8, ptr %"data.111", i64 %"cursor.122"
  %".3663" = getelementptr i8, ptr %"hdr.37", i64 4
  %".3664" = icmp ugt ptr %".3663", %"data_end.111"
  br i1 %".3664", label %"copy.37", label %"linear.37", !prof !0
linear.37:
  br label %"header.37"
header.37:
  %"data.155" = phi  ptr [%"data.111", %"linear.37"], [%"data.154", %"cont.98"]
  %"data_end.155" = phi  ptr [%"data_end.111", %"linear.37"], [%"data_end.154", %"cont.98"]
  %"keys.155" = phi  ptr [%"keys.111", %"linear.37"], [%"keys.154", %"cont.98"]
  %".3684" = add i64 %"cursor.122", 4
  switch i64 0, label %"unknown.30" [i64 0, label %"to_ip_version.5"]
gtpu_seq_d1:
  %"cursor.124" = phi  i64 [%"cursor.125", %"to_gtpu_seq"]
  %"data.112" = phi  ptr [%"data.110", %"to_gtpu_seq"]
  %"data_end.112" = phi  ptr [%"data_end.110", %"to_gtpu_seq"]
  %"keys.112" = phi  ptr [%"keys.110", %"to_gtpu_seq"]
  %"hdr.38" = getelementptr i8, ptr %"data.112", i64 %"cursor.124"
  %".3696" = getelementptr i8, ptr %"hdr.38", i64 3
  %".3697" = icmp ugt ptr %".3696", %"data_end.112"
  br i1 %".3697", label %"copy.38", label %"linear.38", !prof !0
linear.38:
  br label %"header.38"
header.38:
  %"data.157" = phi  ptr [%"data.112", %"linear.38"], [%"data.156", %"cont.99"]
  %"data_end.157" = phi  ptr [%"data_end.112", %"linear.38"], [%"data_end.156", %"cont.99"]
  %"keys.157" = phi  ptr [%"keys.112", %"linear.38"], [%"keys.156", %"cont.99"]
  %".3717" = add i64 %"cursor.124", 3
  switch i64 0, label %"unknown.31" [i64 0, label %"to_gtpu_next"]
copy.27:
  %"ctx.37" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2491" = trunc i64 %"cursor.42" to i32
  %".2492" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.37", i32 %".2491", [40 x i8]* %"header_copy", i32 8)
  %".2493" = icmp eq i64 %".2492", 0
  %".2494" = getelementptr i8, ptr %"ctx.37", i64 76
  %".2495" = load i32, ptr %".2494", align 4
  %".2496" = zext i32 %".2495" to i64
  %"data.113" = inttoptr i64 %".2496" to ptr
  %".2497" = getelementptr i8, ptr %"ctx.37", i64 80
  %".2498" = load i32, ptr %".2497", align 4
  %".2499" = zext i32 %".2498" to i64
  %"data_end.113" = inttoptr i64 %".2499" to ptr
  %".2500" = getelementptr i8, ptr %"ctx.37", i64 144
  %"keys.113" = load ptr, ptr %".2500", align 8
  %".2501" = xor i1 %".2493", -1
  br i1 %".2501", label %"exit.69", label %"cont.69"
exit.69:
  %".2503" = trunc i64 %"cursor.42" to i16
  %".2504" = getelementptr i8, ptr %"keys.113", i64 2
  store i16 %".2503", ptr %".2504", align 2
  br label %"return"
cont.69:
  %".2507" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2508" = load volatile i16, [40 x i8]* %".2507", align 2
  br label %"header.27"
exit.70:
  %".2517" = trunc i64 %".2510" to i16
  %".2518" = getelementptr i8, ptr %"keys.114", i64 2
  store i16 %".2517", ptr %".2518", align 2
  br label %"return"
cont.70:
  %".2521" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.10")
  %".2522" = zext i16 %".2521" to i64
  switch i64 %".2522", label %"unknown.20" [i64 2048, label %"to_ipv4.14"]
unknown.20:
  %".2524" = trunc i64 %".2510" to i16
  %".2525" = getelementptr i8, ptr %"keys.114", i64 2
  store i16 %".2524", ptr %".2525", align 2
  br label %"return"
to_ipv4.14:
  %".2528" = getelementptr i8, ptr %"keys.114", i64 2
  %".2529" = trunc i64 %".2510" to i16
  store volatile i16 %".2529", ptr %".2528", align 2
  %".2531" = load volatile i16, ptr %".2528", align 2
  %".2532" = zext i16 %".2531" to i64
  %"cursor.126" = and i64 %".2532", 16383
  br label %"ipv4_d1"
copy.28:
  %"ctx.38" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2540" = trunc i64 %"cursor.45" to i32
  %".2541" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.38", i32 %".2540", [40 x i8]* %"header_copy", i32 14)
  %".2542" = icmp eq i64 %".2541", 0
  %".2543" = getelementptr i8, ptr %"ctx.38", i64 76
  %".2544" = load i32, ptr %".2543", align 4
  %".2545" = zext i32 %".2544" to i64
  %"data.115" = inttoptr i64 %".2545" to ptr
  %".2546" = getelementptr i8, ptr %"ctx.38", i64 80
  %".2547" = load i32, ptr %".2546", align 4
  %".2548" = zext i32 %".2547" to i64
  %"data_end.115" = inttoptr i64 %".2548" to ptr
  %".2549" = getelementptr i8, ptr %"ctx.38", i64 144
  %"keys.115" = load ptr, ptr %".2549", align 8
  %".2550" = xor i1 %".2542", -1
  br i1 %".2550", label %"exit.71", label %"cont.71"
exit.71:
  %".2552" = trunc i64 %"cursor.45" to i16
  %".2553" = getelementptr i8, ptr %"keys.115", i64 2
  store i16 %".2552", ptr %".2553", align 2
  br label %"return"
cont.71:
  %".2556" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".2557" = load volatile i16, [40 x i8]* %".2556", align 2
  br label %"header.28"
unknown.21:
  %".2569" = trunc i64 %".2565" to i16
  %".2570" = getelementptr i8, ptr %"keys.116", i64 2
  store i16 %".2569", ptr %".2570", align 2
  br label %"return"
to_ipv4.15:
  %".2573" = getelementptr i8, ptr %"keys.116", i64 2
  %".2574" = trunc i64 %".2565" to i16
  store volatile i16 %".2574", ptr %".2573", align 2
  %".2576" = load volatile i16, ptr %".2573", align 2
  %".2577" = zext i16 %".2576" to i64
  %"cursor.127" = and i64 %".2577", 16383
  br label %"ipv4_d1"
to_ipv6.14:
  %".2579" = getelementptr i8, ptr %"keys.116", i64 2
  %".2580" = trunc i64 %".2565" to i16
  store volatile i16 %".2580", ptr %".2579", align 2
  %".2582" = load volatile i16, ptr %".2579", align 2
  %".2583" = zext i16 %".2582" to i64
  %"cursor.128" = and i64 %".2583", 16383
  br label %"ipv6_d1"
to_vlan.6:
  %".2585" = getelementptr i8, ptr %"keys.116", i64 2
  %".2586" = trunc i64 %".2565" to i16
  store volatile i16 %".2586", ptr %".2585", align 2
  %".2588" = load volatile i16, ptr %".2585", align 2
  %".2589" = zext i16 %".2588" to i64
  %"cursor.130" = and i64 %".2589", 16383
  br label %"vlan_d1_vlan_tags1"
to_vlan.7:
  %".2591" = getelementptr i8, ptr %"keys.116", i64 2
  %".2592" = trunc i64 %".2565" to i16
  store volatile i16 %".2592", ptr %".2591", align 2
  %".2594" = load volatile i16, ptr %".2591", align 2
  %".2595" = zext i16 %".2594" to i64
  %"cursor.131" = and i64 %".2595", 16383
  br label %"vlan_d1_vlan_tags1"
to_mpls.18:
  %".2597" = getelementptr i8, ptr %"keys.116", i64 2
  %".2598" = trunc i64 %".2565" to i16
  store volatile i16 %".2598", ptr %".2597", align 2
  %".2600" = load volatile i16, ptr %".2597", align 2
  %".2601" = zext i16 %".2600" to i64
  %"cursor.132" = and i64 %".2601", 16383
  br label %"mpls_d1_mpls_labels1"
to_mpls.19:
  %".2603" = getelementptr i8, ptr %"keys.116", i64 2
  %".2604" = trunc i64 %".2565" to i16
  store volatile i16 %".2604", ptr %".2603", align 2
  %".2606" = load volatile i16, ptr %".2603", align 2
  %".2607" = zext i16 %".2606" to i64
  %"cursor.133" = and i64 %".2607", 16383
  br label %"mpls_d1_mpls_labels1"
to_pppoe.3:
  %".2609" = getelementptr i8, ptr %"keys.116", i64 2
  %".2610" = trunc i64 %".2565" to i16
  store volatile i16 %".2610", ptr %".2609", align 2
  %".2612" = load volatile i16, ptr %".2609", align 2
  %".2613" = zext i16 %".2612" to i64
  %"cursor.135" = and i64 %".2613", 16383
  br label %"pppoe_d1"
vlan_d1_vlan_tags1:
  %"cursor.129" = phi  i64 [%"cursor.130", %"to_vlan.6"], [%"cursor.131", %"to_vlan.7"]
  %"data.117" = phi  ptr [%"data.116", %"to_vlan.6"], [%"data.116", %"to_vlan.7"]
  %"data_end.117" = phi  ptr [%"data_end.116", %"to_vlan.6"], [%"data_end.116", %"to_vlan.7"]
  %"keys.117" = phi  ptr [%"keys.116", %"to_vlan.6"], [%"keys.116", %"to_vlan.7"]
  %"hdr.39" = getelementptr i8, ptr %"data.117", i64 %"cursor.129"
  %".3729" = getelementptr i8, ptr %"hdr.39", i64 4
  %".3730" = icmp ugt ptr %".3729", %"data_end.117"
  br i1 %".3730", label %"copy.39", label %"linear.39", !prof !0
linear.39:
  %".3732" = getelementptr i8, ptr %"hdr.39", i64 2
  %".3733" = load i16, ptr %".3732", align 2
  br label %"header.39"
header.39:
  %"w2_2.15" = phi  i16 [%".3733", %"linear.39"], [%".3752", %"cont.100"]
  %"data.160" = phi  ptr [%"data.117", %"linear.39"], [%"data.159", %"cont.100"]
  %"data_end.160" = phi  ptr [%"data_end.117", %"linear.39"], [%"data_end.159", %"cont.100"]
  %"keys.160" = phi  ptr [%"keys.117", %"linear.39"], [%"keys.159", %"cont.100"]
  %".3754" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.15")
  %".3755" = zext i16 %".3754" to i64
  %".3756" = trunc i64 %".3755" to i16
  %".3757" = call i16 @"llvm.bswap.i16"(i16 %".3756")
  %".3758" = getelementptr i8, ptr %"keys.160", i64 10
  store i16 %".3757", ptr %".3758", align 2
  %".3760" = add i64 %"cursor.129", 4
  %".3761" = trunc i64 %".3760" to i16
  %".3762" = getelementptr i8, ptr %"keys.160", i64 0
  store i16 %".3761", ptr %".3762", align 2
  %".3764" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.15")
  %".3765" = zext i16 %".3764" to i64
  switch i64 %".3765", label %"unknown.32" [i64 2048, label %"to_ipv4.21" i64 34525, label %"to_ipv6.20" i64 33024, label %"to_vlan.8" i64 34984, label %"to_vlan.9" i64 34887, label %"to_mpls.28" i64 34888, label %"to_mpls.29" i64 34916, label %"to_pppoe.4"]
pppoe_d1:
  %"cursor.134" = phi  i64 [%"cursor.135", %"to_pppoe.3"], [%"cursor.220", %"to_pppoe.4"], [%"cursor.289", %"to_pppoe.5"]
  %"data.118" = phi  ptr [%"data.116", %"to_pppoe.3"], [%"data.160", %"to_pppoe.4"], [%"data.201", %"to_pppoe.5"]
  %"data_end.118" = phi  ptr [%"data_end.116", %"to_pppoe.3"], [%"data_end.160", %"to_pppoe.4"], [%"data_end.201", %"to_pppoe.5"]
  %"keys.118" = phi  ptr [%"keys.116", %"to_pppoe.3"], [%"keys.160", %"to_pppoe.4"], [%"keys.201", %"to_pppoe.5"]
  %"hdr.40" = getelementptr i8, ptr %"data.118", i64 %"cursor.134"
  %".3813" = getelementptr i8, ptr %"hdr.40", i64 8
  %".3814" = icmp ugt ptr %".3813", %"data_end.118"
  br i1 %".3814", label %"copy.40", label %"linear.40", !prof !0
linear.40:
  %".3816" = getelementptr i8, ptr %"hdr.40", i64 0
  %".3817" = load i8, ptr %".3816", align 1
  %".3818" = getelementptr i8, ptr %"hdr.40", i64 1
  %".3819" = load i8, ptr %".3818", align 1
  %".3820" = getelementptr i8, ptr %"hdr.40", i64 6
  %".3821" = load i16, ptr %".3820", align 2
  br label %"header.40"
header.40:
  %"w0_1.15" = phi  i8 [%".3817", %"linear.40"], [%".3840", %"cont.101"]
  %"w1_1.8" = phi  i8 [%".3819", %"linear.40"], [%".3842", %"cont.101"]
  %"w6_2.3" = phi  i16 [%".3821", %"linear.40"], [%".3844", %"cont.101"]
  %"data.163" = phi  ptr [%"data.118", %"linear.40"], [%"data.162", %"cont.101"]
  %"data_end.163" = phi  ptr [%"data_end.118", %"linear.40"], [%"data_end.162", %"cont.101"]
  %"keys.163" = phi  ptr [%"keys.118", %"linear.40"], [%"keys.162", %"cont.101"]
  %".3846" = zext i8 %"w0_1.15" to i64
  %".3847" = lshr i64 %".3846", 4
  %".3848" = and i64 %".3847", 15
  %".3849" = icmp eq i64 %".3848", 1
  %".3850" = zext i8 %"w0_1.15" to i64
  %".3851" = and i64 %".3850", 15
  %".3852" = icmp eq i64 %".3851", 1
  %".3853" = and i1 %".3849", %".3852"
  %".3854" = zext i8 %"w1_1.8" to i64
  %".3855" = icmp eq i64 %".3854", 0
  %".3856" = and i1 %".3853", %".3855"
  %".3857" = xor i1 %".3856", -1
  br i1 %".3857", label %"exit.102", label %"cont.102"
copy.29:
  %"ctx.39" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2621" = trunc i64 %"cursor.47" to i32
  %".2622" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.39", i32 %".2621", [40 x i8]* %"header_copy", i32 4)
  %".2623" = icmp eq i64 %".2622", 0
  %".2624" = getelementptr i8, ptr %"ctx.39", i64 76
  %".2625" = load i32, ptr %".2624", align 4
  %".2626" = zext i32 %".2625" to i64
  %"data.119" = inttoptr i64 %".2626" to ptr
  %".2627" = getelementptr i8, ptr %"ctx.39", i64 80
  %".2628" = load i32, ptr %".2627", align 4
  %".2629" = zext i32 %".2628" to i64
  %"data_end.119" = inttoptr i64 %".2629" to ptr
  %".2630" = getelementptr i8, ptr %"ctx.39", i64 144
  %"keys.119" = load ptr, ptr %".2630", align 8
  %".2631" = xor i1 %".2623", -1
  br i1 %".2631", label %"exit.72", label %"cont.72"
exit.72:
  %".2633" = trunc i64 %"cursor.47" to i16
  %".2634" = getelementptr i8, ptr %"keys.119", i64 2
  store i16 %".2633", ptr %".2634", align 2
  br label %"return"
cont.72:
  %".2637" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2638" = load volatile i8, [40 x i8]* %".2637", align 1
  br label %"header.29"
unknown.22:
  %".2644" = trunc i64 %".2640" to i16
  %".2645" = getelementptr i8, ptr %"keys.120", i64 2
  store i16 %".2644", ptr %".2645", align 2
  br label %"return"
to_mpls.20:
  %".2648" = getelementptr i8, ptr %"keys.120", i64 2
  %".2649" = trunc i64 %".2640" to i16
  store volatile i16 %".2649", ptr %".2648", align 2
  %".2651" = load volatile i16, ptr %".2648", align 2
  %".2652" = zext i16 %".2651" to i64
  %"cursor.137" = and i64 %".2652", 16383
  br label %"mpls_d1_mpls_labels2"
to_ip_version.3:
  %".2654" = getelementptr i8, ptr %"keys.120", i64 8
  store i8 1, ptr %".2654", align 1
  %".2656" = getelementptr i8, ptr %"keys.120", i64 48
  %"flags.25" = load volatile i32, ptr %".2656", align 4
  %".2657" = and i32 %"flags.25", 4
  %".2658" = icmp ne i32 %".2657", 0
  br i1 %".2658", label %"exit.73", label %"cont.73"
mpls_d1_mpls_labels2:
  %"cursor.136" = phi  i64 [%"cursor.137", %"to_mpls.20"]
  %"data.121" = phi  ptr [%"data.120", %"to_mpls.20"]
  %"data_end.121" = phi  ptr [%"data_end.120", %"to_mpls.20"]
  %"keys.121" = phi  ptr [%"keys.120", %"to_mpls.20"]
  %"hdr.41" = getelementptr i8, ptr %"data.121", i64 %"cursor.136"
  %".3906" = getelementptr i8, ptr %"hdr.41", i64 4
  %".3907" = icmp ugt ptr %".3906", %"data_end.121"
  br i1 %".3907", label %"copy.41", label %"linear.41", !prof !0
linear.41:
  %".3909" = getelementptr i8, ptr %"hdr.41", i64 2
  %".3910" = load i8, ptr %".3909", align 1
  br label %"header.41"
header.41:
  %"w2_1.4" = phi  i8 [%".3910", %"linear.41"], [%".3929", %"cont.103"]
  %"data.165" = phi  ptr [%"data.121", %"linear.41"], [%"data.164", %"cont.103"]
  %"data_end.165" = phi  ptr [%"data_end.121", %"linear.41"], [%"data_end.164", %"cont.103"]
  %"keys.165" = phi  ptr [%"keys.121", %"linear.41"], [%"keys.164", %"cont.103"]
  %".3931" = add i64 %"cursor.136", 4
  %".3932" = zext i8 %"w2_1.4" to i64
  %".3933" = and i64 %".3932", 1
  switch i64 %".3933", label %"unknown.34" [i64 0, label %"to_mpls.32" i64 1, label %"to_ip_version.6"]
exit.73:
  %".2660" = trunc i64 %".2640" to i16
  %".2661" = getelementptr i8, ptr %"keys.120", i64 2
  store i16 %".2660", ptr %".2661", align 2
  br label %"return"
cont.73:
  %".2664" = trunc i64 %".2640" to i16
  %".2665" = getelementptr i8, ptr %"keys.120", i64 2
  store i16 %".2664", ptr %".2665", align 2
  br label %"return"
copy.30:
  %"ctx.40" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2676" = trunc i64 %"cursor.51" to i32
  %".2677" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.40", i32 %".2676", [40 x i8]* %"header_copy", i32 4)
  %".2678" = icmp eq i64 %".2677", 0
  %".2679" = getelementptr i8, ptr %"ctx.40", i64 76
  %".2680" = load i32, ptr %".2679", align 4
  %".2681" = zext i32 %".2680" to i64
  %"data.122" = inttoptr i64 %".2681" to ptr
  %".2682" = getelementptr i8, ptr %"ctx.40", i64 80
  %".2683" = load i32, ptr %".2682", align 4
  %".2684" = zext i32 %".2683" to i64
  %"data_end.122" = inttoptr i64 %".2684" to ptr
  %".2685" = getelementptr i8, ptr %"ctx.40", i64 144
  %"keys.122" = load ptr, ptr %".2685", align 8
  %".2686" = xor i1 %".2678", -1
  br i1 %".2686", label %"exit.74", label %"cont.74"
exit.74:
  %".2688" = trunc i64 %"cursor.51" to i16
  %".2689" = getelementptr i8, ptr %"keys.122", i64 2
  store i16 %".2688", ptr %".2689", align 2
  br label %"return"
cont.74:
  %".2692" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2693" = load volatile i16, [40 x i8]* %".2692", align 2
  %".2694" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2695" = load volatile i16, [40 x i8]* %".2694", align 2
  br label %"header.30"
copy_last_byte.9:
  %".2715" = add i64 %"cursor.51", %".2710"
  %".2716" = sub i64 %".2715", 1
  %"ctx.41" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2717" = trunc i64 %".2716" to i32
  %".2718" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.41", i32 %".2717", i64* %"last_byte", i32 1)
  %".2719" = icmp eq i64 %".2718", 0
  %".2720" = getelementptr i8, ptr %"ctx.41", i64 76
  %".2721" = load i32, ptr %".2720", align 4
  %".2722" = zext i32 %".2721" to i64
  %"data.124" = inttoptr i64 %".2722" to ptr
  %".2723" = getelementptr i8, ptr %"ctx.41", i64 80
  %".2724" = load i32, ptr %".2723", align 4
  %".2725" = zext i32 %".2724" to i64
  %"data_end.124" = inttoptr i64 %".2725" to ptr
  %".2726" = getelementptr i8, ptr %"ctx.41", i64 144
  %"keys.124" = load ptr, ptr %".2726", align 8
  %".2727" = xor i1 %".2719", -1
  br i1 %".2727", label %"exit.75", label %"cont.75"
exit.75:
  %".2729" = trunc i64 %"cursor.51" to i16
  %".2730" = getelementptr i8, ptr %"keys.124", i64 2
  store i16 %".2729", ptr %".2730", align 2
  br label %"return"
cont.75:
  br label %"variable_part.9"
unknown.23:
  %".2737" = trunc i64 %"cursor.51" to i16
  %".2738" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2737", ptr %".2738", align 2
  br label %"return"
to_vxlan.1:
  %".2741" = getelementptr i8, ptr %"keys.125", i64 2
  %".2742" = trunc i64 %"end.9" to i16
  store volatile i16 %".2742", ptr %".2741", align 2
  %".2744" = load volatile i16, ptr %".2741", align 2
  %".2745" = zext i16 %".2744" to i64
  %"cursor.139" = and i64 %".2745", 16383
  br label %"vxlan_d1"
to_geneve.1:
  %".2747" = getelementptr i8, ptr %"keys.125", i64 2
  %".2748" = trunc i64 %"end.9" to i16
  store volatile i16 %".2748", ptr %".2747", align 2
  %".2750" = load volatile i16, ptr %".2747", align 2
  %".2751" = zext i16 %".2750" to i64
  %"cursor.141" = and i64 %".2751", 16383
  br label %"geneve_d1"
to_gue.1:
  %".2753" = getelementptr i8, ptr %"keys.125", i64 2
  %".2754" = trunc i64 %"end.9" to i16
  store volatile i16 %".2754", ptr %".2753", align 2
  %".2756" = load volatile i16, ptr %".2753", align 2
  %".2757" = zext i16 %".2756" to i64
  %"cursor.143" = and i64 %".2757", 16383
  br label %"gue_d1"
to_gtpu.1:
  %".2759" = getelementptr i8, ptr %"keys.125", i64 2
  %".2760" = trunc i64 %"end.9" to i16
  store volatile i16 %".2760", ptr %".2759", align 2
  %".2762" = load volatile i16, ptr %".2759", align 2
  %".2763" = zext i16 %".2762" to i64
  %"cursor.145" = and i64 %".2763", 16383
  br label %"gtpu_d1"
to_shim.1:
  %".2765" = getelementptr i8, ptr %"keys.125", i64 2
  %".2766" = trunc i64 %"end.9" to i16
  store volatile i16 %".2766", ptr %".2765", align 2
  %".2768" = load volatile i16, ptr %".2765", align 2
  %".2769" = zext i16 %".2768" to i64
  %"cursor.147" = and i64 %".2769", 16383
  br label %"shim_d1"
vxlan_d1:
  %"cursor.138" = phi  i64 [%"cursor.139", %"to_vxlan.1"]
  %"data.126" = phi  ptr [%"data.125", %"to_vxlan.1"]
  %"data_end.126" = phi  ptr [%"data_end.125", %"to_vxlan.1"]
  %"keys.126" = phi  ptr [%"keys.125", %"to_vxlan.1"]
  %"hdr.42" = getelementptr i8, ptr %"data.126", i64 %"cursor.138"
  %".3959" = getelementptr i8, ptr %"hdr.42", i64 8
  %".3960" = icmp ugt ptr %".3959", %"data_end.126"
  br i1 %".3960", label %"copy.42", label %"linear.42", !prof !0
linear.42:
  br label %"header.42"
header.42:
  %"data.168" = phi  ptr [%"data.126", %"linear.42"], [%"data.167", %"cont.105"]
  %"data_end.168" = phi  ptr [%"data_end.126", %"linear.42"], [%"data_end.167", %"cont.105"]
  %"keys.168" = phi  ptr [%"keys.126", %"linear.42"], [%"keys.167", %"cont.105"]
  %".3980" = add i64 %"cursor.138", 8
  %".3981" = getelementptr i8, ptr %"keys.168", i64 8
  store i8 1, ptr %".3981", align 1
  %".3983" = getelementptr i8, ptr %"keys.168", i64 48
  %"flags.39" = load volatile i32, ptr %".3983", align 4
  %".3984" = and i32 %"flags.39", 4
  %".3985" = icmp ne i32 %".3984", 0
  br i1 %".3985", label %"exit.106", label %"cont.106"
geneve_d1:
  %"cursor.140" = phi  i64 [%"cursor.141", %"to_geneve.1"]
  %"data.127" = phi  ptr [%"data.125", %"to_geneve.1"]
  %"data_end.127" = phi  ptr [%"data_end.125", %"to_geneve.1"]
  %"keys.127" = phi  ptr [%"keys.125", %"to_geneve.1"]
  %"hdr.43" = getelementptr i8, ptr %"data.127", i64 %"cursor.140"
  %".4000" = getelementptr i8, ptr %"hdr.43", i64 8
  %".4001" = icmp ugt ptr %".4000", %"data_end.127"
  br i1 %".4001", label %"copy.43", label %"linear.43", !prof !0
linear.43:
  %".4003" = getelementptr i8, ptr %"hdr.43", i64 0
  %".4004" = load i8, ptr %".4003", align 1
  %".4005" = getelementptr i8, ptr %"hdr.43", i64 2
  %".4006" = load i16, ptr %".4005", align 2
  br label %"header.43"
header.43:
  %"w0_1.16" = phi  i8 [%".4004", %"linear.43"], [%".4025", %"cont.107"]
  %"w2_2.16" = phi  i16 [%".4006", %"linear.43"], [%".4027", %"cont.107"]
  %"data.170" = phi  ptr [%"data.127", %"linear.43"], [%"data.169", %"cont.107"]
  %"data_end.170" = phi  ptr [%"data_end.127", %"linear.43"], [%"data_end.169", %"cont.107"]
  %"keys.170" = phi  ptr [%"keys.127", %"linear.43"], [%"keys.169", %"cont.107"]
  %".4029" = zext i8 %"w0_1.16" to i64
  %".4030" = lshr i64 %".4029", 6
  %".4031" = and i64 %".4030", 3
  %".4032" = icmp ne i64 %".4031", 0
  br i1 %".4032", label %"exit.108", label %"cont.108"
gue_d1:
  %"cursor.142" = phi  i64 [%"cursor.143", %"to_gue.1"]
  %"data.128" = phi  ptr [%"data.125", %"to_gue.1"]
  %"data_end.128" = phi  ptr [%"data_end.125", %"to_gue.1"]
  %"keys.128" = phi  ptr [%"keys.125", %"to_gue.1"]
  %"hdr.44" = getelementptr i8, ptr %"data.128", i64 %"cursor.142"
  %".4095" = getelementptr i8, ptr %"hdr.44", i64 4
  %".4096" = icmp ugt ptr %".4095", %"data_end.128"
  br i1 %".4096", label %"copy.44", label %"linear.44", !prof !0
linear.44:
  %".4098" = getelementptr i8, ptr %"hdr.44", i64 0
  %".4099" = load i8, ptr %".4098", align 1
  %".4100" = getelementptr i8, ptr %"hdr.44", i64 1
  %".4101" = load i8, ptr %".4100", align 1
  br label %"header.44"
header.44:
  %"w0_1.17" = phi  i8 [%".4099", %"linear.44"], [%".4120", %"cont.111"]
  %"w1_1.9" = phi  i8 [%".4101", %"linear.44"], [%".4122", %"cont.111"]
  %"data.174" = phi  ptr [%"data.128", %"linear.44"], [%"data.173", %"cont.111"]
  %"data_end.174" = phi  ptr [%"data_end.128", %"linear.44"], [%"data_end.173", %"cont.111"]
  %"keys.174" = phi  ptr [%"keys.128", %"linear.44"], [%"keys.173", %"cont.111"]
  %".4124" = zext i8 %"w0_1.17" to i64
  %".4125" = lshr i64 %".4124", 6
  %".4126" = and i64 %".4125", 3
  %".4127" = icmp ne i64 %".4126", 0
  %".4128" = zext i8 %"w0_1.17" to i64
  %".4129" = lshr i64 %".4128", 5
  %".4130" = and i64 %".4129", 1
  %".4131" = icmp ne i64 %".4130", 0
  %".4132" = or i1 %".4127", %".4131"
  br i1 %".4132", label %"exit.112", label %"cont.112"
gtpu_d1:
  %"cursor.144" = phi  i64 [%"cursor.145", %"to_gtpu.1"]
  %"data.129" = phi  ptr [%"data.125", %"to_gtpu.1"]
  %"data_end.129" = phi  ptr [%"data_end.125", %"to_gtpu.1"]
  %"keys.129" = phi  ptr [%"keys.125", %"to_gtpu.1"]
  %"hdr.45" = getelementptr i8, ptr %"data.129", i64 %"cursor.144"
  %".4190" = getelementptr i8, ptr %"hdr.45", i64 8
  %".4191" = icmp ugt ptr %".4190", %"data_end.129"
  br i1 %".4191", label %"copy.45", label %"linear.45", !prof !0
linear.45:
  %".4193" = getelementptr i8, ptr %"hdr.45", i64 0
  %".4194" = load i8, ptr %".4193", align 1
  %".4195" = getelementptr i8, ptr %"hdr.45", i64 1
  %".4196" = load i8, ptr %".4195", align 1
  br label %"header.45"
header.45:
  %"w0_1.18" = phi  i8 [%".4194", %"linear.45"], [%".4215", %"cont.115"]
  %"w1_1.10" = phi  i8 [%".4196", %"linear.45"], [%".4217", %"cont.115"]
  %"data.178" = phi  ptr [%"data.129", %"linear.45"], [%"data.177", %"cont.115"]
  %"data_end.178" = phi  ptr [%"data_end.129", %"linear.45"], [%"data_end.177", %"cont.115"]
  %"keys.178" = phi  ptr [%"keys.129", %"linear.45"], [%"keys.177", %"cont.115"]
  %".4219" = zext i8 %"w0_1.18" to i64
  %".4220" = lshr i64 %".4219", 5
  %".4221" = and i64 %".4220", 7
  %".4222" = icmp ne i64 %".4221", 1
  %".4223" = zext i8 %"w0_1.18" to i64
  %".4224" = lshr i64 %".4223", 4
  %".4225" = and i64 %".4224", 1
  %".4226" = icmp ne i64 %".4225", 1
  %".4227" = or i1 %".4222", %".4226"
  %".4228" = zext i8 %"w1_1.10" to i64
  %".4229" = icmp ne i64 %".4228", 255
  %".4230" = or i1 %".4227", %".4229"
  br i1 %".4230", label %"exit.116", label %"cont.116"
shim_d1:
  %"cursor.146" = phi  i64 [%"cursor.147", %"to_shim.1"]
  %"data.130" = phi  ptr [%"data.125", %"to_shim.1"]
  %"data_end.130" = phi  ptr [%"data_end.125", %"to_shim.1"]
  %"keys.130" = phi  ptr [%"keys.125", %"to_shim.1"]
  %"hdr.46" = getelementptr i8, ptr %"data.130", i64 %"cursor.146"
  %".4284" = getelementptr i8, ptr %"hdr.46", i64 8
  %".4285" = icmp ugt ptr %".4284", %"data_end.130"
  br i1 %".4285", label %"copy.46", label %"linear.46", !prof !0
linear.46:
  %".4287" = getelementptr i8, ptr %"hdr.46", i64 2
  %".4288" = load i16, ptr %".4287", align 2
  br label %"header.46"
header.46:
  %"w2_2.17" = phi  i16 [%".4288", %"linear.46"], [%".4307", %"cont.118"]
  %"data.180" = phi  ptr [%"data.130", %"linear.46"], [%"data.179", %"cont.118"]
  %"data_end.180" = phi  ptr [%"data_end.130", %"linear.46"], [%"data_end.179", %"cont.118"]
  %"keys.180" = phi  ptr [%"keys.130", %"linear.46"], [%"keys.179", %"cont.118"]
  %".4309" = add i64 %"cursor.146", 8
  %".4310" = getelementptr i8, ptr %"keys.180", i64 8
  store i8 1, ptr %".4310", align 1
  %".4312" = getelementptr i8, ptr %"keys.180", i64 48
  %"flags.43" = load volatile i32, ptr %".4312", align 4
  %".4313" = and i32 %"flags.43", 4
  %".4314" = icmp ne i32 %".4313", 0
  br i1 %".4314", label %"exit.119", label %"cont.119"
copy.31:
  %"ctx.42" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2781" = trunc i64 %"cursor.54" to i32
  %".2782" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.42", i32 %".2781", [40 x i8]* %"header_copy", i32 4)
  %".2783" = icmp eq i64 %".2782", 0
  %".2784" = getelementptr i8, ptr %"ctx.42", i64 76
  %".2785" = load i32, ptr %".2784", align 4
  %".2786" = zext i32 %".2785" to i64
  %"data.131" = inttoptr i64 %".2786" to ptr
  %".2787" = getelementptr i8, ptr %"ctx.42", i64 80
  %".2788" = load i32, ptr %".2787", align 4
  %".2789" = zext i32 %".2788" to i64
  %"data_end.131" = inttoptr i64 %".2789" to ptr
  %".2790" = getelementptr i8, ptr %"ctx.42", i64 144
  %"keys.131" = load ptr, ptr %".2790", align 8
  %".2791" = xor i1 %".2783", -1
  br i1 %".2791", label %"exit.76", label %"cont.76"
exit.76:
  %".2793" = trunc i64 %"cursor.54" to i16
  %".2794" = getelementptr i8, ptr %"keys.131", i64 2
  store i16 %".2793", ptr %".2794", align 2
  br label %"return"
cont.76:
  %".2797" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2798" = load volatile i8, [40 x i8]* %".2797", align 1
  %".2799" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2800" = load volatile i8, [40 x i8]* %".2799", align 1
  %".2801" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2802" = load volatile i16, [40 x i8]* %".2801", align 2
  br label %"header.31"
exit.77:
  %".2813" = trunc i64 %"cursor.54" to i16
  %".2814" = getelementptr i8, ptr %"keys.132", i64 2
  store i16 %".2813", ptr %".2814", align 2
  br label %"return"
cont.77:
  %".2817" = add i64 %"cursor.54", 4
  %".2818" = zext i8 %"w0_1.10" to i64
  %".2819" = lshr i64 %".2818", 7
  %".2820" = and i64 %".2819", 1
  %".2821" = zext i8 %"w0_1.10" to i64
  %".2822" = lshr i64 %".2821", 5
  %".2823" = and i64 %".2822", 1
  %".2824" = add i64 %".2820", %".2823"
  %".2825" = zext i8 %"w0_1.10" to i64
  %".2826" = lshr i64 %".2825", 4
  %".2827" = and i64 %".2826", 1
  %".2828" = add i64 %".2824", %".2827"
  %".2829" = mul i64 %".2828", 4
  %".2830" = add i64 %".2829", 4
  %".2831" = getelementptr i8, ptr %"data.132", i64 %"cursor.54"
  %".2832" = getelementptr i8, ptr %".2831", i64 %".2830"
  %".2833" = icmp ugt ptr %".2832", %"data_end.132"
  br i1 %".2833", label %"copy_last_byte.10", label %"variable_part.10", !prof !0
variable_part.10:
  %"data.134" = phi  ptr [%"data.132", %"cont.77"], [%"data.133", %"cont.78"]
  %"data_end.134" = phi  ptr [%"data_end.132", %"cont.77"], [%"data_end.133", %"cont.78"]
  %"keys.134" = phi  ptr [%"keys.132", %"cont.77"], [%"keys.133", %"cont.78"]
  %"end.10" = add i64 %"cursor.54", %".2830"
  %".2854" = getelementptr i8, ptr %"keys.134", i64 8
  store i8 1, ptr %".2854", align 1
  %".2856" = getelementptr i8, ptr %"keys.134", i64 48
  %"flags.26" = load volatile i32, ptr %".2856", align 4
  %".2857" = and i32 %"flags.26", 4
  %".2858" = icmp ne i32 %".2857", 0
  br i1 %".2858", label %"exit.79", label %"cont.79"
copy_last_byte.10:
  %".2835" = add i64 %"cursor.54", %".2830"
  %".2836" = sub i64 %".2835", 1
  %"ctx.43" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2837" = trunc i64 %".2836" to i32
  %".2838" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.43", i32 %".2837", i64* %"last_byte", i32 1)
  %".2839" = icmp eq i64 %".2838", 0
  %".2840" = getelementptr i8, ptr %"ctx.43", i64 76
  %".2841" = load i32, ptr %".2840", align 4
  %".2842" = zext i32 %".2841" to i64
  %"data.133" = inttoptr i64 %".2842" to ptr
  %".2843" = getelementptr i8, ptr %"ctx.43", i64 80
  %".2844" = load i32, ptr %".2843", align 4
  %".2845" = zext i32 %".2844" to i64
  %"data_end.133" = inttoptr i64 %".2845" to ptr
  %".2846" = getelementptr i8, ptr %"ctx.43", i64 144
  %"keys.133" = load ptr, ptr %".2846", align 8
  %".2847" = xor i1 %".2839", -1
  br i1 %".2847", label %"exit.78", label %"cont.78"
exit.78:
  %".2849" = trunc i64 %"cursor.54" to i16
  %".2850" = getelementptr i8, ptr %"keys.133", i64 2
  store i16 %".2849", ptr %".2850", align 2
  br label %"return"
cont.78:
  br label %"variable_part.10"
exit.79:
  %".2860" = trunc i64 %"end.10" to i16
  %".2861" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".2860", ptr %".2861", align 2
  br label %"return"
cont.79:
  %".2864" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.12")
  %".2865" = zext i16 %".2864" to i64
  %".2866" = trunc i64 %".2865" to i16
  %".2867" = call i16 @"llvm.bswap.i16"(i16 %".2866")
  %".2868" = getelementptr i8, ptr %"keys.134", i64 10
  store i16 %".2867", ptr %".2868", align 2
  %".2870" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.12")
  %".2871" = zext i16 %".2870" to i64
  switch i64 %".2871", label %"unknown.24" [i64 2048, label %"to_ipv4.16" i64 34525, label %"to_ipv6.15" i64 25944, label %"to_ethernet.3" i64 34887, label %"to_mpls.21" i64 34888, label %"to_mpls.22"]
unknown.24:
  %".2873" = trunc i64 %"end.10" to i16
  %".2874" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".2873", ptr %".2874", align 2
  br label %"return"
to_ipv4.16:
  %".2877" = trunc i64 %"end.10" to i16
  %".2878" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".2877", ptr %".2878", align 2
  br label %"return"
to_ipv6.15:
  %".2881" = trunc i64 %"end.10" to i16
  %".2882" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".2881", ptr %".2882", align 2
  br label %"return"
to_ethernet.3:
  %".2885" = trunc i64 %"end.10" to i16
  %".2886" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".2885", ptr %".2886", align 2
  br label %"return"
to_mpls.21:
  %".2889" = trunc i64 %"end.10" to i16
  %".2890" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".2889", ptr %".2890", align 2
  br label %"return"
to_mpls.22:
  %".2893" = trunc i64 %"end.10" to i16
  %".2894" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".2893", ptr %".2894", align 2
  br label %"return"
copy.32:
  %"ctx.44" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2905" = trunc i64 %"cursor.61" to i32
  %".2906" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.44", i32 %".2905", [40 x i8]* %"header_copy", i32 2)
  %".2907" = icmp eq i64 %".2906", 0
  %".2908" = getelementptr i8, ptr %"ctx.44", i64 76
  %".2909" = load i32, ptr %".2908", align 4
  %".2910" = zext i32 %".2909" to i64
  %"data.135" = inttoptr i64 %".2910" to ptr
  %".2911" = getelementptr i8, ptr %"ctx.44", i64 80
  %".2912" = load i32, ptr %".2911", align 4
  %".2913" = zext i32 %".2912" to i64
  %"data_end.135" = inttoptr i64 %".2913" to ptr
  %".2914" = getelementptr i8, ptr %"ctx.44", i64 144
  %"keys.135" = load ptr, ptr %".2914", align 8
  %".2915" = xor i1 %".2907", -1
  br i1 %".2915", label %"exit.80", label %"cont.80"
exit.80:
  %".2917" = trunc i64 %"cursor.61" to i16
  %".2918" = getelementptr i8, ptr %"keys.135", i64 2
  store i16 %".2917", ptr %".2918", align 2
  br label %"return"
cont.80:
  %".2921" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2922" = load volatile i8, [40 x i8]* %".2921", align 1
  %".2923" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2924" = load volatile i8, [40 x i8]* %".2923", align 1
  br label %"header.32"
copy_last_byte.11:
  %".2939" = add i64 %"cursor.61", %".2934"
  %".2940" = sub i64 %".2939", 1
  %"ctx.45" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2941" = trunc i64 %".2940" to i32
  %".2942" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.45", i32 %".2941", i64* %"last_byte", i32 1)
  %".2943" = icmp eq i64 %".2942", 0
  %".2944" = getelementptr i8, ptr %"ctx.45", i64 76
  %".2945" = load i32, ptr %".2944", align 4
  %".2946" = zext i32 %".2945" to i64
  %"data.137" = inttoptr i64 %".2946" to ptr
  %".2947" = getelementptr i8, ptr %"ctx.45", i64 80
  %".2948" = load i32, ptr %".2947", align 4
  %".2949" = zext i32 %".2948" to i64
  %"data_end.137" = inttoptr i64 %".2949" to ptr
  %".2950" = getelementptr i8, ptr %"ctx.45", i64 144
  %"keys.137" = load ptr, ptr %".2950", align 8
  %".2951" = xor i1 %".2943", -1
  br i1 %".2951", label %"exit.81", label %"cont.81"
exit.81:
  %".2953" = trunc i64 %"cursor.61" to i16
  %".2954" = getelementptr i8, ptr %"keys.137", i64 2
  store i16 %".2953", ptr %".2954", align 2
  br label %"return"
cont.81:
  br label %"variable_part.11"
unknown.25:
  %".2960" = trunc i64 %"end.11" to i16
  %".2961" = getelementptr i8, ptr %"keys.138", i64 2
  store i16 %".2960", ptr %".2961", align 2
  br label %"return"
to_ipv6_opts.12:
  %".2964" = getelementptr i8, ptr %"keys.138", i64 2
  %".2965" = trunc i64 %"end.11" to i16
  store volatile i16 %".2965", ptr %".2964", align 2
  %".2967" = load volatile i16, ptr %".2964", align 2
  %".2968" = zext i16 %".2967" to i64
  %"cursor.149" = and i64 %".2968", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
to_ipv6_opts.13:
  %".2970" = getelementptr i8, ptr %"keys.138", i64 2
  %".2971" = trunc i64 %"end.11" to i16
  store volatile i16 %".2971", ptr %".2970", align 2
  %".2973" = load volatile i16, ptr %".2970", align 2
  %".2974" = zext i16 %".2973" to i64
  %"cursor.150" = and i64 %".2974", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
to_ipv6_opts.14:
  %".2976" = getelementptr i8, ptr %"keys.138", i64 2
  %".2977" = trunc i64 %"end.11" to i16
  store volatile i16 %".2977", ptr %".2976", align 2
  %".2979" = load volatile i16, ptr %".2976", align 2
  %".2980" = zext i16 %".2979" to i64
  %"cursor.151" = and i64 %".2980", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
to_ipv6_frag.4:
  %".2982" = getelementptr i8, ptr %"keys.138", i64 2
  %".2983" = trunc i64 %"end.11" to i16
  store volatile i16 %".2983", ptr %".2982", align 2
  %".2985" = load volatile i16, ptr %".2982", align 2
  %".2986" = zext i16 %".2985" to i64
  %"cursor.153" = and i64 %".2986", 16383
  br label %"ipv6_frag_d1_ipv6_ext2"
to_tcp.6:
  %".2988" = getelementptr i8, ptr %"keys.138", i64 2
  %".2989" = trunc i64 %"end.11" to i16
  store volatile i16 %".2989", ptr %".2988", align 2
  %".2991" = load volatile i16, ptr %".2988", align 2
  %".2992" = zext i16 %".2991" to i64
  %"cursor.154" = and i64 %".2992", 16383
  br label %"tcp"
to_udp.6:
  %".2994" = getelementptr i8, ptr %"keys.138", i64 2
  %".2995" = trunc i64 %"end.11" to i16
  store volatile i16 %".2995", ptr %".2994", align 2
  %".2997" = load volatile i16, ptr %".2994", align 2
  %".2998" = zext i16 %".2997" to i64
  %"cursor.155" = and i64 %".2998", 16383
  br label %"udp_d1"
to_udplite.6:
  %".3000" = getelementptr i8, ptr %"keys.138", i64 2
  %".3001" = trunc i64 %"end.11" to i16
  store volatile i16 %".3001", ptr %".3000", align 2
  %".3003" = load volatile i16, ptr %".3000", align 2
  %".3004" = zext i16 %".3003" to i64
  %"cursor.156" = and i64 %".3004", 16383
  br label %"udplite"
to_gre.6:
  %".3006" = getelementptr i8, ptr %"keys.138", i64 2
  %".3007" = trunc i64 %"end.11" to i16
  store volatile i16 %".3007", ptr %".3006", align 2
  %".3009" = load volatile i16, ptr %".3006", align 2
  %".3010" = zext i16 %".3009" to i64
  %"cursor.157" = and i64 %".3010", 16383
  br label %"gre_d1"
to_sctp.6:
  %".3012" = getelementptr i8, ptr %"keys.138", i64 2
  %".3013" = trunc i64 %"end.11" to i16
  store volatile i16 %".3013", ptr %".3012", align 2
  %".3015" = load volatile i16, ptr %".3012", align 2
  %".3016" = zext i16 %".3015" to i64
  %"cursor.158" = and i64 %".3016", 16383
  br label %"sctp"
to_dccp.6:
  %".3018" = getelementptr i8, ptr %"keys.138", i64 2
  %".3019" = trunc i64 %"end.11" to i16
  store volatile i16 %".3019", ptr %".3018", align 2
  %".3021" = load volatile i16, ptr %".3018", align 2
  %".3022" = zext i16 %".3021" to i64
  %"cursor.159" = and i64 %".3022", 16383
  br label %"dccp"
to_esp.6:
  %".3024" = getelementptr i8, ptr %"keys.138", i64 2
  %".3025" = trunc i64 %"end.11" to i16
  store volatile i16 %".3025", ptr %".3024", align 2
  %".3027" = load volatile i16, ptr %".3024", align 2
  %".3028" = zext i16 %".3027" to i64
  %"cursor.160" = and i64 %".3028", 16383
  br label %"esp"
to_ah.6:
  %".3030" = getelementptr i8, ptr %"keys.138", i64 2
  %".3031" = trunc i64 %"end.11" to i16
  store volatile i16 %".3031", ptr %".3030", align 2
  %".3033" = load volatile i16, ptr %".3030", align 2
  %".3034" = zext i16 %".3033" to i64
  %"cursor.161" = and i64 %".3034", 16383
  br label %"ah"
to_icmpv6.4:
  %".3036" = getelementptr i8, ptr %"keys.138", i64 2
  %".3037" = trunc i64 %"end.11" to i16
  store volatile i16 %".3037", ptr %".3036", align 2
  %".3039" = load volatile i16, ptr %".3036", align 2
  %".3040" = zext i16 %".3039" to i64
  %"cursor.162" = and i64 %".3040", 16383
  br label %"icmpv6"
to_mpls.23:
  %".3042" = trunc i64 34887 to i16
  %".3043" = call i16 @"llvm.bswap.i16"(i16 %".3042")
  %".3044" = getelementptr i8, ptr %"keys.138", i64 10
  store i16 %".3043", ptr %".3044", align 2
  %".3046" = getelementptr i8, ptr %"keys.138", i64 2
  %".3047" = trunc i64 %"end.11" to i16
  store volatile i16 %".3047", ptr %".3046", align 2
  %".3049" = load volatile i16, ptr %".3046", align 2
  %".3050" = zext i16 %".3049" to i64
  %"cursor.163" = and i64 %".3050", 16383
  br label %"mpls_d1_mpls_labels1"
to_ipv4.17:
  %".3052" = getelementptr i8, ptr %"keys.138", i64 8
  store i8 1, ptr %".3052", align 1
  %".3054" = getelementptr i8, ptr %"keys.138", i64 48
  %"flags.27" = load volatile i32, ptr %".3054", align 4
  %".3055" = and i32 %"flags.27", 4
  %".3056" = icmp ne i32 %".3055", 0
  br i1 %".3056", label %"exit.82", label %"cont.82"
to_ipv6.16:
  %".3066" = getelementptr i8, ptr %"keys.138", i64 8
  store i8 1, ptr %".3066", align 1
  %".3068" = getelementptr i8, ptr %"keys.138", i64 48
  %"flags.28" = load volatile i32, ptr %".3068", align 4
  %".3069" = and i32 %"flags.28", 4
  %".3070" = icmp ne i32 %".3069", 0
  br i1 %".3070", label %"exit.83", label %"cont.83"
ipv6_opts_d1_ipv6_ext2:
  %"cursor.148" = phi  i64 [%"cursor.149", %"to_ipv6_opts.12"], [%"cursor.150", %"to_ipv6_opts.13"], [%"cursor.151", %"to_ipv6_opts.14"], [%"cursor.164", %"to_ipv6_opts.15"], [%"cursor.165", %"to_ipv6_opts.16"], [%"cursor.166", %"to_ipv6_opts.17"]
  %"data.139" = phi  ptr [%"data.138", %"to_ipv6_opts.12"], [%"data.138", %"to_ipv6_opts.13"], [%"data.138", %"to_ipv6_opts.14"], [%"data.142", %"to_ipv6_opts.15"], [%"data.142", %"to_ipv6_opts.16"], [%"data.142", %"to_ipv6_opts.17"]
  %"data_end.139" = phi  ptr [%"data_end.138", %"to_ipv6_opts.12"], [%"data_end.138", %"to_ipv6_opts.13"], [%"data_end.138", %"to_ipv6_opts.14"], [%"data_end.142", %"to_ipv6_opts.15"], [%"data_end.142", %"to_ipv6_opts.16"], [%"data_end.142", %"to_ipv6_opts.17"]
  %"keys.139" = phi  ptr [%"keys.138", %"to_ipv6_opts.12"], [%"keys.138", %"to_ipv6_opts.13"], [%"keys.138", %"to_ipv6_opts.14"], [%"keys.142", %"to_ipv6_opts.15"], [%"keys.142", %"to_ipv6_opts.16"], [%"keys.142", %"to_ipv6_opts.17"]
  %"hdr.47" = getelementptr i8, ptr %"data.139", i64 %"cursor.148"
  %".4331" = getelementptr i8, ptr %"hdr.47", i64 2
  %".4332" = icmp ugt ptr %".4331", %"data_end.139"
  br i1 %".4332", label %"copy.47", label %"linear.47", !prof !0
linear.47:
  %".4334" = getelementptr i8, ptr %"hdr.47", i64 0
  %".4335" = load i8, ptr %".4334", align 1
  %".4336" = getelementptr i8, ptr %"hdr.47", i64 1
  %".4337" = load i8, ptr %".4336", align 1
  br label %"header.47"
header.47:
  %"w0_1.19" = phi  i8 [%".4335", %"linear.47"], [%".4356", %"cont.120"]
  %"w1_1.11" = phi  i8 [%".4337", %"linear.47"], [%".4358", %"cont.120"]
  %"data.182" = phi  ptr [%"data.139", %"linear.47"], [%"data.181", %"cont.120"]
  %"data_end.182" = phi  ptr [%"data_end.139", %"linear.47"], [%"data_end.181", %"cont.120"]
  %"keys.182" = phi  ptr [%"keys.139", %"linear.47"], [%"keys.181", %"cont.120"]
  %".4360" = zext i8 %"w0_1.19" to i64
  %".4361" = trunc i64 %".4360" to i8
  %".4362" = getelementptr i8, ptr %"keys.182", i64 9
  store i8 %".4361", ptr %".4362", align 1
  %".4364" = add i64 %"cursor.148", 2
  %".4365" = zext i8 %"w1_1.11" to i64
  %".4366" = mul i64 %".4365", 8
  %".4367" = add i64 %".4366", 6
  %".4368" = add i64 %".4367", 2
  %".4369" = getelementptr i8, ptr %"data.182", i64 %"cursor.148"
  %".4370" = getelementptr i8, ptr %".4369", i64 %".4368"
  %".4371" = icmp ugt ptr %".4370", %"data_end.182"
  br i1 %".4371", label %"copy_last_byte.15", label %"variable_part.15", !prof !0
variable_part.15:
  %"data.184" = phi  ptr [%"data.182", %"header.47"], [%"data.183", %"cont.121"]
  %"data_end.184" = phi  ptr [%"data_end.182", %"header.47"], [%"data_end.183", %"cont.121"]
  %"keys.184" = phi  ptr [%"keys.182", %"header.47"], [%"keys.183", %"cont.121"]
  %"end.15" = add i64 %"cursor.148", %".4368"
  %".4392" = zext i8 %"w0_1.19" to i64
  switch i64 %".4392", label %"unknown.40" [i64 0, label %"to_ipv6_opts.24" i64 43, label %"to_ipv6_opts.25" i64 60, label %"to_ipv6_opts.26" i64 44, label %"to_ipv6_frag.8" i64 6, label %"to_tcp.10" i64 17, label %"to_udp.10" i64 136, label %"to_udplite.10" i64 47, label %"to_gre.10" i64 132, label %"to_sctp.10" i64 33, label %"to_dccp.10" i64 50, label %"to_esp.10" i64 51, label %"to_ah.10" i64 58, label %"to_icmpv6.8" i64 137, label %"to_mpls.33" i64 4, label %"to_ipv4.26" i64 41, label %"to_ipv6.24"]
ipv6_frag_d1_ipv6_ext2:
  %"cursor.152" = phi  i64 [%"cursor.153", %"to_ipv6_frag.4"], [%"cursor.167", %"to_ipv6_frag.5"]
  %"data.140" = phi  ptr [%"data.138", %"to_ipv6_frag.4"], [%"data.142", %"to_ipv6_frag.5"]
  %"data_end.140" = phi  ptr [%"data_end.138", %"to_ipv6_frag.4"], [%"data_end.142", %"to_ipv6_frag.5"]
  %"keys.140" = phi  ptr [%"keys.138", %"to_ipv6_frag.4"], [%"keys.142", %"to_ipv6_frag.5"]
  %"hdr.48" = getelementptr i8, ptr %"data.140", i64 %"cursor.152"
  %".4514" = getelementptr i8, ptr %"hdr.48", i64 8
  %".4515" = icmp ugt ptr %".4514", %"data_end.140"
  br i1 %".4515", label %"copy.48", label %"linear.48", !prof !0
linear.48:
  %".4517" = getelementptr i8, ptr %"hdr.48", i64 0
  %".4518" = load i8, ptr %".4517", align 1
  %".4519" = getelementptr i8, ptr %"hdr.48", i64 2
  %".4520" = load i16, ptr %".4519", align 2
  br label %"header.48"
header.48:
  %"w0_1.20" = phi  i8 [%".4518", %"linear.48"], [%".4539", %"cont.124"]
  %"w2_2.18" = phi  i16 [%".4520", %"linear.48"], [%".4541", %"cont.124"]
  %"data.188" = phi  ptr [%"data.140", %"linear.48"], [%"data.187", %"cont.124"]
  %"data_end.188" = phi  ptr [%"data_end.140", %"linear.48"], [%"data_end.187", %"cont.124"]
  %"keys.188" = phi  ptr [%"keys.140", %"linear.48"], [%"keys.187", %"cont.124"]
  %".4543" = zext i8 %"w0_1.20" to i64
  %".4544" = trunc i64 %".4543" to i8
  %".4545" = getelementptr i8, ptr %"keys.188", i64 9
  store i8 %".4544", ptr %".4545", align 1
  %".4547" = add i64 %"cursor.152", 8
  %".4548" = icmp ne i64 1, 0
  %".4549" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.18")
  %".4550" = zext i16 %".4549" to i64
  %".4551" = and i64 %".4550", 65528
  %".4552" = icmp eq i64 %".4551", 0
  br i1 %".4548", label %"fragment.5", label %"not_fragment.5"
exit.82:
  %".3058" = trunc i64 %"end.11" to i16
  %".3059" = getelementptr i8, ptr %"keys.138", i64 2
  store i16 %".3058", ptr %".3059", align 2
  br label %"return"
cont.82:
  %".3062" = trunc i64 %"end.11" to i16
  %".3063" = getelementptr i8, ptr %"keys.138", i64 2
  store i16 %".3062", ptr %".3063", align 2
  br label %"return"
exit.83:
  %".3072" = trunc i64 %"end.11" to i16
  %".3073" = getelementptr i8, ptr %"keys.138", i64 2
  store i16 %".3072", ptr %".3073", align 2
  br label %"return"
cont.83:
  %".3076" = trunc i64 %"end.11" to i16
  %".3077" = getelementptr i8, ptr %"keys.138", i64 2
  store i16 %".3076", ptr %".3077", align 2
  br label %"return"
copy.33:
  %"ctx.46" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3088" = trunc i64 %"cursor.65" to i32
  %".3089" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.46", i32 %".3088", [40 x i8]* %"header_copy", i32 8)
  %".3090" = icmp eq i64 %".3089", 0
  %".3091" = getelementptr i8, ptr %"ctx.46", i64 76
  %".3092" = load i32, ptr %".3091", align 4
  %".3093" = zext i32 %".3092" to i64
  %"data.141" = inttoptr i64 %".3093" to ptr
  %".3094" = getelementptr i8, ptr %"ctx.46", i64 80
  %".3095" = load i32, ptr %".3094", align 4
  %".3096" = zext i32 %".3095" to i64
  %"data_end.141" = inttoptr i64 %".3096" to ptr
  %".3097" = getelementptr i8, ptr %"ctx.46", i64 144
  %"keys.141" = load ptr, ptr %".3097", align 8
  %".3098" = xor i1 %".3090", -1
  br i1 %".3098", label %"exit.84", label %"cont.84"
exit.84:
  %".3100" = trunc i64 %"cursor.65" to i16
  %".3101" = getelementptr i8, ptr %"keys.141", i64 2
  store i16 %".3100", ptr %".3101", align 2
  br label %"return"
cont.84:
  %".3104" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3105" = load volatile i8, [40 x i8]* %".3104", align 1
  %".3106" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3107" = load volatile i16, [40 x i8]* %".3106", align 2
  br label %"header.33"
fragment.3:
  %".3120" = getelementptr i8, ptr %"keys.142", i64 6
  store i8 1, ptr %".3120", align 1
  br i1 %".3118", label %"first_fragment.3", label %"later_fragment.3"
not_fragment.3:
  %".3139" = zext i8 %"w0_1.12" to i64
  switch i64 %".3139", label %"unknown.26" [i64 0, label %"to_ipv6_opts.15" i64 43, label %"to_ipv6_opts.16" i64 60, label %"to_ipv6_opts.17" i64 44, label %"to_ipv6_frag.5" i64 6, label %"to_tcp.7" i64 17, label %"to_udp.7" i64 136, label %"to_udplite.7" i64 47, label %"to_gre.7" i64 132, label %"to_sctp.7" i64 33, label %"to_dccp.7" i64 50, label %"to_esp.7" i64 51, label %"to_ah.7" i64 58, label %"to_icmpv6.5" i64 137, label %"to_mpls.24" i64 4, label %"to_ipv4.18" i64 41, label %"to_ipv6.17"]
first_fragment.3:
  %".3127" = getelementptr i8, ptr %"keys.142", i64 7
  store i8 1, ptr %".3127", align 1
  %".3129" = getelementptr i8, ptr %"keys.142", i64 48
  %"flags.29" = load volatile i32, ptr %".3129", align 4
  %".3130" = and i32 %"flags.29", 1
  %".3131" = icmp ne i32 %".3130", 0
  %".3132" = xor i1 %".3131", -1
  br i1 %".3132", label %"exit.85", label %"cont.85"
later_fragment.3:
  %".3123" = trunc i64 %".3113" to i16
  %".3124" = getelementptr i8, ptr %"keys.142", i64 2
  store i16 %".3123", ptr %".3124", align 2
  br label %"return"
exit.85:
  %".3134" = trunc i64 %".3113" to i16
  %".3135" = getelementptr i8, ptr %"keys.142", i64 2
  store i16 %".3134", ptr %".3135", align 2
  br label %"return"
cont.85:
  br label %"not_fragment.3"
unknown.26:
  %".3141" = trunc i64 %".3113" to i16
  %".3142" = getelementptr i8, ptr %"keys.142", i64 2
  store i16 %".3141", ptr %".3142", align 2
  br label %"return"
to_ipv6_opts.15:
  %".3145" = getelementptr i8, ptr %"keys.142", i64 2
  %".3146" = trunc i64 %".3113" to i16
  store volatile i16 %".3146", ptr %".3145", align 2
  %".3148" = load volatile i16, ptr %".3145", align 2
  %".3149" = zext i16 %".3148" to i64
  %"cursor.164" = and i64 %".3149", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
to_ipv6_opts.16:
  %".3151" = getelementptr i8, ptr %"keys.142", i64 2
  %".3152" = trunc i64 %".3113" to i16
  store volatile i16 %".3152", ptr %".3151", align 2
  %".3154" = load volatile i16, ptr %".3151", align 2
  %".3155" = zext i16 %".3154" to i64
  %"cursor.165" = and i64 %".3155", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
to_ipv6_opts.17:
  %".3157" = getelementptr i8, ptr %"keys.142", i64 2
  %".3158" = trunc i64 %".3113" to i16
  store volatile i16 %".3158", ptr %".3157", align 2
  %".3160" = load volatile i16, ptr %".3157", align 2
  %".3161" = zext i16 %".3160" to i64
  %"cursor.166" = and i64 %".3161", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
to_ipv6_frag.5:
  %".3163" = getelementptr i8, ptr %"keys.142", i64 2
  %".3164" = trunc i64 %".3113" to i16
  store volatile i16 %".3164", ptr %".3163", align 2
  %".3166" = load volatile i16, ptr %".3163", align 2
  %".3167" = zext i16 %".3166" to i64
  %"cursor.167" = and i64 %".3167", 16383
  br label %"ipv6_frag_d1_ipv6_ext2"
to_tcp.7:
  %".3169" = getelementptr i8, ptr %"keys.142", i64 2
  %".3170" = trunc i64 %".3113" to i16
  store volatile i16 %".3170", ptr %".3169", align 2
  %".3172" = load volatile i16, ptr %".3169", align 2
  %".3173" = zext i16 %".3172" to i64
  %"cursor.168" = and i64 %".3173", 16383
  br label %"tcp"
to_udp.7:
  %".3175" = getelementptr i8, ptr %"keys.142", i64 2
  %".3176" = trunc i64 %".3113" to i16
  store volatile i16 %".3176", ptr %".3175", align 2
  %".3178" = load volatile i16, ptr %".3175", align 2
  %".3179" = zext i16 %".3178" to i64
  %"cursor.169" = and i64 %".3179", 16383
  br label %"udp_d1"
to_udplite.7:
  %".3181" = getelementptr i8, ptr %"keys.142", i64 2
  %".3182" = trunc i64 %".3113" to i16
  store volatile i16 %".3182", ptr %".3181", align 2
  %".3184" = load volatile i16, ptr %".3181", align 2
  %".3185" = zext i16 %".3184" to i64
  %"cursor.170" = and i64 %".3185", 16383
  br label %"udplite"
to_gre.7:
  %".3187" = getelementptr i8, ptr %"keys.142", i64 2
  %".3188" = trunc i64 %".3113" to i16
  store volatile i16 %".3188", ptr %".3187", align 2
  %".3190" = load volatile i16, ptr %".3187", align 2
  %".3191" = zext i16 %".3190" to i64
  %"cursor.171" = and i64 %".3191", 16383
  br label %"gre_d1"
to_sctp.7:
  %".3193" = getelementptr i8, ptr %"keys.142", i64 2
  %".3194" = trunc i64 %".3113" to i16
  store volatile i16 %".3194", ptr %".3193", align 2
  %".3196" = load volatile i16, ptr %".3193", align 2
  %".3197" = zext i16 %".3196" to i64
  %"cursor.172" = and i64 %".3197", 16383
  br label %"sctp"
to_dccp.7:
  %".3199" = getelementptr i8, ptr %"keys.142", i64 2
  %".3200" = trunc i64 %".3113" to i16
  store volatile i16 %".3200", ptr %".3199", align 2
  %".3202" = load volatile i16, ptr %".3199", align 2
  %".3203" = zext i16 %".3202" to i64
  %"cursor.173" = and i64 %".3203", 16383
  br label %"dccp"
to_esp.7:
  %".3205" = getelementptr i8, ptr %"keys.142", i64 2
  %".3206" = trunc i64 %".3113" to i16
  store volatile i16 %".3206", ptr %".3205", align 2
  %".3208" = load volatile i16, ptr %".3205", align 2
  %".3209" = zext i16 %".3208" to i64
  %"cursor.174" = and i64 %".3209", 16383
  br label %"esp"
to_ah.7:
  %".3211" = getelementptr i8, ptr %"keys.142", i64 2
  %".3212" = trunc i64 %".3113" to i16
  store volatile i16 %".3212", ptr %".3211", align 2
  %".3214" = load volatile i16, ptr %".3211", align 2
  %".3215" = zext i16 %".3214" to i64
  %"cursor.175" = and i64 %".3215", 16383
  br label %"ah"
to_icmpv6.5:
  %".3217" = getelementptr i8, ptr %"keys.142", i64 2
  %".3218" = trunc i64 %".3113" to i16
  store volatile i16 %".3218", ptr %".3217", align 2
  %".3220" = load volatile i16, ptr %".3217", align 2
  %".3221" = zext i16 %".3220" to i64
  %"cursor.176" = and i64 %".3221", 16383
  br label %"icmpv6"
to_mpls.24:
  %".3223" = trunc i64 34887 to i16
  %".3224" = call i16 @"llvm.bswap.i16"(i16 %".3223")
  %".3225" = getelementptr i8, ptr %"keys.142", i64 10
  store i16 %".3224", ptr %".3225", align 2
  %".3227" = getelementptr i8, ptr %"keys.142", i64 2
  %".3228" = trunc i64 %".3113" to i16
  store volatile i16 %".3228", ptr %".3227", align 2
  %".3230" = load volatile i16, ptr %".3227", align 2
  %".3231" = zext i16 %".3230" to i64
  %"cursor.177" = and i64 %".3231", 16383
  br label %"mpls_d1_mpls_labels1"
to_ipv4.18:
  %".3233" = getelementptr i8, ptr %"keys.142", i64 8
  store i8 1, ptr %".3233", align 1
  %".3235" = getelementptr i8, ptr %"keys.142", i64 48
  %"flags.30" = load volatile i32, ptr %".3235", align 4
  %".3236" = and i32 %"flags.30", 4
  %".3237" = icmp ne i32 %".3236", 0
  br i1 %".3237", label %"exit.86", label %"cont.86"
to_ipv6.17:
  %".3247" = getelementptr i8, ptr %"keys.142", i64 8
  store i8 1, ptr %".3247", align 1
  %".3249" = getelementptr i8, ptr %"keys.142", i64 48
  %"flags.31" = load volatile i32, ptr %".3249", align 4
  %".3250" = and i32 %"flags.31", 4
  %".3251" = icmp ne i32 %".3250", 0
  br i1 %".3251", label %"exit.87", label %"cont.87"
exit.86:
  %".3239" = trunc i64 %".3113" to i16
  %".3240" = getelementptr i8, ptr %"keys.142", i64 2
  store i16 %".3239", ptr %".3240", align 2
  br label %"return"
cont.86:
  %".3243" = trunc i64 %".3113" to i16
  %".3244" = getelementptr i8, ptr %"keys.142", i64 2
  store i16 %".3243", ptr %".3244", align 2
  br label %"return"
exit.87:
  %".3253" = trunc i64 %".3113" to i16
  %".3254" = getelementptr i8, ptr %"keys.142", i64 2
  store i16 %".3253", ptr %".3254", align 2
  br label %"return"
cont.87:
  %".3257" = trunc i64 %".3113" to i16
  %".3258" = getelementptr i8, ptr %"keys.142", i64 2
  store i16 %".3257", ptr %".3258", align 2
  br label %"return"
copy.34:
  %"ctx.47" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3269" = trunc i64 %"cursor.76" to i32
  %".3270" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.47", i32 %".3269", [40 x i8]* %"header_copy", i32 2)
  %".3271" = icmp eq i64 %".3270", 0
  %".3272" = getelementptr i8, ptr %"ctx.47", i64 76
  %".3273" = load i32, ptr %".3272", align 4
  %".3274" = zext i32 %".3273" to i64
  %"data.143" = inttoptr i64 %".3274" to ptr
  %".3275" = getelementptr i8, ptr %"ctx.47", i64 80
  %".3276" = load i32, ptr %".3275", align 4
  %".3277" = zext i32 %".3276" to i64
  %"data_end.143" = inttoptr i64 %".3277" to ptr
  %".3278" = getelementptr i8, ptr %"ctx.47", i64 144
  %"keys.143" = load ptr, ptr %".3278", align 8
  %".3279" = xor i1 %".3271", -1
  br i1 %".3279", label %"exit.88", label %"cont.88"
exit.88:
  %".3281" = trunc i64 %"cursor.76" to i16
  %".3282" = getelementptr i8, ptr %"keys.143", i64 2
  store i16 %".3281", ptr %".3282", align 2
  br label %"return"
cont.88:
  %".3285" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3286" = load volatile i8, [40 x i8]* %".3285", align 1
  %".3287" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3288" = load volatile i8, [40 x i8]* %".3287", align 1
  br label %"header.34"
copy_last_byte.12:
  %".3303" = add i64 %"cursor.76", %".3298"
  %".3304" = sub i64 %".3303", 1
  %"ctx.48" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3305" = trunc i64 %".3304" to i32
  %".3306" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.48", i32 %".3305", i64* %"last_byte", i32 1)
  %".3307" = icmp eq i64 %".3306", 0
  %".3308" = getelementptr i8, ptr %"ctx.48", i64 76
  %".3309" = load i32, ptr %".3308", align 4
  %".3310" = zext i32 %".3309" to i64
  %"data.145" = inttoptr i64 %".3310" to ptr
  %".3311" = getelementptr i8, ptr %"ctx.48", i64 80
  %".3312" = load i32, ptr %".3311", align 4
  %".3313" = zext i32 %".3312" to i64
  %"data_end.145" = inttoptr i64 %".3313" to ptr
  %".3314" = getelementptr i8, ptr %"ctx.48", i64 144
  %"keys.145" = load ptr, ptr %".3314", align 8
  %".3315" = xor i1 %".3307", -1
  br i1 %".3315", label %"exit.89", label %"cont.89"
exit.89:
  %".3317" = trunc i64 %"cursor.76" to i16
  %".3318" = getelementptr i8, ptr %"keys.145", i64 2
  store i16 %".3317", ptr %".3318", align 2
  br label %"return"
cont.89:
  br label %"variable_part.12"
unknown.27:
  %".3324" = trunc i64 %"end.12" to i16
  %".3325" = getelementptr i8, ptr %"keys.146", i64 2
  store i16 %".3324", ptr %".3325", align 2
  br label %"return"
to_ipv6_opts.18:
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_opts.19:
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_opts.20:
  %".3330" = getelementptr i8, ptr %"keys.146", i64 2
  %".3331" = trunc i64 %"end.12" to i16
  store volatile i16 %".3331", ptr %".3330", align 2
  %".3333" = load volatile i16, ptr %".3330", align 2
  %".3334" = zext i16 %".3333" to i64
  %"cursor.179" = and i64 %".3334", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_frag.6:
  br label %"ipv6_frag_d0_ipv6_ext3"
to_tcp.8:
  %".3337" = getelementptr i8, ptr %"keys.146", i64 2
  %".3338" = trunc i64 %"end.12" to i16
  store volatile i16 %".3338", ptr %".3337", align 2
  %".3340" = load volatile i16, ptr %".3337", align 2
  %".3341" = zext i16 %".3340" to i64
  %"cursor.181" = and i64 %".3341", 16383
  br label %"tcp"
to_udp.8:
  %".3343" = getelementptr i8, ptr %"keys.146", i64 2
  %".3344" = trunc i64 %"end.12" to i16
  store volatile i16 %".3344", ptr %".3343", align 2
  %".3346" = load volatile i16, ptr %".3343", align 2
  %".3347" = zext i16 %".3346" to i64
  %"cursor.182" = and i64 %".3347", 16383
  br label %"udp_d0"
to_udplite.8:
  %".3349" = getelementptr i8, ptr %"keys.146", i64 2
  %".3350" = trunc i64 %"end.12" to i16
  store volatile i16 %".3350", ptr %".3349", align 2
  %".3352" = load volatile i16, ptr %".3349", align 2
  %".3353" = zext i16 %".3352" to i64
  %"cursor.183" = and i64 %".3353", 16383
  br label %"udplite"
to_gre.8:
  %".3355" = getelementptr i8, ptr %"keys.146", i64 2
  %".3356" = trunc i64 %"end.12" to i16
  store volatile i16 %".3356", ptr %".3355", align 2
  %".3358" = load volatile i16, ptr %".3355", align 2
  %".3359" = zext i16 %".3358" to i64
  %"cursor.184" = and i64 %".3359", 16383
  br label %"gre_d0"
to_sctp.8:
  %".3361" = getelementptr i8, ptr %"keys.146", i64 2
  %".3362" = trunc i64 %"end.12" to i16
  store volatile i16 %".3362", ptr %".3361", align 2
  %".3364" = load volatile i16, ptr %".3361", align 2
  %".3365" = zext i16 %".3364" to i64
  %"cursor.185" = and i64 %".3365", 16383
  br label %"sctp"
to_dccp.8:
  %".3367" = getelementptr i8, ptr %"keys.146", i64 2
  %".3368" = trunc i64 %"end.12" to i16
  store volatile i16 %".3368", ptr %".3367", align 2
  %".3370" = load volatile i16, ptr %".3367", align 2
  %".3371" = zext i16 %".3370" to i64
  %"cursor.186" = and i64 %".3371", 16383
  br label %"dccp"
to_esp.8:
  %".3373" = getelementptr i8, ptr %"keys.146", i64 2
  %".3374" = trunc i64 %"end.12" to i16
  store volatile i16 %".3374", ptr %".3373", align 2
  %".3376" = load volatile i16, ptr %".3373", align 2
  %".3377" = zext i16 %".3376" to i64
  %"cursor.187" = and i64 %".3377", 16383
  br label %"esp"
to_ah.8:
  %".3379" = getelementptr i8, ptr %"keys.146", i64 2
  %".3380" = trunc i64 %"end.12" to i16
  store volatile i16 %".3380", ptr %".3379", align 2
  %".3382" = load volatile i16, ptr %".3379", align 2
  %".3383" = zext i16 %".3382" to i64
  %"cursor.188" = and i64 %".3383", 16383
  br label %"ah"
to_icmpv6.6:
  %".3385" = getelementptr i8, ptr %"keys.146", i64 2
  %".3386" = trunc i64 %"end.12" to i16
  store volatile i16 %".3386", ptr %".3385", align 2
  %".3388" = load volatile i16, ptr %".3385", align 2
  %".3389" = zext i16 %".3388" to i64
  %"cursor.189" = and i64 %".3389", 16383
  br label %"icmpv6"
to_mpls.25:
  %".3391" = trunc i64 34887 to i16
  %".3392" = call i16 @"llvm.bswap.i16"(i16 %".3391")
  %".3393" = getelementptr i8, ptr %"keys.146", i64 10
  store i16 %".3392", ptr %".3393", align 2
  %".3395" = getelementptr i8, ptr %"keys.146", i64 2
  %".3396" = trunc i64 %"end.12" to i16
  store volatile i16 %".3396", ptr %".3395", align 2
  %".3398" = load volatile i16, ptr %".3395", align 2
  %".3399" = zext i16 %".3398" to i64
  %"cursor.190" = and i64 %".3399", 16383
  br label %"mpls_d0_mpls_labels1"
to_ipv4.19:
  %".3401" = getelementptr i8, ptr %"keys.146", i64 8
  store i8 1, ptr %".3401", align 1
  %".3403" = getelementptr i8, ptr %"keys.146", i64 48
  %"flags.32" = load volatile i32, ptr %".3403", align 4
  %".3404" = and i32 %"flags.32", 4
  %".3405" = icmp ne i32 %".3404", 0
  br i1 %".3405", label %"exit.90", label %"cont.90"
to_ipv6.18:
  %".3417" = getelementptr i8, ptr %"keys.146", i64 8
  store i8 1, ptr %".3417", align 1
  %".3419" = getelementptr i8, ptr %"keys.146", i64 48
  %"flags.33" = load volatile i32, ptr %".3419", align 4
  %".3420" = and i32 %"flags.33", 4
  %".3421" = icmp ne i32 %".3420", 0
  br i1 %".3421", label %"exit.91", label %"cont.91"
ipv6_opts_d0_ipv6_ext3:
  %"cursor.178" = phi  i64 [%"end.12", %"to_ipv6_opts.18"], [%"end.12", %"to_ipv6_opts.19"], [%"cursor.179", %"to_ipv6_opts.20"], [%"cursor.193", %"to_ipv6_opts.21"], [%"cursor.194", %"to_ipv6_opts.22"], [%"cursor.195", %"to_ipv6_opts.23"]
  %"data.147" = phi  ptr [%"data.146", %"to_ipv6_opts.18"], [%"data.146", %"to_ipv6_opts.19"], [%"data.146", %"to_ipv6_opts.20"], [%"data.150", %"to_ipv6_opts.21"], [%"data.150", %"to_ipv6_opts.22"], [%"data.150", %"to_ipv6_opts.23"]
  %"data_end.147" = phi  ptr [%"data_end.146", %"to_ipv6_opts.18"], [%"data_end.146", %"to_ipv6_opts.19"], [%"data_end.146", %"to_ipv6_opts.20"], [%"data_end.150", %"to_ipv6_opts.21"], [%"data_end.150", %"to_ipv6_opts.22"], [%"data_end.150", %"to_ipv6_opts.23"]
  %"keys.147" = phi  ptr [%"keys.146", %"to_ipv6_opts.18"], [%"keys.146", %"to_ipv6_opts.19"], [%"keys.146", %"to_ipv6_opts.20"], [%"keys.150", %"to_ipv6_opts.21"], [%"keys.150", %"to_ipv6_opts.22"], [%"keys.150", %"to_ipv6_opts.23"]
  %"hdr.49" = getelementptr i8, ptr %"data.147", i64 %"cursor.178"
  %".4695" = getelementptr i8, ptr %"hdr.49", i64 2
  %".4696" = icmp ugt ptr %".4695", %"data_end.147"
  br i1 %".4696", label %"copy.49", label %"linear.49", !prof !0
linear.49:
  %".4698" = getelementptr i8, ptr %"hdr.49", i64 0
  %".4699" = load i8, ptr %".4698", align 1
  %".4700" = getelementptr i8, ptr %"hdr.49", i64 1
  %".4701" = load i8, ptr %".4700", align 1
  br label %"header.49"
header.49:
  %"w0_1.21" = phi  i8 [%".4699", %"linear.49"], [%".4720", %"cont.128"]
  %"w1_1.12" = phi  i8 [%".4701", %"linear.49"], [%".4722", %"cont.128"]
  %"data.190" = phi  ptr [%"data.147", %"linear.49"], [%"data.189", %"cont.128"]
  %"data_end.190" = phi  ptr [%"data_end.147", %"linear.49"], [%"data_end.189", %"cont.128"]
  %"keys.190" = phi  ptr [%"keys.147", %"linear.49"], [%"keys.189", %"cont.128"]
  %".4724" = zext i8 %"w0_1.21" to i64
  %".4725" = trunc i64 %".4724" to i8
  %".4726" = getelementptr i8, ptr %"keys.190", i64 9
  store i8 %".4725", ptr %".4726", align 1
  %".4728" = add i64 %"cursor.178", 2
  %".4729" = zext i8 %"w1_1.12" to i64
  %".4730" = mul i64 %".4729", 8
  %".4731" = add i64 %".4730", 6
  %".4732" = add i64 %".4731", 2
  %".4733" = getelementptr i8, ptr %"data.190", i64 %"cursor.178"
  %".4734" = getelementptr i8, ptr %".4733", i64 %".4732"
  %".4735" = icmp ugt ptr %".4734", %"data_end.190"
  br i1 %".4735", label %"copy_last_byte.16", label %"variable_part.16", !prof !0
variable_part.16:
  %"data.192" = phi  ptr [%"data.190", %"header.49"], [%"data.191", %"cont.129"]
  %"data_end.192" = phi  ptr [%"data_end.190", %"header.49"], [%"data_end.191", %"cont.129"]
  %"keys.192" = phi  ptr [%"keys.190", %"header.49"], [%"keys.191", %"cont.129"]
  %"end.16" = add i64 %"cursor.178", %".4732"
  %".4756" = zext i8 %"w0_1.21" to i64
  switch i64 %".4756", label %"unknown.42" [i64 0, label %"to_ipv6_opts.30" i64 43, label %"to_ipv6_opts.31" i64 60, label %"to_ipv6_opts.32" i64 44, label %"to_ipv6_frag.10" i64 6, label %"to_tcp.12" i64 17, label %"to_udp.12" i64 136, label %"to_udplite.12" i64 47, label %"to_gre.12" i64 132, label %"to_sctp.12" i64 33, label %"to_dccp.12" i64 50, label %"to_esp.12" i64 51, label %"to_ah.12" i64 58, label %"to_icmpv6.10" i64 137, label %"to_mpls.35" i64 4, label %"to_ipv4.28" i64 41, label %"to_ipv6.26"]
ipv6_frag_d0_ipv6_ext3:
  %"cursor.180" = phi  i64 [%"end.12", %"to_ipv6_frag.6"], [%".3466", %"to_ipv6_frag.7"]
  %"data.148" = phi  ptr [%"data.146", %"to_ipv6_frag.6"], [%"data.150", %"to_ipv6_frag.7"]
  %"data_end.148" = phi  ptr [%"data_end.146", %"to_ipv6_frag.6"], [%"data_end.150", %"to_ipv6_frag.7"]
  %"keys.148" = phi  ptr [%"keys.146", %"to_ipv6_frag.6"], [%"keys.150", %"to_ipv6_frag.7"]
  %"hdr.50" = getelementptr i8, ptr %"data.148", i64 %"cursor.180"
  %".4874" = getelementptr i8, ptr %"hdr.50", i64 8
  %".4875" = icmp ugt ptr %".4874", %"data_end.148"
  br i1 %".4875", label %"copy.50", label %"linear.50", !prof !0
linear.50:
  %".4877" = getelementptr i8, ptr %"hdr.50", i64 0
  %".4878" = load i8, ptr %".4877", align 1
  %".4879" = getelementptr i8, ptr %"hdr.50", i64 2
  %".4880" = load i16, ptr %".4879", align 2
  br label %"header.50"
header.50:
  %"w0_1.22" = phi  i8 [%".4878", %"linear.50"], [%".4899", %"cont.132"]
  %"w2_2.19" = phi  i16 [%".4880", %"linear.50"], [%".4901", %"cont.132"]
  %"data.194" = phi  ptr [%"data.148", %"linear.50"], [%"data.193", %"cont.132"]
  %"data_end.194" = phi  ptr [%"data_end.148", %"linear.50"], [%"data_end.193", %"cont.132"]
  %"keys.194" = phi  ptr [%"keys.148", %"linear.50"], [%"keys.193", %"cont.132"]
  %".4903" = zext i8 %"w0_1.22" to i64
  %".4904" = trunc i64 %".4903" to i8
  %".4905" = getelementptr i8, ptr %"keys.194", i64 9
  store i8 %".4904", ptr %".4905", align 1
  %".4907" = add i64 %"cursor.180", 8
  %".4908" = icmp ne i64 1, 0
  %".4909" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.19")
  %".4910" = zext i16 %".4909" to i64
  %".4911" = and i64 %".4910", 65528
  %".4912" = icmp eq i64 %".4911", 0
  br i1 %".4908", label %"fragment.6", label %"not_fragment.6"
exit.90:
  %".3407" = trunc i64 %"end.12" to i16
  %".3408" = getelementptr i8, ptr %"keys.146", i64 2
  store i16 %".3407", ptr %".3408", align 2
  br label %"return"
cont.90:
  %".3411" = getelementptr i8, ptr %"keys.146", i64 2
  %".3412" = trunc i64 %"end.12" to i16
  store volatile i16 %".3412", ptr %".3411", align 2
  %".3414" = load volatile i16, ptr %".3411", align 2
  %".3415" = zext i16 %".3414" to i64
  %"cursor.191" = and i64 %".3415", 16383
  br label %"ipv4_d1"
exit.91:
  %".3423" = trunc i64 %"end.12" to i16
  %".3424" = getelementptr i8, ptr %"keys.146", i64 2
  store i16 %".3423", ptr %".3424", align 2
  br label %"return"
cont.91:
  %".3427" = getelementptr i8, ptr %"keys.146", i64 2
  %".3428" = trunc i64 %"end.12" to i16
  store volatile i16 %".3428", ptr %".3427", align 2
  %".3430" = load volatile i16, ptr %".3427", align 2
  %".3431" = zext i16 %".3430" to i64
  %"cursor.192" = and i64 %".3431", 16383
  br label %"ipv6_d1"
copy.35:
  %"ctx.49" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3441" = trunc i64 %"cursor.78" to i32
  %".3442" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.49", i32 %".3441", [40 x i8]* %"header_copy", i32 8)
  %".3443" = icmp eq i64 %".3442", 0
  %".3444" = getelementptr i8, ptr %"ctx.49", i64 76
  %".3445" = load i32, ptr %".3444", align 4
  %".3446" = zext i32 %".3445" to i64
  %"data.149" = inttoptr i64 %".3446" to ptr
  %".3447" = getelementptr i8, ptr %"ctx.49", i64 80
  %".3448" = load i32, ptr %".3447", align 4
  %".3449" = zext i32 %".3448" to i64
  %"data_end.149" = inttoptr i64 %".3449" to ptr
  %".3450" = getelementptr i8, ptr %"ctx.49", i64 144
  %"keys.149" = load ptr, ptr %".3450", align 8
  %".3451" = xor i1 %".3443", -1
  br i1 %".3451", label %"exit.92", label %"cont.92"
exit.92:
  %".3453" = trunc i64 %"cursor.78" to i16
  %".3454" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".3453", ptr %".3454", align 2
  br label %"return"
cont.92:
  %".3457" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3458" = load volatile i8, [40 x i8]* %".3457", align 1
  %".3459" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3460" = load volatile i16, [40 x i8]* %".3459", align 2
  br label %"header.35"
fragment.4:
  %".3473" = getelementptr i8, ptr %"keys.150", i64 6
  store i8 1, ptr %".3473", align 1
  br i1 %".3471", label %"first_fragment.4", label %"later_fragment.4"
not_fragment.4:
  %".3492" = zext i8 %"w0_1.14" to i64
  switch i64 %".3492", label %"unknown.28" [i64 0, label %"to_ipv6_opts.21" i64 43, label %"to_ipv6_opts.22" i64 60, label %"to_ipv6_opts.23" i64 44, label %"to_ipv6_frag.7" i64 6, label %"to_tcp.9" i64 17, label %"to_udp.9" i64 136, label %"to_udplite.9" i64 47, label %"to_gre.9" i64 132, label %"to_sctp.9" i64 33, label %"to_dccp.9" i64 50, label %"to_esp.9" i64 51, label %"to_ah.9" i64 58, label %"to_icmpv6.7" i64 137, label %"to_mpls.26" i64 4, label %"to_ipv4.20" i64 41, label %"to_ipv6.19"]
first_fragment.4:
  %".3480" = getelementptr i8, ptr %"keys.150", i64 7
  store i8 1, ptr %".3480", align 1
  %".3482" = getelementptr i8, ptr %"keys.150", i64 48
  %"flags.34" = load volatile i32, ptr %".3482", align 4
  %".3483" = and i32 %"flags.34", 1
  %".3484" = icmp ne i32 %".3483", 0
  %".3485" = xor i1 %".3484", -1
  br i1 %".3485", label %"exit.93", label %"cont.93"
later_fragment.4:
  %".3476" = trunc i64 %".3466" to i16
  %".3477" = getelementptr i8, ptr %"keys.150", i64 2
  store i16 %".3476", ptr %".3477", align 2
  br label %"return"
exit.93:
  %".3487" = trunc i64 %".3466" to i16
  %".3488" = getelementptr i8, ptr %"keys.150", i64 2
  store i16 %".3487", ptr %".3488", align 2
  br label %"return"
cont.93:
  br label %"not_fragment.4"
unknown.28:
  %".3494" = trunc i64 %".3466" to i16
  %".3495" = getelementptr i8, ptr %"keys.150", i64 2
  store i16 %".3494", ptr %".3495", align 2
  br label %"return"
to_ipv6_opts.21:
  %".3498" = getelementptr i8, ptr %"keys.150", i64 2
  %".3499" = trunc i64 %".3466" to i16
  store volatile i16 %".3499", ptr %".3498", align 2
  %".3501" = load volatile i16, ptr %".3498", align 2
  %".3502" = zext i16 %".3501" to i64
  %"cursor.193" = and i64 %".3502", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_opts.22:
  %".3504" = getelementptr i8, ptr %"keys.150", i64 2
  %".3505" = trunc i64 %".3466" to i16
  store volatile i16 %".3505", ptr %".3504", align 2
  %".3507" = load volatile i16, ptr %".3504", align 2
  %".3508" = zext i16 %".3507" to i64
  %"cursor.194" = and i64 %".3508", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_opts.23:
  %".3510" = getelementptr i8, ptr %"keys.150", i64 2
  %".3511" = trunc i64 %".3466" to i16
  store volatile i16 %".3511", ptr %".3510", align 2
  %".3513" = load volatile i16, ptr %".3510", align 2
  %".3514" = zext i16 %".3513" to i64
  %"cursor.195" = and i64 %".3514", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_frag.7:
  br label %"ipv6_frag_d0_ipv6_ext3"
to_tcp.9:
  %".3517" = getelementptr i8, ptr %"keys.150", i64 2
  %".3518" = trunc i64 %".3466" to i16
  store volatile i16 %".3518", ptr %".3517", align 2
  %".3520" = load volatile i16, ptr %".3517", align 2
  %".3521" = zext i16 %".3520" to i64
  %"cursor.196" = and i64 %".3521", 16383
  br label %"tcp"
to_udp.9:
  %".3523" = getelementptr i8, ptr %"keys.150", i64 2
  %".3524" = trunc i64 %".3466" to i16
  store volatile i16 %".3524", ptr %".3523", align 2
  %".3526" = load volatile i16, ptr %".3523", align 2
  %".3527" = zext i16 %".3526" to i64
  %"cursor.197" = and i64 %".3527", 16383
  br label %"udp_d0"
to_udplite.9:
  %".3529" = getelementptr i8, ptr %"keys.150", i64 2
  %".3530" = trunc i64 %".3466" to i16
  store volatile i16 %".3530", ptr %".3529", align 2
  %".3532" = load volatile i16, ptr %".3529", align 2
  %".3533" = zext i16 %".3532" to i64
  %"cursor.198" = and i64 %".3533", 16383
  br label %"udplite"
to_gre.9:
  %".3535" = getelementptr i8, ptr %"keys.150", i64 2
  %".3536" = trunc i64 %".3466" to i16
  store volatile i16 %".3536", ptr %".3535", align 2
  %".3538" = load volatile i16, ptr %".3535", align 2
  %".3539" = zext i16 %".3538" to i64
  %"cursor.199" = and i64 %".3539", 16383
  br label %"gre_d0"
to_sctp.9:
  %".3541" = getelementptr i8, ptr %"keys.150", i64 2
  %".3542" = trunc i64 %".3466" to i16
  store volatile i16 %".3542", ptr %".3541", align 2
  %".3544" = load volatile i16, ptr %".3541", align 2
  %".3545" = zext i16 %".3544" to i64
  %"cursor.200" = and i64 %".3545", 16383
  br label %"sctp"
to_dccp.9:
  %".3547" = getelementptr i8, ptr %"keys.150", i64 2
  %".3548" = trunc i64 %".3466" to i16
  store volatile i16 %".3548", ptr %".3547", align 2
  %".3550" = load volatile i16, ptr %".3547", align 2
  %".3551" = zext i16 %".3550" to i64
  %"cursor.201" = and i64 %".3551", 16383
  br label %"dccp"
to_esp.9:
  %".3553" = getelementptr i8, ptr %"keys.150", i64 2
  %".3554" = trunc i64 %".3466" to i16
  store volatile i16 %".3554", ptr %".3553", align 2
  %".3556" = load volatile i16, ptr %".3553", align 2
  %".3557" = zext i16 %".3556" to i64
  %"cursor.202" = and i64 %".3557", 16383
  br label %"esp"
to_ah.9:
  %".3559" = getelementptr i8, ptr %"keys.150", i64 2
  %".3560" = trunc i64 %".3466" to i16
  store volatile i16 %".3560", ptr %".3559", align 2
  %".3562" = load volatile i16, ptr %".3559", align 2
  %".3563" = zext i16 %".3562" to i64
  %"cursor.203" = and i64 %".3563", 16383
  br label %"ah"
to_icmpv6.7:
  %".3565" = getelementptr i8, ptr %"keys.150", i64 2
  %".3566" = trunc i64 %".3466" to i16
  store volatile i16 %".3566", ptr %".3565", align 2
  %".3568" = load volatile i16, ptr %".3565", align 2
  %".3569" = zext i16 %".3568" to i64
  %"cursor.204" = and i64 %".3569", 16383
  br label %"icmpv6"
to_mpls.26:
  %".3571" = trunc i64 34887 to i16
  %".3572" = call i16 @"llvm.bswap.i16"(i16 %".3571")
  %".3573" = getelementptr i8, ptr %"keys.150", i64 10
  store i16 %".3572", ptr %".3573", align 2
  %".3575" = getelementptr i8, ptr %"keys.150", i64 2
  %".3576" = trunc i64 %".3466" to i16
  store volatile i16 %".3576", ptr %".3575", align 2
  %".3578" = load volatile i16, ptr %".3575", align 2
  %".3579" = zext i16 %".3578" to i64
  %"cursor.205" = and i64 %".3579", 16383
  br label %"mpls_d0_mpls_labels1"
to_ipv4.20:
  %".3581" = getelementptr i8, ptr %"keys.150", i64 8
  store i8 1, ptr %".3581", align 1
  %".3583" = getelementptr i8, ptr %"keys.150", i64 48
  %"flags.35" = load volatile i32, ptr %".3583", align 4
  %".3584" = and i32 %"flags.35", 4
  %".3585" = icmp ne i32 %".3584", 0
  br i1 %".3585", label %"exit.94", label %"cont.94"
to_ipv6.19:
  %".3597" = getelementptr i8, ptr %"keys.150", i64 8
  store i8 1, ptr %".3597", align 1
  %".3599" = getelementptr i8, ptr %"keys.150", i64 48
  %"flags.36" = load volatile i32, ptr %".3599", align 4
  %".3600" = and i32 %"flags.36", 4
  %".3601" = icmp ne i32 %".3600", 0
  br i1 %".3601", label %"exit.95", label %"cont.95"
exit.94:
  %".3587" = trunc i64 %".3466" to i16
  %".3588" = getelementptr i8, ptr %"keys.150", i64 2
  store i16 %".3587", ptr %".3588", align 2
  br label %"return"
cont.94:
  %".3591" = getelementptr i8, ptr %"keys.150", i64 2
  %".3592" = trunc i64 %".3466" to i16
  store volatile i16 %".3592", ptr %".3591", align 2
  %".3594" = load volatile i16, ptr %".3591", align 2
  %".3595" = zext i16 %".3594" to i64
  %"cursor.206" = and i64 %".3595", 16383
  br label %"ipv4_d1"
exit.95:
  %".3603" = trunc i64 %".3466" to i16
  %".3604" = getelementptr i8, ptr %"keys.150", i64 2
  store i16 %".3603", ptr %".3604", align 2
  br label %"return"
cont.95:
  %".3607" = getelementptr i8, ptr %"keys.150", i64 2
  %".3608" = trunc i64 %".3466" to i16
  store volatile i16 %".3608", ptr %".3607", align 2
  %".3610" = load volatile i16, ptr %".3607", align 2
  %".3611" = zext i16 %".3610" to i64
  %"cursor.207" = and i64 %".3611", 16383
  br label %"ipv6_d1"
copy.36:
  %"ctx.50" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3619" = trunc i64 %"cursor.111" to i32
  %".3620" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.50", i32 %".3619", [40 x i8]* %"header_copy", i32 4)
  %".3621" = icmp eq i64 %".3620", 0
  %".3622" = getelementptr i8, ptr %"ctx.50", i64 76
  %".3623" = load i32, ptr %".3622", align 4
  %".3624" = zext i32 %".3623" to i64
  %"data.151" = inttoptr i64 %".3624" to ptr
  %".3625" = getelementptr i8, ptr %"ctx.50", i64 80
  %".3626" = load i32, ptr %".3625", align 4
  %".3627" = zext i32 %".3626" to i64
  %"data_end.151" = inttoptr i64 %".3627" to ptr
  %".3628" = getelementptr i8, ptr %"ctx.50", i64 144
  %"keys.151" = load ptr, ptr %".3628", align 8
  %".3629" = xor i1 %".3621", -1
  br i1 %".3629", label %"exit.96", label %"cont.96"
exit.96:
  %".3631" = trunc i64 %"cursor.111" to i16
  %".3632" = getelementptr i8, ptr %"keys.151", i64 2
  store i16 %".3631", ptr %".3632", align 2
  br label %"return"
cont.96:
  %".3635" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3636" = load volatile i8, [40 x i8]* %".3635", align 1
  br label %"header.36"
unknown.29:
  %".3642" = trunc i64 %".3638" to i16
  %".3643" = getelementptr i8, ptr %"keys.152", i64 2
  store i16 %".3642", ptr %".3643", align 2
  br label %"return"
to_mpls.27:
  br label %"mpls_d0_mpls_labels4"
to_ip_version.4:
  %".3647" = getelementptr i8, ptr %"keys.152", i64 8
  store i8 1, ptr %".3647", align 1
  %".3649" = getelementptr i8, ptr %"keys.152", i64 48
  %"flags.37" = load volatile i32, ptr %".3649", align 4
  %".3650" = and i32 %"flags.37", 4
  %".3651" = icmp ne i32 %".3650", 0
  br i1 %".3651", label %"exit.97", label %"cont.97"
mpls_d0_mpls_labels4:
  %"cursor.208" = phi  i64 [%".3638", %"to_mpls.27"]
  %"data.153" = phi  ptr [%"data.152", %"to_mpls.27"]
  %"data_end.153" = phi  ptr [%"data_end.152", %"to_mpls.27"]
  %"keys.153" = phi  ptr [%"keys.152", %"to_mpls.27"]
  %"hdr.51" = getelementptr i8, ptr %"data.153", i64 %"cursor.208"
  %".5051" = getelementptr i8, ptr %"hdr.51", i64 4
  %".5052" = icmp ugt ptr %".5051", %"data_end.153"
  br i1 %".5052", label %"copy.51", label %"linear.51", !prof !0
linear.51:
  %".5054" = getelementptr i8, ptr %"hdr.51", i64 2
  %".5055" = load i8, ptr %".5054", align 1
  br label %"header.51"
header.51:
  %"w2_1.5" = phi  i8 [%".5055", %"linear.51"], [%".5074", %"cont.136"]
  %"data.196" = phi  ptr [%"data.153", %"linear.51"], [%"data.195", %"cont.136"]
  %"data_end.196" = phi  ptr [%"data_end.153", %"linear.51"], [%"data_end.195", %"cont.136"]
  %"keys.196" = phi  ptr [%"keys.153", %"linear.51"], [%"keys.195", %"cont.136"]
  %".5076" = add i64 %"cursor.208", 4
  %".5077" = zext i8 %"w2_1.5" to i64
  %".5078" = and i64 %".5077", 1
  switch i64 %".5078", label %"unknown.44" [i64 0, label %"to_mpls.37" i64 1, label %"to_ip_version.8"]
exit.97:
  %".3653" = trunc i64 %".3638" to i16
  %".3654" = getelementptr i8, ptr %"keys.152", i64 2
  store i16 %".3653", ptr %".3654", align 2
  br label %"return"
cont.97:
  %".3657" = getelementptr i8, ptr %"keys.152", i64 2
  %".3658" = trunc i64 %".3638" to i16
  store volatile i16 %".3658", ptr %".3657", align 2
  %".3660" = load volatile i16, ptr %".3657", align 2
  %".3661" = zext i16 %".3660" to i64
  %"cursor.209" = and i64 %".3661", 16383
  br label %"ip_version_d1"
copy.37:
  %"ctx.51" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3667" = trunc i64 %"cursor.122" to i32
  %".3668" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.51", i32 %".3667", [40 x i8]* %"header_copy", i32 4)
  %".3669" = icmp eq i64 %".3668", 0
  %".3670" = getelementptr i8, ptr %"ctx.51", i64 76
  %".3671" = load i32, ptr %".3670", align 4
  %".3672" = zext i32 %".3671" to i64
  %"data.154" = inttoptr i64 %".3672" to ptr
  %".3673" = getelementptr i8, ptr %"ctx.51", i64 80
  %".3674" = load i32, ptr %".3673", align 4
  %".3675" = zext i32 %".3674" to i64
  %"data_end.154" = inttoptr i64 %".3675" to ptr
  %".3676" = getelementptr i8, ptr %"ctx.51", i64 144
  %"keys.154" = load ptr, ptr %".3676", align 8
  %".3677" = xor i1 %".3669", -1
  br i1 %".3677", label %"exit.98", label %"cont.98"
exit.98:
  %".3679" = trunc i64 %"cursor.122" to i16
  %".3680" = getelementptr i8, ptr %"keys.154", i64 2
  store i16 %".3679", ptr %".3680", align 2
  br label %"return"
cont.98:
  br label %"header.37"
unknown.30:
  %".3686" = trunc i64 %".3684" to i16
  %".3687" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".3686", ptr %".3687", align 2
  br label %"return"
to_ip_version.5:
  %".3690" = getelementptr i8, ptr %"keys.155", i64 2
  %".3691" = trunc i64 %".3684" to i16
  store volatile i16 %".3691", ptr %".3690", align 2
  %".3693" = load volatile i16, ptr %".3690", align 2
  %".3694" = zext i16 %".3693" to i64
  %"cursor.210" = and i64 %".3694", 16383
  br label %"ip_version_d1"
copy.38:
  %"ctx.52" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3700" = trunc i64 %"cursor.124" to i32
  %".3701" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.52", i32 %".3700", [40 x i8]* %"header_copy", i32 3)
  %".3702" = icmp eq i64 %".3701", 0
  %".3703" = getelementptr i8, ptr %"ctx.52", i64 76
  %".3704" = load i32, ptr %".3703", align 4
  %".3705" = zext i32 %".3704" to i64
  %"data.156" = inttoptr i64 %".3705" to ptr
  %".3706" = getelementptr i8, ptr %"ctx.52", i64 80
  %".3707" = load i32, ptr %".3706", align 4
  %".3708" = zext i32 %".3707" to i64
  %"data_end.156" = inttoptr i64 %".3708" to ptr
  %".3709" = getelementptr i8, ptr %"ctx.52", i64 144
  %"keys.156" = load ptr, ptr %".3709", align 8
  %".3710" = xor i1 %".3702", -1
  br i1 %".3710", label %"exit.99", label %"cont.99"
exit.99:
  %".3712" = trunc i64 %"cursor.124" to i16
  %".3713" = getelementptr i8, ptr %"keys.156", i64 2
  store i16 %".3712", ptr %".3713", align 2
  br label %"return"
cont.99:
  br label %"header.38"
unknown.31:
  %".3719" = trunc i64 %".3717" to i16
  %".3720" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".3719", ptr %".3720", align 2
  br label %"return"
to_gtpu_next:
  %".3723" = getelementptr i8, ptr %"keys.157", i64 2
  %".3724" = trunc i64 %".3717" to i16
  store volatile i16 %".3724", ptr %".3723", align 2
  %".3726" = load volatile i16, ptr %".3723", align 2
  %".3727" = zext i16 %".3726" to i64
  %"cursor.212" = and i64 %".3727", 16383
  br label %"gtpu_next_d1"
gtpu_next_d1:
  %"cursor.211" = phi  i64 [%"cursor.212", %"to_gtpu_next"]
  %"data.158" = phi  ptr [%"data.157", %"to_gtpu_next"]
  %"data_end.158" = phi  ptr [%"data_end.157", %"to_gtpu_next"]
  %"keys.158" = phi  ptr [%"keys.157", %"to_gtpu_next"]
  %"hdr.52" = getelementptr i8, ptr %"data.158", i64 %"cursor.211"
  %".5104" = getelementptr i8, ptr %"hdr.52", i64 1
  %".5105" = icmp ugt ptr %".5104", %"data_end.158"
  br i1 %".5105", label %"copy.52", label %"linear.52", !prof !0
linear.52:
  %".5107" = getelementptr i8, ptr %"hdr.52", i64 0
  %".5108" = load i8, ptr %".5107", align 1
  br label %"header.52"
header.52:
  %"w0_1.23" = phi  i8 [%".5108", %"linear.52"], [%".5127", %"cont.138"]
  %"data.198" = phi  ptr [%"data.158", %"linear.52"], [%"data.197", %"cont.138"]
  %"data_end.198" = phi  ptr [%"data_end.158", %"linear.52"], [%"data_end.197", %"cont.138"]
  %"keys.198" = phi  ptr [%"keys.158", %"linear.52"], [%"keys.197", %"cont.138"]
  %".5129" = add i64 %"cursor.211", 1
  %".5130" = zext i8 %"w0_1.23" to i64
  %".5131" = icmp uge i64 %".5130", 1
  %".5132" = icmp ule i64 %".5130", 255
  %".5133" = and i1 %".5131", %".5132"
  br i1 %".5133", label %"to_gtpu_ext", label %"select.4"
copy.39:
  %"ctx.53" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3735" = trunc i64 %"cursor.129" to i32
  %".3736" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.53", i32 %".3735", [40 x i8]* %"header_copy", i32 4)
  %".3737" = icmp eq i64 %".3736", 0
  %".3738" = getelementptr i8, ptr %"ctx.53", i64 76
  %".3739" = load i32, ptr %".3738", align 4
  %".3740" = zext i32 %".3739" to i64
  %"data.159" = inttoptr i64 %".3740" to ptr
  %".3741" = getelementptr i8, ptr %"ctx.53", i64 80
  %".3742" = load i32, ptr %".3741", align 4
  %".3743" = zext i32 %".3742" to i64
  %"data_end.159" = inttoptr i64 %".3743" to ptr
  %".3744" = getelementptr i8, ptr %"ctx.53", i64 144
  %"keys.159" = load ptr, ptr %".3744", align 8
  %".3745" = xor i1 %".3737", -1
  br i1 %".3745", label %"exit.100", label %"cont.100"
exit.100:
  %".3747" = trunc i64 %"cursor.129" to i16
  %".3748" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".3747", ptr %".3748", align 2
  br label %"return"
cont.100:
  %".3751" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3752" = load volatile i16, [40 x i8]* %".3751", align 2
  br label %"header.39"
unknown.32:
  %".3767" = trunc i64 %".3760" to i16
  %".3768" = getelementptr i8, ptr %"keys.160", i64 2
  store i16 %".3767", ptr %".3768", align 2
  br label %"return"
to_ipv4.21:
  %".3771" = getelementptr i8, ptr %"keys.160", i64 2
  %".3772" = trunc i64 %".3760" to i16
  store volatile i16 %".3772", ptr %".3771", align 2
  %".3774" = load volatile i16, ptr %".3771", align 2
  %".3775" = zext i16 %".3774" to i64
  %"cursor.213" = and i64 %".3775", 16383
  br label %"ipv4_d1"
to_ipv6.20:
  %".3777" = getelementptr i8, ptr %"keys.160", i64 2
  %".3778" = trunc i64 %".3760" to i16
  store volatile i16 %".3778", ptr %".3777", align 2
  %".3780" = load volatile i16, ptr %".3777", align 2
  %".3781" = zext i16 %".3780" to i64
  %"cursor.214" = and i64 %".3781", 16383
  br label %"ipv6_d1"
to_vlan.8:
  %".3783" = getelementptr i8, ptr %"keys.160", i64 2
  %".3784" = trunc i64 %".3760" to i16
  store volatile i16 %".3784", ptr %".3783", align 2
  %".3786" = load volatile i16, ptr %".3783", align 2
  %".3787" = zext i16 %".3786" to i64
  %"cursor.216" = and i64 %".3787", 16383
  br label %"vlan_d1_vlan_tags2"
to_vlan.9:
  %".3789" = getelementptr i8, ptr %"keys.160", i64 2
  %".3790" = trunc i64 %".3760" to i16
  store volatile i16 %".3790", ptr %".3789", align 2
  %".3792" = load volatile i16, ptr %".3789", align 2
  %".3793" = zext i16 %".3792" to i64
  %"cursor.217" = and i64 %".3793", 16383
  br label %"vlan_d1_vlan_tags2"
to_mpls.28:
  %".3795" = getelementptr i8, ptr %"keys.160", i64 2
  %".3796" = trunc i64 %".3760" to i16
  store volatile i16 %".3796", ptr %".3795", align 2
  %".3798" = load volatile i16, ptr %".3795", align 2
  %".3799" = zext i16 %".3798" to i64
  %"cursor.218" = and i64 %".3799", 16383
  br label %"mpls_d1_mpls_labels1"
to_mpls.29:
  %".3801" = getelementptr i8, ptr %"keys.160", i64 2
  %".3802" = trunc i64 %".3760" to i16
  store volatile i16 %".3802", ptr %".3801", align 2
  %".3804" = load volatile i16, ptr %".3801", align 2
  %".3805" = zext i16 %".3804" to i64
  %"cursor.219" = and i64 %".3805", 16383
  br label %"mpls_d1_mpls_labels1"
to_pppoe.4:
  %".3807" = getelementptr i8, ptr %"keys.160", i64 2
  %".3808" = trunc i64 %".3760" to i16
  store volatile i16 %".3808", ptr %".3807", align 2
  %".3810" = load volatile i16, ptr %".3807", align 2
  %".3811" = zext i16 %".3810" to i64
  %"cursor.220" = and i64 %".3811", 16383
  br label %"pppoe_d1"
vlan_d1_vlan_tags2:
  %"cursor.215" = phi  i64 [%"cursor.216", %"to_vlan.8"], [%"cursor.217", %"to_vlan.9"]
  %"data.161" = phi  ptr [%"data.160", %"to_vlan.8"], [%"data.160", %"to_vlan.9"]
  %"data_end.161" = phi  ptr [%"data_end.160", %"to_vlan.8"], [%"data_end.160", %"to_vlan.9"]
  %"keys.161" = phi  ptr [%"keys.160", %"to_vlan.8"], [%"keys.160", %"to_vlan.9"]
  %"hdr.53" = getelementptr i8, ptr %"data.161", i64 %"cursor.215"
  %".5152" = getelementptr i8, ptr %"hdr.53", i64 4
  %".5153" = icmp ugt ptr %".5152", %"data_end.161"
  br i1 %".5153", label %"copy.53", label %"linear.53", !prof !0
linear.53:
  %".5155" = getelementptr i8, ptr %"hdr.53", i64 2
  %".5156" = load i16, ptr %".5155", align 2
  br label %"header.53"
header.53:
  %"w2_2.20" = phi  i16 [%".5156", %"linear.53"], [%".5175", %"cont.139"]
  %"data.201" = phi  ptr [%"data.161", %"linear.53"], [%"data.200", %"cont.139"]
  %"data_end.201" = phi  ptr [%"data_end.161", %"linear.53"], [%"data_end.200", %"cont.139"]
  %"keys.201" = phi  ptr [%"keys.161", %"linear.53"], [%"keys.200", %"cont.139"]
  %".5177" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.20")
  %".5178" = zext i16 %".5177" to i64
  %".5179" = trunc i64 %".5178" to i16
  %".5180" = call i16 @"llvm.bswap.i16"(i16 %".5179")
  %".5181" = getelementptr i8, ptr %"keys.201", i64 10
  store i16 %".5180", ptr %".5181", align 2
  %".5183" = add i64 %"cursor.215", 4
  %".5184" = trunc i64 %".5183" to i16
  %".5185" = getelementptr i8, ptr %"keys.201", i64 0
  store i16 %".5184", ptr %".5185", align 2
  %".5187" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.20")
  %".5188" = zext i16 %".5187" to i64
  switch i64 %".5188", label %"unknown.46" [i64 2048, label %"to_ipv4.30" i64 34525, label %"to_ipv6.28" i64 33024, label %"to_vlan.10" i64 34984, label %"to_vlan.11" i64 34887, label %"to_mpls.38" i64 34888, label %"to_mpls.39" i64 34916, label %"to_pppoe.5"]
copy.40:
  %"ctx.54" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3823" = trunc i64 %"cursor.134" to i32
  %".3824" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.54", i32 %".3823", [40 x i8]* %"header_copy", i32 8)
  %".3825" = icmp eq i64 %".3824", 0
  %".3826" = getelementptr i8, ptr %"ctx.54", i64 76
  %".3827" = load i32, ptr %".3826", align 4
  %".3828" = zext i32 %".3827" to i64
  %"data.162" = inttoptr i64 %".3828" to ptr
  %".3829" = getelementptr i8, ptr %"ctx.54", i64 80
  %".3830" = load i32, ptr %".3829", align 4
  %".3831" = zext i32 %".3830" to i64
  %"data_end.162" = inttoptr i64 %".3831" to ptr
  %".3832" = getelementptr i8, ptr %"ctx.54", i64 144
  %"keys.162" = load ptr, ptr %".3832", align 8
  %".3833" = xor i1 %".3825", -1
  br i1 %".3833", label %"exit.101", label %"cont.101"
exit.101:
  %".3835" = trunc i64 %"cursor.134" to i16
  %".3836" = getelementptr i8, ptr %"keys.162", i64 2
  store i16 %".3835", ptr %".3836", align 2
  br label %"return"
cont.101:
  %".3839" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3840" = load volatile i8, [40 x i8]* %".3839", align 1
  %".3841" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3842" = load volatile i8, [40 x i8]* %".3841", align 1
  %".3843" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".3844" = load volatile i16, [40 x i8]* %".3843", align 2
  br label %"header.40"
exit.102:
  %".3859" = trunc i64 %"cursor.134" to i16
  %".3860" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".3859", ptr %".3860", align 2
  br label %"return"
cont.102:
  %".3863" = add i64 %"cursor.134", 8
  %".3864" = trunc i64 %".3863" to i16
  %".3865" = getelementptr i8, ptr %"keys.163", i64 0
  store i16 %".3864", ptr %".3865", align 2
  %".3867" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.3")
  %".3868" = zext i16 %".3867" to i64
  switch i64 %".3868", label %"unknown.33" [i64 33, label %"to_ipv4.22" i64 87, label %"to_ipv6.21" i64 641, label %"to_mpls.30" i64 643, label %"to_mpls.31"]
unknown.33:
  %".3870" = trunc i64 %".3863" to i16
  %".3871" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".3870", ptr %".3871", align 2
  br label %"return"
to_ipv4.22:
  %".3874" = getelementptr i8, ptr %"keys.163", i64 2
  %".3875" = trunc i64 %".3863" to i16
  store volatile i16 %".3875", ptr %".3874", align 2
  %".3877" = load volatile i16, ptr %".3874", align 2
  %".3878" = zext i16 %".3877" to i64
  %"cursor.221" = and i64 %".3878", 16383
  br label %"ipv4_d1"
to_ipv6.21:
  %".3880" = getelementptr i8, ptr %"keys.163", i64 2
  %".3881" = trunc i64 %".3863" to i16
  store volatile i16 %".3881", ptr %".3880", align 2
  %".3883" = load volatile i16, ptr %".3880", align 2
  %".3884" = zext i16 %".3883" to i64
  %"cursor.222" = and i64 %".3884", 16383
  br label %"ipv6_d1"
to_mpls.30:
  %".3886" = trunc i64 34887 to i16
  %".3887" = call i16 @"llvm.bswap.i16"(i16 %".3886")
  %".3888" = getelementptr i8, ptr %"keys.163", i64 10
  store i16 %".3887", ptr %".3888", align 2
  %".3890" = getelementptr i8, ptr %"keys.163", i64 2
  %".3891" = trunc i64 %".3863" to i16
  store volatile i16 %".3891", ptr %".3890", align 2
  %".3893" = load volatile i16, ptr %".3890", align 2
  %".3894" = zext i16 %".3893" to i64
  %"cursor.223" = and i64 %".3894", 16383
  br label %"mpls_d1_mpls_labels1"
to_mpls.31:
  %".3896" = trunc i64 34888 to i16
  %".3897" = call i16 @"llvm.bswap.i16"(i16 %".3896")
  %".3898" = getelementptr i8, ptr %"keys.163", i64 10
  store i16 %".3897", ptr %".3898", align 2
  %".3900" = getelementptr i8, ptr %"keys.163", i64 2
  %".3901" = trunc i64 %".3863" to i16
  store volatile i16 %".3901", ptr %".3900", align 2
  %".3903" = load volatile i16, ptr %".3900", align 2
  %".3904" = zext i16 %".3903" to i64
  %"cursor.224" = and i64 %".3904", 16383
  br label %"mpls_d1_mpls_labels1"
copy.41:
  %"ctx.55" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3912" = trunc i64 %"cursor.136" to i32
  %".3913" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.55", i32 %".3912", [40 x i8]* %"header_copy", i32 4)
  %".3914" = icmp eq i64 %".3913", 0
  %".3915" = getelementptr i8, ptr %"ctx.55", i64 76
  %".3916" = load i32, ptr %".3915", align 4
  %".3917" = zext i32 %".3916" to i64
  %"data.164" = inttoptr i64 %".3917" to ptr
  %".3918" = getelementptr i8, ptr %"ctx.55", i64 80
  %".3919" = load i32, ptr %".3918", align 4
  %".3920" = zext i32 %".3919" to i64
  %"data_end.164" = inttoptr i64 %".3920" to ptr
  %".3921" = getelementptr i8, ptr %"ctx.55", i64 144
  %"keys.164" = load ptr, ptr %".3921", align 8
  %".3922" = xor i1 %".3914", -1
  br i1 %".3922", label %"exit.103", label %"cont.103"
exit.103:
  %".3924" = trunc i64 %"cursor.136" to i16
  %".3925" = getelementptr i8, ptr %"keys.164", i64 2
  store i16 %".3924", ptr %".3925", align 2
  br label %"return"
cont.103:
  %".3928" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3929" = load volatile i8, [40 x i8]* %".3928", align 1
  br label %"header.41"
unknown.34:
  %".3935" = trunc i64 %".3931" to i16
  %".3936" = getelementptr i8, ptr %"keys.165", i64 2
  store i16 %".3935", ptr %".3936", align 2
  br label %"return"
to_mpls.32:
  %".3939" = getelementptr i8, ptr %"keys.165", i64 2
  %".3940" = trunc i64 %".3931" to i16
  store volatile i16 %".3940", ptr %".3939", align 2
  %".3942" = load volatile i16, ptr %".3939", align 2
  %".3943" = zext i16 %".3942" to i64
  %"cursor.226" = and i64 %".3943", 16383
  br label %"mpls_d1_mpls_labels3"
to_ip_version.6:
  %".3945" = getelementptr i8, ptr %"keys.165", i64 8
  store i8 1, ptr %".3945", align 1
  %".3947" = getelementptr i8, ptr %"keys.165", i64 48
  %"flags.38" = load volatile i32, ptr %".3947", align 4
  %".3948" = and i32 %"flags.38", 4
  %".3949" = icmp ne i32 %".3948", 0
  br i1 %".3949", label %"exit.104", label %"cont.104"
mpls_d1_mpls_labels3:
  %"cursor.225" = phi  i64 [%"cursor.226", %"to_mpls.32"]
  %"data.166" = phi  ptr [%"data.165", %"to_mpls.32"]
  %"data_end.166" = phi  ptr [%"data_end.165", %"to_mpls.32"]
  %"keys.166" = phi  ptr [%"keys.165", %"to_mpls.32"]
  %"hdr.54" = getelementptr i8, ptr %"data.166", i64 %"cursor.225"
  %".5232" = getelementptr i8, ptr %"hdr.54", i64 4
  %".5233" = icmp ugt ptr %".5232", %"data_end.166"
  br i1 %".5233", label %"copy.54", label %"linear.54", !prof !0
linear.54:
  %".5235" = getelementptr i8, ptr %"hdr.54", i64 2
  %".5236" = load i8, ptr %".5235", align 1
  br label %"header.54"
header.54:
  %"w2_1.6" = phi  i8 [%".5236", %"linear.54"], [%".5255", %"cont.140"]
  %"data.203" = phi  ptr [%"data.166", %"linear.54"], [%"data.202", %"cont.140"]
  %"data_end.203" = phi  ptr [%"data_end.166", %"linear.54"], [%"data_end.202", %"cont.140"]
  %"keys.203" = phi  ptr [%"keys.166", %"linear.54"], [%"keys.202", %"cont.140"]
  %".5257" = add i64 %"cursor.225", 4
  %".5258" = zext i8 %"w2_1.6" to i64
  %".5259" = and i64 %".5258", 1
  switch i64 %".5259", label %"unknown.47" [i64 0, label %"to_mpls.40" i64 1, label %"to_ip_version.10"]
exit.104:
  %".3951" = trunc i64 %".3931" to i16
  %".3952" = getelementptr i8, ptr %"keys.165", i64 2
  store i16 %".3951", ptr %".3952", align 2
  br label %"return"
cont.104:
  %".3955" = trunc i64 %".3931" to i16
  %".3956" = getelementptr i8, ptr %"keys.165", i64 2
  store i16 %".3955", ptr %".3956", align 2
  br label %"return"
copy.42:
  %"ctx.56" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3963" = trunc i64 %"cursor.138" to i32
  %".3964" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.56", i32 %".3963", [40 x i8]* %"header_copy", i32 8)
  %".3965" = icmp eq i64 %".3964", 0
  %".3966" = getelementptr i8, ptr %"ctx.56", i64 76
  %".3967" = load i32, ptr %".3966", align 4
  %".3968" = zext i32 %".3967" to i64
  %"data.167" = inttoptr i64 %".3968" to ptr
  %".3969" = getelementptr i8, ptr %"ctx.56", i64 80
  %".3970" = load i32, ptr %".3969", align 4
  %".3971" = zext i32 %".3970" to i64
  %"data_end.167" = inttoptr i64 %".3971" to ptr
  %".3972" = getelementptr i8, ptr %"ctx.56", i64 144
  %"keys.167" = load ptr, ptr %".3972", align 8
  %".3973" = xor i1 %".3965", -1
  br i1 %".3973", label %"exit.105", label %"cont.105"
exit.105:
  %".3975" = trunc i64 %"cursor.138" to i16
  %".3976" = getelementptr i8, ptr %"keys.167", i64 2
  store i16 %".3975", ptr %".3976", align 2
  br label %"return"
cont.105:
  br label %"header.42"
exit.106:
  %".3987" = trunc i64 %".3980" to i16
  %".3988" = getelementptr i8, ptr %"keys.168", i64 2
  store i16 %".3987", ptr %".3988", align 2
  br label %"return"
cont.106:
  switch i64 0, label %"unknown.35" [i64 0, label %"to_ethernet.4"]
unknown.35:
  %".3992" = trunc i64 %".3980" to i16
  %".3993" = getelementptr i8, ptr %"keys.168", i64 2
  store i16 %".3992", ptr %".3993", align 2
  br label %"return"
to_ethernet.4:
  %".3996" = trunc i64 %".3980" to i16
  %".3997" = getelementptr i8, ptr %"keys.168", i64 2
  store i16 %".3996", ptr %".3997", align 2
  br label %"return"
copy.43:
  %"ctx.57" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4008" = trunc i64 %"cursor.140" to i32
  %".4009" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.57", i32 %".4008", [40 x i8]* %"header_copy", i32 8)
  %".4010" = icmp eq i64 %".4009", 0
  %".4011" = getelementptr i8, ptr %"ctx.57", i64 76
  %".4012" = load i32, ptr %".4011", align 4
  %".4013" = zext i32 %".4012" to i64
  %"data.169" = inttoptr i64 %".4013" to ptr
  %".4014" = getelementptr i8, ptr %"ctx.57", i64 80
  %".4015" = load i32, ptr %".4014", align 4
  %".4016" = zext i32 %".4015" to i64
  %"data_end.169" = inttoptr i64 %".4016" to ptr
  %".4017" = getelementptr i8, ptr %"ctx.57", i64 144
  %"keys.169" = load ptr, ptr %".4017", align 8
  %".4018" = xor i1 %".4010", -1
  br i1 %".4018", label %"exit.107", label %"cont.107"
exit.107:
  %".4020" = trunc i64 %"cursor.140" to i16
  %".4021" = getelementptr i8, ptr %"keys.169", i64 2
  store i16 %".4020", ptr %".4021", align 2
  br label %"return"
cont.107:
  %".4024" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4025" = load volatile i8, [40 x i8]* %".4024", align 1
  %".4026" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4027" = load volatile i16, [40 x i8]* %".4026", align 2
  br label %"header.43"
exit.108:
  %".4034" = trunc i64 %"cursor.140" to i16
  %".4035" = getelementptr i8, ptr %"keys.170", i64 2
  store i16 %".4034", ptr %".4035", align 2
  br label %"return"
cont.108:
  %".4038" = add i64 %"cursor.140", 8
  %".4039" = zext i8 %"w0_1.16" to i64
  %".4040" = and i64 %".4039", 63
  %".4041" = mul i64 %".4040", 4
  %".4042" = add i64 %".4041", 8
  %".4043" = getelementptr i8, ptr %"data.170", i64 %"cursor.140"
  %".4044" = getelementptr i8, ptr %".4043", i64 %".4042"
  %".4045" = icmp ugt ptr %".4044", %"data_end.170"
  br i1 %".4045", label %"copy_last_byte.13", label %"variable_part.13", !prof !0
variable_part.13:
  %"data.172" = phi  ptr [%"data.170", %"cont.108"], [%"data.171", %"cont.109"]
  %"data_end.172" = phi  ptr [%"data_end.170", %"cont.108"], [%"data_end.171", %"cont.109"]
  %"keys.172" = phi  ptr [%"keys.170", %"cont.108"], [%"keys.171", %"cont.109"]
  %"end.13" = add i64 %"cursor.140", %".4042"
  %".4066" = getelementptr i8, ptr %"keys.172", i64 8
  store i8 1, ptr %".4066", align 1
  %".4068" = getelementptr i8, ptr %"keys.172", i64 48
  %"flags.40" = load volatile i32, ptr %".4068", align 4
  %".4069" = and i32 %"flags.40", 4
  %".4070" = icmp ne i32 %".4069", 0
  br i1 %".4070", label %"exit.110", label %"cont.110"
copy_last_byte.13:
  %".4047" = add i64 %"cursor.140", %".4042"
  %".4048" = sub i64 %".4047", 1
  %"ctx.58" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4049" = trunc i64 %".4048" to i32
  %".4050" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.58", i32 %".4049", i64* %"last_byte", i32 1)
  %".4051" = icmp eq i64 %".4050", 0
  %".4052" = getelementptr i8, ptr %"ctx.58", i64 76
  %".4053" = load i32, ptr %".4052", align 4
  %".4054" = zext i32 %".4053" to i64
  %"data.171" = inttoptr i64 %".4054" to ptr
  %".4055" = getelementptr i8, ptr %"ctx.58", i64 80
  %".4056" = load i32, ptr %".4055", align 4
  %".4057" = zext i32 %".4056" to i64
  %"data_end.171" = inttoptr i64 %".4057" to ptr
  %".4058" = getelementptr i8, ptr %"ctx.58", i64 144
  %"keys.171" = load ptr, ptr %".4058", align 8
  %".4059" = xor i1 %".4051", -1
  br i1 %".4059", label %"exit.109", label %"cont.109"
exit.109:
  %".4061" = trunc i64 %"cursor.140" to i16
  %".4062" = getelementptr i8, ptr %"keys.171", i64 2
  store i16 %".4061", ptr %".4062", align 2
  br label %"return"
cont.109:
  br label %"variable_part.13"
exit.110:
  %".4072" = trunc i64 %"end.13" to i16
  %".4073" = getelementptr i8, ptr %"keys.172", i64 2
  store i16 %".4072", ptr %".4073", align 2
  br label %"return"
cont.110:
  %".4076" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.16")
  %".4077" = zext i16 %".4076" to i64
  switch i64 %".4077", label %"unknown.36" [i64 25944, label %"to_ethernet.5" i64 2048, label %"to_ipv4.23" i64 34525, label %"to_ipv6.22"]
unknown.36:
  %".4079" = trunc i64 %"end.13" to i16
  %".4080" = getelementptr i8, ptr %"keys.172", i64 2
  store i16 %".4079", ptr %".4080", align 2
  br label %"return"
to_ethernet.5:
  %".4083" = trunc i64 %"end.13" to i16
  %".4084" = getelementptr i8, ptr %"keys.172", i64 2
  store i16 %".4083", ptr %".4084", align 2
  br label %"return"
to_ipv4.23:
  %".4087" = trunc i64 %"end.13" to i16
  %".4088" = getelementptr i8, ptr %"keys.172", i64 2
  store i16 %".4087", ptr %".4088", align 2
  br label %"return"
to_ipv6.22:
  %".4091" = trunc i64 %"end.13" to i16
  %".4092" = getelementptr i8, ptr %"keys.172", i64 2
  store i16 %".4091", ptr %".4092", align 2
  br label %"return"
copy.44:
  %"ctx.59" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4103" = trunc i64 %"cursor.142" to i32
  %".4104" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.59", i32 %".4103", [40 x i8]* %"header_copy", i32 4)
  %".4105" = icmp eq i64 %".4104", 0
  %".4106" = getelementptr i8, ptr %"ctx.59", i64 76
  %".4107" = load i32, ptr %".4106", align 4
  %".4108" = zext i32 %".4107" to i64
  %"data.173" = inttoptr i64 %".4108" to ptr
  %".4109" = getelementptr i8, ptr %"ctx.59", i64 80
  %".4110" = load i32, ptr %".4109", align 4
  %".4111" = zext i32 %".4110" to i64
  %"data_end.173" = inttoptr i64 %".4111" to ptr
  %".4112" = getelementptr i8, ptr %"ctx.59", i64 144
  %"keys.173" = load ptr, ptr %".4112", align 8
  %".4113" = xor i1 %".4105", -1
  br i1 %".4113", label %"exit.111", label %"cont.111"
exit.111:
  %".4115" = trunc i64 %"cursor.142" to i16
  %".4116" = getelementptr i8, ptr %"keys.173", i64 2
  store i16 %".4115", ptr %".4116", align 2
  br label %"return"
cont.111:
  %".4119" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4120" = load volatile i8, [40 x i8]* %".4119", align 1
  %".4121" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".4122" = load volatile i8, [40 x i8]* %".4121", align 1
  br label %"header.44"
exit.112:
  %".4134" = trunc i64 %"cursor.142" to i16
  %".4135" = getelementptr i8, ptr %"keys.174", i64 2
  store i16 %".4134", ptr %".4135", align 2
  br label %"return"
cont.112:
  %".4138" = add i64 %"cursor.142", 4
  %".4139" = zext i8 %"w0_1.17" to i64
  %".4140" = and i64 %".4139", 31
  %".4141" = mul i64 %".4140", 4
  %".4142" = add i64 %".4141", 4
  %".4143" = getelementptr i8, ptr %"data.174", i64 %"cursor.142"
  %".4144" = getelementptr i8, ptr %".4143", i64 %".4142"
  %".4145" = icmp ugt ptr %".4144", %"data_end.174"
  br i1 %".4145", label %"copy_last_byte.14", label %"variable_part.14", !prof !0
variable_part.14:
  %"data.176" = phi  ptr [%"data.174", %"cont.112"], [%"data.175", %"cont.113"]
  %"data_end.176" = phi  ptr [%"data_end.174", %"cont.112"], [%"data_end.175", %"cont.113"]
  %"keys.176" = phi  ptr [%"keys.174", %"cont.112"], [%"keys.175", %"cont.113"]
  %"end.14" = add i64 %"cursor.142", %".4142"
  %".4166" = getelementptr i8, ptr %"keys.176", i64 8
  store i8 1, ptr %".4166", align 1
  %".4168" = getelementptr i8, ptr %"keys.176", i64 48
  %"flags.41" = load volatile i32, ptr %".4168", align 4
  %".4169" = and i32 %"flags.41", 4
  %".4170" = icmp ne i32 %".4169", 0
  br i1 %".4170", label %"exit.114", label %"cont.114"
copy_last_byte.14:
  %".4147" = add i64 %"cursor.142", %".4142"
  %".4148" = sub i64 %".4147", 1
  %"ctx.60" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4149" = trunc i64 %".4148" to i32
  %".4150" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.60", i32 %".4149", i64* %"last_byte", i32 1)
  %".4151" = icmp eq i64 %".4150", 0
  %".4152" = getelementptr i8, ptr %"ctx.60", i64 76
  %".4153" = load i32, ptr %".4152", align 4
  %".4154" = zext i32 %".4153" to i64
  %"data.175" = inttoptr i64 %".4154" to ptr
  %".4155" = getelementptr i8, ptr %"ctx.60", i64 80
  %".4156" = load i32, ptr %".4155", align 4
  %".4157" = zext i32 %".4156" to i64
  %"data_end.175" = inttoptr i64 %".4157" to ptr
  %".4158" = getelementptr i8, ptr %"ctx.60", i64 144
  %"keys.175" = load ptr, ptr %".4158", align 8
  %".4159" = xor i1 %".4151", -1
  br i1 %".4159", label %"exit.113", label %"cont.113"
exit.113:
  %".4161" = trunc i64 %"cursor.142" to i16
  %".4162" = getelementptr i8, ptr %"keys.175", i64 2
  store i16 %".4161", ptr %".4162", align 2
  br label %"return"
cont.113:
  br label %"variable_part.14"
exit.114:
  %".4172" = trunc i64 %"end.14" to i16
  %".4173" = getelementptr i8, ptr %"keys.176", i64 2
  store i16 %".4172", ptr %".4173", align 2
  br label %"return"
cont.114:
  %".4176" = zext i8 %"w1_1.9" to i64
  switch i64 %".4176", label %"unknown.37" [i64 4, label %"to_ipv4.24" i64 41, label %"to_ipv6.23"]
unknown.37:
  %".4178" = trunc i64 %"end.14" to i16
  %".4179" = getelementptr i8, ptr %"keys.176", i64 2
  store i16 %".4178", ptr %".4179", align 2
  br label %"return"
to_ipv4.24:
  %".4182" = trunc i64 %"end.14" to i16
  %".4183" = getelementptr i8, ptr %"keys.176", i64 2
  store i16 %".4182", ptr %".4183", align 2
  br label %"return"
to_ipv6.23:
  %".4186" = trunc i64 %"end.14" to i16
  %".4187" = getelementptr i8, ptr %"keys.176", i64 2
  store i16 %".4186", ptr %".4187", align 2
  br label %"return"
copy.45:
  %"ctx.61" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4198" = trunc i64 %"cursor.144" to i32
  %".4199" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.61", i32 %".4198", [40 x i8]* %"header_copy", i32 8)
  %".4200" = icmp eq i64 %".4199", 0
  %".4201" = getelementptr i8, ptr %"ctx.61", i64 76
  %".4202" = load i32, ptr %".4201", align 4
  %".4203" = zext i32 %".4202" to i64
  %"data.177" = inttoptr i64 %".4203" to ptr
  %".4204" = getelementptr i8, ptr %"ctx.61", i64 80
  %".4205" = load i32, ptr %".4204", align 4
  %".4206" = zext i32 %".4205" to i64
  %"data_end.177" = inttoptr i64 %".4206" to ptr
  %".4207" = getelementptr i8, ptr %"ctx.61", i64 144
  %"keys.177" = load ptr, ptr %".4207", align 8
  %".4208" = xor i1 %".4200", -1
  br i1 %".4208", label %"exit.115", label %"cont.115"
exit.115:
  %".4210" = trunc i64 %"cursor.144" to i16
  %".4211" = getelementptr i8, ptr %"keys.177", i64 2
  store i16 %".4210", ptr %".4211", align 2
  br label %"return"
cont.115:
  %".4214" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4215" = load volatile i8, [40 x i8]* %".4214", align 1
  %".4216" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".4217" = load volatile i8, [40 x i8]* %".4216", align 1
  br label %"header.45"
exit.116:
  %".4232" = trunc i64 %"cursor.144" to i16
  %".4233" = getelementptr i8, ptr %"keys.178", i64 2
  store i16 %".4232", ptr %".4233", align 2
  br label %"return"
cont.116:
  %".4236" = add i64 %"cursor.144", 8
  %".4237" = getelementptr i8, ptr %"keys.178", i64 8
  store i8 1, ptr %".4237", align 1
  %".4239" = getelementptr i8, ptr %"keys.178", i64 48
  %"flags.42" = load volatile i32, ptr %".4239", align 4
  %".4240" = and i32 %"flags.42", 4
  %".4241" = icmp ne i32 %".4240", 0
  br i1 %".4241", label %"exit.117", label %"cont.117"
exit.117:
  %".4243" = trunc i64 %".4236" to i16
  %".4244" = getelementptr i8, ptr %"keys.178", i64 2
  store i16 %".4243", ptr %".4244", align 2
  br label %"return"
cont.117:
  %".4247" = zext i8 %"w0_1.18" to i64
  %".4248" = lshr i64 %".4247", 2
  %".4249" = and i64 %".4248", 1
  %".4250" = mul i64 %".4249", 4
  %".4251" = zext i8 %"w0_1.18" to i64
  %".4252" = lshr i64 %".4251", 1
  %".4253" = and i64 %".4252", 1
  %".4254" = mul i64 %".4253", 2
  %".4255" = add i64 %".4250", %".4254"
  %".4256" = zext i8 %"w0_1.18" to i64
  %".4257" = and i64 %".4256", 1
  %".4258" = add i64 %".4255", %".4257"
  %".4259" = icmp uge i64 %".4258", 1
  %".4260" = icmp ule i64 %".4258", 3
  %".4261" = and i1 %".4259", %".4260"
  br i1 %".4261", label %"to_gtpu_opt.1", label %"select.2"
unknown.38:
  %".4268" = trunc i64 %".4236" to i16
  %".4269" = getelementptr i8, ptr %"keys.178", i64 2
  store i16 %".4268", ptr %".4269", align 2
  br label %"return"
to_ip_version.7:
  %".4272" = trunc i64 %".4236" to i16
  %".4273" = getelementptr i8, ptr %"keys.178", i64 2
  store i16 %".4272", ptr %".4273", align 2
  br label %"return"
to_gtpu_opt.1:
  %".4276" = trunc i64 %".4236" to i16
  %".4277" = getelementptr i8, ptr %"keys.178", i64 2
  store i16 %".4276", ptr %".4277", align 2
  br label %"return"
to_gtpu_seq.1:
  %".4280" = trunc i64 %".4236" to i16
  %".4281" = getelementptr i8, ptr %"keys.178", i64 2
  store i16 %".4280", ptr %".4281", align 2
  br label %"return"
select.2:
  %".4263" = icmp uge i64 %".4258", 4
  %".4264" = icmp ule i64 %".4258", 7
  %".4265" = and i1 %".4263", %".4264"
  br i1 %".4265", label %"to_gtpu_seq.1", label %"select.3"
select.3:
  switch i64 %".4258", label %"unknown.38" [i64 0, label %"to_ip_version.7"]
copy.46:
  %"ctx.62" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4290" = trunc i64 %"cursor.146" to i32
  %".4291" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.62", i32 %".4290", [40 x i8]* %"header_copy", i32 8)
  %".4292" = icmp eq i64 %".4291", 0
  %".4293" = getelementptr i8, ptr %"ctx.62", i64 76
  %".4294" = load i32, ptr %".4293", align 4
  %".4295" = zext i32 %".4294" to i64
  %"data.179" = inttoptr i64 %".4295" to ptr
  %".4296" = getelementptr i8, ptr %"ctx.62", i64 80
  %".4297" = load i32, ptr %".4296", align 4
  %".4298" = zext i32 %".4297" to i64
  %"data_end.179" = inttoptr i64 %".4298" to ptr
  %".4299" = getelementptr i8, ptr %"ctx.62", i64 144
  %"keys.179" = load ptr, ptr %".4299", align 8
  %".4300" = xor i1 %".4292", -1
  br i1 %".4300", label %"exit.118", label %"cont.118"
exit.118:
  %".4302" = trunc i64 %"cursor.146" to i16
  %".4303" = getelementptr i8, ptr %"keys.179", i64 2
  store i16 %".4302", ptr %".4303", align 2
  br label %"return"
cont.118:
  %".4306" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4307" = load volatile i16, [40 x i8]* %".4306", align 2
  br label %"header.46"
exit.119:
  %".4316" = trunc i64 %".4309" to i16
  %".4317" = getelementptr i8, ptr %"keys.180", i64 2
  store i16 %".4316", ptr %".4317", align 2
  br label %"return"
cont.119:
  %".4320" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.17")
  %".4321" = zext i16 %".4320" to i64
  switch i64 %".4321", label %"unknown.39" [i64 2048, label %"to_ipv4.25"]
unknown.39:
  %".4323" = trunc i64 %".4309" to i16
  %".4324" = getelementptr i8, ptr %"keys.180", i64 2
  store i16 %".4323", ptr %".4324", align 2
  br label %"return"
to_ipv4.25:
  %".4327" = trunc i64 %".4309" to i16
  %".4328" = getelementptr i8, ptr %"keys.180", i64 2
  store i16 %".4327", ptr %".4328", align 2
  br label %"return"
copy.47:
  %"ctx.63" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4339" = trunc i64 %"cursor.148" to i32
  %".4340" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.63", i32 %".4339", [40 x i8]* %"header_copy", i32 2)
  %".4341" = icmp eq i64 %".4340", 0
  %".4342" = getelementptr i8, ptr %"ctx.63", i64 76
  %".4343" = load i32, ptr %".4342", align 4
  %".4344" = zext i32 %".4343" to i64
  %"data.181" = inttoptr i64 %".4344" to ptr
  %".4345" = getelementptr i8, ptr %"ctx.63", i64 80
  %".4346" = load i32, ptr %".4345", align 4
  %".4347" = zext i32 %".4346" to i64
  %"data_end.181" = inttoptr i64 %".4347" to ptr
  %".4348" = getelementptr i8, ptr %"ctx.63", i64 144
  %"keys.181" = load ptr, ptr %".4348", align 8
  %".4349" = xor i1 %".4341", -1
  br i1 %".4349", label %"exit.120", label %"cont.120"
exit.120:
  %".4351" = trunc i64 %"cursor.148" to i16
  %".4352" = getelementptr i8, ptr %"keys.181", i64 2
  store i16 %".4351", ptr %".4352", align 2
  br label %"return"
cont.120:
  %".4355" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4356" = load volatile i8, [40 x i8]* %".4355", align 1
  %".4357" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".4358" = load volatile i8, [40 x i8]* %".4357", align 1
  br label %"header.47"
copy_last_byte.15:
  %".4373" = add i64 %"cursor.148", %".4368"
  %".4374" = sub i64 %".4373", 1
  %"ctx.64" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4375" = trunc i64 %".4374" to i32
  %".4376" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.64", i32 %".4375", i64* %"last_byte", i32 1)
  %".4377" = icmp eq i64 %".4376", 0
  %".4378" = getelementptr i8, ptr %"ctx.64", i64 76
  %".4379" = load i32, ptr %".4378", align 4
  %".4380" = zext i32 %".4379" to i64
  %"data.183" = inttoptr i64 %".4380" to ptr
  %".4381" = getelementptr i8, ptr %"ctx.64", i64 80
  %".4382" = load i32, ptr %".4381", align 4
  %".4383" = zext i32 %".4382" to i64
  %"data_end.183" = inttoptr i64 %".4383" to ptr
  %".4384" = getelementptr i8, ptr %"ctx.64", i64 144
  %"keys.183" = load ptr, ptr %".4384", align 8
  %".4385" = xor i1 %".4377", -1
  br i1 %".4385", label %"exit.121", label %"cont.121"
exit.121:
  %".4387" = trunc i64 %"cursor.148" to i16
  %".4388" = getelementptr i8, ptr %"keys.183", i64 2
  store i16 %".4387", ptr %".4388", align 2
  br label %"return"
cont.121:
  br label %"variable_part.15"
unknown.40:
  %".4394" = trunc i64 %"end.15" to i16
  %".4395" = getelementptr i8, ptr %"keys.184", i64 2
  store i16 %".4394", ptr %".4395", align 2
  br label %"return"
to_ipv6_opts.24:
  %".4398" = getelementptr i8, ptr %"keys.184", i64 2
  %".4399" = trunc i64 %"end.15" to i16
  store volatile i16 %".4399", ptr %".4398", align 2
  %".4401" = load volatile i16, ptr %".4398", align 2
  %".4402" = zext i16 %".4401" to i64
  %"cursor.228" = and i64 %".4402", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
to_ipv6_opts.25:
  %".4404" = getelementptr i8, ptr %"keys.184", i64 2
  %".4405" = trunc i64 %"end.15" to i16
  store volatile i16 %".4405", ptr %".4404", align 2
  %".4407" = load volatile i16, ptr %".4404", align 2
  %".4408" = zext i16 %".4407" to i64
  %"cursor.229" = and i64 %".4408", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
to_ipv6_opts.26:
  %".4410" = getelementptr i8, ptr %"keys.184", i64 2
  %".4411" = trunc i64 %"end.15" to i16
  store volatile i16 %".4411", ptr %".4410", align 2
  %".4413" = load volatile i16, ptr %".4410", align 2
  %".4414" = zext i16 %".4413" to i64
  %"cursor.230" = and i64 %".4414", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
to_ipv6_frag.8:
  %".4416" = getelementptr i8, ptr %"keys.184", i64 2
  %".4417" = trunc i64 %"end.15" to i16
  store volatile i16 %".4417", ptr %".4416", align 2
  %".4419" = load volatile i16, ptr %".4416", align 2
  %".4420" = zext i16 %".4419" to i64
  %"cursor.232" = and i64 %".4420", 16383
  br label %"ipv6_frag_d1_ipv6_ext3"
to_tcp.10:
  %".4422" = getelementptr i8, ptr %"keys.184", i64 2
  %".4423" = trunc i64 %"end.15" to i16
  store volatile i16 %".4423", ptr %".4422", align 2
  %".4425" = load volatile i16, ptr %".4422", align 2
  %".4426" = zext i16 %".4425" to i64
  %"cursor.233" = and i64 %".4426", 16383
  br label %"tcp"
to_udp.10:
  %".4428" = getelementptr i8, ptr %"keys.184", i64 2
  %".4429" = trunc i64 %"end.15" to i16
  store volatile i16 %".4429", ptr %".4428", align 2
  %".4431" = load volatile i16, ptr %".4428", align 2
  %".4432" = zext i16 %".4431" to i64
  %"cursor.234" = and i64 %".4432", 16383
  br label %"udp_d1"
to_udplite.10:
  %".4434" = getelementptr i8, ptr %"keys.184", i64 2
  %".4435" = trunc i64 %"end.15" to i16
  store volatile i16 %".4435", ptr %".4434", align 2
  %".4437" = load volatile i16, ptr %".4434", align 2
  %".4438" = zext i16 %".4437" to i64
  %"cursor.235" = and i64 %".4438", 16383
  br label %"udplite"
to_gre.10:
  %".4440" = getelementptr i8, ptr %"keys.184", i64 2
  %".4441" = trunc i64 %"end.15" to i16
  store volatile i16 %".4441", ptr %".4440", align 2
  %".4443" = load volatile i16, ptr %".4440", align 2
  %".4444" = zext i16 %".4443" to i64
  %"cursor.236" = and i64 %".4444", 16383
  br label %"gre_d1"
to_sctp.10:
  %".4446" = getelementptr i8, ptr %"keys.184", i64 2
  %".4447" = trunc i64 %"end.15" to i16
  store volatile i16 %".4447", ptr %".4446", align 2
  %".4449" = load volatile i16, ptr %".4446", align 2
  %".4450" = zext i16 %".4449" to i64
  %"cursor.237" = and i64 %".4450", 16383
  br label %"sctp"
to_dccp.10:
  %".4452" = getelementptr i8, ptr %"keys.184", i64 2
  %".4453" = trunc i64 %"end.15" to i16
  store volatile i16 %".4453", ptr %".4452", align 2
  %".4455" = load volatile i16, ptr %".4452", align 2
  %".4456" = zext i16 %".4455" to i64
  %"cursor.238" = and i64 %".4456", 16383
  br label %"dccp"
to_esp.10:
  %".4458" = getelementptr i8, ptr %"keys.184", i64 2
  %".4459" = trunc i64 %"end.15" to i16
  store volatile i16 %".4459", ptr %".4458", align 2
  %".4461" = load volatile i16, ptr %".4458", align 2
  %".4462" = zext i16 %".4461" to i64
  %"cursor.239" = and i64 %".4462", 16383
  br label %"esp"
to_ah.10:
  %".4464" = getelementptr i8, ptr %"keys.184", i64 2
  %".4465" = trunc i64 %"end.15" to i16
  store volatile i16 %".4465", ptr %".4464", align 2
  %".4467" = load volatile i16, ptr %".4464", align 2
  %".4468" = zext i16 %".4467" to i64
  %"cursor.240" = and i64 %".4468", 16383
  br label %"ah"
to_icmpv6.8:
  %".4470" = getelementptr i8, ptr %"keys.184", i64 2
  %".4471" = trunc i64 %"end.15" to i16
  store volatile i16 %".4471", ptr %".4470", align 2
  %".4473" = load volatile i16, ptr %".4470", align 2
  %".4474" = zext i16 %".4473" to i64
  %"cursor.241" = and i64 %".4474", 16383
  br label %"icmpv6"
to_mpls.33:
  %".4476" = trunc i64 34887 to i16
  %".4477" = call i16 @"llvm.bswap.i16"(i16 %".4476")
  %".4478" = getelementptr i8, ptr %"keys.184", i64 10
  store i16 %".4477", ptr %".4478", align 2
  %".4480" = getelementptr i8, ptr %"keys.184", i64 2
  %".4481" = trunc i64 %"end.15" to i16
  store volatile i16 %".4481", ptr %".4480", align 2
  %".4483" = load volatile i16, ptr %".4480", align 2
  %".4484" = zext i16 %".4483" to i64
  %"cursor.242" = and i64 %".4484", 16383
  br label %"mpls_d1_mpls_labels1"
to_ipv4.26:
  %".4486" = getelementptr i8, ptr %"keys.184", i64 8
  store i8 1, ptr %".4486", align 1
  %".4488" = getelementptr i8, ptr %"keys.184", i64 48
  %"flags.44" = load volatile i32, ptr %".4488", align 4
  %".4489" = and i32 %"flags.44", 4
  %".4490" = icmp ne i32 %".4489", 0
  br i1 %".4490", label %"exit.122", label %"cont.122"
to_ipv6.24:
  %".4500" = getelementptr i8, ptr %"keys.184", i64 8
  store i8 1, ptr %".4500", align 1
  %".4502" = getelementptr i8, ptr %"keys.184", i64 48
  %"flags.45" = load volatile i32, ptr %".4502", align 4
  %".4503" = and i32 %"flags.45", 4
  %".4504" = icmp ne i32 %".4503", 0
  br i1 %".4504", label %"exit.123", label %"cont.123"
ipv6_opts_d1_ipv6_ext3:
  %"cursor.227" = phi  i64 [%"cursor.228", %"to_ipv6_opts.24"], [%"cursor.229", %"to_ipv6_opts.25"], [%"cursor.230", %"to_ipv6_opts.26"], [%"cursor.243", %"to_ipv6_opts.27"], [%"cursor.244", %"to_ipv6_opts.28"], [%"cursor.245", %"to_ipv6_opts.29"]
  %"data.185" = phi  ptr [%"data.184", %"to_ipv6_opts.24"], [%"data.184", %"to_ipv6_opts.25"], [%"data.184", %"to_ipv6_opts.26"], [%"data.188", %"to_ipv6_opts.27"], [%"data.188", %"to_ipv6_opts.28"], [%"data.188", %"to_ipv6_opts.29"]
  %"data_end.185" = phi  ptr [%"data_end.184", %"to_ipv6_opts.24"], [%"data_end.184", %"to_ipv6_opts.25"], [%"data_end.184", %"to_ipv6_opts.26"], [%"data_end.188", %"to_ipv6_opts.27"], [%"data_end.188", %"to_ipv6_opts.28"], [%"data_end.188", %"to_ipv6_opts.29"]
  %"keys.185" = phi  ptr [%"keys.184", %"to_ipv6_opts.24"], [%"keys.184", %"to_ipv6_opts.25"], [%"keys.184", %"to_ipv6_opts.26"], [%"keys.188", %"to_ipv6_opts.27"], [%"keys.188", %"to_ipv6_opts.28"], [%"keys.188", %"to_ipv6_opts.29"]
  %"hdr.55" = getelementptr i8, ptr %"data.185", i64 %"cursor.227"
  %".5285" = getelementptr i8, ptr %"hdr.55", i64 2
  %".5286" = icmp ugt ptr %".5285", %"data_end.185"
  br i1 %".5286", label %"copy.55", label %"linear.55", !prof !0
linear.55:
  %".5288" = getelementptr i8, ptr %"hdr.55", i64 0
  %".5289" = load i8, ptr %".5288", align 1
  %".5290" = getelementptr i8, ptr %"hdr.55", i64 1
  %".5291" = load i8, ptr %".5290", align 1
  br label %"header.55"
header.55:
  %"w0_1.24" = phi  i8 [%".5289", %"linear.55"], [%".5310", %"cont.142"]
  %"w1_1.13" = phi  i8 [%".5291", %"linear.55"], [%".5312", %"cont.142"]
  %"data.206" = phi  ptr [%"data.185", %"linear.55"], [%"data.205", %"cont.142"]
  %"data_end.206" = phi  ptr [%"data_end.185", %"linear.55"], [%"data_end.205", %"cont.142"]
  %"keys.206" = phi  ptr [%"keys.185", %"linear.55"], [%"keys.205", %"cont.142"]
  %".5314" = zext i8 %"w0_1.24" to i64
  %".5315" = trunc i64 %".5314" to i8
  %".5316" = getelementptr i8, ptr %"keys.206", i64 9
  store i8 %".5315", ptr %".5316", align 1
  %".5318" = add i64 %"cursor.227", 2
  %".5319" = zext i8 %"w1_1.13" to i64
  %".5320" = mul i64 %".5319", 8
  %".5321" = add i64 %".5320", 6
  %".5322" = add i64 %".5321", 2
  %".5323" = getelementptr i8, ptr %"data.206", i64 %"cursor.227"
  %".5324" = getelementptr i8, ptr %".5323", i64 %".5322"
  %".5325" = icmp ugt ptr %".5324", %"data_end.206"
  br i1 %".5325", label %"copy_last_byte.17", label %"variable_part.17", !prof !0
variable_part.17:
  %"data.208" = phi  ptr [%"data.206", %"header.55"], [%"data.207", %"cont.143"]
  %"data_end.208" = phi  ptr [%"data_end.206", %"header.55"], [%"data_end.207", %"cont.143"]
  %"keys.208" = phi  ptr [%"keys.206", %"header.55"], [%"keys.207", %"cont.143"]
  %"end.17" = add i64 %"cursor.227", %".5322"
  %".5346" = zext i8 %"w0_1.24" to i64
  switch i64 %".5346", label %"unknown.48" [i64 0, label %"to_ipv6_opts.36" i64 43, label %"to_ipv6_opts.37" i64 60, label %"to_ipv6_opts.38" i64 44, label %"to_ipv6_frag.12" i64 6, label %"to_tcp.14" i64 17, label %"to_udp.14" i64 136, label %"to_udplite.14" i64 47, label %"to_gre.14" i64 132, label %"to_sctp.14" i64 33, label %"to_dccp.14" i64 50, label %"to_esp.14" i64 51, label %"to_ah.14" i64 58, label %"to_icmpv6.12" i64 137, label %"to_mpls.41" i64 4, label %"to_ipv4.31" i64 41, label %"to_ipv6.29"]
ipv6_frag_d1_ipv6_ext3:
  %"cursor.231" = phi  i64 [%"cursor.232", %"to_ipv6_frag.8"], [%"cursor.246", %"to_ipv6_frag.9"]
  %"data.186" = phi  ptr [%"data.184", %"to_ipv6_frag.8"], [%"data.188", %"to_ipv6_frag.9"]
  %"data_end.186" = phi  ptr [%"data_end.184", %"to_ipv6_frag.8"], [%"data_end.188", %"to_ipv6_frag.9"]
  %"keys.186" = phi  ptr [%"keys.184", %"to_ipv6_frag.8"], [%"keys.188", %"to_ipv6_frag.9"]
  %"hdr.56" = getelementptr i8, ptr %"data.186", i64 %"cursor.231"
  %".5460" = getelementptr i8, ptr %"hdr.56", i64 8
  %".5461" = icmp ugt ptr %".5460", %"data_end.186"
  br i1 %".5461", label %"copy.56", label %"linear.56", !prof !0
linear.56:
  %".5463" = getelementptr i8, ptr %"hdr.56", i64 0
  %".5464" = load i8, ptr %".5463", align 1
  %".5465" = getelementptr i8, ptr %"hdr.56", i64 2
  %".5466" = load i16, ptr %".5465", align 2
  br label %"header.56"
header.56:
  %"w0_1.25" = phi  i8 [%".5464", %"linear.56"], [%".5485", %"cont.146"]
  %"w2_2.21" = phi  i16 [%".5466", %"linear.56"], [%".5487", %"cont.146"]
  %"data.210" = phi  ptr [%"data.186", %"linear.56"], [%"data.209", %"cont.146"]
  %"data_end.210" = phi  ptr [%"data_end.186", %"linear.56"], [%"data_end.209", %"cont.146"]
  %"keys.210" = phi  ptr [%"keys.186", %"linear.56"], [%"keys.209", %"cont.146"]
  %".5489" = zext i8 %"w0_1.25" to i64
  %".5490" = trunc i64 %".5489" to i8
  %".5491" = getelementptr i8, ptr %"keys.210", i64 9
  store i8 %".5490", ptr %".5491", align 1
  %".5493" = add i64 %"cursor.231", 8
  %".5494" = icmp ne i64 1, 0
  %".5495" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.21")
  %".5496" = zext i16 %".5495" to i64
  %".5497" = and i64 %".5496", 65528
  %".5498" = icmp eq i64 %".5497", 0
  br i1 %".5494", label %"fragment.7", label %"not_fragment.7"
exit.122:
  %".4492" = trunc i64 %"end.15" to i16
  %".4493" = getelementptr i8, ptr %"keys.184", i64 2
  store i16 %".4492", ptr %".4493", align 2
  br label %"return"
cont.122:
  %".4496" = trunc i64 %"end.15" to i16
  %".4497" = getelementptr i8, ptr %"keys.184", i64 2
  store i16 %".4496", ptr %".4497", align 2
  br label %"return"
exit.123:
  %".4506" = trunc i64 %"end.15" to i16
  %".4507" = getelementptr i8, ptr %"keys.184", i64 2
  store i16 %".4506", ptr %".4507", align 2
  br label %"return"
cont.123:
  %".4510" = trunc i64 %"end.15" to i16
  %".4511" = getelementptr i8, ptr %"keys.184", i64 2
  store i16 %".4510", ptr %".4511", align 2
  br label %"return"
copy.48:
  %"ctx.65" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4522" = trunc i64 %"cursor.152" to i32
  %".4523" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.65", i32 %".4522", [40 x i8]* %"header_copy", i32 8)
  %".4524" = icmp eq i64 %".4523", 0
  %".4525" = getelementptr i8, ptr %"ctx.65", i64 76
  %".4526" = load i32, ptr %".4525", align 4
  %".4527" = zext i32 %".4526" to i64
  %"data.187" = inttoptr i64 %".4527" to ptr
  %".4528" = getelementptr i8, ptr %"ctx.65", i64 80
  %".4529" = load i32, ptr %".4528", align 4
  %".4530" = zext i32 %".4529" to i64
  %"data_end.187" = inttoptr i64 %".4530" to ptr
  %".4531" = getelementptr i8, ptr %"ctx.65", i64 144
  %"keys.187" = load ptr, ptr %".4531", align 8
  %".4532" = xor i1 %".4524", -1
  br i1 %".4532", label %"exit.124", label %"cont.124"
exit.124:
  %".4534" = trunc i64 %"cursor.152" to i16
  %".4535" = getelementptr i8, ptr %"keys.187", i64 2
  store i16 %".4534", ptr %".4535", align 2
  br label %"return"
cont.124:
  %".4538" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4539" = load volatile i8, [40 x i8]* %".4538", align 1
  %".4540" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4541" = load volatile i16, [40 x i8]* %".4540", align 2
  br label %"header.48"
fragment.5:
  %".4554" = getelementptr i8, ptr %"keys.188", i64 6
  store i8 1, ptr %".4554", align 1
  br i1 %".4552", label %"first_fragment.5", label %"later_fragment.5"
not_fragment.5:
  %".4573" = zext i8 %"w0_1.20" to i64
  switch i64 %".4573", label %"unknown.41" [i64 0, label %"to_ipv6_opts.27" i64 43, label %"to_ipv6_opts.28" i64 60, label %"to_ipv6_opts.29" i64 44, label %"to_ipv6_frag.9" i64 6, label %"to_tcp.11" i64 17, label %"to_udp.11" i64 136, label %"to_udplite.11" i64 47, label %"to_gre.11" i64 132, label %"to_sctp.11" i64 33, label %"to_dccp.11" i64 50, label %"to_esp.11" i64 51, label %"to_ah.11" i64 58, label %"to_icmpv6.9" i64 137, label %"to_mpls.34" i64 4, label %"to_ipv4.27" i64 41, label %"to_ipv6.25"]
first_fragment.5:
  %".4561" = getelementptr i8, ptr %"keys.188", i64 7
  store i8 1, ptr %".4561", align 1
  %".4563" = getelementptr i8, ptr %"keys.188", i64 48
  %"flags.46" = load volatile i32, ptr %".4563", align 4
  %".4564" = and i32 %"flags.46", 1
  %".4565" = icmp ne i32 %".4564", 0
  %".4566" = xor i1 %".4565", -1
  br i1 %".4566", label %"exit.125", label %"cont.125"
later_fragment.5:
  %".4557" = trunc i64 %".4547" to i16
  %".4558" = getelementptr i8, ptr %"keys.188", i64 2
  store i16 %".4557", ptr %".4558", align 2
  br label %"return"
exit.125:
  %".4568" = trunc i64 %".4547" to i16
  %".4569" = getelementptr i8, ptr %"keys.188", i64 2
  store i16 %".4568", ptr %".4569", align 2
  br label %"return"
cont.125:
  br label %"not_fragment.5"
unknown.41:
  %".4575" = trunc i64 %".4547" to i16
  %".4576" = getelementptr i8, ptr %"keys.188", i64 2
  store i16 %".4575", ptr %".4576", align 2
  br label %"return"
to_ipv6_opts.27:
  %".4579" = getelementptr i8, ptr %"keys.188", i64 2
  %".4580" = trunc i64 %".4547" to i16
  store volatile i16 %".4580", ptr %".4579", align 2
  %".4582" = load volatile i16, ptr %".4579", align 2
  %".4583" = zext i16 %".4582" to i64
  %"cursor.243" = and i64 %".4583", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
to_ipv6_opts.28:
  %".4585" = getelementptr i8, ptr %"keys.188", i64 2
  %".4586" = trunc i64 %".4547" to i16
  store volatile i16 %".4586", ptr %".4585", align 2
  %".4588" = load volatile i16, ptr %".4585", align 2
  %".4589" = zext i16 %".4588" to i64
  %"cursor.244" = and i64 %".4589", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
to_ipv6_opts.29:
  %".4591" = getelementptr i8, ptr %"keys.188", i64 2
  %".4592" = trunc i64 %".4547" to i16
  store volatile i16 %".4592", ptr %".4591", align 2
  %".4594" = load volatile i16, ptr %".4591", align 2
  %".4595" = zext i16 %".4594" to i64
  %"cursor.245" = and i64 %".4595", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
to_ipv6_frag.9:
  %".4597" = getelementptr i8, ptr %"keys.188", i64 2
  %".4598" = trunc i64 %".4547" to i16
  store volatile i16 %".4598", ptr %".4597", align 2
  %".4600" = load volatile i16, ptr %".4597", align 2
  %".4601" = zext i16 %".4600" to i64
  %"cursor.246" = and i64 %".4601", 16383
  br label %"ipv6_frag_d1_ipv6_ext3"
to_tcp.11:
  %".4603" = getelementptr i8, ptr %"keys.188", i64 2
  %".4604" = trunc i64 %".4547" to i16
  store volatile i16 %".4604", ptr %".4603", align 2
  %".4606" = load volatile i16, ptr %".4603", align 2
  %".4607" = zext i16 %".4606" to i64
  %"cursor.247" = and i64 %".4607", 16383
  br label %"tcp"
to_udp.11:
  %".4609" = getelementptr i8, ptr %"keys.188", i64 2
  %".4610" = trunc i64 %".4547" to i16
  store volatile i16 %".4610", ptr %".4609", align 2
  %".4612" = load volatile i16, ptr %".4609", align 2
  %".4613" = zext i16 %".4612" to i64
  %"cursor.248" = and i64 %".4613", 16383
  br label %"udp_d1"
to_udplite.11:
  %".4615" = getelementptr i8, ptr %"keys.188", i64 2
  %".4616" = trunc i64 %".4547" to i16
  store volatile i16 %".4616", ptr %".4615", align 2
  %".4618" = load volatile i16, ptr %".4615", align 2
  %".4619" = zext i16 %".4618" to i64
  %"cursor.249" = and i64 %".4619", 16383
  br label %"udplite"
to_gre.11:
  %".4621" = getelementptr i8, ptr %"keys.188", i64 2
  %".4622" = trunc i64 %".4547" to i16
  store volatile i16 %".4622", ptr %".4621", align 2
  %".4624" = load volatile i16, ptr %".4621", align 2
  %".4625" = zext i16 %".4624" to i64
  %"cursor.250" = and i64 %".4625", 16383
  br label %"gre_d1"
to_sctp.11:
  %".4627" = getelementptr i8, ptr %"keys.188", i64 2
  %".4628" = trunc i64 %".4547" to i16
  store volatile i16 %".4628", ptr %".4627", align 2
  %".4630" = load volatile i16, ptr %".4627", align 2
  %".4631" = zext i16 %".4630" to i64
  %"cursor.251" = and i64 %".4631", 16383
  br label %"sctp"
to_dccp.11:
  %".4633" = getelementptr i8, ptr %"keys.188", i64 2
  %".4634" = trunc i64 %".4547" to i16
  store volatile i16 %".4634", ptr %".4633", align 2
  %".4636" = load volatile i16, ptr %".4633", align 2
  %".4637" = zext i16 %".4636" to i64
  %"cursor.252" = and i64 %".4637", 16383
  br label %"dccp"
to_esp.11:
  %".4639" = getelementptr i8, ptr %"keys.188", i64 2
  %".4640" = trunc i64 %".4547" to i16
  store volatile i16 %".4640", ptr %".4639", align 2
  %".4642" = load volatile i16, ptr %".4639", align 2
  %".4643" = zext i16 %".4642" to i64
  %"cursor.253" = and i64 %".4643", 16383
  br label %"esp"
to_ah.11:
  %".4645" = getelementptr i8, ptr %"keys.188", i64 2
  %".4646" = trunc i64 %".4547" to i16
  store volatile i16 %".4646", ptr %".4645", align 2
  %".4648" = load volatile i16, ptr %".4645", align 2
  %".4649" = zext i16 %".4648" to i64
  %"cursor.254" = and i64 %".4649", 16383
  br label %"ah"
to_icmpv6.9:
  %".4651" = getelementptr i8, ptr %"keys.188", i64 2
  %".4652" = trunc i64 %".4547" to i16
  store volatile i16 %".4652", ptr %".4651", align 2
  %".4654" = load volatile i16, ptr %".4651", align 2
  %".4655" = zext i16 %".4654" to i64
  %"cursor.255" = and i64 %".4655", 16383
  br label %"icmpv6"
to_mpls.34:
  %".4657" = trunc i64 34887 to i16
  %".4658" = call i16 @"llvm.bswap.i16"(i16 %".4657")
  %".4659" = getelementptr i8, ptr %"keys.188", i64 10
  store i16 %".4658", ptr %".4659", align 2
  %".4661" = getelementptr i8, ptr %"keys.188", i64 2
  %".4662" = trunc i64 %".4547" to i16
  store volatile i16 %".4662", ptr %".4661", align 2
  %".4664" = load volatile i16, ptr %".4661", align 2
  %".4665" = zext i16 %".4664" to i64
  %"cursor.256" = and i64 %".4665", 16383
  br label %"mpls_d1_mpls_labels1"
to_ipv4.27:
  %".4667" = getelementptr i8, ptr %"keys.188", i64 8
  store i8 1, ptr %".4667", align 1
  %".4669" = getelementptr i8, ptr %"keys.188", i64 48
  %"flags.47" = load volatile i32, ptr %".4669", align 4
  %".4670" = and i32 %"flags.47", 4
  %".4671" = icmp ne i32 %".4670", 0
  br i1 %".4671", label %"exit.126", label %"cont.126"
to_ipv6.25:
  %".4681" = getelementptr i8, ptr %"keys.188", i64 8
  store i8 1, ptr %".4681", align 1
  %".4683" = getelementptr i8, ptr %"keys.188", i64 48
  %"flags.48" = load volatile i32, ptr %".4683", align 4
  %".4684" = and i32 %"flags.48", 4
  %".4685" = icmp ne i32 %".4684", 0
  br i1 %".4685", label %"exit.127", label %"cont.127"
exit.126:
  %".4673" = trunc i64 %".4547" to i16
  %".4674" = getelementptr i8, ptr %"keys.188", i64 2
  store i16 %".4673", ptr %".4674", align 2
  br label %"return"
cont.126:
  %".4677" = trunc i64 %".4547" to i16
  %".4678" = getelementptr i8, ptr %"keys.188", i64 2
  store i16 %".4677", ptr %".4678", align 2
  br label %"return"
exit.127:
  %".4687" = trunc i64 %".4547" to i16
  %".4688" = getelementptr i8, ptr %"keys.188", i64 2
  store i16 %".4687", ptr %".4688", align 2
  br label %"return"
cont.127:
  %".4691" = trunc i64 %".4547" to i16
  %".4692" = getelementptr i8, ptr %"keys.188", i64 2
  store i16 %".4691", ptr %".4692", align 2
  br label %"return"
copy.49:
  %"ctx.66" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4703" = trunc i64 %"cursor.178" to i32
  %".4704" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.66", i32 %".4703", [40 x i8]* %"header_copy", i32 2)
  %".4705" = icmp eq i64 %".4704", 0
  %".4706" = getelementptr i8, ptr %"ctx.66", i64 76
  %".4707" = load i32, ptr %".4706", align 4
  %".4708" = zext i32 %".4707" to i64
  %"data.189" = inttoptr i64 %".4708" to ptr
  %".4709" = getelementptr i8, ptr %"ctx.66", i64 80
  %".4710" = load i32, ptr %".4709", align 4
  %".4711" = zext i32 %".4710" to i64
  %"data_end.189" = inttoptr i64 %".4711" to ptr
  %".4712" = getelementptr i8, ptr %"ctx.66", i64 144
  %"keys.189" = load ptr, ptr %".4712", align 8
  %".4713" = xor i1 %".4705", -1
  br i1 %".4713", label %"exit.128", label %"cont.128"
exit.128:
  %".4715" = trunc i64 %"cursor.178" to i16
  %".4716" = getelementptr i8, ptr %"keys.189", i64 2
  store i16 %".4715", ptr %".4716", align 2
  br label %"return"
cont.128:
  %".4719" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4720" = load volatile i8, [40 x i8]* %".4719", align 1
  %".4721" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".4722" = load volatile i8, [40 x i8]* %".4721", align 1
  br label %"header.49"
copy_last_byte.16:
  %".4737" = add i64 %"cursor.178", %".4732"
  %".4738" = sub i64 %".4737", 1
  %"ctx.67" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4739" = trunc i64 %".4738" to i32
  %".4740" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.67", i32 %".4739", i64* %"last_byte", i32 1)
  %".4741" = icmp eq i64 %".4740", 0
  %".4742" = getelementptr i8, ptr %"ctx.67", i64 76
  %".4743" = load i32, ptr %".4742", align 4
  %".4744" = zext i32 %".4743" to i64
  %"data.191" = inttoptr i64 %".4744" to ptr
  %".4745" = getelementptr i8, ptr %"ctx.67", i64 80
  %".4746" = load i32, ptr %".4745", align 4
  %".4747" = zext i32 %".4746" to i64
  %"data_end.191" = inttoptr i64 %".4747" to ptr
  %".4748" = getelementptr i8, ptr %"ctx.67", i64 144
  %"keys.191" = load ptr, ptr %".4748", align 8
  %".4749" = xor i1 %".4741", -1
  br i1 %".4749", label %"exit.129", label %"cont.129"
exit.129:
  %".4751" = trunc i64 %"cursor.178" to i16
  %".4752" = getelementptr i8, ptr %"keys.191", i64 2
  store i16 %".4751", ptr %".4752", align 2
  br label %"return"
cont.129:
  br label %"variable_part.16"
unknown.42:
  %".4758" = trunc i64 %"end.16" to i16
  %".4759" = getelementptr i8, ptr %"keys.192", i64 2
  store i16 %".4758", ptr %".4759", align 2
  br label %"return"
to_ipv6_opts.30:
  %".4762" = trunc i64 %"end.16" to i16
  %".4763" = getelementptr i8, ptr %"keys.192", i64 2
  store i16 %".4762", ptr %".4763", align 2
  br label %"return"
to_ipv6_opts.31:
  %".4766" = trunc i64 %"end.16" to i16
  %".4767" = getelementptr i8, ptr %"keys.192", i64 2
  store i16 %".4766", ptr %".4767", align 2
  br label %"return"
to_ipv6_opts.32:
  %".4770" = trunc i64 %"end.16" to i16
  %".4771" = getelementptr i8, ptr %"keys.192", i64 2
  store i16 %".4770", ptr %".4771", align 2
  br label %"return"
to_ipv6_frag.10:
  %".4774" = trunc i64 %"end.16" to i16
  %".4775" = getelementptr i8, ptr %"keys.192", i64 2
  store i16 %".4774", ptr %".4775", align 2
  br label %"return"
to_tcp.12:
  %".4778" = getelementptr i8, ptr %"keys.192", i64 2
  %".4779" = trunc i64 %"end.16" to i16
  store volatile i16 %".4779", ptr %".4778", align 2
  %".4781" = load volatile i16, ptr %".4778", align 2
  %".4782" = zext i16 %".4781" to i64
  %"cursor.257" = and i64 %".4782", 16383
  br label %"tcp"
to_udp.12:
  %".4784" = getelementptr i8, ptr %"keys.192", i64 2
  %".4785" = trunc i64 %"end.16" to i16
  store volatile i16 %".4785", ptr %".4784", align 2
  %".4787" = load volatile i16, ptr %".4784", align 2
  %".4788" = zext i16 %".4787" to i64
  %"cursor.258" = and i64 %".4788", 16383
  br label %"udp_d0"
to_udplite.12:
  %".4790" = getelementptr i8, ptr %"keys.192", i64 2
  %".4791" = trunc i64 %"end.16" to i16
  store volatile i16 %".4791", ptr %".4790", align 2
  %".4793" = load volatile i16, ptr %".4790", align 2
  %".4794" = zext i16 %".4793" to i64
  %"cursor.259" = and i64 %".4794", 16383
  br label %"udplite"
to_gre.12:
  %".4796" = getelementptr i8, ptr %"keys.192", i64 2
  %".4797" = trunc i64 %"end.16" to i16
  store volatile i16 %".4797", ptr %".4796", align 2
  %".4799" = load volatile i16, ptr %".4796", align 2
  %".4800" = zext i16 %".4799" to i64
  %"cursor.260" = and i64 %".4800", 16383
  br label %"gre_d0"
to_sctp.12:
  %".4802" = getelementptr i8, ptr %"keys.192", i64 2
  %".4803" = trunc i64 %"end.16" to i16
  store volatile i16 %".4803", ptr %".4802", align 2
  %".4805" = load volatile i16, ptr %".4802", align 2
  %".4806" = zext i16 %".4805" to i64
  %"cursor.261" = and i64 %".4806", 16383
  br label %"sctp"
to_dccp.12:
  %".4808" = getelementptr i8, ptr %"keys.192", i64 2
  %".4809" = trunc i64 %"end.16" to i16
  store volatile i16 %".4809", ptr %".4808", align 2
  %".4811" = load volatile i16, ptr %".4808", align 2
  %".4812" = zext i16 %".4811" to i64
  %"cursor.262" = and i64 %".4812", 16383
  br label %"dccp"
to_esp.12:
  %".4814" = getelementptr i8, ptr %"keys.192", i64 2
  %".4815" = trunc i64 %"end.16" to i16
  store volatile i16 %".4815", ptr %".4814", align 2
  %".4817" = load volatile i16, ptr %".4814", align 2
  %".4818" = zext i16 %".4817" to i64
  %"cursor.263" = and i64 %".4818", 16383
  br label %"esp"
to_ah.12:
  %".4820" = getelementptr i8, ptr %"keys.192", i64 2
  %".4821" = trunc i64 %"end.16" to i16
  store volatile i16 %".4821", ptr %".4820", align 2
  %".4823" = load volatile i16, ptr %".4820", align 2
  %".4824" = zext i16 %".4823" to i64
  %"cursor.264" = and i64 %".4824", 16383
  br label %"ah"
to_icmpv6.10:
  %".4826" = getelementptr i8, ptr %"keys.192", i64 2
  %".4827" = trunc i64 %"end.16" to i16
  store volatile i16 %".4827", ptr %".4826", align 2
  %".4829" = load volatile i16, ptr %".4826", align 2
  %".4830" = zext i16 %".4829" to i64
  %"cursor.265" = and i64 %".4830", 16383
  br label %"icmpv6"
to_mpls.35:
  %".4832" = trunc i64 34887 to i16
  %".4833" = call i16 @"llvm.bswap.i16"(i16 %".4832")
  %".4834" = getelementptr i8, ptr %"keys.192", i64 10
  store i16 %".4833", ptr %".4834", align 2
  %".4836" = getelementptr i8, ptr %"keys.192", i64 2
  %".4837" = trunc i64 %"end.16" to i16
  store volatile i16 %".4837", ptr %".4836", align 2
  %".4839" = load volatile i16, ptr %".4836", align 2
  %".4840" = zext i16 %".4839" to i64
  %"cursor.266" = and i64 %".4840", 16383
  br label %"mpls_d0_mpls_labels1"
to_ipv4.28:
  %".4842" = getelementptr i8, ptr %"keys.192", i64 8
  store i8 1, ptr %".4842", align 1
  %".4844" = getelementptr i8, ptr %"keys.192", i64 48
  %"flags.49" = load volatile i32, ptr %".4844", align 4
  %".4845" = and i32 %"flags.49", 4
  %".4846" = icmp ne i32 %".4845", 0
  br i1 %".4846", label %"exit.130", label %"cont.130"
to_ipv6.26:
  %".4858" = getelementptr i8, ptr %"keys.192", i64 8
  store i8 1, ptr %".4858", align 1
  %".4860" = getelementptr i8, ptr %"keys.192", i64 48
  %"flags.50" = load volatile i32, ptr %".4860", align 4
  %".4861" = and i32 %"flags.50", 4
  %".4862" = icmp ne i32 %".4861", 0
  br i1 %".4862", label %"exit.131", label %"cont.131"
exit.130:
  %".4848" = trunc i64 %"end.16" to i16
  %".4849" = getelementptr i8, ptr %"keys.192", i64 2
  store i16 %".4848", ptr %".4849", align 2
  br label %"return"
cont.130:
  %".4852" = getelementptr i8, ptr %"keys.192", i64 2
  %".4853" = trunc i64 %"end.16" to i16
  store volatile i16 %".4853", ptr %".4852", align 2
  %".4855" = load volatile i16, ptr %".4852", align 2
  %".4856" = zext i16 %".4855" to i64
  %"cursor.267" = and i64 %".4856", 16383
  br label %"ipv4_d1"
exit.131:
  %".4864" = trunc i64 %"end.16" to i16
  %".4865" = getelementptr i8, ptr %"keys.192", i64 2
  store i16 %".4864", ptr %".4865", align 2
  br label %"return"
cont.131:
  %".4868" = getelementptr i8, ptr %"keys.192", i64 2
  %".4869" = trunc i64 %"end.16" to i16
  store volatile i16 %".4869", ptr %".4868", align 2
  %".4871" = load volatile i16, ptr %".4868", align 2
  %".4872" = zext i16 %".4871" to i64
  %"cursor.268" = and i64 %".4872", 16383
  br label %"ipv6_d1"
copy.50:
  %"ctx.68" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4882" = trunc i64 %"cursor.180" to i32
  %".4883" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.68", i32 %".4882", [40 x i8]* %"header_copy", i32 8)
  %".4884" = icmp eq i64 %".4883", 0
  %".4885" = getelementptr i8, ptr %"ctx.68", i64 76
  %".4886" = load i32, ptr %".4885", align 4
  %".4887" = zext i32 %".4886" to i64
  %"data.193" = inttoptr i64 %".4887" to ptr
  %".4888" = getelementptr i8, ptr %"ctx.68", i64 80
  %".4889" = load i32, ptr %".4888", align 4
  %".4890" = zext i32 %".4889" to i64
  %"data_end.193" = inttoptr i64 %".4890" to ptr
  %".4891" = getelementptr i8, ptr %"ctx.68", i64 144
  %"keys.193" = load ptr, ptr %".4891", align 8
  %".4892" = xor i1 %".4884", -1
  br i1 %".4892", label %"exit.132", label %"cont.132"
exit.132:
  %".4894" = trunc i64 %"cursor.180" to i16
  %".4895" = getelementptr i8, ptr %"keys.193", i64 2
  store i16 %".4894", ptr %".4895", align 2
  br label %"return"
cont.132:
  %".4898" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4899" = load volatile i8, [40 x i8]* %".4898", align 1
  %".4900" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4901" = load volatile i16, [40 x i8]* %".4900", align 2
  br label %"header.50"
fragment.6:
  %".4914" = getelementptr i8, ptr %"keys.194", i64 6
  store i8 1, ptr %".4914", align 1
  br i1 %".4912", label %"first_fragment.6", label %"later_fragment.6"
not_fragment.6:
  %".4933" = zext i8 %"w0_1.22" to i64
  switch i64 %".4933", label %"unknown.43" [i64 0, label %"to_ipv6_opts.33" i64 43, label %"to_ipv6_opts.34" i64 60, label %"to_ipv6_opts.35" i64 44, label %"to_ipv6_frag.11" i64 6, label %"to_tcp.13" i64 17, label %"to_udp.13" i64 136, label %"to_udplite.13" i64 47, label %"to_gre.13" i64 132, label %"to_sctp.13" i64 33, label %"to_dccp.13" i64 50, label %"to_esp.13" i64 51, label %"to_ah.13" i64 58, label %"to_icmpv6.11" i64 137, label %"to_mpls.36" i64 4, label %"to_ipv4.29" i64 41, label %"to_ipv6.27"]
first_fragment.6:
  %".4921" = getelementptr i8, ptr %"keys.194", i64 7
  store i8 1, ptr %".4921", align 1
  %".4923" = getelementptr i8, ptr %"keys.194", i64 48
  %"flags.51" = load volatile i32, ptr %".4923", align 4
  %".4924" = and i32 %"flags.51", 1
  %".4925" = icmp ne i32 %".4924", 0
  %".4926" = xor i1 %".4925", -1
  br i1 %".4926", label %"exit.133", label %"cont.133"
later_fragment.6:
  %".4917" = trunc i64 %".4907" to i16
  %".4918" = getelementptr i8, ptr %"keys.194", i64 2
  store i16 %".4917", ptr %".4918", align 2
  br label %"return"
exit.133:
  %".4928" = trunc i64 %".4907" to i16
  %".4929" = getelementptr i8, ptr %"keys.194", i64 2
  store i16 %".4928", ptr %".4929", align 2
  br label %"return"
cont.133:
  br label %"not_fragment.6"
unknown.43:
  %".4935" = trunc i64 %".4907" to i16
  %".4936" = getelementptr i8, ptr %"keys.194", i64 2
  store i16 %".4935", ptr %".4936", align 2
  br label %"return"
to_ipv6_opts.33:
  %".4939" = trunc i64 %".4907" to i16
  %".4940" = getelementptr i8, ptr %"keys.194", i64 2
  store i16 %".4939", ptr %".4940", align 2
  br label %"return"
to_ipv6_opts.34:
  %".4943" = trunc i64 %".4907" to i16
  %".4944" = getelementptr i8, ptr %"keys.194", i64 2
  store i16 %".4943", ptr %".4944", align 2
  br label %"return"
to_ipv6_opts.35:
  %".4947" = trunc i64 %".4907" to i16
  %".4948" = getelementptr i8, ptr %"keys.194", i64 2
  store i16 %".4947", ptr %".4948", align 2
  br label %"return"
to_ipv6_frag.11:
  %".4951" = trunc i64 %".4907" to i16
  %".4952" = getelementptr i8, ptr %"keys.194", i64 2
  store i16 %".4951", ptr %".4952", align 2
  br label %"return"
to_tcp.13:
  %".4955" = getelementptr i8, ptr %"keys.194", i64 2
  %".4956" = trunc i64 %".4907" to i16
  store volatile i16 %".4956", ptr %".4955", align 2
  %".4958" = load volatile i16, ptr %".4955", align 2
  %".4959" = zext i16 %".4958" to i64
  %"cursor.269" = and i64 %".4959", 16383
  br label %"tcp"
to_udp.13:
  %".4961" = getelementptr i8, ptr %"keys.194", i64 2
  %".4962" = trunc i64 %".4907" to i16
  store volatile i16 %".4962", ptr %".4961", align 2
  %".4964" = load volatile i16, ptr %".4961", align 2
  %".4965" = zext i16 %".4964" to i64
  %"cursor.270" = and i64 %".4965", 16383
  br label %"udp_d0"
to_udplite.13:
  %".4967" = getelementptr i8, ptr %"keys.194", i64 2
  %".4968" = trunc i64 %".4907" to i16
  store volatile i16 %".4968", ptr %".4967", align 2
  %".4970" = load volatile i16, ptr %".4967", align 2
  %".4971" = zext i16 %".4970" to i64
  %"cursor.271" = and i64 %".4971", 16383
  br label %"udplite"
to_gre.13:
  %".4973" = getelementptr i8, ptr %"keys.194", i64 2
  %".4974" = trunc i64 %".4907" to i16
  store volatile i16 %".4974", ptr %".4973", align 2
  %".4976" = load volatile i16, ptr %".4973", align 2
  %".4977" = zext i16 %".4976" to i64
  %"cursor.272" = and i64 %".4977", 16383
  br label %"gre_d0"
to_sctp.13:
  %".4979" = getelementptr i8, ptr %"keys.194", i64 2
  %".4980" = trunc i64 %".4907" to i16
  store volatile i16 %".4980", ptr %".4979", align 2
  %".4982" = load volatile i16, ptr %".4979", align 2
  %".4983" = zext i16 %".4982" to i64
  %"cursor.273" = and i64 %".4983", 16383
  br label %"sctp"
to_dccp.13:
  %".4985" = getelementptr i8, ptr %"keys.194", i64 2
  %".4986" = trunc i64 %".4907" to i16
  store volatile i16 %".4986", ptr %".4985", align 2
  %".4988" = load volatile i16, ptr %".4985", align 2
  %".4989" = zext i16 %".4988" to i64
  %"cursor.274" = and i64 %".4989", 16383
  br label %"dccp"
to_esp.13:
  %".4991" = getelementptr i8, ptr %"keys.194", i64 2
  %".4992" = trunc i64 %".4907" to i16
  store volatile i16 %".4992", ptr %".4991", align 2
  %".4994" = load volatile i16, ptr %".4991", align 2
  %".4995" = zext i16 %".4994" to i64
  %"cursor.275" = and i64 %".4995", 16383
  br label %"esp"
to_ah.13:
  %".4997" = getelementptr i8, ptr %"keys.194", i64 2
  %".4998" = trunc i64 %".4907" to i16
  store volatile i16 %".4998", ptr %".4997", align 2
  %".5000" = load volatile i16, ptr %".4997", align 2
  %".5001" = zext i16 %".5000" to i64
  %"cursor.276" = and i64 %".5001", 16383
  br label %"ah"
to_icmpv6.11:
  %".5003" = getelementptr i8, ptr %"keys.194", i64 2
  %".5004" = trunc i64 %".4907" to i16
  store volatile i16 %".5004", ptr %".5003", align 2
  %".5006" = load volatile i16, ptr %".5003", align 2
  %".5007" = zext i16 %".5006" to i64
  %"cursor.277" = and i64 %".5007", 16383
  br label %"icmpv6"
to_mpls.36:
  %".5009" = trunc i64 34887 to i16
  %".5010" = call i16 @"llvm.bswap.i16"(i16 %".5009")
  %".5011" = getelementptr i8, ptr %"keys.194", i64 10
  store i16 %".5010", ptr %".5011", align 2
  %".5013" = getelementptr i8, ptr %"keys.194", i64 2
  %".5014" = trunc i64 %".4907" to i16
  store volatile i16 %".5014", ptr %".5013", align 2
  %".5016" = load volatile i16, ptr %".5013", align 2
  %".5017" = zext i16 %".5016" to i64
  %"cursor.278" = and i64 %".5017", 16383
  br label %"mpls_d0_mpls_labels1"
to_ipv4.29:
  %".5019" = getelementptr i8, ptr %"keys.194", i64 8
  store i8 1, ptr %".5019", align 1
  %".5021" = getelementptr i8, ptr %"keys.194", i64 48
  %"flags.52" = load volatile i32, ptr %".5021", align 4
  %".5022" = and i32 %"flags.52", 4
  %".5023" = icmp ne i32 %".5022", 0
  br i1 %".5023", label %"exit.134", label %"cont.134"
to_ipv6.27:
  %".5035" = getelementptr i8, ptr %"keys.194", i64 8
  store i8 1, ptr %".5035", align 1
  %".5037" = getelementptr i8, ptr %"keys.194", i64 48
  %"flags.53" = load volatile i32, ptr %".5037", align 4
  %".5038" = and i32 %"flags.53", 4
  %".5039" = icmp ne i32 %".5038", 0
  br i1 %".5039", label %"exit.135", label %"cont.135"
exit.134:
  %".5025" = trunc i64 %".4907" to i16
  %".5026" = getelementptr i8, ptr %"keys.194", i64 2
  store i16 %".5025", ptr %".5026", align 2
  br label %"return"
cont.134:
  %".5029" = getelementptr i8, ptr %"keys.194", i64 2
  %".5030" = trunc i64 %".4907" to i16
  store volatile i16 %".5030", ptr %".5029", align 2
  %".5032" = load volatile i16, ptr %".5029", align 2
  %".5033" = zext i16 %".5032" to i64
  %"cursor.279" = and i64 %".5033", 16383
  br label %"ipv4_d1"
exit.135:
  %".5041" = trunc i64 %".4907" to i16
  %".5042" = getelementptr i8, ptr %"keys.194", i64 2
  store i16 %".5041", ptr %".5042", align 2
  br label %"return"
cont.135:
  %".5045" = getelementptr i8, ptr %"keys.194", i64 2
  %".5046" = trunc i64 %".4907" to i16
  store volatile i16 %".5046", ptr %".5045", align 2
  %".5048" = load volatile i16, ptr %".5045", align 2
  %".5049" = zext i16 %".5048" to i64
  %"cursor.280" = and i64 %".5049", 16383
  br label %"ipv6_d1"
copy.51:
  %"ctx.69" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5057" = trunc i64 %"cursor.208" to i32
  %".5058" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.69", i32 %".5057", [40 x i8]* %"header_copy", i32 4)
  %".5059" = icmp eq i64 %".5058", 0
  %".5060" = getelementptr i8, ptr %"ctx.69", i64 76
  %".5061" = load i32, ptr %".5060", align 4
  %".5062" = zext i32 %".5061" to i64
  %"data.195" = inttoptr i64 %".5062" to ptr
  %".5063" = getelementptr i8, ptr %"ctx.69", i64 80
  %".5064" = load i32, ptr %".5063", align 4
  %".5065" = zext i32 %".5064" to i64
  %"data_end.195" = inttoptr i64 %".5065" to ptr
  %".5066" = getelementptr i8, ptr %"ctx.69", i64 144
  %"keys.195" = load ptr, ptr %".5066", align 8
  %".5067" = xor i1 %".5059", -1
  br i1 %".5067", label %"exit.136", label %"cont.136"
exit.136:
  %".5069" = trunc i64 %"cursor.208" to i16
  %".5070" = getelementptr i8, ptr %"keys.195", i64 2
  store i16 %".5069", ptr %".5070", align 2
  br label %"return"
cont.136:
  %".5073" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5074" = load volatile i8, [40 x i8]* %".5073", align 1
  br label %"header.51"
unknown.44:
  %".5080" = trunc i64 %".5076" to i16
  %".5081" = getelementptr i8, ptr %"keys.196", i64 2
  store i16 %".5080", ptr %".5081", align 2
  br label %"return"
to_mpls.37:
  %".5084" = trunc i64 %".5076" to i16
  %".5085" = getelementptr i8, ptr %"keys.196", i64 2
  store i16 %".5084", ptr %".5085", align 2
  br label %"return"
to_ip_version.8:
  %".5088" = getelementptr i8, ptr %"keys.196", i64 8
  store i8 1, ptr %".5088", align 1
  %".5090" = getelementptr i8, ptr %"keys.196", i64 48
  %"flags.54" = load volatile i32, ptr %".5090", align 4
  %".5091" = and i32 %"flags.54", 4
  %".5092" = icmp ne i32 %".5091", 0
  br i1 %".5092", label %"exit.137", label %"cont.137"
exit.137:
  %".5094" = trunc i64 %".5076" to i16
  %".5095" = getelementptr i8, ptr %"keys.196", i64 2
  store i16 %".5094", ptr %".5095", align 2
  br label %"return"
cont.137:
  %".5098" = getelementptr i8, ptr %"keys.196", i64 2
  %".5099" = trunc i64 %".5076" to i16
  store volatile i16 %".5099", ptr %".5098", align 2
  %".5101" = load volatile i16, ptr %".5098", align 2
  %".5102" = zext i16 %".5101" to i64
  %"cursor.281" = and i64 %".5102", 16383
  br label %"ip_version_d1"
copy.52:
  %"ctx.70" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5110" = trunc i64 %"cursor.211" to i32
  %".5111" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.70", i32 %".5110", [40 x i8]* %"header_copy", i32 1)
  %".5112" = icmp eq i64 %".5111", 0
  %".5113" = getelementptr i8, ptr %"ctx.70", i64 76
  %".5114" = load i32, ptr %".5113", align 4
  %".5115" = zext i32 %".5114" to i64
  %"data.197" = inttoptr i64 %".5115" to ptr
  %".5116" = getelementptr i8, ptr %"ctx.70", i64 80
  %".5117" = load i32, ptr %".5116", align 4
  %".5118" = zext i32 %".5117" to i64
  %"data_end.197" = inttoptr i64 %".5118" to ptr
  %".5119" = getelementptr i8, ptr %"ctx.70", i64 144
  %"keys.197" = load ptr, ptr %".5119", align 8
  %".5120" = xor i1 %".5112", -1
  br i1 %".5120", label %"exit.138", label %"cont.138"
exit.138:
  %".5122" = trunc i64 %"cursor.211" to i16
  %".5123" = getelementptr i8, ptr %"keys.197", i64 2
  store i16 %".5122", ptr %".5123", align 2
  br label %"return"
cont.138:
  %".5126" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5127" = load volatile i8, [40 x i8]* %".5126", align 1
  br label %"header.52"
unknown.45:
  %".5136" = trunc i64 %".5129" to i16
  %".5137" = getelementptr i8, ptr %"keys.198", i64 2
  store i16 %".5136", ptr %".5137", align 2
  br label %"return"
to_ip_version.9:
  %".5140" = getelementptr i8, ptr %"keys.198", i64 2
  %".5141" = trunc i64 %".5129" to i16
  store volatile i16 %".5141", ptr %".5140", align 2
  %".5143" = load volatile i16, ptr %".5140", align 2
  %".5144" = zext i16 %".5143" to i64
  %"cursor.282" = and i64 %".5144", 16383
  br label %"ip_version_d1"
to_gtpu_ext:
  %".5146" = getelementptr i8, ptr %"keys.198", i64 2
  %".5147" = trunc i64 %".5129" to i16
  store volatile i16 %".5147", ptr %".5146", align 2
  %".5149" = load volatile i16, ptr %".5146", align 2
  %".5150" = zext i16 %".5149" to i64
  %"cursor.284" = and i64 %".5150", 16383
  br label %"gtpu_ext_d1_gtpu_ext1"
select.4:
  switch i64 %".5130", label %"unknown.45" [i64 0, label %"to_ip_version.9"]
gtpu_ext_d1_gtpu_ext1:
  %"cursor.283" = phi  i64 [%"cursor.284", %"to_gtpu_ext"]
  %"data.199" = phi  ptr [%"data.198", %"to_gtpu_ext"]
  %"data_end.199" = phi  ptr [%"data_end.198", %"to_gtpu_ext"]
  %"keys.199" = phi  ptr [%"keys.198", %"to_gtpu_ext"]
  %"hdr.57" = getelementptr i8, ptr %"data.199", i64 %"cursor.283"
  %".5633" = getelementptr i8, ptr %"hdr.57", i64 1
  %".5634" = icmp ugt ptr %".5633", %"data_end.199"
  br i1 %".5634", label %"copy.57", label %"linear.57", !prof !0
linear.57:
  %".5636" = getelementptr i8, ptr %"hdr.57", i64 0
  %".5637" = load i8, ptr %".5636", align 1
  br label %"header.57"
header.57:
  %"w0_1.26" = phi  i8 [%".5637", %"linear.57"], [%".5656", %"cont.150"]
  %"data.212" = phi  ptr [%"data.199", %"linear.57"], [%"data.211", %"cont.150"]
  %"data_end.212" = phi  ptr [%"data_end.199", %"linear.57"], [%"data_end.211", %"cont.150"]
  %"keys.212" = phi  ptr [%"keys.199", %"linear.57"], [%"keys.211", %"cont.150"]
  %".5658" = zext i8 %"w0_1.26" to i64
  %".5659" = icmp uge i64 %".5658", 1
  %".5660" = xor i1 %".5659", -1
  br i1 %".5660", label %"exit.151", label %"cont.151"
copy.53:
  %"ctx.71" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5158" = trunc i64 %"cursor.215" to i32
  %".5159" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.71", i32 %".5158", [40 x i8]* %"header_copy", i32 4)
  %".5160" = icmp eq i64 %".5159", 0
  %".5161" = getelementptr i8, ptr %"ctx.71", i64 76
  %".5162" = load i32, ptr %".5161", align 4
  %".5163" = zext i32 %".5162" to i64
  %"data.200" = inttoptr i64 %".5163" to ptr
  %".5164" = getelementptr i8, ptr %"ctx.71", i64 80
  %".5165" = load i32, ptr %".5164", align 4
  %".5166" = zext i32 %".5165" to i64
  %"data_end.200" = inttoptr i64 %".5166" to ptr
  %".5167" = getelementptr i8, ptr %"ctx.71", i64 144
  %"keys.200" = load ptr, ptr %".5167", align 8
  %".5168" = xor i1 %".5160", -1
  br i1 %".5168", label %"exit.139", label %"cont.139"
exit.139:
  %".5170" = trunc i64 %"cursor.215" to i16
  %".5171" = getelementptr i8, ptr %"keys.200", i64 2
  store i16 %".5170", ptr %".5171", align 2
  br label %"return"
cont.139:
  %".5174" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5175" = load volatile i16, [40 x i8]* %".5174", align 2
  br label %"header.53"
unknown.46:
  %".5190" = trunc i64 %".5183" to i16
  %".5191" = getelementptr i8, ptr %"keys.201", i64 2
  store i16 %".5190", ptr %".5191", align 2
  br label %"return"
to_ipv4.30:
  %".5194" = getelementptr i8, ptr %"keys.201", i64 2
  %".5195" = trunc i64 %".5183" to i16
  store volatile i16 %".5195", ptr %".5194", align 2
  %".5197" = load volatile i16, ptr %".5194", align 2
  %".5198" = zext i16 %".5197" to i64
  %"cursor.285" = and i64 %".5198", 16383
  br label %"ipv4_d1"
to_ipv6.28:
  %".5200" = getelementptr i8, ptr %"keys.201", i64 2
  %".5201" = trunc i64 %".5183" to i16
  store volatile i16 %".5201", ptr %".5200", align 2
  %".5203" = load volatile i16, ptr %".5200", align 2
  %".5204" = zext i16 %".5203" to i64
  %"cursor.286" = and i64 %".5204", 16383
  br label %"ipv6_d1"
to_vlan.10:
  %".5206" = trunc i64 %".5183" to i16
  %".5207" = getelementptr i8, ptr %"keys.201", i64 2
  store i16 %".5206", ptr %".5207", align 2
  br label %"return"
to_vlan.11:
  %".5210" = trunc i64 %".5183" to i16
  %".5211" = getelementptr i8, ptr %"keys.201", i64 2
  store i16 %".5210", ptr %".5211", align 2
  br label %"return"
to_mpls.38:
  %".5214" = getelementptr i8, ptr %"keys.201", i64 2
  %".5215" = trunc i64 %".5183" to i16
  store volatile i16 %".5215", ptr %".5214", align 2
  %".5217" = load volatile i16, ptr %".5214", align 2
  %".5218" = zext i16 %".5217" to i64
  %"cursor.287" = and i64 %".5218", 16383
  br label %"mpls_d1_mpls_labels1"
to_mpls.39:
  %".5220" = getelementptr i8, ptr %"keys.201", i64 2
  %".5221" = trunc i64 %".5183" to i16
  store volatile i16 %".5221", ptr %".5220", align 2
  %".5223" = load volatile i16, ptr %".5220", align 2
  %".5224" = zext i16 %".5223" to i64
  %"cursor.288" = and i64 %".5224", 16383
  br label %"mpls_d1_mpls_labels1"
to_pppoe.5:
  %".5226" = getelementptr i8, ptr %"keys.201", i64 2
  %".5227" = trunc i64 %".5183" to i16
  store volatile i16 %".5227", ptr %".5226", align 2
  %".5229" = load volatile i16, ptr %".5226", align 2
  %".5230" = zext i16 %".5229" to i64
  %"cursor.289" = and i64 %".5230", 16383
  br label %"pppoe_d1"
copy.54:
  %"ctx.72" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5238" = trunc i64 %"cursor.225" to i32
  %".5239" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.72", i32 %".5238", [40 x i8]* %"header_copy", i32 4)
  %".5240" = icmp eq i64 %".5239", 0
  %".5241" = getelementptr i8, ptr %"ctx.72", i64 76
  %".5242" = load i32, ptr %".5241", align 4
  %".5243" = zext i32 %".5242" to i64
  %"data.202" = inttoptr i64 %".5243" to ptr
  %".5244" = getelementptr i8, ptr %"ctx.72", i64 80
  %".5245" = load i32, ptr %".5244", align 4
  %".5246" = zext i32 %".5245" to i64
  %"data_end.202" = inttoptr i64 %".5246" to ptr
  %".5247" = getelementptr i8, ptr %"ctx.72", i64 144
  %"keys.202" = load ptr, ptr %".5247", align 8
  %".5248" = xor i1 %".5240", -1
  br i1 %".5248", label %"exit.140", label %"cont.140"
exit.140:
  %".5250" = trunc i64 %"cursor.225" to i16
  %".5251" = getelementptr i8, ptr %"keys.202", i64 2
  store i16 %".5250", ptr %".5251", align 2
  br label %"return"
cont.140:
  %".5254" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5255" = load volatile i8, [40 x i8]* %".5254", align 1
  br label %"header.54"
unknown.47:
  %".5261" = trunc i64 %".5257" to i16
  %".5262" = getelementptr i8, ptr %"keys.203", i64 2
  store i16 %".5261", ptr %".5262", align 2
  br label %"return"
to_mpls.40:
  %".5265" = getelementptr i8, ptr %"keys.203", i64 2
  %".5266" = trunc i64 %".5257" to i16
  store volatile i16 %".5266", ptr %".5265", align 2
  %".5268" = load volatile i16, ptr %".5265", align 2
  %".5269" = zext i16 %".5268" to i64
  %"cursor.291" = and i64 %".5269", 16383
  br label %"mpls_d1_mpls_labels4"
to_ip_version.10:
  %".5271" = getelementptr i8, ptr %"keys.203", i64 8
  store i8 1, ptr %".5271", align 1
  %".5273" = getelementptr i8, ptr %"keys.203", i64 48
  %"flags.55" = load volatile i32, ptr %".5273", align 4
  %".5274" = and i32 %"flags.55", 4
  %".5275" = icmp ne i32 %".5274", 0
  br i1 %".5275", label %"exit.141", label %"cont.141"
mpls_d1_mpls_labels4:
  %"cursor.290" = phi  i64 [%"cursor.291", %"to_mpls.40"]
  %"data.204" = phi  ptr [%"data.203", %"to_mpls.40"]
  %"data_end.204" = phi  ptr [%"data_end.203", %"to_mpls.40"]
  %"keys.204" = phi  ptr [%"keys.203", %"to_mpls.40"]
  %"hdr.58" = getelementptr i8, ptr %"data.204", i64 %"cursor.290"
  %".5705" = getelementptr i8, ptr %"hdr.58", i64 4
  %".5706" = icmp ugt ptr %".5705", %"data_end.204"
  br i1 %".5706", label %"copy.58", label %"linear.58", !prof !0
linear.58:
  %".5708" = getelementptr i8, ptr %"hdr.58", i64 2
  %".5709" = load i8, ptr %".5708", align 1
  br label %"header.58"
header.58:
  %"w2_1.7" = phi  i8 [%".5709", %"linear.58"], [%".5728", %"cont.153"]
  %"data.217" = phi  ptr [%"data.204", %"linear.58"], [%"data.216", %"cont.153"]
  %"data_end.217" = phi  ptr [%"data_end.204", %"linear.58"], [%"data_end.216", %"cont.153"]
  %"keys.217" = phi  ptr [%"keys.204", %"linear.58"], [%"keys.216", %"cont.153"]
  %".5730" = add i64 %"cursor.290", 4
  %".5731" = zext i8 %"w2_1.7" to i64
  %".5732" = and i64 %".5731", 1
  switch i64 %".5732", label %"unknown.51" [i64 0, label %"to_mpls.43" i64 1, label %"to_ip_version.11"]
exit.141:
  %".5277" = trunc i64 %".5257" to i16
  %".5278" = getelementptr i8, ptr %"keys.203", i64 2
  store i16 %".5277", ptr %".5278", align 2
  br label %"return"
cont.141:
  %".5281" = trunc i64 %".5257" to i16
  %".5282" = getelementptr i8, ptr %"keys.203", i64 2
  store i16 %".5281", ptr %".5282", align 2
  br label %"return"
copy.55:
  %"ctx.73" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5293" = trunc i64 %"cursor.227" to i32
  %".5294" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.73", i32 %".5293", [40 x i8]* %"header_copy", i32 2)
  %".5295" = icmp eq i64 %".5294", 0
  %".5296" = getelementptr i8, ptr %"ctx.73", i64 76
  %".5297" = load i32, ptr %".5296", align 4
  %".5298" = zext i32 %".5297" to i64
  %"data.205" = inttoptr i64 %".5298" to ptr
  %".5299" = getelementptr i8, ptr %"ctx.73", i64 80
  %".5300" = load i32, ptr %".5299", align 4
  %".5301" = zext i32 %".5300" to i64
  %"data_end.205" = inttoptr i64 %".5301" to ptr
  %".5302" = getelementptr i8, ptr %"ctx.73", i64 144
  %"keys.205" = load ptr, ptr %".5302", align 8
  %".5303" = xor i1 %".5295", -1
  br i1 %".5303", label %"exit.142", label %"cont.142"
exit.142:
  %".5305" = trunc i64 %"cursor.227" to i16
  %".5306" = getelementptr i8, ptr %"keys.205", i64 2
  store i16 %".5305", ptr %".5306", align 2
  br label %"return"
cont.142:
  %".5309" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5310" = load volatile i8, [40 x i8]* %".5309", align 1
  %".5311" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".5312" = load volatile i8, [40 x i8]* %".5311", align 1
  br label %"header.55"
copy_last_byte.17:
  %".5327" = add i64 %"cursor.227", %".5322"
  %".5328" = sub i64 %".5327", 1
  %"ctx.74" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5329" = trunc i64 %".5328" to i32
  %".5330" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.74", i32 %".5329", i64* %"last_byte", i32 1)
  %".5331" = icmp eq i64 %".5330", 0
  %".5332" = getelementptr i8, ptr %"ctx.74", i64 76
  %".5333" = load i32, ptr %".5332", align 4
  %".5334" = zext i32 %".5333" to i64
  %"data.207" = inttoptr i64 %".5334" to ptr
  %".5335" = getelementptr i8, ptr %"ctx.74", i64 80
  %".5336" = load i32, ptr %".5335", align 4
  %".5337" = zext i32 %".5336" to i64
  %"data_end.207" = inttoptr i64 %".5337" to ptr
  %".5338" = getelementptr i8, ptr %"ctx.74", i64 144
  %"keys.207" = load ptr, ptr %".5338", align 8
  %".5339" = xor i1 %".5331", -1
  br i1 %".5339", label %"exit.143", label %"cont.143"
exit.143:
  %".5341" = trunc i64 %"cursor.227" to i16
  %".5342" = getelementptr i8, ptr %"keys.207", i64 2
  store i16 %".5341", ptr %".5342", align 2
  br label %"return"
cont.143:
  br label %"variable_part.17"
unknown.48:
  %".5348" = trunc i64 %"end.17" to i16
  %".5349" = getelementptr i8, ptr %"keys.208", i64 2
  store i16 %".5348", ptr %".5349", align 2
  br label %"return"
to_ipv6_opts.36:
  %".5352" = trunc i64 %"end.17" to i16
  %".5353" = getelementptr i8, ptr %"keys.208", i64 2
  store i16 %".5352", ptr %".5353", align 2
  br label %"return"
to_ipv6_opts.37:
  %".5356" = trunc i64 %"end.17" to i16
  %".5357" = getelementptr i8, ptr %"keys.208", i64 2
  store i16 %".5356", ptr %".5357", align 2
  br label %"return"
to_ipv6_opts.38:
  %".5360" = trunc i64 %"end.17" to i16
  %".5361" = getelementptr i8, ptr %"keys.208", i64 2
  store i16 %".5360", ptr %".5361", align 2
  br label %"return"
to_ipv6_frag.12:
  %".5364" = trunc i64 %"end.17" to i16
  %".5365" = getelementptr i8, ptr %"keys.208", i64 2
  store i16 %".5364", ptr %".5365", align 2
  br label %"return"
to_tcp.14:
  %".5368" = getelementptr i8, ptr %"keys.208", i64 2
  %".5369" = trunc i64 %"end.17" to i16
  store volatile i16 %".5369", ptr %".5368", align 2
  %".5371" = load volatile i16, ptr %".5368", align 2
  %".5372" = zext i16 %".5371" to i64
  %"cursor.292" = and i64 %".5372", 16383
  br label %"tcp"
to_udp.14:
  %".5374" = getelementptr i8, ptr %"keys.208", i64 2
  %".5375" = trunc i64 %"end.17" to i16
  store volatile i16 %".5375", ptr %".5374", align 2
  %".5377" = load volatile i16, ptr %".5374", align 2
  %".5378" = zext i16 %".5377" to i64
  %"cursor.293" = and i64 %".5378", 16383
  br label %"udp_d1"
to_udplite.14:
  %".5380" = getelementptr i8, ptr %"keys.208", i64 2
  %".5381" = trunc i64 %"end.17" to i16
  store volatile i16 %".5381", ptr %".5380", align 2
  %".5383" = load volatile i16, ptr %".5380", align 2
  %".5384" = zext i16 %".5383" to i64
  %"cursor.294" = and i64 %".5384", 16383
  br label %"udplite"
to_gre.14:
  %".5386" = getelementptr i8, ptr %"keys.208", i64 2
  %".5387" = trunc i64 %"end.17" to i16
  store volatile i16 %".5387", ptr %".5386", align 2
  %".5389" = load volatile i16, ptr %".5386", align 2
  %".5390" = zext i16 %".5389" to i64
  %"cursor.295" = and i64 %".5390", 16383
  br label %"gre_d1"
to_sctp.14:
  %".5392" = getelementptr i8, ptr %"keys.208", i64 2
  %".5393" = trunc i64 %"end.17" to i16
  store volatile i16 %".5393", ptr %".5392", align 2
  %".5395" = load volatile i16, ptr %".5392", align 2
  %".5396" = zext i16 %".5395" to i64
  %"cursor.296" = and i64 %".5396", 16383
  br label %"sctp"
to_dccp.14:
  %".5398" = getelementptr i8, ptr %"keys.208", i64 2
  %".5399" = trunc i64 %"end.17" to i16
  store volatile i16 %".5399", ptr %".5398", align 2
  %".5401" = load volatile i16, ptr %".5398", align 2
  %".5402" = zext i16 %".5401" to i64
  %"cursor.297" = and i64 %".5402", 16383
  br label %"dccp"
to_esp.14:
  %".5404" = getelementptr i8, ptr %"keys.208", i64 2
  %".5405" = trunc i64 %"end.17" to i16
  store volatile i16 %".5405", ptr %".5404", align 2
  %".5407" = load volatile i16, ptr %".5404", align 2
  %".5408" = zext i16 %".5407" to i64
  %"cursor.298" = and i64 %".5408", 16383
  br label %"esp"
to_ah.14:
  %".5410" = getelementptr i8, ptr %"keys.208", i64 2
  %".5411" = trunc i64 %"end.17" to i16
  store volatile i16 %".5411", ptr %".5410", align 2
  %".5413" = load volatile i16, ptr %".5410", align 2
  %".5414" = zext i16 %".5413" to i64
  %"cursor.299" = and i64 %".5414", 16383
  br label %"ah"
to_icmpv6.12:
  %".5416" = getelementptr i8, ptr %"keys.208", i64 2
  %".5417" = trunc i64 %"end.17" to i16
  store volatile i16 %".5417", ptr %".5416", align 2
  %".5419" = load volatile i16, ptr %".5416", align 2
  %".5420" = zext i16 %".5419" to i64
  %"cursor.300" = and i64 %".5420", 16383
  br label %"icmpv6"
to_mpls.41:
  %".5422" = trunc i64 34887 to i16
  %".5423" = call i16 @"llvm.bswap.i16"(i16 %".5422")
  %".5424" = getelementptr i8, ptr %"keys.208", i64 10
  store i16 %".5423", ptr %".5424", align 2
  %".5426" = getelementptr i8, ptr %"keys.208", i64 2
  %".5427" = trunc i64 %"end.17" to i16
  store volatile i16 %".5427", ptr %".5426", align 2
  %".5429" = load volatile i16, ptr %".5426", align 2
  %".5430" = zext i16 %".5429" to i64
  %"cursor.301" = and i64 %".5430", 16383
  br label %"mpls_d1_mpls_labels1"
to_ipv4.31:
  %".5432" = getelementptr i8, ptr %"keys.208", i64 8
  store i8 1, ptr %".5432", align 1
  %".5434" = getelementptr i8, ptr %"keys.208", i64 48
  %"flags.56" = load volatile i32, ptr %".5434", align 4
  %".5435" = and i32 %"flags.56", 4
  %".5436" = icmp ne i32 %".5435", 0
  br i1 %".5436", label %"exit.144", label %"cont.144"
to_ipv6.29:
  %".5446" = getelementptr i8, ptr %"keys.208", i64 8
  store i8 1, ptr %".5446", align 1
  %".5448" = getelementptr i8, ptr %"keys.208", i64 48
  %"flags.57" = load volatile i32, ptr %".5448", align 4
  %".5449" = and i32 %"flags.57", 4
  %".5450" = icmp ne i32 %".5449", 0
  br i1 %".5450", label %"exit.145", label %"cont.145"
exit.144:
  %".5438" = trunc i64 %"end.17" to i16
  %".5439" = getelementptr i8, ptr %"keys.208", i64 2
  store i16 %".5438", ptr %".5439", align 2
  br label %"return"
cont.144:
  %".5442" = trunc i64 %"end.17" to i16
  %".5443" = getelementptr i8, ptr %"keys.208", i64 2
  store i16 %".5442", ptr %".5443", align 2
  br label %"return"
exit.145:
  %".5452" = trunc i64 %"end.17" to i16
  %".5453" = getelementptr i8, ptr %"keys.208", i64 2
  store i16 %".5452", ptr %".5453", align 2
  br label %"return"
cont.145:
  %".5456" = trunc i64 %"end.17" to i16
  %".5457" = getelementptr i8, ptr %"keys.208", i64 2
  store i16 %".5456", ptr %".5457", align 2
  br label %"return"
copy.56:
  %"ctx.75" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5468" = trunc i64 %"cursor.231" to i32
  %".5469" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.75", i32 %".5468", [40 x i8]* %"header_copy", i32 8)
  %".5470" = icmp eq i64 %".5469", 0
  %".5471" = getelementptr i8, ptr %"ctx.75", i64 76
  %".5472" = load i32, ptr %".5471", align 4
  %".5473" = zext i32 %".5472" to i64
  %"data.209" = inttoptr i64 %".5473" to ptr
  %".5474" = getelementptr i8, ptr %"ctx.75", i64 80
  %".5475" = load i32, ptr %".5474", align 4
  %".5476" = zext i32 %".5475" to i64
  %"data_end.209" = inttoptr i64 %".5476" to ptr
  %".5477" = getelementptr i8, ptr %"ctx.75", i64 144
  %"keys.209" = load ptr, ptr %".5477", align 8
  %".5478" = xor i1 %".5470", -1
  br i1 %".5478", label %"exit.146", label %"cont.146"
exit.146:
  %".5480" = trunc i64 %"cursor.231" to i16
  %".5481" = getelementptr i8, ptr %"keys.209", i64 2
  store i16 %".5480", ptr %".5481", align 2
  br label %"return"
cont.146:
  %".5484" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5485" = load volatile i8, [40 x i8]* %".5484", align 1
  %".5486" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5487" = load volatile i16, [40 x i8]* %".5486", align 2
  br label %"header.56"
fragment.7:
  %".5500" = getelementptr i8, ptr %"keys.210", i64 6
  store i8 1, ptr %".5500", align 1
  br i1 %".5498", label %"first_fragment.7", label %"later_fragment.7"
not_fragment.7:
  %".5519" = zext i8 %"w0_1.25" to i64
  switch i64 %".5519", label %"unknown.49" [i64 0, label %"to_ipv6_opts.39" i64 43, label %"to_ipv6_opts.40" i64 60, label %"to_ipv6_opts.41" i64 44, label %"to_ipv6_frag.13" i64 6, label %"to_tcp.15" i64 17, label %"to_udp.15" i64 136, label %"to_udplite.15" i64 47, label %"to_gre.15" i64 132, label %"to_sctp.15" i64 33, label %"to_dccp.15" i64 50, label %"to_esp.15" i64 51, label %"to_ah.15" i64 58, label %"to_icmpv6.13" i64 137, label %"to_mpls.42" i64 4, label %"to_ipv4.32" i64 41, label %"to_ipv6.30"]
first_fragment.7:
  %".5507" = getelementptr i8, ptr %"keys.210", i64 7
  store i8 1, ptr %".5507", align 1
  %".5509" = getelementptr i8, ptr %"keys.210", i64 48
  %"flags.58" = load volatile i32, ptr %".5509", align 4
  %".5510" = and i32 %"flags.58", 1
  %".5511" = icmp ne i32 %".5510", 0
  %".5512" = xor i1 %".5511", -1
  br i1 %".5512", label %"exit.147", label %"cont.147"
later_fragment.7:
  %".5503" = trunc i64 %".5493" to i16
  %".5504" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".5503", ptr %".5504", align 2
  br label %"return"
exit.147:
  %".5514" = trunc i64 %".5493" to i16
  %".5515" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".5514", ptr %".5515", align 2
  br label %"return"
cont.147:
  br label %"not_fragment.7"
unknown.49:
  %".5521" = trunc i64 %".5493" to i16
  %".5522" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".5521", ptr %".5522", align 2
  br label %"return"
to_ipv6_opts.39:
  %".5525" = trunc i64 %".5493" to i16
  %".5526" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".5525", ptr %".5526", align 2
  br label %"return"
to_ipv6_opts.40:
  %".5529" = trunc i64 %".5493" to i16
  %".5530" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".5529", ptr %".5530", align 2
  br label %"return"
to_ipv6_opts.41:
  %".5533" = trunc i64 %".5493" to i16
  %".5534" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".5533", ptr %".5534", align 2
  br label %"return"
to_ipv6_frag.13:
  %".5537" = trunc i64 %".5493" to i16
  %".5538" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".5537", ptr %".5538", align 2
  br label %"return"
to_tcp.15:
  %".5541" = getelementptr i8, ptr %"keys.210", i64 2
  %".5542" = trunc i64 %".5493" to i16
  store volatile i16 %".5542", ptr %".5541", align 2
  %".5544" = load volatile i16, ptr %".5541", align 2
  %".5545" = zext i16 %".5544" to i64
  %"cursor.302" = and i64 %".5545", 16383
  br label %"tcp"
to_udp.15:
  %".5547" = getelementptr i8, ptr %"keys.210", i64 2
  %".5548" = trunc i64 %".5493" to i16
  store volatile i16 %".5548", ptr %".5547", align 2
  %".5550" = load volatile i16, ptr %".5547", align 2
  %".5551" = zext i16 %".5550" to i64
  %"cursor.303" = and i64 %".5551", 16383
  br label %"udp_d1"
to_udplite.15:
  %".5553" = getelementptr i8, ptr %"keys.210", i64 2
  %".5554" = trunc i64 %".5493" to i16
  store volatile i16 %".5554", ptr %".5553", align 2
  %".5556" = load volatile i16, ptr %".5553", align 2
  %".5557" = zext i16 %".5556" to i64
  %"cursor.304" = and i64 %".5557", 16383
  br label %"udplite"
to_gre.15:
  %".5559" = getelementptr i8, ptr %"keys.210", i64 2
  %".5560" = trunc i64 %".5493" to i16
  store volatile i16 %".5560", ptr %".5559", align 2
  %".5562" = load volatile i16, ptr %".5559", align 2
  %".5563" = zext i16 %".5562" to i64
  %"cursor.305" = and i64 %".5563", 16383
  br label %"gre_d1"
to_sctp.15:
  %".5565" = getelementptr i8, ptr %"keys.210", i64 2
  %".5566" = trunc i64 %".5493" to i16
  store volatile i16 %".5566", ptr %".5565", align 2
  %".5568" = load volatile i16, ptr %".5565", align 2
  %".5569" = zext i16 %".5568" to i64
  %"cursor.306" = and i64 %".5569", 16383
  br label %"sctp"
to_dccp.15:
  %".5571" = getelementptr i8, ptr %"keys.210", i64 2
  %".5572" = trunc i64 %".5493" to i16
  store volatile i16 %".5572", ptr %".5571", align 2
  %".5574" = load volatile i16, ptr %".5571", align 2
  %".5575" = zext i16 %".5574" to i64
  %"cursor.307" = and i64 %".5575", 16383
  br label %"dccp"
to_esp.15:
  %".5577" = getelementptr i8, ptr %"keys.210", i64 2
  %".5578" = trunc i64 %".5493" to i16
  store volatile i16 %".5578", ptr %".5577", align 2
  %".5580" = load volatile i16, ptr %".5577", align 2
  %".5581" = zext i16 %".5580" to i64
  %"cursor.308" = and i64 %".5581", 16383
  br label %"esp"
to_ah.15:
  %".5583" = getelementptr i8, ptr %"keys.210", i64 2
  %".5584" = trunc i64 %".5493" to i16
  store volatile i16 %".5584", ptr %".5583", align 2
  %".5586" = load volatile i16, ptr %".5583", align 2
  %".5587" = zext i16 %".5586" to i64
  %"cursor.309" = and i64 %".5587", 16383
  br label %"ah"
to_icmpv6.13:
  %".5589" = getelementptr i8, ptr %"keys.210", i64 2
  %".5590" = trunc i64 %".5493" to i16
  store volatile i16 %".5590", ptr %".5589", align 2
  %".5592" = load volatile i16, ptr %".5589", align 2
  %".5593" = zext i16 %".5592" to i64
  %"cursor.310" = and i64 %".5593", 16383
  br label %"icmpv6"
to_mpls.42:
  %".5595" = trunc i64 34887 to i16
  %".5596" = call i16 @"llvm.bswap.i16"(i16 %".5595")
  %".5597" = getelementptr i8, ptr %"keys.210", i64 10
  store i16 %".5596", ptr %".5597", align 2
  %".5599" = getelementptr i8, ptr %"keys.210", i64 2
  %".5600" = trunc i64 %".5493" to i16
  store volatile i16 %".5600", ptr %".5599", align 2
  %".5602" = load volatile i16, ptr %".5599", align 2
  %".5603" = zext i16 %".5602" to i64
  %"cursor.311" = and i64 %".5603", 16383
  br label %"mpls_d1_mpls_labels1"
to_ipv4.32:
  %".5605" = getelementptr i8, ptr %"keys.210", i64 8
  store i8 1, ptr %".5605", align 1
  %".5607" = getelementptr i8, ptr %"keys.210", i64 48
  %"flags.59" = load volatile i32, ptr %".5607", align 4
  %".5608" = and i32 %"flags.59", 4
  %".5609" = icmp ne i32 %".5608", 0
  br i1 %".5609", label %"exit.148", label %"cont.148"
to_ipv6.30:
  %".5619" = getelementptr i8, ptr %"keys.210", i64 8
  store i8 1, ptr %".5619", align 1
  %".5621" = getelementptr i8, ptr %"keys.210", i64 48
  %"flags.60" = load volatile i32, ptr %".5621", align 4
  %".5622" = and i32 %"flags.60", 4
  %".5623" = icmp ne i32 %".5622", 0
  br i1 %".5623", label %"exit.149", label %"cont.149"
exit.148:
  %".5611" = trunc i64 %".5493" to i16
  %".5612" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".5611", ptr %".5612", align 2
  br label %"return"
cont.148:
  %".5615" = trunc i64 %".5493" to i16
  %".5616" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".5615", ptr %".5616", align 2
  br label %"return"
exit.149:
  %".5625" = trunc i64 %".5493" to i16
  %".5626" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".5625", ptr %".5626", align 2
  br label %"return"
cont.149:
  %".5629" = trunc i64 %".5493" to i16
  %".5630" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".5629", ptr %".5630", align 2
  br label %"return"
copy.57:
  %"ctx.76" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5639" = trunc i64 %"cursor.283" to i32
  %".5640" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.76", i32 %".5639", [40 x i8]* %"header_copy", i32 1)
  %".5641" = icmp eq i64 %".5640", 0
  %".5642" = getelementptr i8, ptr %"ctx.76", i64 76
  %".5643" = load i32, ptr %".5642", align 4
  %".5644" = zext i32 %".5643" to i64
  %"data.211" = inttoptr i64 %".5644" to ptr
  %".5645" = getelementptr i8, ptr %"ctx.76", i64 80
  %".5646" = load i32, ptr %".5645", align 4
  %".5647" = zext i32 %".5646" to i64
  %"data_end.211" = inttoptr i64 %".5647" to ptr
  %".5648" = getelementptr i8, ptr %"ctx.76", i64 144
  %"keys.211" = load ptr, ptr %".5648", align 8
  %".5649" = xor i1 %".5641", -1
  br i1 %".5649", label %"exit.150", label %"cont.150"
exit.150:
  %".5651" = trunc i64 %"cursor.283" to i16
  %".5652" = getelementptr i8, ptr %"keys.211", i64 2
  store i16 %".5651", ptr %".5652", align 2
  br label %"return"
cont.150:
  %".5655" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5656" = load volatile i8, [40 x i8]* %".5655", align 1
  br label %"header.57"
exit.151:
  %".5662" = trunc i64 %"cursor.283" to i16
  %".5663" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".5662", ptr %".5663", align 2
  br label %"return"
cont.151:
  %".5666" = add i64 %"cursor.283", 1
  %".5667" = zext i8 %"w0_1.26" to i64
  %".5668" = mul i64 %".5667", 4
  %".5669" = sub i64 %".5668", 2
  %".5670" = add i64 %".5669", 1
  %".5671" = getelementptr i8, ptr %"data.212", i64 %"cursor.283"
  %".5672" = getelementptr i8, ptr %".5671", i64 %".5670"
  %".5673" = icmp ugt ptr %".5672", %"data_end.212"
  br i1 %".5673", label %"copy_last_byte.18", label %"variable_part.18", !prof !0
variable_part.18:
  %"data.214" = phi  ptr [%"data.212", %"cont.151"], [%"data.213", %"cont.152"]
  %"data_end.214" = phi  ptr [%"data_end.212", %"cont.151"], [%"data_end.213", %"cont.152"]
  %"keys.214" = phi  ptr [%"keys.212", %"cont.151"], [%"keys.213", %"cont.152"]
  %"end.18" = add i64 %"cursor.283", %".5670"
  switch i64 0, label %"unknown.50" [i64 0, label %"to_gtpu_next.1"]
copy_last_byte.18:
  %".5675" = add i64 %"cursor.283", %".5670"
  %".5676" = sub i64 %".5675", 1
  %"ctx.77" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5677" = trunc i64 %".5676" to i32
  %".5678" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.77", i32 %".5677", i64* %"last_byte", i32 1)
  %".5679" = icmp eq i64 %".5678", 0
  %".5680" = getelementptr i8, ptr %"ctx.77", i64 76
  %".5681" = load i32, ptr %".5680", align 4
  %".5682" = zext i32 %".5681" to i64
  %"data.213" = inttoptr i64 %".5682" to ptr
  %".5683" = getelementptr i8, ptr %"ctx.77", i64 80
  %".5684" = load i32, ptr %".5683", align 4
  %".5685" = zext i32 %".5684" to i64
  %"data_end.213" = inttoptr i64 %".5685" to ptr
  %".5686" = getelementptr i8, ptr %"ctx.77", i64 144
  %"keys.213" = load ptr, ptr %".5686", align 8
  %".5687" = xor i1 %".5679", -1
  br i1 %".5687", label %"exit.152", label %"cont.152"
exit.152:
  %".5689" = trunc i64 %"cursor.283" to i16
  %".5690" = getelementptr i8, ptr %"keys.213", i64 2
  store i16 %".5689", ptr %".5690", align 2
  br label %"return"
cont.152:
  br label %"variable_part.18"
unknown.50:
  %".5695" = trunc i64 %"end.18" to i16
  %".5696" = getelementptr i8, ptr %"keys.214", i64 2
  store i16 %".5695", ptr %".5696", align 2
  br label %"return"
to_gtpu_next.1:
  %".5699" = getelementptr i8, ptr %"keys.214", i64 2
  %".5700" = trunc i64 %"end.18" to i16
  store volatile i16 %".5700", ptr %".5699", align 2
  %".5702" = load volatile i16, ptr %".5699", align 2
  %".5703" = zext i16 %".5702" to i64
  %"cursor.313" = and i64 %".5703", 16383
  br label %"gtpu_next_d1_gtpu_ext1"
gtpu_next_d1_gtpu_ext1:
  %"cursor.312" = phi  i64 [%"cursor.313", %"to_gtpu_next.1"]
  %"data.215" = phi  ptr [%"data.214", %"to_gtpu_next.1"]
  %"data_end.215" = phi  ptr [%"data_end.214", %"to_gtpu_next.1"]
  %"keys.215" = phi  ptr [%"keys.214", %"to_gtpu_next.1"]
  %"hdr.59" = getelementptr i8, ptr %"data.215", i64 %"cursor.312"
  %".5756" = getelementptr i8, ptr %"hdr.59", i64 1
  %".5757" = icmp ugt ptr %".5756", %"data_end.215"
  br i1 %".5757", label %"copy.59", label %"linear.59", !prof !0
linear.59:
  %".5759" = getelementptr i8, ptr %"hdr.59", i64 0
  %".5760" = load i8, ptr %".5759", align 1
  br label %"header.59"
header.59:
  %"w0_1.27" = phi  i8 [%".5760", %"linear.59"], [%".5779", %"cont.155"]
  %"data.219" = phi  ptr [%"data.215", %"linear.59"], [%"data.218", %"cont.155"]
  %"data_end.219" = phi  ptr [%"data_end.215", %"linear.59"], [%"data_end.218", %"cont.155"]
  %"keys.219" = phi  ptr [%"keys.215", %"linear.59"], [%"keys.218", %"cont.155"]
  %".5781" = add i64 %"cursor.312", 1
  %".5782" = zext i8 %"w0_1.27" to i64
  %".5783" = icmp uge i64 %".5782", 1
  %".5784" = icmp ule i64 %".5782", 255
  %".5785" = and i1 %".5783", %".5784"
  br i1 %".5785", label %"to_gtpu_ext.1", label %"select.5"
copy.58:
  %"ctx.78" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5711" = trunc i64 %"cursor.290" to i32
  %".5712" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.78", i32 %".5711", [40 x i8]* %"header_copy", i32 4)
  %".5713" = icmp eq i64 %".5712", 0
  %".5714" = getelementptr i8, ptr %"ctx.78", i64 76
  %".5715" = load i32, ptr %".5714", align 4
  %".5716" = zext i32 %".5715" to i64
  %"data.216" = inttoptr i64 %".5716" to ptr
  %".5717" = getelementptr i8, ptr %"ctx.78", i64 80
  %".5718" = load i32, ptr %".5717", align 4
  %".5719" = zext i32 %".5718" to i64
  %"data_end.216" = inttoptr i64 %".5719" to ptr
  %".5720" = getelementptr i8, ptr %"ctx.78", i64 144
  %"keys.216" = load ptr, ptr %".5720", align 8
  %".5721" = xor i1 %".5713", -1
  br i1 %".5721", label %"exit.153", label %"cont.153"
exit.153:
  %".5723" = trunc i64 %"cursor.290" to i16
  %".5724" = getelementptr i8, ptr %"keys.216", i64 2
  store i16 %".5723", ptr %".5724", align 2
  br label %"return"
cont.153:
  %".5727" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5728" = load volatile i8, [40 x i8]* %".5727", align 1
  br label %"header.58"
unknown.51:
  %".5734" = trunc i64 %".5730" to i16
  %".5735" = getelementptr i8, ptr %"keys.217", i64 2
  store i16 %".5734", ptr %".5735", align 2
  br label %"return"
to_mpls.43:
  %".5738" = trunc i64 %".5730" to i16
  %".5739" = getelementptr i8, ptr %"keys.217", i64 2
  store i16 %".5738", ptr %".5739", align 2
  br label %"return"
to_ip_version.11:
  %".5742" = getelementptr i8, ptr %"keys.217", i64 8
  store i8 1, ptr %".5742", align 1
  %".5744" = getelementptr i8, ptr %"keys.217", i64 48
  %"flags.61" = load volatile i32, ptr %".5744", align 4
  %".5745" = and i32 %"flags.61", 4
  %".5746" = icmp ne i32 %".5745", 0
  br i1 %".5746", label %"exit.154", label %"cont.154"
exit.154:
  %".5748" = trunc i64 %".5730" to i16
  %".5749" = getelementptr i8, ptr %"keys.217", i64 2
  store i16 %".5748", ptr %".5749", align 2
  br label %"return"
cont.154:
  %".5752" = trunc i64 %".5730" to i16
  %".5753" = getelementptr i8, ptr %"keys.217", i64 2
  store i16 %".5752", ptr %".5753", align 2
  br label %"return"
copy.59:
  %"ctx.79" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5762" = trunc i64 %"cursor.312" to i32
  %".5763" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.79", i32 %".5762", [40 x i8]* %"header_copy", i32 1)
  %".5764" = icmp eq i64 %".5763", 0
  %".5765" = getelementptr i8, ptr %"ctx.79", i64 76
  %".5766" = load i32, ptr %".5765", align 4
  %".5767" = zext i32 %".5766" to i64
  %"data.218" = inttoptr i64 %".5767" to ptr
  %".5768" = getelementptr i8, ptr %"ctx.79", i64 80
  %".5769" = load i32, ptr %".5768", align 4
  %".5770" = zext i32 %".5769" to i64
  %"data_end.218" = inttoptr i64 %".5770" to ptr
  %".5771" = getelementptr i8, ptr %"ctx.79", i64 144
  %"keys.218" = load ptr, ptr %".5771", align 8
  %".5772" = xor i1 %".5764", -1
  br i1 %".5772", label %"exit.155", label %"cont.155"
exit.155:
  %".5774" = trunc i64 %"cursor.312" to i16
  %".5775" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".5774", ptr %".5775", align 2
  br label %"return"
cont.155:
  %".5778" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5779" = load volatile i8, [40 x i8]* %".5778", align 1
  br label %"header.59"
unknown.52:
  %".5788" = trunc i64 %".5781" to i16
  %".5789" = getelementptr i8, ptr %"keys.219", i64 2
  store i16 %".5788", ptr %".5789", align 2
  br label %"return"
to_ip_version.12:
  %".5792" = getelementptr i8, ptr %"keys.219", i64 2
  %".5793" = trunc i64 %".5781" to i16
  store volatile i16 %".5793", ptr %".5792", align 2
  %".5795" = load volatile i16, ptr %".5792", align 2
  %".5796" = zext i16 %".5795" to i64
  %"cursor.314" = and i64 %".5796", 16383
  br label %"ip_version_d1"
to_gtpu_ext.1:
  %".5798" = getelementptr i8, ptr %"keys.219", i64 2
  %".5799" = trunc i64 %".5781" to i16
  store volatile i16 %".5799", ptr %".5798", align 2
  %".5801" = load volatile i16, ptr %".5798", align 2
  %".5802" = zext i16 %".5801" to i64
  %"cursor.316" = and i64 %".5802", 16383
  br label %"gtpu_ext_d1_gtpu_ext2"
select.5:
  switch i64 %".5782", label %"unknown.52" [i64 0, label %"to_ip_version.12"]
gtpu_ext_d1_gtpu_ext2:
  %"cursor.315" = phi  i64 [%"cursor.316", %"to_gtpu_ext.1"]
  %"data.220" = phi  ptr [%"data.219", %"to_gtpu_ext.1"]
  %"data_end.220" = phi  ptr [%"data_end.219", %"to_gtpu_ext.1"]
  %"keys.220" = phi  ptr [%"keys.219", %"to_gtpu_ext.1"]
  %"hdr.60" = getelementptr i8, ptr %"data.220", i64 %"cursor.315"
  %".5804" = getelementptr i8, ptr %"hdr.60", i64 1
  %".5805" = icmp ugt ptr %".5804", %"data_end.220"
  br i1 %".5805", label %"copy.60", label %"linear.60", !prof !0
linear.60:
  %".5807" = getelementptr i8, ptr %"hdr.60", i64 0
  %".5808" = load i8, ptr %".5807", align 1
  br label %"header.60"
header.60:
  %"w0_1.28" = phi  i8 [%".5808", %"linear.60"], [%".5827", %"cont.156"]
  %"data.222" = phi  ptr [%"data.220", %"linear.60"], [%"data.221", %"cont.156"]
  %"data_end.222" = phi  ptr [%"data_end.220", %"linear.60"], [%"data_end.221", %"cont.156"]
  %"keys.222" = phi  ptr [%"keys.220", %"linear.60"], [%"keys.221", %"cont.156"]
  %".5829" = zext i8 %"w0_1.28" to i64
  %".5830" = icmp uge i64 %".5829", 1
  %".5831" = xor i1 %".5830", -1
  br i1 %".5831", label %"exit.157", label %"cont.157"
copy.60:
  %"ctx.80" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5810" = trunc i64 %"cursor.315" to i32
  %".5811" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.80", i32 %".5810", [40 x i8]* %"header_copy", i32 1)
  %".5812" = icmp eq i64 %".5811", 0
  %".5813" = getelementptr i8, ptr %"ctx.80", i64 76
  %".5814" = load i32, ptr %".5813", align 4
  %".5815" = zext i32 %".5814" to i64
  %"data.221" = inttoptr i64 %".5815" to ptr
  %".5816" = getelementptr i8, ptr %"ctx.80", i64 80
  %".5817" = load i32, ptr %".5816", align 4
  %".5818" = zext i32 %".5817" to i64
  %"data_end.221" = inttoptr i64 %".5818" to ptr
  %".5819" = getelementptr i8, ptr %"ctx.80", i64 144
  %"keys.221" = load ptr, ptr %".5819", align 8
  %".5820" = xor i1 %".5812", -1
  br i1 %".5820", label %"exit.156", label %"cont.156"
exit.156:
  %".5822" = trunc i64 %"cursor.315" to i16
  %".5823" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".5822", ptr %".5823", align 2
  br label %"return"
cont.156:
  %".5826" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5827" = load volatile i8, [40 x i8]* %".5826", align 1
  br label %"header.60"
exit.157:
  %".5833" = trunc i64 %"cursor.315" to i16
  %".5834" = getelementptr i8, ptr %"keys.222", i64 2
  store i16 %".5833", ptr %".5834", align 2
  br label %"return"
cont.157:
  %".5837" = add i64 %"cursor.315", 1
  %".5838" = zext i8 %"w0_1.28" to i64
  %".5839" = mul i64 %".5838", 4
  %".5840" = sub i64 %".5839", 2
  %".5841" = add i64 %".5840", 1
  %".5842" = getelementptr i8, ptr %"data.222", i64 %"cursor.315"
  %".5843" = getelementptr i8, ptr %".5842", i64 %".5841"
  %".5844" = icmp ugt ptr %".5843", %"data_end.222"
  br i1 %".5844", label %"copy_last_byte.19", label %"variable_part.19", !prof !0
variable_part.19:
  %"data.224" = phi  ptr [%"data.222", %"cont.157"], [%"data.223", %"cont.158"]
  %"data_end.224" = phi  ptr [%"data_end.222", %"cont.157"], [%"data_end.223", %"cont.158"]
  %"keys.224" = phi  ptr [%"keys.222", %"cont.157"], [%"keys.223", %"cont.158"]
  %"end.19" = add i64 %"cursor.315", %".5841"
  switch i64 0, label %"unknown.53" [i64 0, label %"to_gtpu_next.2"]
copy_last_byte.19:
  %".5846" = add i64 %"cursor.315", %".5841"
  %".5847" = sub i64 %".5846", 1
  %"ctx.81" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5848" = trunc i64 %".5847" to i32
  %".5849" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.81", i32 %".5848", i64* %"last_byte", i32 1)
  %".5850" = icmp eq i64 %".5849", 0
  %".5851" = getelementptr i8, ptr %"ctx.81", i64 76
  %".5852" = load i32, ptr %".5851", align 4
  %".5853" = zext i32 %".5852" to i64
  %"data.223" = inttoptr i64 %".5853" to ptr
  %".5854" = getelementptr i8, ptr %"ctx.81", i64 80
  %".5855" = load i32, ptr %".5854", align 4
  %".5856" = zext i32 %".5855" to i64
  %"data_end.223" = inttoptr i64 %".5856" to ptr
  %".5857" = getelementptr i8, ptr %"ctx.81", i64 144
  %"keys.223" = load ptr, ptr %".5857", align 8
  %".5858" = xor i1 %".5850", -1
  br i1 %".5858", label %"exit.158", label %"cont.158"
exit.158:
  %".5860" = trunc i64 %"cursor.315" to i16
  %".5861" = getelementptr i8, ptr %"keys.223", i64 2
  store i16 %".5860", ptr %".5861", align 2
  br label %"return"
cont.158:
  br label %"variable_part.19"
unknown.53:
  %".5866" = trunc i64 %"end.19" to i16
  %".5867" = getelementptr i8, ptr %"keys.224", i64 2
  store i16 %".5866", ptr %".5867", align 2
  br label %"return"
to_gtpu_next.2:
  %".5870" = getelementptr i8, ptr %"keys.224", i64 2
  %".5871" = trunc i64 %"end.19" to i16
  store volatile i16 %".5871", ptr %".5870", align 2
  %".5873" = load volatile i16, ptr %".5870", align 2
  %".5874" = zext i16 %".5873" to i64
  %"cursor.318" = and i64 %".5874", 16383
  br label %"gtpu_next_d1_gtpu_ext2"
gtpu_next_d1_gtpu_ext2:
  %"cursor.317" = phi  i64 [%"cursor.318", %"to_gtpu_next.2"]
  %"data.225" = phi  ptr [%"data.224", %"to_gtpu_next.2"]
  %"data_end.225" = phi  ptr [%"data_end.224", %"to_gtpu_next.2"]
  %"keys.225" = phi  ptr [%"keys.224", %"to_gtpu_next.2"]
  %"hdr.61" = getelementptr i8, ptr %"data.225", i64 %"cursor.317"
  %".5876" = getelementptr i8, ptr %"hdr.61", i64 1
  %".5877" = icmp ugt ptr %".5876", %"data_end.225"
  br i1 %".5877", label %"copy.61", label %"linear.61", !prof !0
linear.61:
  %".5879" = getelementptr i8, ptr %"hdr.61", i64 0
  %".5880" = load i8, ptr %".5879", align 1
  br label %"header.61"
header.61:
  %"w0_1.29" = phi  i8 [%".5880", %"linear.61"], [%".5899", %"cont.159"]
  %"data.227" = phi  ptr [%"data.225", %"linear.61"], [%"data.226", %"cont.159"]
  %"data_end.227" = phi  ptr [%"data_end.225", %"linear.61"], [%"data_end.226", %"cont.159"]
  %"keys.227" = phi  ptr [%"keys.225", %"linear.61"], [%"keys.226", %"cont.159"]
  %".5901" = add i64 %"cursor.317", 1
  %".5902" = zext i8 %"w0_1.29" to i64
  %".5903" = icmp uge i64 %".5902", 1
  %".5904" = icmp ule i64 %".5902", 255
  %".5905" = and i1 %".5903", %".5904"
  br i1 %".5905", label %"to_gtpu_ext.2", label %"select.6"
copy.61:
  %"ctx.82" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5882" = trunc i64 %"cursor.317" to i32
  %".5883" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.82", i32 %".5882", [40 x i8]* %"header_copy", i32 1)
  %".5884" = icmp eq i64 %".5883", 0
  %".5885" = getelementptr i8, ptr %"ctx.82", i64 76
  %".5886" = load i32, ptr %".5885", align 4
  %".5887" = zext i32 %".5886" to i64
  %"data.226" = inttoptr i64 %".5887" to ptr
  %".5888" = getelementptr i8, ptr %"ctx.82", i64 80
  %".5889" = load i32, ptr %".5888", align 4
  %".5890" = zext i32 %".5889" to i64
  %"data_end.226" = inttoptr i64 %".5890" to ptr
  %".5891" = getelementptr i8, ptr %"ctx.82", i64 144
  %"keys.226" = load ptr, ptr %".5891", align 8
  %".5892" = xor i1 %".5884", -1
  br i1 %".5892", label %"exit.159", label %"cont.159"
exit.159:
  %".5894" = trunc i64 %"cursor.317" to i16
  %".5895" = getelementptr i8, ptr %"keys.226", i64 2
  store i16 %".5894", ptr %".5895", align 2
  br label %"return"
cont.159:
  %".5898" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5899" = load volatile i8, [40 x i8]* %".5898", align 1
  br label %"header.61"
unknown.54:
  %".5908" = trunc i64 %".5901" to i16
  %".5909" = getelementptr i8, ptr %"keys.227", i64 2
  store i16 %".5908", ptr %".5909", align 2
  br label %"return"
to_ip_version.13:
  %".5912" = getelementptr i8, ptr %"keys.227", i64 2
  %".5913" = trunc i64 %".5901" to i16
  store volatile i16 %".5913", ptr %".5912", align 2
  %".5915" = load volatile i16, ptr %".5912", align 2
  %".5916" = zext i16 %".5915" to i64
  %"cursor.319" = and i64 %".5916", 16383
  br label %"ip_version_d1"
to_gtpu_ext.2:
  %".5918" = trunc i64 %".5901" to i16
  %".5919" = getelementptr i8, ptr %"keys.227", i64 2
  store i16 %".5918", ptr %".5919", align 2
  br label %"return"
select.6:
  switch i64 %".5902", label %"unknown.54" [i64 0, label %"to_ip_version.13"]
}

@"_license" = constant [4 x i8] c"GPL\00", section "license"
declare i16 @"llvm.bswap.i16"(i16 %".1")

declare i32 @"llvm.bswap.i32"(i32 %".1")

!0 = !{ !"branch_weights", i32 1, i32 65536 }