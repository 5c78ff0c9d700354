; perfdiff kernels of perfdiff.compute.pairing: LLVM IR generated from its source by
; python -m perfdiff.compute.native_build (numba 0.68.1, LLVM 22.1.0). Do not edit: edit the source and regenerate.
; source-sha256: 2a789226b394b51847b6961f88e94e4e15b115a35a37cf7bae65a0092ae6d110

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define internal fastcc void @_ZN13_3cdynamic_3e5entryB2v1B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAE8int64_2ax8int64_2ax8int64_2ax8int64_2ax8int64_2axx8int64_2axx8int64_2ax8int64_2ax8int64_2ax8int64_2ax8int64_2ax(ptr noalias nonnull writeonly captures(none) %retptr, ptr readonly captures(none) %arg.a0, i64 %arg.a0_0, ptr readonly captures(none) %arg.a1, i64 %arg.a1_0, ptr readonly captures(none) %arg.a2, i64 %arg.a2_0, ptr readonly captures(none) %arg.a3, i64 %arg.a3_0, ptr readonly captures(none) %arg.a4, i64 %arg.a4_0, i64 %arg.a4_1, ptr readonly captures(none) %arg.a5, i64 %arg.a5_0, i64 %arg.a5_1, ptr readonly captures(none) %arg.a6, i64 %arg.a6_0, ptr captures(none) %arg.a7, i64 %arg.a7_0, ptr writeonly captures(none) %arg.a8, i64 %arg.a8_0, ptr writeonly captures(none) %arg.a9, i64 %arg.a9_0, ptr writeonly captures(none) %arg.a10, i64 %arg.a10_0) unnamed_addr #0 {
entry:
  %.208.not.i = icmp eq i64 %arg.a1_0, %arg.a0_0
  %.218.not.i = icmp eq i64 %arg.a2_0, %arg.a0_0
  %or.cond.i = select i1 %.208.not.i, i1 %.218.not.i, i1 false
  br i1 %or.cond.i, label %B90.i, label %_ZN8perfdiff7compute7pairing10dones_intoB2v4B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B90.i:                                            ; preds = %entry
  %.270.i = icmp sgt i64 %arg.a3_0, 0
  %.291.i = icmp eq i64 %arg.a4_0, %arg.a3_0
  %or.cond1984.i = select i1 %.270.i, i1 %.291.i, i1 false
  %.311.i = icmp eq i64 %arg.a5_0, %arg.a3_0
  %or.cond1985.i = select i1 %or.cond1984.i, i1 %.311.i, i1 false
  %.340.i = icmp eq i64 %arg.a4_1, %arg.a6_0
  %or.cond23.i = select i1 %or.cond1985.i, i1 %.340.i, i1 false
  %.367.i = icmp eq i64 %arg.a5_1, %arg.a6_0
  %or.cond24.i = select i1 %or.cond23.i, i1 %.367.i, i1 false
  br i1 %or.cond24.i, label %B236.endif.i, label %_ZN8perfdiff7compute7pairing10dones_intoB2v4B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B252.i:                                           ; preds = %B252.preheader.i, %B1486.i
  %written.7.0.i = phi i64 [ %written.4.1.lcssa.i, %B1486.i ], [ 0, %B252.preheader.i ]
  %slot.8.0.i = phi i64 [ %slot.9.1.lcssa.i, %B1486.i ], [ 0, %B252.preheader.i ]
  %i.2.0.i = phi i64 [ %j.3.1.i, %B1486.i ], [ 0, %B252.preheader.i ]
  %.482.i = icmp slt i64 %i.2.0.i, 0
  %.483.i = select i1 %.482.i, i64 %arg.a1_0, i64 0
  %0 = getelementptr i64, ptr %arg.a0, i64 %i.2.0.i
  %.497.i = getelementptr i64, ptr %0, i64 %.483.i
  %.498.i = load i64, ptr %.497.i, align 8, !noalias !0
  %.503.i = icmp sgt i64 %i.2.0.i, 0
  br i1 %.503.i, label %B276.i, label %B316.i

B276.i:                                           ; preds = %B252.i
  %.535.i = getelementptr i8, ptr %0, i64 -8
  %.536.i = load i64, ptr %.535.i, align 8, !noalias !0
  %.538.i = icmp slt i64 %.498.i, %.536.i
  br i1 %.538.i, label %_ZN8perfdiff7compute7pairing10dones_intoB2v4B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit, label %B316.i

B316.i:                                           ; preds = %B276.i, %B252.i
  %.629.i = icmp slt i64 %i.2.0.i, %arg.a1_0
  br i1 %.629.i, label %B348.i, label %B935.i

B348.i:                                           ; preds = %B316.i, %B933.i
  %slot.7.2.i = phi i64 [ %slot.12.3.i, %B933.i ], [ %slot.8.0.i, %B316.i ]
  %j.2.2.i = phi i64 [ %.1350.i, %B933.i ], [ %i.2.0.i, %B316.i ]
  %.704.i = icmp slt i64 %j.2.2.i, 0
  %.705.i = select i1 %.704.i, i64 %arg.a1_0, i64 0
  %1 = getelementptr i64, ptr %arg.a1, i64 %j.2.2.i
  %.719.i = getelementptr i64, ptr %1, i64 %.705.i
  %.720.i = load i64, ptr %.719.i, align 8, !noalias !0
  %.725.i = icmp sgt i64 %.720.i, -1
  %.729.not.i = icmp slt i64 %.720.i, %arg.a4_1
  %or.cond1986.i = select i1 %.725.i, i1 %.729.not.i, i1 false
  br i1 %or.cond1986.i, label %B422.i, label %_ZN8perfdiff7compute7pairing10dones_intoB2v4B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B422.i:                                           ; preds = %B348.i
  %.843.i = getelementptr i64, ptr %arg.a6, i64 %.720.i
  %.844.i = load i64, ptr %.843.i, align 8, !noalias !0
  %.851.i = icmp sgt i64 %.844.i, -1
  br i1 %.851.i, label %B444.i, label %B929.i

B444.i:                                           ; preds = %B422.i
  %.857.not.i = icmp slt i64 %.844.i, %spec.select.i
  br i1 %.857.not.i, label %B490.i, label %_ZN8perfdiff7compute7pairing10dones_intoB2v4B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B490.i:                                           ; preds = %B444.i
  %2 = getelementptr i64, ptr %arg.a2, i64 %j.2.2.i
  %.968.i = getelementptr i64, ptr %2, i64 %.705.i
  %.969.i = load i64, ptr %.968.i, align 8, !noalias !0
  %.990.i = icmp sgt i64 %slot.7.2.i, -1
  %.1004.i = icmp slt i64 %slot.7.2.i, %arg.a3_0
  %or.cond1987.i = select i1 %.990.i, i1 %.1004.i, i1 false
  br i1 %or.cond1987.i, label %B524.i, label %B668.i.preheader

B524.i:                                           ; preds = %B490.i
  %.1037.i = getelementptr i64, ptr %arg.a3, i64 %slot.7.2.i
  %.1038.i = load i64, ptr %.1037.i, align 8, !noalias !0
  %.1040.i = icmp eq i64 %.1038.i, %.969.i
  br i1 %.1040.i, label %B885.i, label %B668.i.preheader

B668.i.preheader:                                 ; preds = %B524.i, %B490.i
  br label %B668.i

B668.i:                                           ; preds = %B668.i.preheader, %B668.i
  %slot_of_v7_low.2.5.i = phi i64 [ %slot_of_v7_low.3.7.i, %B668.i ], [ 0, %B668.i.preheader ]
  %slot_of_v7_high.2.5.i = phi i64 [ %slot_of_v7_high.3.7.i, %B668.i ], [ %arg.a3_0, %B668.i.preheader ]
  %.1088.i = add nuw nsw i64 %slot_of_v7_high.2.5.i, %slot_of_v7_low.2.5.i
  %.11071982.i = lshr i64 %.1088.i, 1
  %.1161.i = getelementptr i64, ptr %arg.a3, i64 %.11071982.i
  %.1162.i = load i64, ptr %.1161.i, align 8, !noalias !0
  %.1164.i = icmp slt i64 %.1162.i, %.969.i
  %.1175.i = add nuw nsw i64 %.11071982.i, 1
  %slot_of_v7_high.3.7.i = select i1 %.1164.i, i64 %slot_of_v7_high.2.5.i, i64 %.11071982.i
  %slot_of_v7_low.3.7.i = select i1 %.1164.i, i64 %.1175.i, i64 %slot_of_v7_low.2.5.i
  %.1206.i = icmp slt i64 %slot_of_v7_low.3.7.i, %slot_of_v7_high.3.7.i
  br i1 %.1206.i, label %B668.i, label %B757.i

B757.i:                                           ; preds = %B668.i
  %.1229.i = icmp slt i64 %slot_of_v7_low.3.7.i, %arg.a3_0
  br i1 %.1229.i, label %B829.i, label %B929.i

B829.i:                                           ; preds = %B757.i
  %.1260.i = getelementptr i64, ptr %arg.a3, i64 %slot_of_v7_low.3.7.i
  %.1261.i = load i64, ptr %.1260.i, align 8, !noalias !0
  %.1268.i = icmp eq i64 %.1261.i, %.969.i
  br i1 %.1268.i, label %B885.i, label %B929.i

B885.i:                                           ; preds = %B829.i, %B524.i
  %slot.13.43.i = phi i64 [ %slot_of_v7_low.3.7.i, %B829.i ], [ %slot.7.2.i, %B524.i ]
  %.1301.i = mul nsw i64 %slot.13.43.i, %spec.select.i
  %3 = getelementptr i64, ptr %arg.a7, i64 %.1301.i
  %.1337.i = getelementptr i64, ptr %3, i64 %.844.i
  store i64 %.498.i, ptr %.1337.i, align 8, !noalias !0
  br label %B929.i

B929.i:                                           ; preds = %B885.i, %B829.i, %B757.i, %B422.i
  %slot.12.3.i = phi i64 [ %slot.13.43.i, %B885.i ], [ -1, %B829.i ], [ %slot.7.2.i, %B422.i ], [ -1, %B757.i ]
  %exitcond.not.i = icmp eq i64 %j.2.2.i, %14
  br i1 %exitcond.not.i, label %B935.i, label %B933.i

B933.i:                                           ; preds = %B929.i
  %.1350.i = add i64 %j.2.2.i, 1
  %.1391.i = icmp slt i64 %j.2.2.i, -1
  %.1392.i = select i1 %.1391.i, i64 %arg.a1_0, i64 0
  %4 = getelementptr i64, ptr %arg.a0, i64 %.1350.i
  %.1406.i = getelementptr i64, ptr %4, i64 %.1392.i
  %.1407.i = load i64, ptr %.1406.i, align 8, !noalias !0
  %.1411.i = icmp eq i64 %.1407.i, %.498.i
  br i1 %.1411.i, label %B348.i, label %B935.i

B935.i:                                           ; preds = %B933.i, %B929.i, %B316.i
  %slot.11.1.i = phi i64 [ %slot.8.0.i, %B316.i ], [ %slot.12.3.i, %B929.i ], [ %slot.12.3.i, %B933.i ]
  %j.3.1.i = phi i64 [ %i.2.0.i, %B316.i ], [ %.1350.i, %B933.i ], [ %arg.a1_0, %B929.i ]
  %.1482.i = sub i64 %j.3.1.i, %i.2.0.i
  %.152729.not.i = icmp slt i64 %.1482.i, 1
  br i1 %.152729.not.i, label %B1486.i, label %B936.if.i

B980.i:                                           ; preds = %B936.if.i
  %.1667.i = getelementptr i64, ptr %arg.a3, i64 %slot.9.134.i
  %.1668.i = load i64, ptr %.1667.i, align 8, !noalias !0
  %.1670.i = icmp eq i64 %.1668.i, %.1599.i
  br i1 %.1670.i, label %B1203.i, label %B1082.i.preheader

B1082.i.preheader:                                ; preds = %B936.if.i, %B980.i
  br label %B1082.i

B1082.i:                                          ; preds = %B1082.i.preheader, %B1082.i
  %slot_of_v6_low.2.3.i = phi i64 [ %slot_of_v6_low.3.5.i, %B1082.i ], [ 0, %B1082.i.preheader ]
  %slot_of_v6_high.2.3.i = phi i64 [ %slot_of_v6_high.3.5.i, %B1082.i ], [ %arg.a3_0, %B1082.i.preheader ]
  %.1718.i = add nuw nsw i64 %slot_of_v6_high.2.3.i, %slot_of_v6_low.2.3.i
  %.17371983.i = lshr i64 %.1718.i, 1
  %.1791.i = getelementptr i64, ptr %arg.a3, i64 %.17371983.i
  %.1792.i = load i64, ptr %.1791.i, align 8, !noalias !0
  %.1794.i = icmp slt i64 %.1792.i, %.1599.i
  %.1805.i = add nuw nsw i64 %.17371983.i, 1
  %slot_of_v6_high.3.5.i = select i1 %.1794.i, i64 %slot_of_v6_high.2.3.i, i64 %.17371983.i
  %slot_of_v6_low.3.5.i = select i1 %.1794.i, i64 %.1805.i, i64 %slot_of_v6_low.2.3.i
  %.1836.i = icmp slt i64 %slot_of_v6_low.3.5.i, %slot_of_v6_high.3.5.i
  br i1 %.1836.i, label %B1082.i, label %B1132.i

B1132.i:                                          ; preds = %B1082.i
  %.1859.i = icmp slt i64 %slot_of_v6_low.3.5.i, %arg.a3_0
  br i1 %.1859.i, label %B1156.i, label %B1452.i

B1156.i:                                          ; preds = %B1132.i
  %.1890.i = getelementptr i64, ptr %arg.a3, i64 %slot_of_v6_low.3.5.i
  %.1891.i = load i64, ptr %.1890.i, align 8, !noalias !0
  %.1898.i = icmp eq i64 %.1891.i, %.1599.i
  br i1 %.1898.i, label %B1203.i, label %B1452.i

B1203.i:                                          ; preds = %B1156.i, %B980.i
  %slot.10.29.i = phi i64 [ %slot.9.134.i, %B980.i ], [ %slot_of_v6_low.3.5.i, %B1156.i ]
  %5 = getelementptr i64, ptr %arg.a1, i64 %.1469.031.i
  %.1959.i = getelementptr i64, ptr %5, i64 %.1584.i
  %.1960.i = load i64, ptr %.1959.i, align 8, !noalias !0
  %.2076.i = icmp slt i64 %.1960.i, 0
  %.2077.i = select i1 %.2076.i, i64 %arg.a4_1, i64 0
  %.2095.i = mul i64 %slot.10.29.i, %arg.a4_1
  %6 = getelementptr i64, ptr %arg.a4, i64 %.2095.i
  %7 = getelementptr i64, ptr %6, i64 %.1960.i
  %.2099.i = getelementptr i64, ptr %7, i64 %.2077.i
  %.2100.i = load i64, ptr %.2099.i, align 8, !noalias !0
  %.2112.i = icmp slt i64 %.2100.i, 0
  br i1 %.2112.i, label %B1386.i, label %B1233.i

B1233.i:                                          ; preds = %B1203.i
  %8 = getelementptr i64, ptr %arg.a5, i64 %.2095.i
  %9 = getelementptr i64, ptr %8, i64 %.1960.i
  %.2214.i = getelementptr i64, ptr %9, i64 %.2077.i
  %.2215.i = load i64, ptr %.2214.i, align 8, !noalias !0
  %.2230.not.i = icmp slt i64 %.2215.i, %spec.select.i
  %.2284.not.i = icmp slt i64 %written.4.132.i, %.19.i.i
  %or.cond36.i = select i1 %.2230.not.i, i1 %.2284.not.i, i1 false
  br i1 %or.cond36.i, label %B1307.i, label %_ZN8perfdiff7compute7pairing10dones_intoB2v4B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B1307.i:                                          ; preds = %B1233.i
  %.2324.i = icmp sgt i64 %.2215.i, -1
  br i1 %.2324.i, label %B1335.i, label %B1335.thread.i

B1335.thread.i:                                   ; preds = %B1307.i
  %.242616.i = getelementptr i64, ptr %arg.a8, i64 %written.4.132.i
  store i64 %.1469.031.i, ptr %.242616.i, align 8, !noalias !0
  %.246517.i = getelementptr i64, ptr %arg.a9, i64 %written.4.132.i
  store i64 %.2100.i, ptr %.246517.i, align 8, !noalias !0
  br label %11

B1335.i:                                          ; preds = %B1307.i
  %.2328.i = mul nsw i64 %slot.10.29.i, %spec.select.i
  %.2334.i = add nsw i64 %.2215.i, %.2328.i
  %.2350.i = icmp slt i64 %.2334.i, 0
  %.2351.i = select i1 %.2350.i, i64 %arg.a7_0, i64 0
  %10 = getelementptr i64, ptr %arg.a7, i64 %.2334.i
  %.2365.i = getelementptr i64, ptr %10, i64 %.2351.i
  %.2366.i = load i64, ptr %.2365.i, align 8, !noalias !0
  %.2366.fr.i = freeze i64 %.2366.i
  %.2426.i = getelementptr i64, ptr %arg.a8, i64 %written.4.132.i
  store i64 %.1469.031.i, ptr %.2426.i, align 8, !noalias !0
  %.2465.i = getelementptr i64, ptr %arg.a9, i64 %written.4.132.i
  store i64 %.2100.i, ptr %.2465.i, align 8, !noalias !0
  %.2475.not.i = icmp eq i64 %.2366.fr.i, -9223372036854775808
  br i1 %.2475.not.i, label %11, label %12

11:                                               ; preds = %B1335.i, %B1335.thread.i
  br label %12

12:                                               ; preds = %11, %B1335.i
  %13 = phi i64 [ %.498.i, %11 ], [ %.2366.fr.i, %B1335.i ]
  %.2524.i = getelementptr i64, ptr %arg.a10, i64 %written.4.132.i
  store i64 %13, ptr %.2524.i, align 8, !noalias !0
  %.2534.i = add nuw nsw i64 %written.4.132.i, 1
  br label %B1386.i

B1386.i:                                          ; preds = %12, %B1203.i
  %written.6.3.i = phi i64 [ %.2534.i, %12 ], [ %written.4.132.i, %B1203.i ]
  %.2544.i = icmp slt i64 %written.6.3.i, 0
  br i1 %.2544.i, label %_ZN8perfdiff7compute7pairing10dones_intoB2v4B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit, label %B1452.i

B1452.i:                                          ; preds = %B1386.i, %B1156.i, %B1132.i
  %slot.10.210.i = phi i64 [ %slot.10.29.i, %B1386.i ], [ -1, %B1156.i ], [ -1, %B1132.i ]
  %written.5.2.i = phi i64 [ %written.6.3.i, %B1386.i ], [ %written.4.132.i, %B1156.i ], [ %written.4.132.i, %B1132.i ]
  %.1527.i = icmp samesign ugt i64 %.1472.030.i, 1
  br i1 %.1527.i, label %B936.if.i, label %B1486.i

B1486.i:                                          ; preds = %B1452.i, %B935.i
  %written.4.1.lcssa.i = phi i64 [ %written.7.0.i, %B935.i ], [ %written.5.2.i, %B1452.i ]
  %slot.9.1.lcssa.i = phi i64 [ %slot.11.1.i, %B935.i ], [ %slot.10.210.i, %B1452.i ]
  %.2663.i = icmp slt i64 %j.3.1.i, %arg.a1_0
  br i1 %.2663.i, label %B252.i, label %_ZN8perfdiff7compute7pairing10dones_intoB2v4B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B236.endif.i:                                     ; preds = %B90.i
  %.421.i = sdiv i64 %arg.a7_0, %arg.a3_0
  %.422.i = srem i64 %arg.a7_0, %arg.a3_0
  %.423.lobit.i = ashr i64 %.422.i, 63
  %spec.select.i = add i64 %.423.lobit.i, %.421.i
  %.461.i = icmp sgt i64 %arg.a1_0, 0
  br i1 %.461.i, label %B252.preheader.i, label %_ZN8perfdiff7compute7pairing10dones_intoB2v4B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B252.preheader.i:                                 ; preds = %B236.endif.i
  %.17.i.i = tail call i64 @llvm.smin.i64(i64 %arg.a9_0, i64 %arg.a8_0)
  %.19.i.i = tail call i64 @llvm.smin.i64(i64 %arg.a10_0, i64 %.17.i.i)
  %14 = add nsw i64 %arg.a1_0, -1
  br label %B252.i

B936.if.i:                                        ; preds = %B935.i, %B1452.i
  %slot.9.134.i = phi i64 [ %slot.10.210.i, %B1452.i ], [ %slot.11.1.i, %B935.i ]
  %written.4.132.i = phi i64 [ %written.5.2.i, %B1452.i ], [ %written.7.0.i, %B935.i ]
  %.1469.031.i = phi i64 [ %.1540.i, %B1452.i ], [ %i.2.0.i, %B935.i ]
  %.1472.030.i = phi i64 [ %.1536.i, %B1452.i ], [ %.1482.i, %B935.i ]
  %.1536.i = add nsw i64 %.1472.030.i, -1
  %.1540.i = add i64 %.1469.031.i, 1
  %.1583.i = icmp slt i64 %.1469.031.i, 0
  %.1584.i = select i1 %.1583.i, i64 %arg.a1_0, i64 0
  %15 = getelementptr i64, ptr %arg.a2, i64 %.1469.031.i
  %.1598.i = getelementptr i64, ptr %15, i64 %.1584.i
  %.1599.i = load i64, ptr %.1598.i, align 8, !noalias !0
  %.1620.i = icmp sgt i64 %slot.9.134.i, -1
  %.1634.i = icmp slt i64 %slot.9.134.i, %arg.a3_0
  %or.cond1988.i = select i1 %.1620.i, i1 %.1634.i, i1 false
  br i1 %or.cond1988.i, label %B980.i, label %B1082.i.preheader

_ZN8perfdiff7compute7pairing10dones_intoB2v4B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit: ; preds = %B276.i, %B1486.i, %B348.i, %B444.i, %B1233.i, %B1386.i, %entry, %B90.i, %B236.endif.i
  %written.8.1.sink.i = phi i64 [ -2, %entry ], [ 0, %B236.endif.i ], [ -2, %B90.i ], [ -2, %B348.i ], [ -2, %B1233.i ], [ -2, %B1386.i ], [ -2, %B444.i ], [ %written.4.1.lcssa.i, %B1486.i ], [ -1, %B276.i ]
  store i64 %written.8.1.sink.i, ptr %retptr, align 8
  ret void
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define i64 @perfdiff_dones_into(ptr readonly captures(none) %.1, i64 %.2, ptr readonly captures(none) %.3, i64 %.4, ptr readonly captures(none) %.5, i64 %.6, ptr readonly captures(none) %.7, i64 %.8, ptr readonly captures(none) %.9, i64 %.10, i64 %.11, ptr readonly captures(none) %.12, i64 %.13, i64 %.14, ptr readonly captures(none) %.15, i64 %.16, ptr captures(none) %.17, i64 %.18, ptr writeonly captures(none) %.19, i64 %.20, ptr writeonly captures(none) %.21, i64 %.22, ptr writeonly captures(none) %.23, i64 %.24) local_unnamed_addr #0 {
entry:
  %.26 = alloca i64, align 8
  store i64 0, ptr %.26, align 8
  call fastcc void @_ZN13_3cdynamic_3e5entryB2v1B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAE8int64_2ax8int64_2ax8int64_2ax8int64_2ax8int64_2axx8int64_2axx8int64_2ax8int64_2ax8int64_2ax8int64_2ax8int64_2ax(ptr %.26, ptr %.1, i64 %.2, ptr %.3, i64 %.4, ptr %.5, i64 %.6, ptr %.7, i64 %.8, ptr %.9, i64 %.10, i64 %.11, ptr %.12, i64 %.13, i64 %.14, ptr %.15, i64 %.16, ptr %.17, i64 %.18, ptr %.19, i64 %.20, ptr %.21, i64 %.22, ptr %.23, i64 %.24) #3
  %.40 = load i64, ptr %.26, align 8
  ret i64 %.40
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define i64 @perfdiff_table_dones_into_i8(i64 %.1, i64 %.2, ptr readonly captures(none) %.3, i64 %.4, ptr readonly captures(none) %.5, i64 %.6, ptr readonly captures(none) %.7, i64 %.8, ptr readonly captures(none) %.9, i64 %.10, ptr readonly captures(none) %.11, i64 %.12, ptr readonly captures(none) %.13, i64 %.14, ptr readonly captures(none) %.15, i64 %.16, ptr readonly captures(none) %.17, i64 %.18, i64 %.19, ptr readonly captures(none) %.20, i64 %.21, i64 %.22, ptr readonly captures(none) %.23, i64 %.24, ptr captures(none) %.25, i64 %.26, ptr writeonly captures(none) %.27, i64 %.28, ptr writeonly captures(none) %.29, i64 %.30, ptr writeonly captures(none) %.31, i64 %.32) local_unnamed_addr #0 {
entry:
  %.34 = alloca i64, align 8
  store i64 0, ptr %.34, align 8
  call fastcc void @_ZN13_3cdynamic_3e5entryB3v10B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAExx7int8_2ax8int64_2ax8int64_2ax8int32_2ax8uint8_2ax8uint8_2ax8int64_2ax8int64_2axx8int64_2axx8int64_2ax8int64_2ax8int64_2ax8int64_2ax8int64_2ax(ptr %.34, i64 %.1, i64 %.2, ptr %.3, i64 %.4, ptr %.5, i64 %.6, ptr %.7, i64 %.8, ptr %.9, i64 %.10, ptr %.11, i64 %.12, ptr %.13, i64 %.14, ptr %.15, i64 %.16, ptr %.17, i64 %.18, i64 %.19, ptr %.20, i64 %.21, i64 %.22, ptr %.23, i64 %.24, ptr %.25, i64 %.26, ptr %.27, i64 %.28, ptr %.29, i64 %.30, ptr %.31, i64 %.32) #3
  %.48 = load i64, ptr %.34, align 8
  ret i64 %.48
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define internal fastcc void @_ZN13_3cdynamic_3e5entryB3v10B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAExx7int8_2ax8int64_2ax8int64_2ax8int32_2ax8uint8_2ax8uint8_2ax8int64_2ax8int64_2axx8int64_2axx8int64_2ax8int64_2ax8int64_2ax8int64_2ax8int64_2ax(ptr noalias nonnull writeonly captures(none) %retptr, i64 %arg.a0, i64 %arg.a1, ptr readonly captures(none) %arg.a2, i64 %arg.a2_0, ptr readonly captures(none) %arg.a3, i64 %arg.a3_0, ptr readonly captures(none) %arg.a4, i64 %arg.a4_0, ptr readonly captures(none) %arg.a5, i64 %arg.a5_0, ptr readonly captures(none) %arg.a6, i64 %arg.a6_0, ptr readonly captures(none) %arg.a7, i64 %arg.a7_0, ptr readonly captures(none) %arg.a8, i64 %arg.a8_0, ptr readonly captures(none) %arg.a9, i64 %arg.a9_0, i64 %arg.a9_1, ptr readonly captures(none) %arg.a10, i64 %arg.a10_0, i64 %arg.a10_1, ptr readonly captures(none) %arg.a11, i64 %arg.a11_0, ptr captures(none) %arg.a12, i64 %arg.a12_0, ptr writeonly captures(none) %arg.a13, i64 %arg.a13_0, ptr writeonly captures(none) %arg.a14, i64 %arg.a14_0, ptr writeonly captures(none) %arg.a15, i64 %arg.a15_0) unnamed_addr #0 {
entry:
  %.249.i = icmp slt i64 %arg.a0, 0
  %.253.i = icmp sgt i64 %arg.a1, %arg.a4_0
  %or.cond.i = select i1 %.249.i, i1 true, i1 %.253.i
  br i1 %or.cond.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v14B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIaLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit, label %B70.i

B70.i:                                            ; preds = %entry
  %.17.i.i = tail call i64 @llvm.smin.i64(i64 %arg.a3_0, i64 %arg.a2_0)
  %.19.i.i = tail call i64 @llvm.smin.i64(i64 %arg.a5_0, i64 %.17.i.i)
  %.311.i = icmp sge i64 %.19.i.i, %arg.a1
  %.321.not.i = icmp eq i64 %arg.a7_0, %arg.a11_0
  %or.cond2627.i = select i1 %.311.i, i1 %.321.not.i, i1 false
  br i1 %or.cond2627.i, label %B164.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v14B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIaLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B164.i:                                           ; preds = %B70.i
  %.373.i = icmp sgt i64 %arg.a8_0, 0
  %.394.i = icmp eq i64 %arg.a9_0, %arg.a8_0
  %or.cond2628.i = select i1 %.373.i, i1 %.394.i, i1 false
  %.414.i = icmp eq i64 %arg.a10_0, %arg.a8_0
  %or.cond2629.i = select i1 %or.cond2628.i, i1 %.414.i, i1 false
  %.443.i = icmp eq i64 %arg.a9_1, %arg.a7_0
  %or.cond27.i = select i1 %or.cond2629.i, i1 %.443.i, i1 false
  %.470.i = icmp eq i64 %arg.a10_1, %arg.a7_0
  %or.cond28.i = select i1 %or.cond27.i, i1 %.470.i, i1 false
  br i1 %or.cond28.i, label %B304.endif.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v14B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIaLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B362.i:                                           ; preds = %B362.i.outer, %B514.i
  %i.4.1.i = phi i64 [ %.968.i, %B514.i ], [ %i.4.1.i.ph, %B362.i.outer ]
  %.633.i = getelementptr i8, ptr %arg.a2, i64 %i.4.1.i
  %.634.i = load i8, ptr %.633.i, align 1, !noalias !3
  %.639.i = sext i8 %.634.i to i64
  %.640.i = icmp sgt i8 %.634.i, -1
  %.645.not.i = icmp sgt i64 %arg.a7_0, %.639.i
  %or.cond2630.i = select i1 %.640.i, i1 %.645.not.i, i1 false
  br i1 %or.cond2630.i, label %B390.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v14B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIaLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B390.i:                                           ; preds = %B362.i
  %.676.i = getelementptr i32, ptr %arg.a5, i64 %i.4.1.i
  %.677.i = load i32, ptr %.676.i, align 4, !noalias !3
  %.679.i = icmp sgt i32 %.677.i, -1
  %.678.i = sext i32 %.677.i to i64
  %.720.not.i = icmp sgt i64 %arg.a6_0, %.678.i
  %or.cond2631.i = select i1 %.679.i, i1 %.720.not.i, i1 false
  br i1 %or.cond2631.i, label %B462.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v14B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIaLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B462.i:                                           ; preds = %B390.i
  %.844.i = getelementptr i64, ptr %arg.a11, i64 %.639.i
  %.845.i = load i64, ptr %.844.i, align 8, !noalias !3
  %.846.i = icmp slt i64 %.845.i, 0
  br i1 %.846.i, label %B490.i, label %B494.i

B490.i:                                           ; preds = %B462.i
  %.878.i = getelementptr i8, ptr %arg.a7, i64 %.639.i
  %.879.i = load i8, ptr %.878.i, align 1, !noalias !3
  %.883.i = icmp eq i8 %.879.i, 0
  br i1 %.883.i, label %B514.i, label %B494.i

B494.i:                                           ; preds = %B490.i, %B462.i
  %.947.i = getelementptr i8, ptr %arg.a6, i64 %.678.i
  %.948.i = load i8, ptr %.947.i, align 1, !noalias !3
  %.950.i = icmp eq i8 %.948.i, 0
  br i1 %.950.i, label %B514.i, label %B542.i

B514.i:                                           ; preds = %B494.i, %B490.i
  %.968.i = add nuw nsw i64 %i.4.1.i, 1
  %.595.i = icmp slt i64 %.968.i, %arg.a1
  br i1 %.595.i, label %B362.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v14B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIaLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B542.i:                                           ; preds = %B494.i
  %.1003.i = getelementptr i64, ptr %arg.a4, i64 %i.4.1.i
  %.1004.i = load i64, ptr %.1003.i, align 8, !noalias !3
  %.1010.i = icmp slt i64 %.1004.i, %previous.2.1.i.ph
  br i1 %.1010.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v14B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIaLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit, label %B578.i

B578.i:                                           ; preds = %B542.i
  %.1126.i = icmp slt i64 %i.4.1.i, %arg.a1
  br i1 %.1126.i, label %B612.i, label %B1743.i

B612.i:                                           ; preds = %B578.i, %B1715.i
  %slot.7.2.i = phi i64 [ %slot.14.4.i, %B1715.i ], [ %slot.8.1.i.ph, %B578.i ]
  %j.2.2.i = phi i64 [ %.2101.i, %B1715.i ], [ %i.4.1.i, %B578.i ]
  %.1164.i = getelementptr i8, ptr %arg.a2, i64 %j.2.2.i
  %.1165.i = load i8, ptr %.1164.i, align 1, !noalias !3
  %.1170.i = sext i8 %.1165.i to i64
  %.1171.i = icmp sgt i8 %.1165.i, -1
  %.1176.not.i = icmp sgt i64 %arg.a7_0, %.1170.i
  %or.cond2632.i = select i1 %.1171.i, i1 %.1176.not.i, i1 false
  br i1 %or.cond2632.i, label %B640.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v14B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIaLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B640.i:                                           ; preds = %B612.i
  %.1207.i = getelementptr i32, ptr %arg.a5, i64 %j.2.2.i
  %.1208.i = load i32, ptr %.1207.i, align 4, !noalias !3
  %.1210.i = icmp sgt i32 %.1208.i, -1
  %.1209.i = sext i32 %.1208.i to i64
  %.1251.not.i = icmp sgt i64 %arg.a6_0, %.1209.i
  %or.cond2633.i = select i1 %.1210.i, i1 %.1251.not.i, i1 false
  br i1 %or.cond2633.i, label %B724.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v14B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIaLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B724.i:                                           ; preds = %B640.i
  %.1379.i = getelementptr i64, ptr %arg.a11, i64 %.1170.i
  %.1380.i = load i64, ptr %.1379.i, align 8, !noalias !3
  %.1381.i = icmp sgt i64 %.1380.i, -1
  br i1 %.1381.i, label %B754.i, label %B726.i

B726.i:                                           ; preds = %B724.i
  %.1417.i = getelementptr i8, ptr %arg.a7, i64 %.1170.i
  %.1418.i = load i8, ptr %.1417.i, align 1, !noalias !3
  %.1420.not.i = icmp eq i8 %.1418.i, 0
  br i1 %.1420.not.i, label %B1715.i, label %B754.i

B754.i:                                           ; preds = %B726.i, %B724.i
  %.1485.i = getelementptr i8, ptr %arg.a6, i64 %.1209.i
  %.1486.i = load i8, ptr %.1485.i, align 1, !noalias !3
  %.1488.not.i = icmp eq i8 %.1486.i, 0
  br i1 %.1488.not.i, label %B1715.i, label %B766.i

B766.i:                                           ; preds = %B754.i
  %.1521.i = getelementptr i64, ptr %arg.a4, i64 %j.2.2.i
  %.1522.i = load i64, ptr %.1521.i, align 8, !noalias !3
  %.1524.not.i = icmp eq i64 %.1522.i, %.1004.i
  br i1 %.1524.not.i, label %B828.i, label %B1743.i

B828.i:                                           ; preds = %B766.i
  br i1 %.1381.i, label %B850.i, label %B1715.i

B850.i:                                           ; preds = %B828.i
  %.1586.not.i = icmp slt i64 %.1380.i, %spec.select.i
  br i1 %.1586.not.i, label %B904.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v14B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIaLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B904.i:                                           ; preds = %B850.i
  %.1714.i = getelementptr i64, ptr %arg.a3, i64 %j.2.2.i
  %.1715.i = load i64, ptr %.1714.i, align 8, !noalias !3
  %.1736.i = icmp sgt i64 %slot.7.2.i, -1
  %.1750.i = icmp slt i64 %slot.7.2.i, %arg.a8_0
  %or.cond2634.i = select i1 %.1736.i, i1 %.1750.i, i1 false
  br i1 %or.cond2634.i, label %B948.i, label %B1108.i.preheader

B948.i:                                           ; preds = %B904.i
  %.1783.i = getelementptr i64, ptr %arg.a8, i64 %slot.7.2.i
  %.1784.i = load i64, ptr %.1783.i, align 8, !noalias !3
  %.1786.i = icmp eq i64 %.1784.i, %.1715.i
  br i1 %.1786.i, label %B1703.i, label %B1108.i.preheader

B1108.i.preheader:                                ; preds = %B948.i, %B904.i
  br label %B1108.i

B1108.i:                                          ; preds = %B1108.i.preheader, %B1108.i
  %slot_of_v17_low.2.3.i = phi i64 [ %slot_of_v17_low.3.4.i, %B1108.i ], [ 0, %B1108.i.preheader ]
  %slot_of_v17_high.2.3.i = phi i64 [ %slot_of_v17_high.3.4.i, %B1108.i ], [ %arg.a8_0, %B1108.i.preheader ]
  %.1834.i = add nuw nsw i64 %slot_of_v17_high.2.3.i, %slot_of_v17_low.2.3.i
  %.18532625.i = lshr i64 %.1834.i, 1
  %.1907.i = getelementptr i64, ptr %arg.a8, i64 %.18532625.i
  %.1908.i = load i64, ptr %.1907.i, align 8, !noalias !3
  %.1910.i = icmp slt i64 %.1908.i, %.1715.i
  %.1921.i = add nuw nsw i64 %.18532625.i, 1
  %slot_of_v17_high.3.4.i = select i1 %.1910.i, i64 %slot_of_v17_high.2.3.i, i64 %.18532625.i
  %slot_of_v17_low.3.4.i = select i1 %.1910.i, i64 %.1921.i, i64 %slot_of_v17_low.2.3.i
  %.1952.i = icmp slt i64 %slot_of_v17_low.3.4.i, %slot_of_v17_high.3.4.i
  br i1 %.1952.i, label %B1108.i, label %B1135.i

B1135.i:                                          ; preds = %B1108.i
  %.1975.i = icmp slt i64 %slot_of_v17_low.3.4.i, %arg.a8_0
  br i1 %.1975.i, label %B1591.i, label %B1715.i

B1591.i:                                          ; preds = %B1135.i
  %.2006.i = getelementptr i64, ptr %arg.a8, i64 %slot_of_v17_low.3.4.i
  %.2007.i = load i64, ptr %.2006.i, align 8, !noalias !3
  %.2014.i = icmp eq i64 %.2007.i, %.1715.i
  br i1 %.2014.i, label %B1703.i, label %B1715.i

B1703.i:                                          ; preds = %B1591.i, %B948.i
  %slot.15.33.i = phi i64 [ %slot_of_v17_low.3.4.i, %B1591.i ], [ %slot.7.2.i, %B948.i ]
  %.2047.i = mul nsw i64 %slot.15.33.i, %spec.select.i
  %0 = getelementptr i64, ptr %arg.a12, i64 %.2047.i
  %.2083.i = getelementptr i64, ptr %0, i64 %.1380.i
  store i64 %.1004.i, ptr %.2083.i, align 8, !noalias !3
  br label %B1715.i

B1715.i:                                          ; preds = %B1703.i, %B1591.i, %B1135.i, %B828.i, %B754.i, %B726.i
  %slot.14.4.i = phi i64 [ %slot.15.33.i, %B1703.i ], [ -1, %B1591.i ], [ %slot.7.2.i, %B828.i ], [ %slot.7.2.i, %B754.i ], [ %slot.7.2.i, %B726.i ], [ -1, %B1135.i ]
  %.2101.i = add i64 %j.2.2.i, 1
  %exitcond.not.i = icmp eq i64 %.2101.i, %arg.a1
  br i1 %exitcond.not.i, label %B1743.i, label %B612.i

B1743.i:                                          ; preds = %B1715.i, %B766.i, %B578.i
  %slot.13.3.i = phi i64 [ %slot.8.1.i.ph, %B578.i ], [ %slot.14.4.i, %B1715.i ], [ %slot.7.2.i, %B766.i ]
  %j.3.3.i = phi i64 [ %i.4.1.i, %B578.i ], [ %arg.a1, %B1715.i ], [ %j.2.2.i, %B766.i ]
  %.2170.i = sub nsw i64 %j.3.3.i, %i.4.1.i
  %.221365.not.i = icmp slt i64 %.2170.i, 1
  br i1 %.221365.not.i, label %B2356.i, label %B1755.if.i

B1803.i:                                          ; preds = %B1755.if.i
  %.2338.i = select i1 %.2268.i, i64 %arg.a5_0, i64 0
  %1 = getelementptr i32, ptr %arg.a5, i64 %.2157.066.i
  %.2352.i = getelementptr i32, ptr %1, i64 %.2338.i
  %.2353.i = load i32, ptr %.2352.i, align 4, !noalias !3
  %.2355.i = sext i32 %.2353.i to i64
  %.2368.i = icmp slt i32 %.2353.i, 0
  %.2369.i = select i1 %.2368.i, i64 %arg.a6_0, i64 0
  %2 = getelementptr i8, ptr %arg.a6, i64 %.2369.i
  %.2383.i = getelementptr i8, ptr %2, i64 %.2355.i
  %.2384.i = load i8, ptr %.2383.i, align 1, !noalias !3
  %.2386.i = icmp eq i8 %.2384.i, 0
  br i1 %.2386.i, label %B2322.i, label %B1806.i

B1806.i:                                          ; preds = %B1803.i
  %.2421.i = select i1 %.2268.i, i64 %arg.a3_0, i64 0
  %3 = getelementptr i64, ptr %arg.a3, i64 %.2157.066.i
  %.2435.i = getelementptr i64, ptr %3, i64 %.2421.i
  %.2436.i = load i64, ptr %.2435.i, align 8, !noalias !3
  %.2457.i = icmp sgt i64 %slot.10.269.i, -1
  %.2471.i = icmp slt i64 %slot.10.269.i, %arg.a8_0
  %or.cond2635.i = select i1 %.2457.i, i1 %.2471.i, i1 false
  br i1 %or.cond2635.i, label %B1848.i, label %B1912.i.preheader

B1848.i:                                          ; preds = %B1806.i
  %.2504.i = getelementptr i64, ptr %arg.a8, i64 %slot.10.269.i
  %.2505.i = load i64, ptr %.2504.i, align 8, !noalias !3
  %.2507.i = icmp eq i64 %.2505.i, %.2436.i
  br i1 %.2507.i, label %B2053.i, label %B1912.i.preheader

B1912.i.preheader:                                ; preds = %B1848.i, %B1806.i
  br label %B1912.i

B1912.i:                                          ; preds = %B1912.i.preheader, %B1912.i
  %slot_of_v16_low.2.3.i = phi i64 [ %slot_of_v16_low.3.4.i, %B1912.i ], [ 0, %B1912.i.preheader ]
  %slot_of_v16_high.2.3.i = phi i64 [ %slot_of_v16_high.3.4.i, %B1912.i ], [ %arg.a8_0, %B1912.i.preheader ]
  %.2555.i = add nuw nsw i64 %slot_of_v16_high.2.3.i, %slot_of_v16_low.2.3.i
  %.25742626.i = lshr i64 %.2555.i, 1
  %.2628.i = getelementptr i64, ptr %arg.a8, i64 %.25742626.i
  %.2629.i = load i64, ptr %.2628.i, align 8, !noalias !3
  %.2631.i = icmp slt i64 %.2629.i, %.2436.i
  %.2642.i = add nuw nsw i64 %.25742626.i, 1
  %slot_of_v16_high.3.4.i = select i1 %.2631.i, i64 %slot_of_v16_high.2.3.i, i64 %.25742626.i
  %slot_of_v16_low.3.4.i = select i1 %.2631.i, i64 %.2642.i, i64 %slot_of_v16_low.2.3.i
  %.2673.i = icmp slt i64 %slot_of_v16_low.3.4.i, %slot_of_v16_high.3.4.i
  br i1 %.2673.i, label %B1912.i, label %B1980.i

B1980.i:                                          ; preds = %B1912.i
  %.2696.i = icmp slt i64 %slot_of_v16_low.3.4.i, %arg.a8_0
  br i1 %.2696.i, label %B2002.i, label %B2322.i

B2002.i:                                          ; preds = %B1980.i
  %.2727.i = getelementptr i64, ptr %arg.a8, i64 %slot_of_v16_low.3.4.i
  %.2728.i = load i64, ptr %.2727.i, align 8, !noalias !3
  %.2735.i = icmp eq i64 %.2728.i, %.2436.i
  br i1 %.2735.i, label %B2053.i, label %B2322.i

B2053.i:                                          ; preds = %B2002.i, %B1848.i
  %slot.12.39.i = phi i64 [ %slot.10.269.i, %B1848.i ], [ %slot_of_v16_low.3.4.i, %B2002.i ]
  %.2907.i = mul i64 %slot.12.39.i, %arg.a7_0
  %4 = getelementptr i64, ptr %arg.a9, i64 %.2907.i
  %5 = getelementptr i64, ptr %4, i64 %.2304.i
  %.2911.i = getelementptr i64, ptr %5, i64 %.2290.i
  %.2912.i = load i64, ptr %.2911.i, align 8, !noalias !3
  %.2922.i = icmp slt i64 %.2912.i, 0
  br i1 %.2922.i, label %B2255.i, label %B2075.i

B2075.i:                                          ; preds = %B2053.i
  %6 = getelementptr i64, ptr %arg.a10, i64 %.2907.i
  %7 = getelementptr i64, ptr %6, i64 %.2304.i
  %.3027.i = getelementptr i64, ptr %7, i64 %.2290.i
  %.3028.i = load i64, ptr %.3027.i, align 8, !noalias !3
  %.3041.not.i = icmp slt i64 %.3028.i, %spec.select.i
  %.3095.not.i = icmp slt i64 %written.4.268.i, %.19.i2637.i
  %or.cond77.i = select i1 %.3041.not.i, i1 %.3095.not.i, i1 false
  br i1 %or.cond77.i, label %B2137.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v14B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIaLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B2137.i:                                          ; preds = %B2075.i
  %.3135.i = icmp sgt i64 %.3028.i, -1
  br i1 %.3135.i, label %B2193.i, label %B2193.thread.i

B2193.thread.i:                                   ; preds = %B2137.i
  %.322215.i = icmp slt i64 %written.4.268.i, 0
  %.322316.i = select i1 %.322215.i, i64 %arg.a13_0, i64 0
  %8 = getelementptr i64, ptr %arg.a13, i64 %written.4.268.i
  %.323717.i = getelementptr i64, ptr %8, i64 %.322316.i
  store i64 %.2157.066.i, ptr %.323717.i, align 8, !noalias !3
  %.326218.i = select i1 %.322215.i, i64 %arg.a14_0, i64 0
  %9 = getelementptr i64, ptr %arg.a14, i64 %written.4.268.i
  %.327619.i = getelementptr i64, ptr %9, i64 %.326218.i
  store i64 %.2912.i, ptr %.327619.i, align 8, !noalias !3
  br label %13

B2193.i:                                          ; preds = %B2137.i
  %.3139.i = mul nsw i64 %slot.12.39.i, %spec.select.i
  %.3145.i = add nsw i64 %.3028.i, %.3139.i
  %.3161.i = icmp slt i64 %.3145.i, 0
  %.3162.i = select i1 %.3161.i, i64 %arg.a12_0, i64 0
  %10 = getelementptr i64, ptr %arg.a12, i64 %.3145.i
  %.3176.i = getelementptr i64, ptr %10, i64 %.3162.i
  %.3177.i = load i64, ptr %.3176.i, align 8, !noalias !3
  %.3177.fr.i = freeze i64 %.3177.i
  %.3222.i = icmp slt i64 %written.4.268.i, 0
  %.3223.i = select i1 %.3222.i, i64 %arg.a13_0, i64 0
  %11 = getelementptr i64, ptr %arg.a13, i64 %written.4.268.i
  %.3237.i = getelementptr i64, ptr %11, i64 %.3223.i
  store i64 %.2157.066.i, ptr %.3237.i, align 8, !noalias !3
  %.3262.i = select i1 %.3222.i, i64 %arg.a14_0, i64 0
  %12 = getelementptr i64, ptr %arg.a14, i64 %written.4.268.i
  %.3276.i = getelementptr i64, ptr %12, i64 %.3262.i
  store i64 %.2912.i, ptr %.3276.i, align 8, !noalias !3
  %.3286.not.i = icmp eq i64 %.3177.fr.i, -9223372036854775808
  %spec.select31.i = select i1 %.3286.not.i, i64 %.1004.i, i64 %.3177.fr.i
  br label %13

13:                                               ; preds = %B2193.i, %B2193.thread.i
  %.322222.i = phi i1 [ %.3222.i, %B2193.i ], [ %.322215.i, %B2193.thread.i ]
  %14 = phi i64 [ %spec.select31.i, %B2193.i ], [ %.1004.i, %B2193.thread.i ]
  %.3321.i = select i1 %.322222.i, i64 %arg.a15_0, i64 0
  %15 = getelementptr i64, ptr %arg.a15, i64 %written.4.268.i
  %.3335.i = getelementptr i64, ptr %15, i64 %.3321.i
  store i64 %14, ptr %.3335.i, align 8, !noalias !3
  %.3345.i = add nsw i64 %written.4.268.i, 1
  br label %B2255.i

B2255.i:                                          ; preds = %13, %B2053.i
  %written.7.3.i = phi i64 [ %.3345.i, %13 ], [ %written.4.268.i, %B2053.i ]
  %.3355.i = icmp slt i64 %written.7.3.i, 0
  br i1 %.3355.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v14B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIaLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit, label %B2322.i

B2322.i:                                          ; preds = %B1755.if.i, %B2255.i, %B2002.i, %B1980.i, %B1803.i
  %written.5.3.i = phi i64 [ %written.4.268.i, %B1755.if.i ], [ %written.4.268.i, %B1803.i ], [ %written.7.3.i, %B2255.i ], [ %written.4.268.i, %B2002.i ], [ %written.4.268.i, %B1980.i ]
  %slot.11.3.i = phi i64 [ %slot.10.269.i, %B1755.if.i ], [ %slot.10.269.i, %B1803.i ], [ %slot.12.39.i, %B2255.i ], [ -1, %B2002.i ], [ -1, %B1980.i ]
  %.2213.i = icmp samesign ugt i64 %.2160.067.i, 1
  br i1 %.2213.i, label %B1755.if.i, label %B2356.i

B2356.i:                                          ; preds = %B2322.i, %B1743.i
  %written.4.2.lcssa.i = phi i64 [ %written.8.1.i.ph, %B1743.i ], [ %written.5.3.i, %B2322.i ]
  %slot.10.2.lcssa.i = phi i64 [ %slot.13.3.i, %B1743.i ], [ %slot.11.3.i, %B2322.i ]
  %.3511.i = icmp slt i64 %j.3.3.i, %arg.a1
  br i1 %.3511.i, label %B362.i.outer, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v14B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIaLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B304.endif.i:                                     ; preds = %B164.i
  %.524.i = sdiv i64 %arg.a12_0, %arg.a8_0
  %.525.i = srem i64 %arg.a12_0, %arg.a8_0
  %.526.lobit.i = ashr i64 %.525.i, 63
  %spec.select.i = add i64 %.526.lobit.i, %.524.i
  %.59571.i = icmp slt i64 %arg.a0, %arg.a1
  br i1 %.59571.i, label %B362.preheader.lr.ph.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v14B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIaLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B362.preheader.lr.ph.i:                           ; preds = %B304.endif.i
  %.17.i2636.i = tail call i64 @llvm.smin.i64(i64 %arg.a14_0, i64 %arg.a13_0)
  %.19.i2637.i = tail call i64 @llvm.smin.i64(i64 %arg.a15_0, i64 %.17.i2636.i)
  br label %B362.i.outer

B362.i.outer:                                     ; preds = %B362.preheader.lr.ph.i, %B2356.i
  %written.8.1.i.ph = phi i64 [ 0, %B362.preheader.lr.ph.i ], [ %written.4.2.lcssa.i, %B2356.i ]
  %slot.8.1.i.ph = phi i64 [ 0, %B362.preheader.lr.ph.i ], [ %slot.10.2.lcssa.i, %B2356.i ]
  %previous.2.1.i.ph = phi i64 [ -9223372036854775808, %B362.preheader.lr.ph.i ], [ %.1004.i, %B2356.i ]
  %i.4.1.i.ph = phi i64 [ %arg.a0, %B362.preheader.lr.ph.i ], [ %j.3.3.i, %B2356.i ]
  br label %B362.i

B1755.if.i:                                       ; preds = %B1743.i, %B2322.i
  %slot.10.269.i = phi i64 [ %slot.11.3.i, %B2322.i ], [ %slot.13.3.i, %B1743.i ]
  %written.4.268.i = phi i64 [ %written.5.3.i, %B2322.i ], [ %written.8.1.i.ph, %B1743.i ]
  %.2160.067.i = phi i64 [ %.2222.i, %B2322.i ], [ %.2170.i, %B1743.i ]
  %.2157.066.i = phi i64 [ %.2226.i, %B2322.i ], [ %i.4.1.i, %B1743.i ]
  %.2222.i = add nsw i64 %.2160.067.i, -1
  %.2226.i = add i64 %.2157.066.i, 1
  %.2268.i = icmp slt i64 %.2157.066.i, 0
  %.2269.i = select i1 %.2268.i, i64 %arg.a2_0, i64 0
  %16 = getelementptr i8, ptr %arg.a2, i64 %.2157.066.i
  %.2283.i = getelementptr i8, ptr %16, i64 %.2269.i
  %.2284.i = load i8, ptr %.2283.i, align 1, !noalias !3
  %.2290.i = sext i8 %.2284.i to i64
  %.2303.i = icmp slt i8 %.2284.i, 0
  %.2304.i = select i1 %.2303.i, i64 %arg.a7_0, i64 0
  %17 = getelementptr i8, ptr %arg.a7, i64 %.2304.i
  %.2318.i = getelementptr i8, ptr %17, i64 %.2290.i
  %.2319.i = load i8, ptr %.2318.i, align 1, !noalias !3
  %.2321.i = icmp eq i8 %.2319.i, 0
  br i1 %.2321.i, label %B2322.i, label %B1803.i

_ZN8perfdiff7compute7pairing16table_dones_intoB3v14B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIaLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit: ; preds = %B514.i, %B362.i, %B390.i, %B542.i, %B2356.i, %B612.i, %B640.i, %B850.i, %B2075.i, %B2255.i, %entry, %B70.i, %B164.i, %B304.endif.i
  %written.10.2.sink.i = phi i64 [ -2, %entry ], [ 0, %B304.endif.i ], [ -2, %B70.i ], [ -2, %B2075.i ], [ -2, %B612.i ], [ -2, %B164.i ], [ -2, %B2255.i ], [ -2, %B850.i ], [ -2, %B640.i ], [ -2, %B362.i ], [ -2, %B390.i ], [ %written.8.1.i.ph, %B514.i ], [ %written.4.2.lcssa.i, %B2356.i ], [ -1, %B542.i ]
  store i64 %written.10.2.sink.i, ptr %retptr, align 8
  ret void
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define i64 @perfdiff_table_dones_into_i16(i64 %.1, i64 %.2, ptr readonly captures(none) %.3, i64 %.4, ptr readonly captures(none) %.5, i64 %.6, ptr readonly captures(none) %.7, i64 %.8, ptr readonly captures(none) %.9, i64 %.10, ptr readonly captures(none) %.11, i64 %.12, ptr readonly captures(none) %.13, i64 %.14, ptr readonly captures(none) %.15, i64 %.16, ptr readonly captures(none) %.17, i64 %.18, i64 %.19, ptr readonly captures(none) %.20, i64 %.21, i64 %.22, ptr readonly captures(none) %.23, i64 %.24, ptr captures(none) %.25, i64 %.26, ptr writeonly captures(none) %.27, i64 %.28, ptr writeonly captures(none) %.29, i64 %.30, ptr writeonly captures(none) %.31, i64 %.32) local_unnamed_addr #0 {
entry:
  %.34 = alloca i64, align 8
  store i64 0, ptr %.34, align 8
  call fastcc void @_ZN13_3cdynamic_3e5entryB3v19B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAExx8int16_2ax8int64_2ax8int64_2ax8int32_2ax8uint8_2ax8uint8_2ax8int64_2ax8int64_2axx8int64_2axx8int64_2ax8int64_2ax8int64_2ax8int64_2ax8int64_2ax(ptr %.34, i64 %.1, i64 %.2, ptr %.3, i64 %.4, ptr %.5, i64 %.6, ptr %.7, i64 %.8, ptr %.9, i64 %.10, ptr %.11, i64 %.12, ptr %.13, i64 %.14, ptr %.15, i64 %.16, ptr %.17, i64 %.18, i64 %.19, ptr %.20, i64 %.21, i64 %.22, ptr %.23, i64 %.24, ptr %.25, i64 %.26, ptr %.27, i64 %.28, ptr %.29, i64 %.30, ptr %.31, i64 %.32) #3
  %.48 = load i64, ptr %.34, align 8
  ret i64 %.48
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define internal fastcc void @_ZN13_3cdynamic_3e5entryB3v19B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAExx8int16_2ax8int64_2ax8int64_2ax8int32_2ax8uint8_2ax8uint8_2ax8int64_2ax8int64_2axx8int64_2axx8int64_2ax8int64_2ax8int64_2ax8int64_2ax8int64_2ax(ptr noalias nonnull writeonly captures(none) %retptr, i64 %arg.a0, i64 %arg.a1, ptr readonly captures(none) %arg.a2, i64 %arg.a2_0, ptr readonly captures(none) %arg.a3, i64 %arg.a3_0, ptr readonly captures(none) %arg.a4, i64 %arg.a4_0, ptr readonly captures(none) %arg.a5, i64 %arg.a5_0, ptr readonly captures(none) %arg.a6, i64 %arg.a6_0, ptr readonly captures(none) %arg.a7, i64 %arg.a7_0, ptr readonly captures(none) %arg.a8, i64 %arg.a8_0, ptr readonly captures(none) %arg.a9, i64 %arg.a9_0, i64 %arg.a9_1, ptr readonly captures(none) %arg.a10, i64 %arg.a10_0, i64 %arg.a10_1, ptr readonly captures(none) %arg.a11, i64 %arg.a11_0, ptr captures(none) %arg.a12, i64 %arg.a12_0, ptr writeonly captures(none) %arg.a13, i64 %arg.a13_0, ptr writeonly captures(none) %arg.a14, i64 %arg.a14_0, ptr writeonly captures(none) %arg.a15, i64 %arg.a15_0) unnamed_addr #0 {
entry:
  %.249.i = icmp slt i64 %arg.a0, 0
  %.253.i = icmp sgt i64 %arg.a1, %arg.a4_0
  %or.cond.i = select i1 %.249.i, i1 true, i1 %.253.i
  br i1 %or.cond.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v21B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIsLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit, label %B70.i

B70.i:                                            ; preds = %entry
  %.17.i.i = tail call i64 @llvm.smin.i64(i64 %arg.a3_0, i64 %arg.a2_0)
  %.19.i.i = tail call i64 @llvm.smin.i64(i64 %arg.a5_0, i64 %.17.i.i)
  %.311.i = icmp sge i64 %.19.i.i, %arg.a1
  %.321.not.i = icmp eq i64 %arg.a7_0, %arg.a11_0
  %or.cond2627.i = select i1 %.311.i, i1 %.321.not.i, i1 false
  br i1 %or.cond2627.i, label %B164.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v21B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIsLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B164.i:                                           ; preds = %B70.i
  %.373.i = icmp sgt i64 %arg.a8_0, 0
  %.394.i = icmp eq i64 %arg.a9_0, %arg.a8_0
  %or.cond2628.i = select i1 %.373.i, i1 %.394.i, i1 false
  %.414.i = icmp eq i64 %arg.a10_0, %arg.a8_0
  %or.cond2629.i = select i1 %or.cond2628.i, i1 %.414.i, i1 false
  %.443.i = icmp eq i64 %arg.a9_1, %arg.a7_0
  %or.cond27.i = select i1 %or.cond2629.i, i1 %.443.i, i1 false
  %.470.i = icmp eq i64 %arg.a10_1, %arg.a7_0
  %or.cond28.i = select i1 %or.cond27.i, i1 %.470.i, i1 false
  br i1 %or.cond28.i, label %B304.endif.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v21B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIsLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B362.i:                                           ; preds = %B362.i.outer, %B514.i
  %i.4.1.i = phi i64 [ %.968.i, %B514.i ], [ %i.4.1.i.ph, %B362.i.outer ]
  %.633.i = getelementptr i16, ptr %arg.a2, i64 %i.4.1.i
  %.634.i = load i16, ptr %.633.i, align 2, !noalias !6
  %.639.i = sext i16 %.634.i to i64
  %.640.i = icmp sgt i16 %.634.i, -1
  %.645.not.i = icmp sgt i64 %arg.a7_0, %.639.i
  %or.cond2630.i = select i1 %.640.i, i1 %.645.not.i, i1 false
  br i1 %or.cond2630.i, label %B390.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v21B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIsLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B390.i:                                           ; preds = %B362.i
  %.676.i = getelementptr i32, ptr %arg.a5, i64 %i.4.1.i
  %.677.i = load i32, ptr %.676.i, align 4, !noalias !6
  %.679.i = icmp sgt i32 %.677.i, -1
  %.678.i = sext i32 %.677.i to i64
  %.720.not.i = icmp sgt i64 %arg.a6_0, %.678.i
  %or.cond2631.i = select i1 %.679.i, i1 %.720.not.i, i1 false
  br i1 %or.cond2631.i, label %B462.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v21B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIsLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B462.i:                                           ; preds = %B390.i
  %.844.i = getelementptr i64, ptr %arg.a11, i64 %.639.i
  %.845.i = load i64, ptr %.844.i, align 8, !noalias !6
  %.846.i = icmp slt i64 %.845.i, 0
  br i1 %.846.i, label %B490.i, label %B494.i

B490.i:                                           ; preds = %B462.i
  %.878.i = getelementptr i8, ptr %arg.a7, i64 %.639.i
  %.879.i = load i8, ptr %.878.i, align 1, !noalias !6
  %.883.i = icmp eq i8 %.879.i, 0
  br i1 %.883.i, label %B514.i, label %B494.i

B494.i:                                           ; preds = %B490.i, %B462.i
  %.947.i = getelementptr i8, ptr %arg.a6, i64 %.678.i
  %.948.i = load i8, ptr %.947.i, align 1, !noalias !6
  %.950.i = icmp eq i8 %.948.i, 0
  br i1 %.950.i, label %B514.i, label %B542.i

B514.i:                                           ; preds = %B494.i, %B490.i
  %.968.i = add nuw nsw i64 %i.4.1.i, 1
  %.595.i = icmp slt i64 %.968.i, %arg.a1
  br i1 %.595.i, label %B362.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v21B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIsLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B542.i:                                           ; preds = %B494.i
  %.1003.i = getelementptr i64, ptr %arg.a4, i64 %i.4.1.i
  %.1004.i = load i64, ptr %.1003.i, align 8, !noalias !6
  %.1010.i = icmp slt i64 %.1004.i, %previous.2.1.i.ph
  br i1 %.1010.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v21B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIsLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit, label %B578.i

B578.i:                                           ; preds = %B542.i
  %.1126.i = icmp slt i64 %i.4.1.i, %arg.a1
  br i1 %.1126.i, label %B612.i, label %B2613.i

B612.i:                                           ; preds = %B578.i, %B2585.i
  %slot.7.2.i = phi i64 [ %slot.8.4.i, %B2585.i ], [ %slot.10.1.i.ph, %B578.i ]
  %j.2.2.i = phi i64 [ %.2101.i, %B2585.i ], [ %i.4.1.i, %B578.i ]
  %.1164.i = getelementptr i16, ptr %arg.a2, i64 %j.2.2.i
  %.1165.i = load i16, ptr %.1164.i, align 2, !noalias !6
  %.1170.i = sext i16 %.1165.i to i64
  %.1171.i = icmp sgt i16 %.1165.i, -1
  %.1176.not.i = icmp sgt i64 %arg.a7_0, %.1170.i
  %or.cond2632.i = select i1 %.1171.i, i1 %.1176.not.i, i1 false
  br i1 %or.cond2632.i, label %B640.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v21B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIsLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B640.i:                                           ; preds = %B612.i
  %.1207.i = getelementptr i32, ptr %arg.a5, i64 %j.2.2.i
  %.1208.i = load i32, ptr %.1207.i, align 4, !noalias !6
  %.1210.i = icmp sgt i32 %.1208.i, -1
  %.1209.i = sext i32 %.1208.i to i64
  %.1251.not.i = icmp sgt i64 %arg.a6_0, %.1209.i
  %or.cond2633.i = select i1 %.1210.i, i1 %.1251.not.i, i1 false
  br i1 %or.cond2633.i, label %B724.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v21B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIsLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B724.i:                                           ; preds = %B640.i
  %.1379.i = getelementptr i64, ptr %arg.a11, i64 %.1170.i
  %.1380.i = load i64, ptr %.1379.i, align 8, !noalias !6
  %.1381.i = icmp sgt i64 %.1380.i, -1
  br i1 %.1381.i, label %B754.i, label %B726.i

B726.i:                                           ; preds = %B724.i
  %.1417.i = getelementptr i8, ptr %arg.a7, i64 %.1170.i
  %.1418.i = load i8, ptr %.1417.i, align 1, !noalias !6
  %.1420.not.i = icmp eq i8 %.1418.i, 0
  br i1 %.1420.not.i, label %B2585.i, label %B754.i

B754.i:                                           ; preds = %B726.i, %B724.i
  %.1485.i = getelementptr i8, ptr %arg.a6, i64 %.1209.i
  %.1486.i = load i8, ptr %.1485.i, align 1, !noalias !6
  %.1488.not.i = icmp eq i8 %.1486.i, 0
  br i1 %.1488.not.i, label %B2585.i, label %B766.i

B766.i:                                           ; preds = %B754.i
  %.1521.i = getelementptr i64, ptr %arg.a4, i64 %j.2.2.i
  %.1522.i = load i64, ptr %.1521.i, align 8, !noalias !6
  %.1524.not.i = icmp eq i64 %.1522.i, %.1004.i
  br i1 %.1524.not.i, label %B828.i, label %B2613.i

B828.i:                                           ; preds = %B766.i
  br i1 %.1381.i, label %B850.i, label %B2585.i

B850.i:                                           ; preds = %B828.i
  %.1586.not.i = icmp slt i64 %.1380.i, %spec.select.i
  br i1 %.1586.not.i, label %B904.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v21B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIsLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B904.i:                                           ; preds = %B850.i
  %.1714.i = getelementptr i64, ptr %arg.a3, i64 %j.2.2.i
  %.1715.i = load i64, ptr %.1714.i, align 8, !noalias !6
  %.1736.i = icmp sgt i64 %slot.7.2.i, -1
  %.1750.i = icmp slt i64 %slot.7.2.i, %arg.a8_0
  %or.cond2634.i = select i1 %.1736.i, i1 %.1750.i, i1 false
  br i1 %or.cond2634.i, label %B948.i, label %B1108.i.preheader

B948.i:                                           ; preds = %B904.i
  %.1783.i = getelementptr i64, ptr %arg.a8, i64 %slot.7.2.i
  %.1784.i = load i64, ptr %.1783.i, align 8, !noalias !6
  %.1786.i = icmp eq i64 %.1784.i, %.1715.i
  br i1 %.1786.i, label %B2573.i, label %B1108.i.preheader

B1108.i.preheader:                                ; preds = %B948.i, %B904.i
  br label %B1108.i

B1108.i:                                          ; preds = %B1108.i.preheader, %B1108.i
  %slot_of_v24_low.2.3.i = phi i64 [ %slot_of_v24_low.3.4.i, %B1108.i ], [ 0, %B1108.i.preheader ]
  %slot_of_v24_high.2.3.i = phi i64 [ %slot_of_v24_high.3.4.i, %B1108.i ], [ %arg.a8_0, %B1108.i.preheader ]
  %.1834.i = add nuw nsw i64 %slot_of_v24_high.2.3.i, %slot_of_v24_low.2.3.i
  %.18532625.i = lshr i64 %.1834.i, 1
  %.1907.i = getelementptr i64, ptr %arg.a8, i64 %.18532625.i
  %.1908.i = load i64, ptr %.1907.i, align 8, !noalias !6
  %.1910.i = icmp slt i64 %.1908.i, %.1715.i
  %.1921.i = add nuw nsw i64 %.18532625.i, 1
  %slot_of_v24_high.3.4.i = select i1 %.1910.i, i64 %slot_of_v24_high.2.3.i, i64 %.18532625.i
  %slot_of_v24_low.3.4.i = select i1 %.1910.i, i64 %.1921.i, i64 %slot_of_v24_low.2.3.i
  %.1952.i = icmp slt i64 %slot_of_v24_low.3.4.i, %slot_of_v24_high.3.4.i
  br i1 %.1952.i, label %B1108.i, label %B1135.i

B1135.i:                                          ; preds = %B1108.i
  %.1975.i = icmp slt i64 %slot_of_v24_low.3.4.i, %arg.a8_0
  br i1 %.1975.i, label %B2461.i, label %B2585.i

B2461.i:                                          ; preds = %B1135.i
  %.2006.i = getelementptr i64, ptr %arg.a8, i64 %slot_of_v24_low.3.4.i
  %.2007.i = load i64, ptr %.2006.i, align 8, !noalias !6
  %.2014.i = icmp eq i64 %.2007.i, %.1715.i
  br i1 %.2014.i, label %B2573.i, label %B2585.i

B2573.i:                                          ; preds = %B2461.i, %B948.i
  %slot.9.33.i = phi i64 [ %slot_of_v24_low.3.4.i, %B2461.i ], [ %slot.7.2.i, %B948.i ]
  %.2047.i = mul nsw i64 %slot.9.33.i, %spec.select.i
  %0 = getelementptr i64, ptr %arg.a12, i64 %.2047.i
  %.2083.i = getelementptr i64, ptr %0, i64 %.1380.i
  store i64 %.1004.i, ptr %.2083.i, align 8, !noalias !6
  br label %B2585.i

B2585.i:                                          ; preds = %B2573.i, %B2461.i, %B1135.i, %B828.i, %B754.i, %B726.i
  %slot.8.4.i = phi i64 [ %slot.9.33.i, %B2573.i ], [ -1, %B2461.i ], [ %slot.7.2.i, %B828.i ], [ %slot.7.2.i, %B754.i ], [ %slot.7.2.i, %B726.i ], [ -1, %B1135.i ]
  %.2101.i = add i64 %j.2.2.i, 1
  %exitcond.not.i = icmp eq i64 %.2101.i, %arg.a1
  br i1 %exitcond.not.i, label %B2613.i, label %B612.i

B2613.i:                                          ; preds = %B2585.i, %B766.i, %B578.i
  %slot.15.3.i = phi i64 [ %slot.10.1.i.ph, %B578.i ], [ %slot.8.4.i, %B2585.i ], [ %slot.7.2.i, %B766.i ]
  %j.3.3.i = phi i64 [ %i.4.1.i, %B578.i ], [ %arg.a1, %B2585.i ], [ %j.2.2.i, %B766.i ]
  %.2170.i = sub nsw i64 %j.3.3.i, %i.4.1.i
  %.221365.not.i = icmp slt i64 %.2170.i, 1
  br i1 %.221365.not.i, label %B3226.i, label %B2625.if.i

B2673.i:                                          ; preds = %B2625.if.i
  %.2338.i = select i1 %.2268.i, i64 %arg.a5_0, i64 0
  %1 = getelementptr i32, ptr %arg.a5, i64 %.2157.066.i
  %.2352.i = getelementptr i32, ptr %1, i64 %.2338.i
  %.2353.i = load i32, ptr %.2352.i, align 4, !noalias !6
  %.2355.i = sext i32 %.2353.i to i64
  %.2368.i = icmp slt i32 %.2353.i, 0
  %.2369.i = select i1 %.2368.i, i64 %arg.a6_0, i64 0
  %2 = getelementptr i8, ptr %arg.a6, i64 %.2369.i
  %.2383.i = getelementptr i8, ptr %2, i64 %.2355.i
  %.2384.i = load i8, ptr %.2383.i, align 1, !noalias !6
  %.2386.i = icmp eq i8 %.2384.i, 0
  br i1 %.2386.i, label %B3192.i, label %B2676.i

B2676.i:                                          ; preds = %B2673.i
  %.2421.i = select i1 %.2268.i, i64 %arg.a3_0, i64 0
  %3 = getelementptr i64, ptr %arg.a3, i64 %.2157.066.i
  %.2435.i = getelementptr i64, ptr %3, i64 %.2421.i
  %.2436.i = load i64, ptr %.2435.i, align 8, !noalias !6
  %.2457.i = icmp sgt i64 %slot.12.269.i, -1
  %.2471.i = icmp slt i64 %slot.12.269.i, %arg.a8_0
  %or.cond2635.i = select i1 %.2457.i, i1 %.2471.i, i1 false
  br i1 %or.cond2635.i, label %B2718.i, label %B2782.i.preheader

B2718.i:                                          ; preds = %B2676.i
  %.2504.i = getelementptr i64, ptr %arg.a8, i64 %slot.12.269.i
  %.2505.i = load i64, ptr %.2504.i, align 8, !noalias !6
  %.2507.i = icmp eq i64 %.2505.i, %.2436.i
  br i1 %.2507.i, label %B2923.i, label %B2782.i.preheader

B2782.i.preheader:                                ; preds = %B2718.i, %B2676.i
  br label %B2782.i

B2782.i:                                          ; preds = %B2782.i.preheader, %B2782.i
  %slot_of_v23_low.2.3.i = phi i64 [ %slot_of_v23_low.3.4.i, %B2782.i ], [ 0, %B2782.i.preheader ]
  %slot_of_v23_high.2.3.i = phi i64 [ %slot_of_v23_high.3.4.i, %B2782.i ], [ %arg.a8_0, %B2782.i.preheader ]
  %.2555.i = add nuw nsw i64 %slot_of_v23_high.2.3.i, %slot_of_v23_low.2.3.i
  %.25742626.i = lshr i64 %.2555.i, 1
  %.2628.i = getelementptr i64, ptr %arg.a8, i64 %.25742626.i
  %.2629.i = load i64, ptr %.2628.i, align 8, !noalias !6
  %.2631.i = icmp slt i64 %.2629.i, %.2436.i
  %.2642.i = add nuw nsw i64 %.25742626.i, 1
  %slot_of_v23_high.3.4.i = select i1 %.2631.i, i64 %slot_of_v23_high.2.3.i, i64 %.25742626.i
  %slot_of_v23_low.3.4.i = select i1 %.2631.i, i64 %.2642.i, i64 %slot_of_v23_low.2.3.i
  %.2673.i = icmp slt i64 %slot_of_v23_low.3.4.i, %slot_of_v23_high.3.4.i
  br i1 %.2673.i, label %B2782.i, label %B2850.i

B2850.i:                                          ; preds = %B2782.i
  %.2696.i = icmp slt i64 %slot_of_v23_low.3.4.i, %arg.a8_0
  br i1 %.2696.i, label %B2872.i, label %B3192.i

B2872.i:                                          ; preds = %B2850.i
  %.2727.i = getelementptr i64, ptr %arg.a8, i64 %slot_of_v23_low.3.4.i
  %.2728.i = load i64, ptr %.2727.i, align 8, !noalias !6
  %.2735.i = icmp eq i64 %.2728.i, %.2436.i
  br i1 %.2735.i, label %B2923.i, label %B3192.i

B2923.i:                                          ; preds = %B2872.i, %B2718.i
  %slot.14.39.i = phi i64 [ %slot.12.269.i, %B2718.i ], [ %slot_of_v23_low.3.4.i, %B2872.i ]
  %.2907.i = mul i64 %slot.14.39.i, %arg.a7_0
  %4 = getelementptr i64, ptr %arg.a9, i64 %.2907.i
  %5 = getelementptr i64, ptr %4, i64 %.2304.i
  %.2911.i = getelementptr i64, ptr %5, i64 %.2290.i
  %.2912.i = load i64, ptr %.2911.i, align 8, !noalias !6
  %.2922.i = icmp slt i64 %.2912.i, 0
  br i1 %.2922.i, label %B3125.i, label %B2945.i

B2945.i:                                          ; preds = %B2923.i
  %6 = getelementptr i64, ptr %arg.a10, i64 %.2907.i
  %7 = getelementptr i64, ptr %6, i64 %.2304.i
  %.3027.i = getelementptr i64, ptr %7, i64 %.2290.i
  %.3028.i = load i64, ptr %.3027.i, align 8, !noalias !6
  %.3041.not.i = icmp slt i64 %.3028.i, %spec.select.i
  %.3095.not.i = icmp slt i64 %written.4.268.i, %.19.i2637.i
  %or.cond77.i = select i1 %.3041.not.i, i1 %.3095.not.i, i1 false
  br i1 %or.cond77.i, label %B3007.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v21B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIsLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B3007.i:                                          ; preds = %B2945.i
  %.3135.i = icmp sgt i64 %.3028.i, -1
  br i1 %.3135.i, label %B3063.i, label %B3063.thread.i

B3063.thread.i:                                   ; preds = %B3007.i
  %.322215.i = icmp slt i64 %written.4.268.i, 0
  %.322316.i = select i1 %.322215.i, i64 %arg.a13_0, i64 0
  %8 = getelementptr i64, ptr %arg.a13, i64 %written.4.268.i
  %.323717.i = getelementptr i64, ptr %8, i64 %.322316.i
  store i64 %.2157.066.i, ptr %.323717.i, align 8, !noalias !6
  %.326218.i = select i1 %.322215.i, i64 %arg.a14_0, i64 0
  %9 = getelementptr i64, ptr %arg.a14, i64 %written.4.268.i
  %.327619.i = getelementptr i64, ptr %9, i64 %.326218.i
  store i64 %.2912.i, ptr %.327619.i, align 8, !noalias !6
  br label %13

B3063.i:                                          ; preds = %B3007.i
  %.3139.i = mul nsw i64 %slot.14.39.i, %spec.select.i
  %.3145.i = add nsw i64 %.3028.i, %.3139.i
  %.3161.i = icmp slt i64 %.3145.i, 0
  %.3162.i = select i1 %.3161.i, i64 %arg.a12_0, i64 0
  %10 = getelementptr i64, ptr %arg.a12, i64 %.3145.i
  %.3176.i = getelementptr i64, ptr %10, i64 %.3162.i
  %.3177.i = load i64, ptr %.3176.i, align 8, !noalias !6
  %.3177.fr.i = freeze i64 %.3177.i
  %.3222.i = icmp slt i64 %written.4.268.i, 0
  %.3223.i = select i1 %.3222.i, i64 %arg.a13_0, i64 0
  %11 = getelementptr i64, ptr %arg.a13, i64 %written.4.268.i
  %.3237.i = getelementptr i64, ptr %11, i64 %.3223.i
  store i64 %.2157.066.i, ptr %.3237.i, align 8, !noalias !6
  %.3262.i = select i1 %.3222.i, i64 %arg.a14_0, i64 0
  %12 = getelementptr i64, ptr %arg.a14, i64 %written.4.268.i
  %.3276.i = getelementptr i64, ptr %12, i64 %.3262.i
  store i64 %.2912.i, ptr %.3276.i, align 8, !noalias !6
  %.3286.not.i = icmp eq i64 %.3177.fr.i, -9223372036854775808
  %spec.select31.i = select i1 %.3286.not.i, i64 %.1004.i, i64 %.3177.fr.i
  br label %13

13:                                               ; preds = %B3063.i, %B3063.thread.i
  %.322222.i = phi i1 [ %.3222.i, %B3063.i ], [ %.322215.i, %B3063.thread.i ]
  %14 = phi i64 [ %spec.select31.i, %B3063.i ], [ %.1004.i, %B3063.thread.i ]
  %.3321.i = select i1 %.322222.i, i64 %arg.a15_0, i64 0
  %15 = getelementptr i64, ptr %arg.a15, i64 %written.4.268.i
  %.3335.i = getelementptr i64, ptr %15, i64 %.3321.i
  store i64 %14, ptr %.3335.i, align 8, !noalias !6
  %.3345.i = add nsw i64 %written.4.268.i, 1
  br label %B3125.i

B3125.i:                                          ; preds = %13, %B2923.i
  %written.7.3.i = phi i64 [ %.3345.i, %13 ], [ %written.4.268.i, %B2923.i ]
  %.3355.i = icmp slt i64 %written.7.3.i, 0
  br i1 %.3355.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v21B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIsLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit, label %B3192.i

B3192.i:                                          ; preds = %B2625.if.i, %B3125.i, %B2872.i, %B2850.i, %B2673.i
  %written.5.3.i = phi i64 [ %written.4.268.i, %B2625.if.i ], [ %written.4.268.i, %B2673.i ], [ %written.7.3.i, %B3125.i ], [ %written.4.268.i, %B2872.i ], [ %written.4.268.i, %B2850.i ]
  %slot.13.3.i = phi i64 [ %slot.12.269.i, %B2625.if.i ], [ %slot.12.269.i, %B2673.i ], [ %slot.14.39.i, %B3125.i ], [ -1, %B2872.i ], [ -1, %B2850.i ]
  %.2213.i = icmp samesign ugt i64 %.2160.067.i, 1
  br i1 %.2213.i, label %B2625.if.i, label %B3226.i

B3226.i:                                          ; preds = %B3192.i, %B2613.i
  %written.4.2.lcssa.i = phi i64 [ %written.8.1.i.ph, %B2613.i ], [ %written.5.3.i, %B3192.i ]
  %slot.12.2.lcssa.i = phi i64 [ %slot.15.3.i, %B2613.i ], [ %slot.13.3.i, %B3192.i ]
  %.3511.i = icmp slt i64 %j.3.3.i, %arg.a1
  br i1 %.3511.i, label %B362.i.outer, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v21B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIsLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B304.endif.i:                                     ; preds = %B164.i
  %.524.i = sdiv i64 %arg.a12_0, %arg.a8_0
  %.525.i = srem i64 %arg.a12_0, %arg.a8_0
  %.526.lobit.i = ashr i64 %.525.i, 63
  %spec.select.i = add i64 %.526.lobit.i, %.524.i
  %.59571.i = icmp slt i64 %arg.a0, %arg.a1
  br i1 %.59571.i, label %B362.preheader.lr.ph.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v21B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIsLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B362.preheader.lr.ph.i:                           ; preds = %B304.endif.i
  %.17.i2636.i = tail call i64 @llvm.smin.i64(i64 %arg.a14_0, i64 %arg.a13_0)
  %.19.i2637.i = tail call i64 @llvm.smin.i64(i64 %arg.a15_0, i64 %.17.i2636.i)
  br label %B362.i.outer

B362.i.outer:                                     ; preds = %B362.preheader.lr.ph.i, %B3226.i
  %written.8.1.i.ph = phi i64 [ 0, %B362.preheader.lr.ph.i ], [ %written.4.2.lcssa.i, %B3226.i ]
  %slot.10.1.i.ph = phi i64 [ 0, %B362.preheader.lr.ph.i ], [ %slot.12.2.lcssa.i, %B3226.i ]
  %previous.2.1.i.ph = phi i64 [ -9223372036854775808, %B362.preheader.lr.ph.i ], [ %.1004.i, %B3226.i ]
  %i.4.1.i.ph = phi i64 [ %arg.a0, %B362.preheader.lr.ph.i ], [ %j.3.3.i, %B3226.i ]
  br label %B362.i

B2625.if.i:                                       ; preds = %B2613.i, %B3192.i
  %slot.12.269.i = phi i64 [ %slot.13.3.i, %B3192.i ], [ %slot.15.3.i, %B2613.i ]
  %written.4.268.i = phi i64 [ %written.5.3.i, %B3192.i ], [ %written.8.1.i.ph, %B2613.i ]
  %.2160.067.i = phi i64 [ %.2222.i, %B3192.i ], [ %.2170.i, %B2613.i ]
  %.2157.066.i = phi i64 [ %.2226.i, %B3192.i ], [ %i.4.1.i, %B2613.i ]
  %.2222.i = add nsw i64 %.2160.067.i, -1
  %.2226.i = add i64 %.2157.066.i, 1
  %.2268.i = icmp slt i64 %.2157.066.i, 0
  %.2269.i = select i1 %.2268.i, i64 %arg.a2_0, i64 0
  %16 = getelementptr i16, ptr %arg.a2, i64 %.2157.066.i
  %.2283.i = getelementptr i16, ptr %16, i64 %.2269.i
  %.2284.i = load i16, ptr %.2283.i, align 2, !noalias !6
  %.2290.i = sext i16 %.2284.i to i64
  %.2303.i = icmp slt i16 %.2284.i, 0
  %.2304.i = select i1 %.2303.i, i64 %arg.a7_0, i64 0
  %17 = getelementptr i8, ptr %arg.a7, i64 %.2304.i
  %.2318.i = getelementptr i8, ptr %17, i64 %.2290.i
  %.2319.i = load i8, ptr %.2318.i, align 1, !noalias !6
  %.2321.i = icmp eq i8 %.2319.i, 0
  br i1 %.2321.i, label %B3192.i, label %B2673.i

_ZN8perfdiff7compute7pairing16table_dones_intoB3v21B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIsLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit: ; preds = %B514.i, %B362.i, %B390.i, %B542.i, %B3226.i, %B612.i, %B640.i, %B850.i, %B2945.i, %B3125.i, %entry, %B70.i, %B164.i, %B304.endif.i
  %written.10.2.sink.i = phi i64 [ -2, %entry ], [ 0, %B304.endif.i ], [ -2, %B70.i ], [ -2, %B2945.i ], [ -2, %B612.i ], [ -2, %B164.i ], [ -2, %B3125.i ], [ -2, %B850.i ], [ -2, %B640.i ], [ -2, %B362.i ], [ -2, %B390.i ], [ %written.8.1.i.ph, %B514.i ], [ %written.4.2.lcssa.i, %B3226.i ], [ -1, %B542.i ]
  store i64 %written.10.2.sink.i, ptr %retptr, align 8
  ret void
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define i64 @perfdiff_table_dones_into_i32(i64 %.1, i64 %.2, ptr readonly captures(none) %.3, i64 %.4, ptr readonly captures(none) %.5, i64 %.6, ptr readonly captures(none) %.7, i64 %.8, ptr readonly captures(none) %.9, i64 %.10, ptr readonly captures(none) %.11, i64 %.12, ptr readonly captures(none) %.13, i64 %.14, ptr readonly captures(none) %.15, i64 %.16, ptr readonly captures(none) %.17, i64 %.18, i64 %.19, ptr readonly captures(none) %.20, i64 %.21, i64 %.22, ptr readonly captures(none) %.23, i64 %.24, ptr captures(none) %.25, i64 %.26, ptr writeonly captures(none) %.27, i64 %.28, ptr writeonly captures(none) %.29, i64 %.30, ptr writeonly captures(none) %.31, i64 %.32) local_unnamed_addr #0 {
entry:
  %.34 = alloca i64, align 8
  store i64 0, ptr %.34, align 8
  call fastcc void @_ZN13_3cdynamic_3e5entryB3v26B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAExx8int32_2ax8int64_2ax8int64_2ax8int32_2ax8uint8_2ax8uint8_2ax8int64_2ax8int64_2axx8int64_2axx8int64_2ax8int64_2ax8int64_2ax8int64_2ax8int64_2ax(ptr %.34, i64 %.1, i64 %.2, ptr %.3, i64 %.4, ptr %.5, i64 %.6, ptr %.7, i64 %.8, ptr %.9, i64 %.10, ptr %.11, i64 %.12, ptr %.13, i64 %.14, ptr %.15, i64 %.16, ptr %.17, i64 %.18, i64 %.19, ptr %.20, i64 %.21, i64 %.22, ptr %.23, i64 %.24, ptr %.25, i64 %.26, ptr %.27, i64 %.28, ptr %.29, i64 %.30, ptr %.31, i64 %.32) #3
  %.48 = load i64, ptr %.34, align 8
  ret i64 %.48
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define internal fastcc void @_ZN13_3cdynamic_3e5entryB3v26B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAExx8int32_2ax8int64_2ax8int64_2ax8int32_2ax8uint8_2ax8uint8_2ax8int64_2ax8int64_2axx8int64_2axx8int64_2ax8int64_2ax8int64_2ax8int64_2ax8int64_2ax(ptr noalias nonnull writeonly captures(none) %retptr, i64 %arg.a0, i64 %arg.a1, ptr readonly captures(none) %arg.a2, i64 %arg.a2_0, ptr readonly captures(none) %arg.a3, i64 %arg.a3_0, ptr readonly captures(none) %arg.a4, i64 %arg.a4_0, ptr readonly captures(none) %arg.a5, i64 %arg.a5_0, ptr readonly captures(none) %arg.a6, i64 %arg.a6_0, ptr readonly captures(none) %arg.a7, i64 %arg.a7_0, ptr readonly captures(none) %arg.a8, i64 %arg.a8_0, ptr readonly captures(none) %arg.a9, i64 %arg.a9_0, i64 %arg.a9_1, ptr readonly captures(none) %arg.a10, i64 %arg.a10_0, i64 %arg.a10_1, ptr readonly captures(none) %arg.a11, i64 %arg.a11_0, ptr captures(none) %arg.a12, i64 %arg.a12_0, ptr writeonly captures(none) %arg.a13, i64 %arg.a13_0, ptr writeonly captures(none) %arg.a14, i64 %arg.a14_0, ptr writeonly captures(none) %arg.a15, i64 %arg.a15_0) unnamed_addr #0 {
entry:
  %.249.i = icmp slt i64 %arg.a0, 0
  %.253.i = icmp sgt i64 %arg.a1, %arg.a4_0
  %or.cond.i = select i1 %.249.i, i1 true, i1 %.253.i
  br i1 %or.cond.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v27B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit, label %B70.i

B70.i:                                            ; preds = %entry
  %.17.i.i = tail call i64 @llvm.smin.i64(i64 %arg.a3_0, i64 %arg.a2_0)
  %.19.i.i = tail call i64 @llvm.smin.i64(i64 %arg.a5_0, i64 %.17.i.i)
  %.311.i = icmp sge i64 %.19.i.i, %arg.a1
  %.321.not.i = icmp eq i64 %arg.a7_0, %arg.a11_0
  %or.cond2627.i = select i1 %.311.i, i1 %.321.not.i, i1 false
  br i1 %or.cond2627.i, label %B164.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v27B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B164.i:                                           ; preds = %B70.i
  %.373.i = icmp sgt i64 %arg.a8_0, 0
  %.394.i = icmp eq i64 %arg.a9_0, %arg.a8_0
  %or.cond2628.i = select i1 %.373.i, i1 %.394.i, i1 false
  %.414.i = icmp eq i64 %arg.a10_0, %arg.a8_0
  %or.cond2629.i = select i1 %or.cond2628.i, i1 %.414.i, i1 false
  %.443.i = icmp eq i64 %arg.a9_1, %arg.a7_0
  %or.cond27.i = select i1 %or.cond2629.i, i1 %.443.i, i1 false
  %.470.i = icmp eq i64 %arg.a10_1, %arg.a7_0
  %or.cond28.i = select i1 %or.cond27.i, i1 %.470.i, i1 false
  br i1 %or.cond28.i, label %B304.endif.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v27B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B362.i:                                           ; preds = %B362.i.outer, %B514.i
  %i.4.1.i = phi i64 [ %.968.i, %B514.i ], [ %i.4.1.i.ph, %B362.i.outer ]
  %.633.i = getelementptr i32, ptr %arg.a2, i64 %i.4.1.i
  %.634.i = load i32, ptr %.633.i, align 4, !noalias !9
  %.639.i = sext i32 %.634.i to i64
  %.640.i = icmp sgt i32 %.634.i, -1
  %.645.not.i = icmp sgt i64 %arg.a7_0, %.639.i
  %or.cond2630.i = select i1 %.640.i, i1 %.645.not.i, i1 false
  br i1 %or.cond2630.i, label %B390.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v27B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B390.i:                                           ; preds = %B362.i
  %.676.i = getelementptr i32, ptr %arg.a5, i64 %i.4.1.i
  %.677.i = load i32, ptr %.676.i, align 4, !noalias !9
  %.679.i = icmp sgt i32 %.677.i, -1
  %.678.i = sext i32 %.677.i to i64
  %.720.not.i = icmp sgt i64 %arg.a6_0, %.678.i
  %or.cond2631.i = select i1 %.679.i, i1 %.720.not.i, i1 false
  br i1 %or.cond2631.i, label %B462.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v27B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B462.i:                                           ; preds = %B390.i
  %.844.i = getelementptr i64, ptr %arg.a11, i64 %.639.i
  %.845.i = load i64, ptr %.844.i, align 8, !noalias !9
  %.846.i = icmp slt i64 %.845.i, 0
  br i1 %.846.i, label %B490.i, label %B494.i

B490.i:                                           ; preds = %B462.i
  %.878.i = getelementptr i8, ptr %arg.a7, i64 %.639.i
  %.879.i = load i8, ptr %.878.i, align 1, !noalias !9
  %.883.i = icmp eq i8 %.879.i, 0
  br i1 %.883.i, label %B514.i, label %B494.i

B494.i:                                           ; preds = %B490.i, %B462.i
  %.947.i = getelementptr i8, ptr %arg.a6, i64 %.678.i
  %.948.i = load i8, ptr %.947.i, align 1, !noalias !9
  %.950.i = icmp eq i8 %.948.i, 0
  br i1 %.950.i, label %B514.i, label %B542.i

B514.i:                                           ; preds = %B494.i, %B490.i
  %.968.i = add nuw nsw i64 %i.4.1.i, 1
  %.595.i = icmp slt i64 %.968.i, %arg.a1
  br i1 %.595.i, label %B362.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v27B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B542.i:                                           ; preds = %B494.i
  %.1003.i = getelementptr i64, ptr %arg.a4, i64 %i.4.1.i
  %.1004.i = load i64, ptr %.1003.i, align 8, !noalias !9
  %.1010.i = icmp slt i64 %.1004.i, %previous.2.1.i.ph
  br i1 %.1010.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v27B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit, label %B578.i

B578.i:                                           ; preds = %B542.i
  %.1126.i = icmp slt i64 %i.4.1.i, %arg.a1
  br i1 %.1126.i, label %B612.i, label %B3483.i

B612.i:                                           ; preds = %B578.i, %B3455.i
  %slot.7.2.i = phi i64 [ %slot.12.4.i, %B3455.i ], [ %slot.8.1.i.ph, %B578.i ]
  %j.2.2.i = phi i64 [ %.2101.i, %B3455.i ], [ %i.4.1.i, %B578.i ]
  %.1164.i = getelementptr i32, ptr %arg.a2, i64 %j.2.2.i
  %.1165.i = load i32, ptr %.1164.i, align 4, !noalias !9
  %.1170.i = sext i32 %.1165.i to i64
  %.1171.i = icmp sgt i32 %.1165.i, -1
  %.1176.not.i = icmp sgt i64 %arg.a7_0, %.1170.i
  %or.cond2632.i = select i1 %.1171.i, i1 %.1176.not.i, i1 false
  br i1 %or.cond2632.i, label %B640.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v27B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B640.i:                                           ; preds = %B612.i
  %.1207.i = getelementptr i32, ptr %arg.a5, i64 %j.2.2.i
  %.1208.i = load i32, ptr %.1207.i, align 4, !noalias !9
  %.1210.i = icmp sgt i32 %.1208.i, -1
  %.1209.i = sext i32 %.1208.i to i64
  %.1251.not.i = icmp sgt i64 %arg.a6_0, %.1209.i
  %or.cond2633.i = select i1 %.1210.i, i1 %.1251.not.i, i1 false
  br i1 %or.cond2633.i, label %B724.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v27B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B724.i:                                           ; preds = %B640.i
  %.1379.i = getelementptr i64, ptr %arg.a11, i64 %.1170.i
  %.1380.i = load i64, ptr %.1379.i, align 8, !noalias !9
  %.1381.i = icmp sgt i64 %.1380.i, -1
  br i1 %.1381.i, label %B754.i, label %B726.i

B726.i:                                           ; preds = %B724.i
  %.1417.i = getelementptr i8, ptr %arg.a7, i64 %.1170.i
  %.1418.i = load i8, ptr %.1417.i, align 1, !noalias !9
  %.1420.not.i = icmp eq i8 %.1418.i, 0
  br i1 %.1420.not.i, label %B3455.i, label %B754.i

B754.i:                                           ; preds = %B726.i, %B724.i
  %.1485.i = getelementptr i8, ptr %arg.a6, i64 %.1209.i
  %.1486.i = load i8, ptr %.1485.i, align 1, !noalias !9
  %.1488.not.i = icmp eq i8 %.1486.i, 0
  br i1 %.1488.not.i, label %B3455.i, label %B766.i

B766.i:                                           ; preds = %B754.i
  %.1521.i = getelementptr i64, ptr %arg.a4, i64 %j.2.2.i
  %.1522.i = load i64, ptr %.1521.i, align 8, !noalias !9
  %.1524.not.i = icmp eq i64 %.1522.i, %.1004.i
  br i1 %.1524.not.i, label %B828.i, label %B3483.i

B828.i:                                           ; preds = %B766.i
  br i1 %.1381.i, label %B850.i, label %B3455.i

B850.i:                                           ; preds = %B828.i
  %.1586.not.i = icmp slt i64 %.1380.i, %spec.select.i
  br i1 %.1586.not.i, label %B904.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v27B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B904.i:                                           ; preds = %B850.i
  %.1714.i = getelementptr i64, ptr %arg.a3, i64 %j.2.2.i
  %.1715.i = load i64, ptr %.1714.i, align 8, !noalias !9
  %.1736.i = icmp sgt i64 %slot.7.2.i, -1
  %.1750.i = icmp slt i64 %slot.7.2.i, %arg.a8_0
  %or.cond2634.i = select i1 %.1736.i, i1 %.1750.i, i1 false
  br i1 %or.cond2634.i, label %B948.i, label %B1108.i.preheader

B948.i:                                           ; preds = %B904.i
  %.1783.i = getelementptr i64, ptr %arg.a8, i64 %slot.7.2.i
  %.1784.i = load i64, ptr %.1783.i, align 8, !noalias !9
  %.1786.i = icmp eq i64 %.1784.i, %.1715.i
  br i1 %.1786.i, label %B3443.i, label %B1108.i.preheader

B1108.i.preheader:                                ; preds = %B948.i, %B904.i
  br label %B1108.i

B1108.i:                                          ; preds = %B1108.i.preheader, %B1108.i
  %slot_of_v30_low.2.3.i = phi i64 [ %slot_of_v30_low.3.4.i, %B1108.i ], [ 0, %B1108.i.preheader ]
  %slot_of_v30_high.2.3.i = phi i64 [ %slot_of_v30_high.3.4.i, %B1108.i ], [ %arg.a8_0, %B1108.i.preheader ]
  %.1834.i = add nuw nsw i64 %slot_of_v30_high.2.3.i, %slot_of_v30_low.2.3.i
  %.18532625.i = lshr i64 %.1834.i, 1
  %.1907.i = getelementptr i64, ptr %arg.a8, i64 %.18532625.i
  %.1908.i = load i64, ptr %.1907.i, align 8, !noalias !9
  %.1910.i = icmp slt i64 %.1908.i, %.1715.i
  %.1921.i = add nuw nsw i64 %.18532625.i, 1
  %slot_of_v30_high.3.4.i = select i1 %.1910.i, i64 %slot_of_v30_high.2.3.i, i64 %.18532625.i
  %slot_of_v30_low.3.4.i = select i1 %.1910.i, i64 %.1921.i, i64 %slot_of_v30_low.2.3.i
  %.1952.i = icmp slt i64 %slot_of_v30_low.3.4.i, %slot_of_v30_high.3.4.i
  br i1 %.1952.i, label %B1108.i, label %B1135.i

B1135.i:                                          ; preds = %B1108.i
  %.1975.i = icmp slt i64 %slot_of_v30_low.3.4.i, %arg.a8_0
  br i1 %.1975.i, label %B3331.i, label %B3455.i

B3331.i:                                          ; preds = %B1135.i
  %.2006.i = getelementptr i64, ptr %arg.a8, i64 %slot_of_v30_low.3.4.i
  %.2007.i = load i64, ptr %.2006.i, align 8, !noalias !9
  %.2014.i = icmp eq i64 %.2007.i, %.1715.i
  br i1 %.2014.i, label %B3443.i, label %B3455.i

B3443.i:                                          ; preds = %B3331.i, %B948.i
  %slot.13.33.i = phi i64 [ %slot_of_v30_low.3.4.i, %B3331.i ], [ %slot.7.2.i, %B948.i ]
  %.2047.i = mul nsw i64 %slot.13.33.i, %spec.select.i
  %0 = getelementptr i64, ptr %arg.a12, i64 %.2047.i
  %.2083.i = getelementptr i64, ptr %0, i64 %.1380.i
  store i64 %.1004.i, ptr %.2083.i, align 8, !noalias !9
  br label %B3455.i

B3455.i:                                          ; preds = %B3443.i, %B3331.i, %B1135.i, %B828.i, %B754.i, %B726.i
  %slot.12.4.i = phi i64 [ %slot.13.33.i, %B3443.i ], [ -1, %B3331.i ], [ %slot.7.2.i, %B828.i ], [ %slot.7.2.i, %B754.i ], [ %slot.7.2.i, %B726.i ], [ -1, %B1135.i ]
  %.2101.i = add i64 %j.2.2.i, 1
  %exitcond.not.i = icmp eq i64 %.2101.i, %arg.a1
  br i1 %exitcond.not.i, label %B3483.i, label %B612.i

B3483.i:                                          ; preds = %B3455.i, %B766.i, %B578.i
  %slot.11.3.i = phi i64 [ %slot.8.1.i.ph, %B578.i ], [ %slot.12.4.i, %B3455.i ], [ %slot.7.2.i, %B766.i ]
  %j.3.3.i = phi i64 [ %i.4.1.i, %B578.i ], [ %arg.a1, %B3455.i ], [ %j.2.2.i, %B766.i ]
  %.2170.i = sub nsw i64 %j.3.3.i, %i.4.1.i
  %.221365.not.i = icmp slt i64 %.2170.i, 1
  br i1 %.221365.not.i, label %B4096.i, label %B3495.if.i

B3543.i:                                          ; preds = %B3495.if.i
  %.2338.i = select i1 %.2268.i, i64 %arg.a5_0, i64 0
  %1 = getelementptr i32, ptr %arg.a5, i64 %.2157.066.i
  %.2352.i = getelementptr i32, ptr %1, i64 %.2338.i
  %.2353.i = load i32, ptr %.2352.i, align 4, !noalias !9
  %.2355.i = sext i32 %.2353.i to i64
  %.2368.i = icmp slt i32 %.2353.i, 0
  %.2369.i = select i1 %.2368.i, i64 %arg.a6_0, i64 0
  %2 = getelementptr i8, ptr %arg.a6, i64 %.2369.i
  %.2383.i = getelementptr i8, ptr %2, i64 %.2355.i
  %.2384.i = load i8, ptr %.2383.i, align 1, !noalias !9
  %.2386.i = icmp eq i8 %.2384.i, 0
  br i1 %.2386.i, label %B4062.i, label %B3546.i

B3546.i:                                          ; preds = %B3543.i
  %.2421.i = select i1 %.2268.i, i64 %arg.a3_0, i64 0
  %3 = getelementptr i64, ptr %arg.a3, i64 %.2157.066.i
  %.2435.i = getelementptr i64, ptr %3, i64 %.2421.i
  %.2436.i = load i64, ptr %.2435.i, align 8, !noalias !9
  %.2457.i = icmp sgt i64 %slot.10.269.i, -1
  %.2471.i = icmp slt i64 %slot.10.269.i, %arg.a8_0
  %or.cond2635.i = select i1 %.2457.i, i1 %.2471.i, i1 false
  br i1 %or.cond2635.i, label %B3588.i, label %B3652.i.preheader

B3588.i:                                          ; preds = %B3546.i
  %.2504.i = getelementptr i64, ptr %arg.a8, i64 %slot.10.269.i
  %.2505.i = load i64, ptr %.2504.i, align 8, !noalias !9
  %.2507.i = icmp eq i64 %.2505.i, %.2436.i
  br i1 %.2507.i, label %B3793.i, label %B3652.i.preheader

B3652.i.preheader:                                ; preds = %B3588.i, %B3546.i
  br label %B3652.i

B3652.i:                                          ; preds = %B3652.i.preheader, %B3652.i
  %slot_of_v29_low.2.3.i = phi i64 [ %slot_of_v29_low.3.4.i, %B3652.i ], [ 0, %B3652.i.preheader ]
  %slot_of_v29_high.2.3.i = phi i64 [ %slot_of_v29_high.3.4.i, %B3652.i ], [ %arg.a8_0, %B3652.i.preheader ]
  %.2555.i = add nuw nsw i64 %slot_of_v29_high.2.3.i, %slot_of_v29_low.2.3.i
  %.25742626.i = lshr i64 %.2555.i, 1
  %.2628.i = getelementptr i64, ptr %arg.a8, i64 %.25742626.i
  %.2629.i = load i64, ptr %.2628.i, align 8, !noalias !9
  %.2631.i = icmp slt i64 %.2629.i, %.2436.i
  %.2642.i = add nuw nsw i64 %.25742626.i, 1
  %slot_of_v29_high.3.4.i = select i1 %.2631.i, i64 %slot_of_v29_high.2.3.i, i64 %.25742626.i
  %slot_of_v29_low.3.4.i = select i1 %.2631.i, i64 %.2642.i, i64 %slot_of_v29_low.2.3.i
  %.2673.i = icmp slt i64 %slot_of_v29_low.3.4.i, %slot_of_v29_high.3.4.i
  br i1 %.2673.i, label %B3652.i, label %B3720.i

B3720.i:                                          ; preds = %B3652.i
  %.2696.i = icmp slt i64 %slot_of_v29_low.3.4.i, %arg.a8_0
  br i1 %.2696.i, label %B3742.i, label %B4062.i

B3742.i:                                          ; preds = %B3720.i
  %.2727.i = getelementptr i64, ptr %arg.a8, i64 %slot_of_v29_low.3.4.i
  %.2728.i = load i64, ptr %.2727.i, align 8, !noalias !9
  %.2735.i = icmp eq i64 %.2728.i, %.2436.i
  br i1 %.2735.i, label %B3793.i, label %B4062.i

B3793.i:                                          ; preds = %B3742.i, %B3588.i
  %slot.15.39.i = phi i64 [ %slot.10.269.i, %B3588.i ], [ %slot_of_v29_low.3.4.i, %B3742.i ]
  %.2907.i = mul i64 %slot.15.39.i, %arg.a7_0
  %4 = getelementptr i64, ptr %arg.a9, i64 %.2907.i
  %5 = getelementptr i64, ptr %4, i64 %.2304.i
  %.2911.i = getelementptr i64, ptr %5, i64 %.2290.i
  %.2912.i = load i64, ptr %.2911.i, align 8, !noalias !9
  %.2922.i = icmp slt i64 %.2912.i, 0
  br i1 %.2922.i, label %B3995.i, label %B3815.i

B3815.i:                                          ; preds = %B3793.i
  %6 = getelementptr i64, ptr %arg.a10, i64 %.2907.i
  %7 = getelementptr i64, ptr %6, i64 %.2304.i
  %.3027.i = getelementptr i64, ptr %7, i64 %.2290.i
  %.3028.i = load i64, ptr %.3027.i, align 8, !noalias !9
  %.3041.not.i = icmp slt i64 %.3028.i, %spec.select.i
  %.3095.not.i = icmp slt i64 %written.4.268.i, %.19.i2637.i
  %or.cond77.i = select i1 %.3041.not.i, i1 %.3095.not.i, i1 false
  br i1 %or.cond77.i, label %B3877.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v27B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B3877.i:                                          ; preds = %B3815.i
  %.3135.i = icmp sgt i64 %.3028.i, -1
  br i1 %.3135.i, label %B3933.i, label %B3933.thread.i

B3933.thread.i:                                   ; preds = %B3877.i
  %.322215.i = icmp slt i64 %written.4.268.i, 0
  %.322316.i = select i1 %.322215.i, i64 %arg.a13_0, i64 0
  %8 = getelementptr i64, ptr %arg.a13, i64 %written.4.268.i
  %.323717.i = getelementptr i64, ptr %8, i64 %.322316.i
  store i64 %.2157.066.i, ptr %.323717.i, align 8, !noalias !9
  %.326218.i = select i1 %.322215.i, i64 %arg.a14_0, i64 0
  %9 = getelementptr i64, ptr %arg.a14, i64 %written.4.268.i
  %.327619.i = getelementptr i64, ptr %9, i64 %.326218.i
  store i64 %.2912.i, ptr %.327619.i, align 8, !noalias !9
  br label %13

B3933.i:                                          ; preds = %B3877.i
  %.3139.i = mul nsw i64 %slot.15.39.i, %spec.select.i
  %.3145.i = add nsw i64 %.3028.i, %.3139.i
  %.3161.i = icmp slt i64 %.3145.i, 0
  %.3162.i = select i1 %.3161.i, i64 %arg.a12_0, i64 0
  %10 = getelementptr i64, ptr %arg.a12, i64 %.3145.i
  %.3176.i = getelementptr i64, ptr %10, i64 %.3162.i
  %.3177.i = load i64, ptr %.3176.i, align 8, !noalias !9
  %.3177.fr.i = freeze i64 %.3177.i
  %.3222.i = icmp slt i64 %written.4.268.i, 0
  %.3223.i = select i1 %.3222.i, i64 %arg.a13_0, i64 0
  %11 = getelementptr i64, ptr %arg.a13, i64 %written.4.268.i
  %.3237.i = getelementptr i64, ptr %11, i64 %.3223.i
  store i64 %.2157.066.i, ptr %.3237.i, align 8, !noalias !9
  %.3262.i = select i1 %.3222.i, i64 %arg.a14_0, i64 0
  %12 = getelementptr i64, ptr %arg.a14, i64 %written.4.268.i
  %.3276.i = getelementptr i64, ptr %12, i64 %.3262.i
  store i64 %.2912.i, ptr %.3276.i, align 8, !noalias !9
  %.3286.not.i = icmp eq i64 %.3177.fr.i, -9223372036854775808
  %spec.select31.i = select i1 %.3286.not.i, i64 %.1004.i, i64 %.3177.fr.i
  br label %13

13:                                               ; preds = %B3933.i, %B3933.thread.i
  %.322222.i = phi i1 [ %.3222.i, %B3933.i ], [ %.322215.i, %B3933.thread.i ]
  %14 = phi i64 [ %spec.select31.i, %B3933.i ], [ %.1004.i, %B3933.thread.i ]
  %.3321.i = select i1 %.322222.i, i64 %arg.a15_0, i64 0
  %15 = getelementptr i64, ptr %arg.a15, i64 %written.4.268.i
  %.3335.i = getelementptr i64, ptr %15, i64 %.3321.i
  store i64 %14, ptr %.3335.i, align 8, !noalias !9
  %.3345.i = add nsw i64 %written.4.268.i, 1
  br label %B3995.i

B3995.i:                                          ; preds = %13, %B3793.i
  %written.9.3.i = phi i64 [ %.3345.i, %13 ], [ %written.4.268.i, %B3793.i ]
  %.3355.i = icmp slt i64 %written.9.3.i, 0
  br i1 %.3355.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v27B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit, label %B4062.i

B4062.i:                                          ; preds = %B3495.if.i, %B3995.i, %B3742.i, %B3720.i, %B3543.i
  %written.7.3.i = phi i64 [ %written.4.268.i, %B3495.if.i ], [ %written.4.268.i, %B3543.i ], [ %written.9.3.i, %B3995.i ], [ %written.4.268.i, %B3742.i ], [ %written.4.268.i, %B3720.i ]
  %slot.14.3.i = phi i64 [ %slot.10.269.i, %B3495.if.i ], [ %slot.10.269.i, %B3543.i ], [ %slot.15.39.i, %B3995.i ], [ -1, %B3742.i ], [ -1, %B3720.i ]
  %.2213.i = icmp samesign ugt i64 %.2160.067.i, 1
  br i1 %.2213.i, label %B3495.if.i, label %B4096.i

B4096.i:                                          ; preds = %B4062.i, %B3483.i
  %written.4.2.lcssa.i = phi i64 [ %written.5.1.i.ph, %B3483.i ], [ %written.7.3.i, %B4062.i ]
  %slot.10.2.lcssa.i = phi i64 [ %slot.11.3.i, %B3483.i ], [ %slot.14.3.i, %B4062.i ]
  %.3511.i = icmp slt i64 %j.3.3.i, %arg.a1
  br i1 %.3511.i, label %B362.i.outer, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v27B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B304.endif.i:                                     ; preds = %B164.i
  %.524.i = sdiv i64 %arg.a12_0, %arg.a8_0
  %.525.i = srem i64 %arg.a12_0, %arg.a8_0
  %.526.lobit.i = ashr i64 %.525.i, 63
  %spec.select.i = add i64 %.526.lobit.i, %.524.i
  %.59571.i = icmp slt i64 %arg.a0, %arg.a1
  br i1 %.59571.i, label %B362.preheader.lr.ph.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v27B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B362.preheader.lr.ph.i:                           ; preds = %B304.endif.i
  %.17.i2636.i = tail call i64 @llvm.smin.i64(i64 %arg.a14_0, i64 %arg.a13_0)
  %.19.i2637.i = tail call i64 @llvm.smin.i64(i64 %arg.a15_0, i64 %.17.i2636.i)
  br label %B362.i.outer

B362.i.outer:                                     ; preds = %B362.preheader.lr.ph.i, %B4096.i
  %written.5.1.i.ph = phi i64 [ 0, %B362.preheader.lr.ph.i ], [ %written.4.2.lcssa.i, %B4096.i ]
  %slot.8.1.i.ph = phi i64 [ 0, %B362.preheader.lr.ph.i ], [ %slot.10.2.lcssa.i, %B4096.i ]
  %previous.2.1.i.ph = phi i64 [ -9223372036854775808, %B362.preheader.lr.ph.i ], [ %.1004.i, %B4096.i ]
  %i.4.1.i.ph = phi i64 [ %arg.a0, %B362.preheader.lr.ph.i ], [ %j.3.3.i, %B4096.i ]
  br label %B362.i

B3495.if.i:                                       ; preds = %B3483.i, %B4062.i
  %slot.10.269.i = phi i64 [ %slot.14.3.i, %B4062.i ], [ %slot.11.3.i, %B3483.i ]
  %written.4.268.i = phi i64 [ %written.7.3.i, %B4062.i ], [ %written.5.1.i.ph, %B3483.i ]
  %.2160.067.i = phi i64 [ %.2222.i, %B4062.i ], [ %.2170.i, %B3483.i ]
  %.2157.066.i = phi i64 [ %.2226.i, %B4062.i ], [ %i.4.1.i, %B3483.i ]
  %.2222.i = add nsw i64 %.2160.067.i, -1
  %.2226.i = add i64 %.2157.066.i, 1
  %.2268.i = icmp slt i64 %.2157.066.i, 0
  %.2269.i = select i1 %.2268.i, i64 %arg.a2_0, i64 0
  %16 = getelementptr i32, ptr %arg.a2, i64 %.2157.066.i
  %.2283.i = getelementptr i32, ptr %16, i64 %.2269.i
  %.2284.i = load i32, ptr %.2283.i, align 4, !noalias !9
  %.2290.i = sext i32 %.2284.i to i64
  %.2303.i = icmp slt i32 %.2284.i, 0
  %.2304.i = select i1 %.2303.i, i64 %arg.a7_0, i64 0
  %17 = getelementptr i8, ptr %arg.a7, i64 %.2304.i
  %.2318.i = getelementptr i8, ptr %17, i64 %.2290.i
  %.2319.i = load i8, ptr %.2318.i, align 1, !noalias !9
  %.2321.i = icmp eq i8 %.2319.i, 0
  br i1 %.2321.i, label %B4062.i, label %B3543.i

_ZN8perfdiff7compute7pairing16table_dones_intoB3v27B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit: ; preds = %B514.i, %B362.i, %B390.i, %B542.i, %B4096.i, %B612.i, %B640.i, %B850.i, %B3815.i, %B3995.i, %entry, %B70.i, %B164.i, %B304.endif.i
  %written.10.2.sink.i = phi i64 [ -2, %entry ], [ 0, %B304.endif.i ], [ -2, %B70.i ], [ -2, %B3815.i ], [ -2, %B612.i ], [ -2, %B164.i ], [ -2, %B3995.i ], [ -2, %B850.i ], [ -2, %B640.i ], [ -2, %B362.i ], [ -2, %B390.i ], [ %written.5.1.i.ph, %B514.i ], [ %written.4.2.lcssa.i, %B4096.i ], [ -1, %B542.i ]
  store i64 %written.10.2.sink.i, ptr %retptr, align 8
  ret void
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define i64 @perfdiff_group_begin_order_into(ptr readonly captures(none) %.1, i64 %.2, ptr readonly captures(none) %.3, i64 %.4, ptr readonly captures(none) %.5, i64 %.6, ptr captures(none) %.7, i64 %.8, ptr captures(none) %.9, i64 %.10, i64 %.11) local_unnamed_addr #0 {
entry:
  %.13 = alloca i64, align 8
  store i64 0, ptr %.13, align 8
  call fastcc void @_ZN13_3cdynamic_3e5entryB3v32B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAE8int64_2ax8int64_2ax8int64_2ax8int64_2ax8int64_2axx(ptr %.13, ptr %.1, i64 %.2, ptr %.3, i64 %.4, ptr %.5, i64 %.6, ptr %.7, i64 %.8, ptr %.9, i64 %.10, i64 %.11) #3
  %.27 = load i64, ptr %.13, align 8
  ret i64 %.27
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define internal fastcc void @_ZN13_3cdynamic_3e5entryB3v32B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAE8int64_2ax8int64_2ax8int64_2ax8int64_2ax8int64_2axx(ptr noalias nonnull writeonly captures(none) %retptr, ptr readonly captures(none) %arg.a0, i64 %arg.a0_0, ptr readonly captures(none) %arg.a1, i64 %arg.a1_0, ptr readonly captures(none) %arg.a2, i64 %arg.a2_0, ptr captures(none) %arg.a3, i64 %arg.a3_0, ptr captures(none) %arg.a4, i64 %arg.a4_0, i64 %arg.a5) unnamed_addr #0 {
entry:
  %.95.not.i = icmp eq i64 %arg.a1_0, %arg.a0_0
  %.105.not.i = icmp eq i64 %arg.a2_0, %arg.a0_0
  %or.cond.i = select i1 %.95.not.i, i1 %.105.not.i, i1 false
  %.115.not.i = icmp eq i64 %arg.a4_0, %arg.a0_0
  %or.cond851.i = select i1 %or.cond.i, i1 %.115.not.i, i1 false
  br i1 %or.cond851.i, label %B88.i, label %_ZN8perfdiff7compute7pairing22group_begin_order_intoB3v33B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedEx.exit

B88.i:                                            ; preds = %entry
  %.155.i = add nsw i64 %arg.a3_0, -1
  %.2474.not.i = icmp slt i64 %arg.a3_0, 1
  br i1 %.2474.not.i, label %B164.i, label %B148.if.i.preheader

B148.if.i.preheader:                              ; preds = %B88.i
  %0 = shl nuw i64 %arg.a3_0, 3
  tail call void @llvm.memset.p0.i64(ptr align 8 %arg.a3, i8 0, i64 %0, i1 false), !noalias !12
  br label %B164.i

B164.i:                                           ; preds = %B148.if.i.preheader, %B88.i
  %.4007.not.i = icmp slt i64 %arg.a1_0, 1
  br i1 %.4007.not.i, label %B284.i, label %B194.if.i

B244.i:                                           ; preds = %B194.if.i
  %.413.i = add nuw nsw i64 %.344.08.i, 1
  %1 = getelementptr i64, ptr %arg.a3, i64 %.467.i
  %.547.i = getelementptr i8, ptr %1, i64 8
  %.548.i = load i64, ptr %.547.i, align 8, !noalias !12
  %.549.i = add nsw i64 %.548.i, 1
  store i64 %.549.i, ptr %.547.i, align 8, !noalias !12
  %exitcond22.not.i = icmp eq i64 %arg.a1_0, %.413.i
  br i1 %exitcond22.not.i, label %B284.i, label %B194.if.i

B284.i:                                           ; preds = %B244.i, %B164.i
  %.623.i = icmp slt i64 %arg.a3_0, 2
  %storemerge847.i = select i1 %.623.i, i64 0, i64 %.155.i
  %.66510.i = icmp sgt i64 %storemerge847.i, 0
  br i1 %.66510.i, label %B314.if.i.preheader, label %B400.preheader.i

B314.if.i.preheader:                              ; preds = %B284.i
  %load_initial = load i64, ptr %arg.a3, align 8
  br label %B314.if.i

B400.preheader.i:                                 ; preds = %B314.if.i, %B284.i
  br i1 %.4007.not.i, label %B514.preheader.i, label %B400.if.i

B514.preheader.i:                                 ; preds = %B400.if.i, %B400.preheader.i
  br i1 %.66510.i, label %B514.if.i, label %_ZN8perfdiff7compute7pairing22group_begin_order_intoB3v33B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedEx.exit

B514.loopexit.i:                                  ; preds = %B572.i
  %exitcond26.not.i = icmp eq i64 %.1182.i, %storemerge847.i
  br i1 %exitcond26.not.i, label %_ZN8perfdiff7compute7pairing22group_begin_order_intoB3v33B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedEx.exit, label %B514.if.i

B572.i:                                           ; preds = %B514.if.i, %B778.i
  %indvars.iv.i = phi i64 [ 1, %B514.if.i ], [ %indvars.iv.next.i, %B778.i ]
  %.1272.0.i = phi i64 [ %.1247.i, %B514.if.i ], [ %.1341.i, %B778.i ]
  %moves.3.1.i = phi i64 [ %moves.5.019.i, %B514.if.i ], [ %moves.4.3.i, %B778.i ]
  %exitcond25.not.i = icmp eq i64 %indvars.iv.i, %14
  br i1 %exitcond25.not.i, label %B514.loopexit.i, label %B572.if.i

B640.i:                                           ; preds = %B640.preheader.i, %B736.i
  %moves.2.2.i = phi i64 [ %.1688.i, %B736.i ], [ %moves.3.1.i, %B640.preheader.i ]
  %u.2.2.i = phi i64 [ %.1494.i, %B736.i ], [ %.1272.0.i, %B640.preheader.i ]
  %.1494.i = add nsw i64 %u.2.2.i, -1
  %.1508.inv.i = icmp sgt i64 %u.2.2.i, 0
  %.1509.i = select i1 %.1508.inv.i, i64 0, i64 %arg.a1_0
  %2 = getelementptr i64, ptr %arg.a4, i64 %.1494.i
  %.1523.i = getelementptr i64, ptr %2, i64 %.1509.i
  %.1524.i = load i64, ptr %.1523.i, align 8, !noalias !12
  %.1542.i = icmp slt i64 %.1524.i, 0
  %.1543.i = select i1 %.1542.i, i64 %arg.a1_0, i64 0
  %3 = getelementptr i64, ptr %arg.a1, i64 %.1524.i
  %.1557.i = getelementptr i64, ptr %3, i64 %.1543.i
  %.1558.i = load i64, ptr %.1557.i, align 8, !noalias !12
  %.1560.i = icmp slt i64 %.1558.i, %.1439.i
  br i1 %.1560.i, label %B778.i, label %B686.i

B686.i:                                           ; preds = %B640.i
  %.1594.i = icmp eq i64 %.1558.i, %.1439.i
  br i1 %.1594.i, label %B710.i, label %B736.i

B710.i:                                           ; preds = %B686.i
  %4 = getelementptr i64, ptr %arg.a2, i64 %.1524.i
  %.1625.i = getelementptr i64, ptr %4, i64 %.1543.i
  %.1626.i = load i64, ptr %.1625.i, align 8, !noalias !12
  %.1628.not.i = icmp sgt i64 %.1626.i, %.1473.i
  br i1 %.1628.not.i, label %B736.i, label %B778.i

B736.i:                                           ; preds = %B710.i, %B686.i
  %.1662.i = icmp slt i64 %u.2.2.i, 0
  %.1663.i = select i1 %.1662.i, i64 %arg.a1_0, i64 0
  %5 = getelementptr i64, ptr %arg.a4, i64 %u.2.2.i
  %.1677.i = getelementptr i64, ptr %5, i64 %.1663.i
  store i64 %.1524.i, ptr %.1677.i, align 8, !noalias !12
  %.1688.i = add nsw i64 %moves.2.2.i, 1
  %.1694.i = icmp sgt i64 %.1494.i, %at.2.020.i
  br i1 %.1694.i, label %B640.i, label %B778.i

B778.i:                                           ; preds = %B736.i, %B710.i, %B640.i, %B572.if.i
  %moves.4.3.i = phi i64 [ %moves.3.1.i, %B572.if.i ], [ %18, %B736.i ], [ %moves.2.2.i, %B710.i ], [ %moves.2.2.i, %B640.i ]
  %u.3.3.i = phi i64 [ %.1272.0.i, %B572.if.i ], [ %at.2.020.i, %B736.i ], [ %u.2.2.i, %B710.i ], [ %u.2.2.i, %B640.i ]
  %.1724.i = icmp slt i64 %u.3.3.i, 0
  %.1725.i = select i1 %.1724.i, i64 %arg.a1_0, i64 0
  %6 = getelementptr i64, ptr %arg.a4, i64 %u.3.3.i
  %.1739.i = getelementptr i64, ptr %6, i64 %.1725.i
  store i64 %.1405.i, ptr %.1739.i, align 8, !noalias !12
  %.1747.i = icmp sgt i64 %moves.4.3.i, %arg.a5
  %indvars.iv.next.i = add nuw i64 %indvars.iv.i, 1
  br i1 %.1747.i, label %_ZN8perfdiff7compute7pairing22group_begin_order_intoB3v33B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedEx.exit, label %B572.i

B194.if.i:                                        ; preds = %B164.i, %B244.i
  %.344.08.i = phi i64 [ %.413.i, %B244.i ], [ 0, %B164.i ]
  %7 = getelementptr i64, ptr %arg.a0, i64 %.344.08.i
  %.467.i = load i64, ptr %7, align 8, !noalias !12
  %.472.i = icmp sgt i64 %.467.i, -1
  %.476.not.i = icmp slt i64 %.467.i, %.155.i
  %or.cond852.i = select i1 %.472.i, i1 %.476.not.i, i1 false
  br i1 %or.cond852.i, label %B244.i, label %_ZN8perfdiff7compute7pairing22group_begin_order_intoB3v33B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedEx.exit

B314.if.i:                                        ; preds = %B314.if.i.preheader, %B314.if.i
  %store_forwarded = phi i64 [ %load_initial, %B314.if.i.preheader ], [ %.764.i, %B314.if.i ]
  %.609.011.i = phi i64 [ 0, %B314.if.i.preheader ], [ %.678.i, %B314.if.i ]
  %.678.i = add nuw nsw i64 %.609.011.i, 1
  %8 = getelementptr i64, ptr %arg.a3, i64 %.609.011.i
  %9 = getelementptr i8, ptr %8, i64 8
  %.733.i = load i64, ptr %9, align 8, !noalias !12
  %.764.i = add nsw i64 %store_forwarded, %.733.i
  store i64 %.764.i, ptr %9, align 8, !noalias !12
  %exitcond23.not.i = icmp eq i64 %.678.i, %storemerge847.i
  br i1 %exitcond23.not.i, label %B400.preheader.i, label %B314.if.i

B400.if.i:                                        ; preds = %B400.preheader.i, %B400.if.i
  %.826.014.i = phi i64 [ %.895.i, %B400.if.i ], [ 0, %B400.preheader.i ]
  %.895.i = add nuw nsw i64 %.826.014.i, 1
  %10 = getelementptr i64, ptr %arg.a0, i64 %.826.014.i
  %.949.i = load i64, ptr %10, align 8, !noalias !12
  %.963.i = icmp slt i64 %.949.i, 0
  %.964.i = select i1 %.963.i, i64 %arg.a3_0, i64 0
  %11 = getelementptr i64, ptr %arg.a3, i64 %.949.i
  %.978.i = getelementptr i64, ptr %11, i64 %.964.i
  %.979.i = load i64, ptr %.978.i, align 8, !noalias !12
  %.993.i = icmp slt i64 %.979.i, 0
  %.994.i = select i1 %.993.i, i64 %arg.a1_0, i64 0
  %12 = getelementptr i64, ptr %arg.a4, i64 %.979.i
  %.1008.i = getelementptr i64, ptr %12, i64 %.994.i
  store i64 %.826.014.i, ptr %.1008.i, align 8, !noalias !12
  %.1039.i = load i64, ptr %.978.i, align 8, !noalias !12
  %.1040.i = add nsw i64 %.1039.i, 1
  store i64 %.1040.i, ptr %.978.i, align 8, !noalias !12
  %exitcond24.not.i = icmp eq i64 %arg.a1_0, %.895.i
  br i1 %exitcond24.not.i, label %B514.preheader.i, label %B400.if.i

B514.if.i:                                        ; preds = %B514.preheader.i, %B514.loopexit.i
  %at.2.020.i = phi i64 [ %.1242.i, %B514.loopexit.i ], [ 0, %B514.preheader.i ]
  %moves.5.019.i = phi i64 [ %moves.3.1.i, %B514.loopexit.i ], [ 0, %B514.preheader.i ]
  %.1113.017.i = phi i64 [ %.1182.i, %B514.loopexit.i ], [ 0, %B514.preheader.i ]
  %.1182.i = add nuw nsw i64 %.1113.017.i, 1
  %13 = getelementptr i64, ptr %arg.a3, i64 %.1113.017.i
  %.1242.i = load i64, ptr %13, align 8, !noalias !12
  %.1247.i = add i64 %at.2.020.i, 1
  %.1285.i = sub i64 %.1242.i, %.1247.i
  %spec.select2.i = tail call i64 @llvm.smax.i64(i64 %.1285.i, i64 0)
  %14 = add nuw i64 %spec.select2.i, 1
  br label %B572.i

B572.if.i:                                        ; preds = %B572.i
  %.1341.i = add i64 %.1272.0.i, 1
  %.1389.i = icmp slt i64 %.1272.0.i, 0
  %.1390.i = select i1 %.1389.i, i64 %arg.a1_0, i64 0
  %15 = getelementptr i64, ptr %arg.a4, i64 %.1272.0.i
  %.1404.i = getelementptr i64, ptr %15, i64 %.1390.i
  %.1405.i = load i64, ptr %.1404.i, align 8, !noalias !12
  %.1423.i = icmp slt i64 %.1405.i, 0
  %.1424.i = select i1 %.1423.i, i64 %arg.a1_0, i64 0
  %16 = getelementptr i64, ptr %arg.a1, i64 %.1405.i
  %.1438.i = getelementptr i64, ptr %16, i64 %.1424.i
  %.1439.i = load i64, ptr %.1438.i, align 8, !noalias !12
  %17 = getelementptr i64, ptr %arg.a2, i64 %.1405.i
  %.1472.i = getelementptr i64, ptr %17, i64 %.1424.i
  %.1473.i = load i64, ptr %.1472.i, align 8, !noalias !12
  %.1484.i = icmp sgt i64 %.1272.0.i, %at.2.020.i
  br i1 %.1484.i, label %B640.preheader.i, label %B778.i

B640.preheader.i:                                 ; preds = %B572.if.i
  %18 = add i64 %moves.3.1.i, %indvars.iv.i
  br label %B640.i

_ZN8perfdiff7compute7pairing22group_begin_order_intoB3v33B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedEx.exit: ; preds = %B194.if.i, %B514.loopexit.i, %B778.i, %entry, %B514.preheader.i
  %.sink.i = phi i64 [ 0, %B514.preheader.i ], [ -1, %B778.i ], [ -2, %entry ], [ 0, %B514.loopexit.i ], [ -2, %B194.if.i ]
  store i64 %.sink.i, ptr %retptr, align 8
  ret void
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define i64 @perfdiff_shares_into(ptr readonly captures(none) %.1, i64 %.2, ptr readonly captures(none) %.3, i64 %.4, ptr readonly captures(none) %.5, i64 %.6, ptr readonly captures(none) %.7, i64 %.8, ptr readonly captures(none) %.9, i64 %.10, ptr writeonly captures(none) %.11, i64 %.12) local_unnamed_addr #0 {
entry:
  %.14 = alloca i64, align 8
  store i64 0, ptr %.14, align 8
  call fastcc void @_ZN13_3cdynamic_3e5entryB3v34B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAE8int64_2ax8int64_2ax8int64_2ax8int64_2ax10float64_2ax10float64_2ax(ptr %.14, ptr %.1, i64 %.2, ptr %.3, i64 %.4, ptr %.5, i64 %.6, ptr %.7, i64 %.8, ptr %.9, i64 %.10, ptr %.11, i64 %.12) #3
  %.28 = load i64, ptr %.14, align 8
  ret i64 %.28
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define internal fastcc void @_ZN13_3cdynamic_3e5entryB3v34B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAE8int64_2ax8int64_2ax8int64_2ax8int64_2ax10float64_2ax10float64_2ax(ptr noalias nonnull writeonly captures(none) %retptr, ptr readonly captures(none) %arg.a0, i64 %arg.a0_0, ptr readonly captures(none) %arg.a1, i64 %arg.a1_0, ptr readonly captures(none) %arg.a2, i64 %arg.a2_0, ptr readonly captures(none) %arg.a3, i64 %arg.a3_0, ptr readonly captures(none) %arg.a4, i64 %arg.a4_0, ptr writeonly captures(none) %arg.a5, i64 %arg.a5_0) unnamed_addr #0 {
entry:
  %.106.not.i = icmp eq i64 %arg.a1_0, %arg.a0_0
  %.116.not.i = icmp eq i64 %arg.a2_0, %arg.a0_0
  %or.cond.i = select i1 %.106.not.i, i1 %.116.not.i, i1 false
  %.126.not.i = icmp eq i64 %arg.a3_0, %arg.a0_0
  %or.cond792.i = select i1 %or.cond.i, i1 %.126.not.i, i1 false
  %.136.not.i = icmp eq i64 %arg.a4_0, %arg.a0_0
  %or.cond793.i = select i1 %or.cond792.i, i1 %.136.not.i, i1 false
  %.146.not.i = icmp eq i64 %arg.a5_0, %arg.a0_0
  %or.cond794.i = select i1 %or.cond793.i, i1 %.146.not.i, i1 false
  br i1 %or.cond794.i, label %B132.i, label %_ZN8perfdiff7compute7pairing11shares_intoB3v36B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE.exit

B132.i:                                           ; preds = %entry
  %spec.select2.i = tail call i64 @llvm.smax.i64(i64 %arg.a1_0, i64 0)
  br label %B162.i

B162.i:                                           ; preds = %B162.if.i, %B132.i
  %.206.0.i = phi i64 [ 0, %B132.i ], [ %.277.i, %B162.if.i ]
  %exitcond.not.i = icmp eq i64 %.206.0.i, %spec.select2.i
  br i1 %exitcond.not.i, label %B222.i, label %B162.if.i

B222.i:                                           ; preds = %B162.i
  %.424.i = icmp sgt i64 %arg.a1_0, 0
  br i1 %.424.i, label %B280.i, label %_ZN8perfdiff7compute7pairing11shares_intoB3v36B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE.exit

B280.i:                                           ; preds = %B222.i, %B962.i
  %reach.4.0.i = phi i64 [ %reach.5.2.i, %B962.i ], [ 0, %B222.i ]
  %t.4.0.i = phi i64 [ %t.5.2.i, %B962.i ], [ 0, %B222.i ]
  %.447.i = icmp slt i64 %t.4.0.i, 0
  %.448.i = select i1 %.447.i, i64 %arg.a1_0, i64 0
  %0 = getelementptr i64, ptr %arg.a0, i64 %t.4.0.i
  %.462.i = getelementptr i64, ptr %0, i64 %.448.i
  %.463.i = load i64, ptr %.462.i, align 8, !noalias !15
  %.468.i = icmp eq i64 %t.4.0.i, 0
  br i1 %.468.i, label %B366.i, label %B312.i

B312.i:                                           ; preds = %B280.i
  %.484.i = icmp slt i64 %.463.i, 0
  %.485.i = select i1 %.484.i, i64 %arg.a1_0, i64 0
  %1 = getelementptr i64, ptr %arg.a1, i64 %.463.i
  %.499.i = getelementptr i64, ptr %1, i64 %.485.i
  %.500.i = load i64, ptr %.499.i, align 8, !noalias !15
  %.516.inv.i = icmp sgt i64 %t.4.0.i, 0
  %.517.i = select i1 %.516.inv.i, i64 0, i64 %arg.a1_0
  %2 = getelementptr i8, ptr %0, i64 -8
  %.531.i = getelementptr i64, ptr %2, i64 %.517.i
  %.532.i = load i64, ptr %.531.i, align 8, !noalias !15
  %.546.i = icmp slt i64 %.532.i, 0
  %.547.i = select i1 %.546.i, i64 %arg.a1_0, i64 0
  %3 = getelementptr i64, ptr %arg.a1, i64 %.532.i
  %.561.i = getelementptr i64, ptr %3, i64 %.547.i
  %.562.i = load i64, ptr %.561.i, align 8, !noalias !15
  %.563.not.i = icmp eq i64 %.500.i, %.562.i
  br i1 %.563.not.i, label %B384.i, label %B366.i

B366.i:                                           ; preds = %B280.i, %B312.i
  %.581.i = icmp slt i64 %.463.i, 0
  %.582.i = select i1 %.581.i, i64 %arg.a1_0, i64 0
  %4 = getelementptr i64, ptr %arg.a3, i64 %.463.i
  %.596.i = getelementptr i64, ptr %4, i64 %.582.i
  %.597.i = load i64, ptr %.596.i, align 8, !noalias !15
  br label %B424.i

B384.i:                                           ; preds = %B312.i
  %5 = getelementptr i64, ptr %arg.a3, i64 %.463.i
  %.634.i = getelementptr i64, ptr %5, i64 %.485.i
  %.635.i = load i64, ptr %.634.i, align 8, !noalias !15
  %spec.select.i = tail call i64 @llvm.smax.i64(i64 %.635.i, i64 %reach.4.0.i)
  br label %B424.i

B424.i:                                           ; preds = %B384.i, %B366.i
  %.700.i.pre-phi = phi i64 [ %.485.i, %B384.i ], [ %.582.i, %B366.i ]
  %reach.6.1.i = phi i64 [ %spec.select.i, %B384.i ], [ %.597.i, %B366.i ]
  %6 = getelementptr i64, ptr %arg.a2, i64 %.463.i
  %.714.i = getelementptr i64, ptr %6, i64 %.700.i.pre-phi
  %.715.i = load i64, ptr %.714.i, align 8, !noalias !15
  %7 = getelementptr i64, ptr %arg.a3, i64 %.463.i
  %.745.i = getelementptr i64, ptr %7, i64 %.700.i.pre-phi
  %.746.i = load i64, ptr %.745.i, align 8, !noalias !15
  %8 = getelementptr double, ptr %arg.a4, i64 %.463.i
  %.788.i = getelementptr double, ptr %8, i64 %.700.i.pre-phi
  %.789.i = load double, ptr %.788.i, align 8, !noalias !15
  %.799.i = add nsw i64 %t.4.0.i, 1
  %.809.i = icmp slt i64 %.799.i, %arg.a1_0
  br i1 %.809.i, label %B494.i, label %B754.i

B494.i:                                           ; preds = %B424.i, %B590.i
  %reach.7.1.i = phi i64 [ %spec.select796.i, %B590.i ], [ %reach.6.1.i, %B424.i ]
  %high.2.1.i = phi i64 [ %high.3.2.i, %B590.i ], [ %.746.i, %B424.i ]
  %low.2.1.i = phi i64 [ %low.3.2.i, %B590.i ], [ %.715.i, %B424.i ]
  %total.2.1.i = phi double [ %.1295.i, %B590.i ], [ %.789.i, %B424.i ]
  %t.6.1.i = phi i64 [ %.1301.i, %B590.i ], [ %.799.i, %B424.i ]
  %.838.i = icmp slt i64 %t.6.1.i, 0
  %.839.i = select i1 %.838.i, i64 %arg.a1_0, i64 0
  %9 = getelementptr i64, ptr %arg.a0, i64 %t.6.1.i
  %.853.i = getelementptr i64, ptr %9, i64 %.839.i
  %.854.i = load i64, ptr %.853.i, align 8, !noalias !15
  %.872.i = icmp slt i64 %.854.i, 0
  %.873.i = select i1 %.872.i, i64 %arg.a1_0, i64 0
  %10 = getelementptr i64, ptr %arg.a1, i64 %.854.i
  %.887.i = getelementptr i64, ptr %10, i64 %.873.i
  %.888.i = load i64, ptr %.887.i, align 8, !noalias !15
  %.904.inv.i = icmp sgt i64 %t.6.1.i, 0
  %.905.i = select i1 %.904.inv.i, i64 0, i64 %arg.a1_0
  %11 = getelementptr i8, ptr %9, i64 -8
  %.919.i = getelementptr i64, ptr %11, i64 %.905.i
  %.920.i = load i64, ptr %.919.i, align 8, !noalias !15
  %.934.i = icmp slt i64 %.920.i, 0
  %.935.i = select i1 %.934.i, i64 %arg.a1_0, i64 0
  %12 = getelementptr i64, ptr %arg.a1, i64 %.920.i
  %.949.i = getelementptr i64, ptr %12, i64 %.935.i
  %.950.i = load i64, ptr %.949.i, align 8, !noalias !15
  %.951.not.i = icmp eq i64 %.888.i, %.950.i
  br i1 %.951.not.i, label %B564.i, label %B754.i

B564.i:                                           ; preds = %B494.i
  %13 = getelementptr i64, ptr %arg.a2, i64 %.854.i
  %.982.i = getelementptr i64, ptr %13, i64 %.873.i
  %.983.i = load i64, ptr %.982.i, align 8, !noalias !15
  %.985.not.i = icmp slt i64 %.983.i, %reach.7.1.i
  br i1 %.985.not.i, label %B590.i, label %B754.i

B590.i:                                           ; preds = %B564.i
  %14 = getelementptr i64, ptr %arg.a3, i64 %.854.i
  %.1048.i = getelementptr i64, ptr %14, i64 %.873.i
  %.1049.i = load i64, ptr %.1048.i, align 8, !noalias !15
  %spec.select796.i = tail call i64 @llvm.smax.i64(i64 %.1049.i, i64 %reach.7.1.i)
  %low.3.2.i = tail call i64 @llvm.smin.i64(i64 %.983.i, i64 %low.2.1.i)
  %high.3.2.i = tail call i64 @llvm.smax.i64(i64 %.1049.i, i64 %high.2.1.i)
  %15 = getelementptr double, ptr %arg.a4, i64 %.854.i
  %.1290.i = getelementptr double, ptr %15, i64 %.873.i
  %.1291.i = load double, ptr %.1290.i, align 8, !noalias !15
  %.1295.i = fadd double %total.2.1.i, %.1291.i
  %.1301.i = add i64 %t.6.1.i, 1
  %exitcond8.not.i = icmp eq i64 %.1301.i, %arg.a1_0
  br i1 %exitcond8.not.i, label %B754.i, label %B494.i

B754.i:                                           ; preds = %B590.i, %B564.i, %B494.i, %B424.i
  %reach.5.2.i = phi i64 [ %reach.6.1.i, %B424.i ], [ %spec.select796.i, %B590.i ], [ %reach.7.1.i, %B564.i ], [ %reach.7.1.i, %B494.i ]
  %high.4.2.i = phi i64 [ %.746.i, %B424.i ], [ %high.3.2.i, %B590.i ], [ %high.2.1.i, %B564.i ], [ %high.2.1.i, %B494.i ]
  %low.4.2.i = phi i64 [ %.715.i, %B424.i ], [ %low.3.2.i, %B590.i ], [ %low.2.1.i, %B564.i ], [ %low.2.1.i, %B494.i ]
  %total.3.2.i = phi double [ %.789.i, %B424.i ], [ %.1295.i, %B590.i ], [ %total.2.1.i, %B564.i ], [ %total.2.1.i, %B494.i ]
  %t.5.2.i = phi i64 [ %.799.i, %B424.i ], [ %arg.a1_0, %B590.i ], [ %t.6.1.i, %B564.i ], [ %t.6.1.i, %B494.i ]
  %.1326.i = sub nsw i64 %high.4.2.i, %low.4.2.i
  %.1331.i = sitofp i64 %.1326.i to double
  %.1337.i = sub i64 %t.5.2.i, %t.4.0.i
  %spec.select3.i = tail call i64 @llvm.smax.i64(i64 %.1337.i, i64 0)
  %.14254.not.i = icmp slt i64 %.1337.i, 1
  br i1 %.14254.not.i, label %B962.i, label %B878.if.lr.ph.i

B878.if.lr.ph.i:                                  ; preds = %B754.i
  %.1498.i = fcmp ogt double %total.3.2.i, 0.000000e+00
  br i1 %.1498.i, label %B878.if.us.i, label %B878.if.lr.ph.split.i

B878.if.us.i:                                     ; preds = %B878.if.lr.ph.i, %B878.if.us.i
  %.1372.06.us.i = phi i64 [ %.1434.us.i, %B878.if.us.i ], [ %spec.select3.i, %B878.if.lr.ph.i ]
  %.1369.05.us.i = phi i64 [ %.1438.us.i, %B878.if.us.i ], [ %t.4.0.i, %B878.if.lr.ph.i ]
  %.1434.us.i = add nsw i64 %.1372.06.us.i, -1
  %.1438.us.i = add i64 %.1369.05.us.i, 1
  %.1476.us.i = icmp slt i64 %.1369.05.us.i, 0
  %.1477.us.i = select i1 %.1476.us.i, i64 %arg.a1_0, i64 0
  %16 = getelementptr i64, ptr %arg.a0, i64 %.1369.05.us.i
  %.1491.us.i = getelementptr i64, ptr %16, i64 %.1477.us.i
  %.1492.us.i = load i64, ptr %.1491.us.i, align 8, !noalias !15
  %.1514.us.i = icmp slt i64 %.1492.us.i, 0
  %.1515.us.i = select i1 %.1514.us.i, i64 %arg.a1_0, i64 0
  %17 = getelementptr double, ptr %arg.a4, i64 %.1492.us.i
  %.1529.us.i = getelementptr double, ptr %17, i64 %.1515.us.i
  %.1530.us.i = load double, ptr %.1529.us.i, align 8, !noalias !15
  %.1535.us.i = fdiv double %.1530.us.i, %total.3.2.i
  %"$phi952.1.2.2.us.i" = fmul double %.1535.us.i, %.1331.i
  %18 = getelementptr double, ptr %arg.a5, i64 %.1492.us.i
  %.1582.us.i = getelementptr double, ptr %18, i64 %.1515.us.i
  store double %"$phi952.1.2.2.us.i", ptr %.1582.us.i, align 8, !noalias !15
  %.1425.us.i = icmp samesign ugt i64 %.1372.06.us.i, 1
  br i1 %.1425.us.i, label %B878.if.us.i, label %B962.i

B878.if.lr.ph.split.i:                            ; preds = %B878.if.lr.ph.i
  %.1338.i = uitofp nneg i64 %.1337.i to double
  %.1546.i = fdiv double 1.000000e+00, %.1338.i
  %"$phi952.1.2.2.i" = fmul double %.1546.i, %.1331.i
  br label %B878.if.i

B962.i:                                           ; preds = %B878.if.i, %B878.if.us.i, %B754.i
  %.1609.i = icmp slt i64 %t.5.2.i, %arg.a1_0
  br i1 %.1609.i, label %B280.i, label %_ZN8perfdiff7compute7pairing11shares_intoB3v36B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE.exit

B162.if.i:                                        ; preds = %B162.i
  %.277.i = add nuw i64 %.206.0.i, 1
  %19 = getelementptr i64, ptr %arg.a0, i64 %.206.0.i
  %.335.i = load i64, ptr %19, align 8, !noalias !15
  %.336.i = icmp sgt i64 %.335.i, -1
  %.372.not.i = icmp slt i64 %.335.i, %arg.a1_0
  %or.cond795.i = and i1 %.336.i, %.372.not.i
  br i1 %or.cond795.i, label %B162.i, label %_ZN8perfdiff7compute7pairing11shares_intoB3v36B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE.exit

B878.if.i:                                        ; preds = %B878.if.i, %B878.if.lr.ph.split.i
  %.1372.06.i = phi i64 [ %spec.select3.i, %B878.if.lr.ph.split.i ], [ %.1434.i, %B878.if.i ]
  %.1369.05.i = phi i64 [ %t.4.0.i, %B878.if.lr.ph.split.i ], [ %.1438.i, %B878.if.i ]
  %.1434.i = add nsw i64 %.1372.06.i, -1
  %.1438.i = add i64 %.1369.05.i, 1
  %.1476.i = icmp slt i64 %.1369.05.i, 0
  %.1477.i = select i1 %.1476.i, i64 %arg.a1_0, i64 0
  %20 = getelementptr i64, ptr %arg.a0, i64 %.1369.05.i
  %.1491.i = getelementptr i64, ptr %20, i64 %.1477.i
  %.1492.i = load i64, ptr %.1491.i, align 8, !noalias !15
  %.1567.i = icmp slt i64 %.1492.i, 0
  %.1568.i = select i1 %.1567.i, i64 %arg.a1_0, i64 0
  %21 = getelementptr double, ptr %arg.a5, i64 %.1492.i
  %.1582.i = getelementptr double, ptr %21, i64 %.1568.i
  store double %"$phi952.1.2.2.i", ptr %.1582.i, align 8, !noalias !15
  %.1425.i = icmp samesign ugt i64 %.1372.06.i, 1
  br i1 %.1425.i, label %B878.if.i, label %B962.i

_ZN8perfdiff7compute7pairing11shares_intoB3v36B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE.exit: ; preds = %B162.if.i, %B962.i, %entry, %B222.i
  %.sink.i = phi i64 [ 0, %B962.i ], [ -2, %entry ], [ 0, %B222.i ], [ -2, %B162.if.i ]
  store i64 %.sink.i, ptr %retptr, align 8
  ret void
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smin.i64(i64, i64) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #2

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smax.i64(i64, i64) #1

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) }
attributes #1 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { noinline }

!0 = !{!1}
!1 = distinct !{!1, !2, !"_ZN8perfdiff7compute7pairing10dones_intoB2v4B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE: %retptr"}
!2 = distinct !{!2, !"_ZN8perfdiff7compute7pairing10dones_intoB2v4B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE"}
!3 = !{!4}
!4 = distinct !{!4, !5, !"_ZN8perfdiff7compute7pairing16table_dones_intoB3v14B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIaLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE: %retptr"}
!5 = distinct !{!5, !"_ZN8perfdiff7compute7pairing16table_dones_intoB3v14B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIaLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE"}
!6 = !{!7}
!7 = distinct !{!7, !8, !"_ZN8perfdiff7compute7pairing16table_dones_intoB3v21B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIsLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE: %retptr"}
!8 = distinct !{!8, !"_ZN8perfdiff7compute7pairing16table_dones_intoB3v21B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIsLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE"}
!9 = !{!10}
!10 = distinct !{!10, !11, !"_ZN8perfdiff7compute7pairing16table_dones_intoB3v27B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE: %retptr"}
!11 = distinct !{!11, !"_ZN8perfdiff7compute7pairing16table_dones_intoB3v27B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE"}
!12 = !{!13}
!13 = distinct !{!13, !14, !"_ZN8perfdiff7compute7pairing22group_begin_order_intoB3v33B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedEx: %retptr"}
!14 = distinct !{!14, !"_ZN8perfdiff7compute7pairing22group_begin_order_intoB3v33B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedEx"}
!15 = !{!16}
!16 = distinct !{!16, !17, !"_ZN8perfdiff7compute7pairing11shares_intoB3v36B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE: %retptr"}
!17 = distinct !{!17, !"_ZN8perfdiff7compute7pairing11shares_intoB3v36B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE"}
