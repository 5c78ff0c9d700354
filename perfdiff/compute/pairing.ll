; perfdiff kernels of perfdiff.compute.pairing: LLVM IR generated from its source by
; python -m perfdiff.compute.native_build (numba 0.68.1, LLVM 22.1.0). Do not edit: edit the source and regenerate.
; source-sha256: a535e7967275f616e341244a7c1b295660880c61efe66f47ba32c54f4f53733d

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
  %or.cond2948.i = select i1 %.311.i, i1 %.321.not.i, i1 false
  br i1 %or.cond2948.i, label %B164.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v14B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIaLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B164.i:                                           ; preds = %B70.i
  %.375.i = icmp sgt i64 %arg.a8_0, 0
  %.396.i = icmp eq i64 %arg.a9_0, %arg.a8_0
  %or.cond2949.i = select i1 %.375.i, i1 %.396.i, i1 false
  %.416.i = icmp eq i64 %arg.a10_0, %arg.a8_0
  %or.cond2950.i = select i1 %or.cond2949.i, i1 %.416.i, i1 false
  %.445.i = icmp eq i64 %arg.a9_1, %arg.a7_0
  %or.cond35.i = select i1 %or.cond2950.i, i1 %.445.i, i1 false
  %.472.i = icmp eq i64 %arg.a10_1, %arg.a7_0
  %or.cond36.i = select i1 %or.cond35.i, i1 %.472.i, i1 false
  br i1 %or.cond36.i, label %B320.endif.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v14B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIaLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B344.i:                                           ; preds = %B344.i.outer, %B648.i
  %i.4.1.i = phi i64 [ %.1113.i, %B648.i ], [ %i.4.1.i.ph, %B344.i.outer ]
  %.683.i = getelementptr i8, ptr %arg.a2, i64 %i.4.1.i
  %.684.i = load i8, ptr %.683.i, align 1, !noalias !3
  %.692.i = sext i8 %.684.i to i64
  %.693.i = icmp sgt i8 %.684.i, -1
  %.704.not.i = icmp sgt i64 %arg.a7_0, %.692.i
  %or.cond2951.i = select i1 %.693.i, i1 %.704.not.i, i1 false
  br i1 %or.cond2951.i, label %B376.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v14B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIaLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B376.i:                                           ; preds = %B344.i
  %.735.i = getelementptr i32, ptr %arg.a5, i64 %i.4.1.i
  %.736.i = load i32, ptr %.735.i, align 4, !noalias !3
  %.738.i = icmp sgt i32 %.736.i, -1
  %.737.i = sext i32 %.736.i to i64
  %.779.not.i = icmp sgt i64 %arg.a6_0, %.737.i
  %or.cond2952.i = select i1 %.738.i, i1 %.779.not.i, i1 false
  br i1 %or.cond2952.i, label %B452.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v14B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIaLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B452.i:                                           ; preds = %B376.i
  %.839.i = getelementptr i64, ptr %arg.a11, i64 %.692.i
  %.840.i = load i64, ptr %.839.i, align 8, !noalias !3
  %.846.i = icmp sgt i64 %.840.i, -1
  br i1 %.846.i, label %B488.i, label %B464.i

B464.i:                                           ; preds = %B452.i
  %.878.i = getelementptr i8, ptr %arg.a7, i64 %.692.i
  %.879.i = load i8, ptr %.878.i, align 1, !noalias !3
  %.888.not.i = icmp eq i8 %.879.i, 0
  br i1 %.888.not.i, label %B648.i, label %B488.i

B488.i:                                           ; preds = %B464.i, %B452.i
  %.964.i = getelementptr i8, ptr %arg.a6, i64 %.737.i
  %.965.i = load i8, ptr %.964.i, align 1, !noalias !3
  %.972.not.i = icmp eq i8 %.965.i, 0
  br i1 %.972.not.i, label %B648.i, label %B680.i

B648.i:                                           ; preds = %B488.i, %B464.i
  %.1113.i = add nuw nsw i64 %i.4.1.i, 1
  %.597.i = icmp slt i64 %.1113.i, %arg.a1
  br i1 %.597.i, label %B344.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v14B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIaLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B680.i:                                           ; preds = %B488.i
  %.1148.i = getelementptr i64, ptr %arg.a4, i64 %i.4.1.i
  %.1149.i = load i64, ptr %.1148.i, align 8, !noalias !3
  %.1155.i = icmp slt i64 %.1149.i, %previous.2.1.i.ph
  br i1 %.1155.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v14B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIaLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit, label %B724.i

B724.i:                                           ; preds = %B680.i
  %.1269.i = icmp slt i64 %i.4.1.i, %arg.a1
  br i1 %.1269.i, label %B760.i, label %B2075.i

B760.i:                                           ; preds = %B724.i, %B2073.i
  %slot.7.2.i = phi i64 [ %slot.8.3.i, %B2073.i ], [ %slot.10.1.i.ph, %B724.i ]
  %j.2.2.i = phi i64 [ %.2410.i, %B2073.i ], [ %i.4.1.i, %B724.i ]
  %.1355.i = getelementptr i8, ptr %arg.a2, i64 %j.2.2.i
  %.1356.i = load i8, ptr %.1355.i, align 1, !noalias !3
  %.1364.i = sext i8 %.1356.i to i64
  %.1365.i = icmp sgt i8 %.1356.i, -1
  %.1376.not.i = icmp sgt i64 %arg.a7_0, %.1364.i
  %or.cond2953.i = select i1 %.1365.i, i1 %.1376.not.i, i1 false
  br i1 %or.cond2953.i, label %B820.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v14B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIaLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B820.i:                                           ; preds = %B760.i
  %.1407.i = getelementptr i32, ptr %arg.a5, i64 %j.2.2.i
  %.1408.i = load i32, ptr %.1407.i, align 4, !noalias !3
  %.1410.i = icmp sgt i32 %.1408.i, -1
  %.1409.i = sext i32 %.1408.i to i64
  %.1451.not.i = icmp sgt i64 %arg.a6_0, %.1409.i
  %or.cond2954.i = select i1 %.1410.i, i1 %.1451.not.i, i1 false
  br i1 %or.cond2954.i, label %B892.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v14B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIaLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B892.i:                                           ; preds = %B820.i
  %.1511.i = getelementptr i64, ptr %arg.a11, i64 %.1364.i
  %.1512.i = load i64, ptr %.1511.i, align 8, !noalias !3
  %.1518.i = icmp sgt i64 %.1512.i, -1
  br i1 %.1518.i, label %B911.i, label %B910.i

B910.i:                                           ; preds = %B892.i
  %.1550.i = getelementptr i8, ptr %arg.a7, i64 %.1364.i
  %.1551.i = load i8, ptr %.1550.i, align 1, !noalias !3
  %.1560.not.i = icmp eq i8 %.1551.i, 0
  br i1 %.1560.not.i, label %B2073.i, label %B911.i

B911.i:                                           ; preds = %B910.i, %B892.i
  %.1636.i = getelementptr i8, ptr %arg.a6, i64 %.1409.i
  %.1637.i = load i8, ptr %.1636.i, align 1, !noalias !3
  %.1644.not.i = icmp eq i8 %.1637.i, 0
  br i1 %.1644.not.i, label %B2073.i, label %B1743.i

B1743.i:                                          ; preds = %B911.i
  %.1808.i = getelementptr i64, ptr %arg.a4, i64 %j.2.2.i
  %.1809.i = load i64, ptr %.1808.i, align 8, !noalias !3
  %.1811.not.i = icmp eq i64 %.1809.i, %.1149.i
  br i1 %.1811.not.i, label %B1799.i, label %B2075.i

B1799.i:                                          ; preds = %B1743.i
  br i1 %.1518.i, label %B1803.i, label %B2073.i

B1803.i:                                          ; preds = %B1799.i
  %.1899.not.i = icmp slt i64 %.1512.i, %spec.select.i
  br i1 %.1899.not.i, label %B1806.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v14B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIaLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B1806.i:                                          ; preds = %B1803.i
  %.2025.i = getelementptr i64, ptr %arg.a3, i64 %j.2.2.i
  %.2026.i = load i64, ptr %.2025.i, align 8, !noalias !3
  %.2047.i = icmp sgt i64 %slot.7.2.i, -1
  %.2061.i = icmp slt i64 %slot.7.2.i, %arg.a8_0
  %or.cond2955.i = select i1 %.2047.i, i1 %.2061.i, i1 false
  br i1 %or.cond2955.i, label %B1848.i, label %B1912.i.preheader

B1848.i:                                          ; preds = %B1806.i
  %.2094.i = getelementptr i64, ptr %arg.a8, i64 %slot.7.2.i
  %.2095.i = load i64, ptr %.2094.i, align 8, !noalias !3
  %.2097.i = icmp eq i64 %.2095.i, %.2026.i
  br i1 %.2097.i, label %B2053.i, label %B1912.i.preheader

B1912.i.preheader:                                ; preds = %B1848.i, %B1806.i
  br label %B1912.i

B1912.i:                                          ; preds = %B1912.i.preheader, %B1912.i
  %slot_of_v17_low.2.3.i = phi i64 [ %slot_of_v17_low.3.4.i, %B1912.i ], [ 0, %B1912.i.preheader ]
  %slot_of_v17_high.2.3.i = phi i64 [ %slot_of_v17_high.3.4.i, %B1912.i ], [ %arg.a8_0, %B1912.i.preheader ]
  %.2145.i = add nuw nsw i64 %slot_of_v17_high.2.3.i, %slot_of_v17_low.2.3.i
  %.21642946.i = lshr i64 %.2145.i, 1
  %.2218.i = getelementptr i64, ptr %arg.a8, i64 %.21642946.i
  %.2219.i = load i64, ptr %.2218.i, align 8, !noalias !3
  %.2221.i = icmp slt i64 %.2219.i, %.2026.i
  %.2232.i = add nuw nsw i64 %.21642946.i, 1
  %slot_of_v17_high.3.4.i = select i1 %.2221.i, i64 %slot_of_v17_high.2.3.i, i64 %.21642946.i
  %slot_of_v17_low.3.4.i = select i1 %.2221.i, i64 %.2232.i, i64 %slot_of_v17_low.2.3.i
  %.2263.i = icmp slt i64 %slot_of_v17_low.3.4.i, %slot_of_v17_high.3.4.i
  br i1 %.2263.i, label %B1912.i, label %B1980.i

B1980.i:                                          ; preds = %B1912.i
  %.2286.i = icmp slt i64 %slot_of_v17_low.3.4.i, %arg.a8_0
  br i1 %.2286.i, label %B2002.i, label %B2073.i

B2002.i:                                          ; preds = %B1980.i
  %.2317.i = getelementptr i64, ptr %arg.a8, i64 %slot_of_v17_low.3.4.i
  %.2318.i = load i64, ptr %.2317.i, align 8, !noalias !3
  %.2325.i = icmp eq i64 %.2318.i, %.2026.i
  br i1 %.2325.i, label %B2053.i, label %B2073.i

B2053.i:                                          ; preds = %B2002.i, %B1848.i
  %slot.9.311.i = phi i64 [ %slot_of_v17_low.3.4.i, %B2002.i ], [ %slot.7.2.i, %B1848.i ]
  %.2358.i = mul nsw i64 %slot.9.311.i, %spec.select.i
  %0 = getelementptr i64, ptr %arg.a12, i64 %.2358.i
  %.2394.i = getelementptr i64, ptr %0, i64 %.1512.i
  store i64 %.1149.i, ptr %.2394.i, align 8, !noalias !3
  br label %B2073.i

B2073.i:                                          ; preds = %B2053.i, %B2002.i, %B1980.i, %B1799.i, %B911.i, %B910.i
  %slot.8.3.i = phi i64 [ %slot.9.311.i, %B2053.i ], [ -1, %B2002.i ], [ %slot.7.2.i, %B1799.i ], [ %slot.7.2.i, %B911.i ], [ %slot.7.2.i, %B910.i ], [ -1, %B1980.i ]
  %.2410.i = add i64 %j.2.2.i, 1
  %exitcond.not.i = icmp eq i64 %.2410.i, %arg.a1
  br i1 %exitcond.not.i, label %B2075.i, label %B760.i

B2075.i:                                          ; preds = %B2073.i, %B1743.i, %B724.i
  %slot.13.3.i = phi i64 [ %slot.10.1.i.ph, %B724.i ], [ %slot.8.3.i, %B2073.i ], [ %slot.7.2.i, %B1743.i ]
  %j.3.3.i = phi i64 [ %i.4.1.i, %B724.i ], [ %arg.a1, %B2073.i ], [ %j.2.2.i, %B1743.i ]
  %.2479.i = sub nsw i64 %j.3.3.i, %i.4.1.i
  %.252273.not.i = icmp slt i64 %.2479.i, 1
  br i1 %.252273.not.i, label %B2774.i, label %B2103.if.i

B2137.i:                                          ; preds = %B2103.if.i
  %.2647.i = select i1 %.2577.i, i64 %arg.a5_0, i64 0
  %1 = getelementptr i32, ptr %arg.a5, i64 %.2466.074.i
  %.2661.i = getelementptr i32, ptr %1, i64 %.2647.i
  %.2662.i = load i32, ptr %.2661.i, align 4, !noalias !3
  %.2664.i = sext i32 %.2662.i to i64
  %.2677.i = icmp slt i32 %.2662.i, 0
  %.2678.i = select i1 %.2677.i, i64 %arg.a6_0, i64 0
  %2 = getelementptr i8, ptr %arg.a6, i64 %.2678.i
  %.2692.i = getelementptr i8, ptr %2, i64 %.2664.i
  %.2693.i = load i8, ptr %.2692.i, align 1, !noalias !3
  %.2695.i = icmp eq i8 %.2693.i, 0
  br i1 %.2695.i, label %B2740.i, label %B2189.i

B2189.i:                                          ; preds = %B2137.i
  %.2730.i = select i1 %.2577.i, i64 %arg.a3_0, i64 0
  %3 = getelementptr i64, ptr %arg.a3, i64 %.2466.074.i
  %.2744.i = getelementptr i64, ptr %3, i64 %.2730.i
  %.2745.i = load i64, ptr %.2744.i, align 8, !noalias !3
  %.2766.i = icmp sgt i64 %slot.12.277.i, -1
  %.2780.i = icmp slt i64 %slot.12.277.i, %arg.a8_0
  %or.cond2956.i = select i1 %.2766.i, i1 %.2780.i, i1 false
  br i1 %or.cond2956.i, label %B2205.i, label %B2256.i.preheader

B2205.i:                                          ; preds = %B2189.i
  %.2813.i = getelementptr i64, ptr %arg.a8, i64 %slot.12.277.i
  %.2814.i = load i64, ptr %.2813.i, align 8, !noalias !3
  %.2816.i = icmp eq i64 %.2814.i, %.2745.i
  br i1 %.2816.i, label %B2462.i, label %B2256.i.preheader

B2256.i.preheader:                                ; preds = %B2205.i, %B2189.i
  br label %B2256.i

B2256.i:                                          ; preds = %B2256.i.preheader, %B2256.i
  %slot_of_v16_low.2.3.i = phi i64 [ %slot_of_v16_low.3.4.i, %B2256.i ], [ 0, %B2256.i.preheader ]
  %slot_of_v16_high.2.3.i = phi i64 [ %slot_of_v16_high.3.4.i, %B2256.i ], [ %arg.a8_0, %B2256.i.preheader ]
  %.2864.i = add nuw nsw i64 %slot_of_v16_high.2.3.i, %slot_of_v16_low.2.3.i
  %.28832947.i = lshr i64 %.2864.i, 1
  %.2937.i = getelementptr i64, ptr %arg.a8, i64 %.28832947.i
  %.2938.i = load i64, ptr %.2937.i, align 8, !noalias !3
  %.2940.i = icmp slt i64 %.2938.i, %.2745.i
  %.2951.i = add nuw nsw i64 %.28832947.i, 1
  %slot_of_v16_high.3.4.i = select i1 %.2940.i, i64 %slot_of_v16_high.2.3.i, i64 %.28832947.i
  %slot_of_v16_low.3.4.i = select i1 %.2940.i, i64 %.2951.i, i64 %slot_of_v16_low.2.3.i
  %.2982.i = icmp slt i64 %slot_of_v16_low.3.4.i, %slot_of_v16_high.3.4.i
  br i1 %.2982.i, label %B2256.i, label %B2370.i

B2370.i:                                          ; preds = %B2256.i
  %.3005.i = icmp slt i64 %slot_of_v16_low.3.4.i, %arg.a8_0
  br i1 %.3005.i, label %B2374.i, label %B2740.i

B2374.i:                                          ; preds = %B2370.i
  %.3036.i = getelementptr i64, ptr %arg.a8, i64 %slot_of_v16_low.3.4.i
  %.3037.i = load i64, ptr %.3036.i, align 8, !noalias !3
  %.3044.i = icmp eq i64 %.3037.i, %.2745.i
  br i1 %.3044.i, label %B2462.i, label %B2740.i

B2462.i:                                          ; preds = %B2374.i, %B2205.i
  %slot.15.317.i = phi i64 [ %slot.12.277.i, %B2205.i ], [ %slot_of_v16_low.3.4.i, %B2374.i ]
  %.3216.i = mul i64 %slot.15.317.i, %arg.a7_0
  %4 = getelementptr i64, ptr %arg.a9, i64 %.3216.i
  %5 = getelementptr i64, ptr %4, i64 %.2613.i
  %.3220.i = getelementptr i64, ptr %5, i64 %.2599.i
  %.3221.i = load i64, ptr %.3220.i, align 8, !noalias !3
  %.3231.i = icmp slt i64 %.3221.i, 0
  br i1 %.3231.i, label %B2673.i, label %B2465.i

B2465.i:                                          ; preds = %B2462.i
  %6 = getelementptr i64, ptr %arg.a10, i64 %.3216.i
  %7 = getelementptr i64, ptr %6, i64 %.2613.i
  %.3336.i = getelementptr i64, ptr %7, i64 %.2599.i
  %.3337.i = load i64, ptr %.3336.i, align 8, !noalias !3
  %.3350.not.i = icmp slt i64 %.3337.i, %spec.select.i
  %.3404.not.i = icmp slt i64 %written.4.276.i, %.19.i2958.i
  %or.cond85.i = select i1 %.3350.not.i, i1 %.3404.not.i, i1 false
  br i1 %or.cond85.i, label %B2545.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v14B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIaLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B2545.i:                                          ; preds = %B2465.i
  %.3444.i = icmp sgt i64 %.3337.i, -1
  br i1 %.3444.i, label %B2607.i, label %B2607.thread.i

B2607.thread.i:                                   ; preds = %B2545.i
  %.353123.i = icmp slt i64 %written.4.276.i, 0
  %.353224.i = select i1 %.353123.i, i64 %arg.a13_0, i64 0
  %8 = getelementptr i64, ptr %arg.a13, i64 %written.4.276.i
  %.354625.i = getelementptr i64, ptr %8, i64 %.353224.i
  store i64 %.2466.074.i, ptr %.354625.i, align 8, !noalias !3
  %.357126.i = select i1 %.353123.i, i64 %arg.a14_0, i64 0
  %9 = getelementptr i64, ptr %arg.a14, i64 %written.4.276.i
  %.358527.i = getelementptr i64, ptr %9, i64 %.357126.i
  store i64 %.3221.i, ptr %.358527.i, align 8, !noalias !3
  br label %13

B2607.i:                                          ; preds = %B2545.i
  %.3448.i = mul nsw i64 %slot.15.317.i, %spec.select.i
  %.3454.i = add nsw i64 %.3337.i, %.3448.i
  %.3470.i = icmp slt i64 %.3454.i, 0
  %.3471.i = select i1 %.3470.i, i64 %arg.a12_0, i64 0
  %10 = getelementptr i64, ptr %arg.a12, i64 %.3454.i
  %.3485.i = getelementptr i64, ptr %10, i64 %.3471.i
  %.3486.i = load i64, ptr %.3485.i, align 8, !noalias !3
  %.3486.fr.i = freeze i64 %.3486.i
  %.3531.i = icmp slt i64 %written.4.276.i, 0
  %.3532.i = select i1 %.3531.i, i64 %arg.a13_0, i64 0
  %11 = getelementptr i64, ptr %arg.a13, i64 %written.4.276.i
  %.3546.i = getelementptr i64, ptr %11, i64 %.3532.i
  store i64 %.2466.074.i, ptr %.3546.i, align 8, !noalias !3
  %.3571.i = select i1 %.3531.i, i64 %arg.a14_0, i64 0
  %12 = getelementptr i64, ptr %arg.a14, i64 %written.4.276.i
  %.3585.i = getelementptr i64, ptr %12, i64 %.3571.i
  store i64 %.3221.i, ptr %.3585.i, align 8, !noalias !3
  %.3595.not.i = icmp eq i64 %.3486.fr.i, -9223372036854775808
  %spec.select39.i = select i1 %.3595.not.i, i64 %.1149.i, i64 %.3486.fr.i
  br label %13

13:                                               ; preds = %B2607.i, %B2607.thread.i
  %.353130.i = phi i1 [ %.3531.i, %B2607.i ], [ %.353123.i, %B2607.thread.i ]
  %14 = phi i64 [ %spec.select39.i, %B2607.i ], [ %.1149.i, %B2607.thread.i ]
  %.3630.i = select i1 %.353130.i, i64 %arg.a15_0, i64 0
  %15 = getelementptr i64, ptr %arg.a15, i64 %written.4.276.i
  %.3644.i = getelementptr i64, ptr %15, i64 %.3630.i
  store i64 %14, ptr %.3644.i, align 8, !noalias !3
  %.3654.i = add nsw i64 %written.4.276.i, 1
  br label %B2673.i

B2673.i:                                          ; preds = %13, %B2462.i
  %written.9.3.i = phi i64 [ %.3654.i, %13 ], [ %written.4.276.i, %B2462.i ]
  %.3664.i = icmp slt i64 %written.9.3.i, 0
  br i1 %.3664.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v14B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIaLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit, label %B2740.i

B2740.i:                                          ; preds = %B2103.if.i, %B2673.i, %B2374.i, %B2370.i, %B2137.i
  %written.7.3.i = phi i64 [ %written.4.276.i, %B2103.if.i ], [ %written.4.276.i, %B2137.i ], [ %written.9.3.i, %B2673.i ], [ %written.4.276.i, %B2374.i ], [ %written.4.276.i, %B2370.i ]
  %slot.14.3.i = phi i64 [ %slot.12.277.i, %B2103.if.i ], [ %slot.12.277.i, %B2137.i ], [ %slot.15.317.i, %B2673.i ], [ -1, %B2374.i ], [ -1, %B2370.i ]
  %.2522.i = icmp samesign ugt i64 %.2469.075.i, 1
  br i1 %.2522.i, label %B2103.if.i, label %B2774.i

B2774.i:                                          ; preds = %B2740.i, %B2075.i
  %written.4.2.lcssa.i = phi i64 [ %written.5.1.i.ph, %B2075.i ], [ %written.7.3.i, %B2740.i ]
  %slot.12.2.lcssa.i = phi i64 [ %slot.13.3.i, %B2075.i ], [ %slot.14.3.i, %B2740.i ]
  %.3818.i = icmp slt i64 %j.3.3.i, %arg.a1
  br i1 %.3818.i, label %B344.i.outer, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v14B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIaLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B320.endif.i:                                     ; preds = %B164.i
  %.526.i = sdiv i64 %arg.a12_0, %arg.a8_0
  %.527.i = srem i64 %arg.a12_0, %arg.a8_0
  %.528.lobit.i = ashr i64 %.527.i, 63
  %spec.select.i = add i64 %.528.lobit.i, %.526.i
  %.59779.i = icmp slt i64 %arg.a0, %arg.a1
  br i1 %.59779.i, label %B344.preheader.lr.ph.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v14B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIaLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B344.preheader.lr.ph.i:                           ; preds = %B320.endif.i
  %.17.i2957.i = tail call i64 @llvm.smin.i64(i64 %arg.a14_0, i64 %arg.a13_0)
  %.19.i2958.i = tail call i64 @llvm.smin.i64(i64 %arg.a15_0, i64 %.17.i2957.i)
  br label %B344.i.outer

B344.i.outer:                                     ; preds = %B344.preheader.lr.ph.i, %B2774.i
  %written.5.1.i.ph = phi i64 [ 0, %B344.preheader.lr.ph.i ], [ %written.4.2.lcssa.i, %B2774.i ]
  %slot.10.1.i.ph = phi i64 [ 0, %B344.preheader.lr.ph.i ], [ %slot.12.2.lcssa.i, %B2774.i ]
  %previous.2.1.i.ph = phi i64 [ -9223372036854775808, %B344.preheader.lr.ph.i ], [ %.1149.i, %B2774.i ]
  %i.4.1.i.ph = phi i64 [ %arg.a0, %B344.preheader.lr.ph.i ], [ %j.3.3.i, %B2774.i ]
  br label %B344.i

B2103.if.i:                                       ; preds = %B2075.i, %B2740.i
  %slot.12.277.i = phi i64 [ %slot.14.3.i, %B2740.i ], [ %slot.13.3.i, %B2075.i ]
  %written.4.276.i = phi i64 [ %written.7.3.i, %B2740.i ], [ %written.5.1.i.ph, %B2075.i ]
  %.2469.075.i = phi i64 [ %.2531.i, %B2740.i ], [ %.2479.i, %B2075.i ]
  %.2466.074.i = phi i64 [ %.2535.i, %B2740.i ], [ %i.4.1.i, %B2075.i ]
  %.2531.i = add nsw i64 %.2469.075.i, -1
  %.2535.i = add i64 %.2466.074.i, 1
  %.2577.i = icmp slt i64 %.2466.074.i, 0
  %.2578.i = select i1 %.2577.i, i64 %arg.a2_0, i64 0
  %16 = getelementptr i8, ptr %arg.a2, i64 %.2466.074.i
  %.2592.i = getelementptr i8, ptr %16, i64 %.2578.i
  %.2593.i = load i8, ptr %.2592.i, align 1, !noalias !3
  %.2599.i = sext i8 %.2593.i to i64
  %.2612.i = icmp slt i8 %.2593.i, 0
  %.2613.i = select i1 %.2612.i, i64 %arg.a7_0, i64 0
  %17 = getelementptr i8, ptr %arg.a7, i64 %.2613.i
  %.2627.i = getelementptr i8, ptr %17, i64 %.2599.i
  %.2628.i = load i8, ptr %.2627.i, align 1, !noalias !3
  %.2630.i = icmp eq i8 %.2628.i, 0
  br i1 %.2630.i, label %B2740.i, label %B2137.i

_ZN8perfdiff7compute7pairing16table_dones_intoB3v14B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIaLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit: ; preds = %B648.i, %B344.i, %B376.i, %B680.i, %B2774.i, %B760.i, %B820.i, %B1803.i, %B2465.i, %B2673.i, %entry, %B70.i, %B164.i, %B320.endif.i
  %written.10.2.sink.i = phi i64 [ -2, %entry ], [ 0, %B320.endif.i ], [ -2, %B70.i ], [ -2, %B2465.i ], [ -2, %B760.i ], [ -2, %B164.i ], [ -2, %B2673.i ], [ -2, %B1803.i ], [ -2, %B820.i ], [ -2, %B344.i ], [ -2, %B376.i ], [ %written.5.1.i.ph, %B648.i ], [ %written.4.2.lcssa.i, %B2774.i ], [ -1, %B680.i ]
  store i64 %written.10.2.sink.i, ptr %retptr, align 8
  ret void
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define i64 @perfdiff_table_dones_into_i16(i64 %.1, i64 %.2, ptr readonly captures(none) %.3, i64 %.4, ptr readonly captures(none) %.5, i64 %.6, ptr readonly captures(none) %.7, i64 %.8, ptr readonly captures(none) %.9, i64 %.10, ptr readonly captures(none) %.11, i64 %.12, ptr readonly captures(none) %.13, i64 %.14, ptr readonly captures(none) %.15, i64 %.16, ptr readonly captures(none) %.17, i64 %.18, i64 %.19, ptr readonly captures(none) %.20, i64 %.21, i64 %.22, ptr readonly captures(none) %.23, i64 %.24, ptr captures(none) %.25, i64 %.26, ptr writeonly captures(none) %.27, i64 %.28, ptr writeonly captures(none) %.29, i64 %.30, ptr writeonly captures(none) %.31, i64 %.32) local_unnamed_addr #0 {
entry:
  %.34 = alloca i64, align 8
  store i64 0, ptr %.34, align 8
  call fastcc void @_ZN13_3cdynamic_3e5entryB3v21B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAExx8int16_2ax8int64_2ax8int64_2ax8int32_2ax8uint8_2ax8uint8_2ax8int64_2ax8int64_2axx8int64_2axx8int64_2ax8int64_2ax8int64_2ax8int64_2ax8int64_2ax(ptr %.34, i64 %.1, i64 %.2, ptr %.3, i64 %.4, ptr %.5, i64 %.6, ptr %.7, i64 %.8, ptr %.9, i64 %.10, ptr %.11, i64 %.12, ptr %.13, i64 %.14, ptr %.15, i64 %.16, ptr %.17, i64 %.18, i64 %.19, ptr %.20, i64 %.21, i64 %.22, ptr %.23, i64 %.24, ptr %.25, i64 %.26, ptr %.27, i64 %.28, ptr %.29, i64 %.30, ptr %.31, i64 %.32) #3
  %.48 = load i64, ptr %.34, align 8
  ret i64 %.48
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define internal fastcc void @_ZN13_3cdynamic_3e5entryB3v21B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAExx8int16_2ax8int64_2ax8int64_2ax8int32_2ax8uint8_2ax8uint8_2ax8int64_2ax8int64_2axx8int64_2axx8int64_2ax8int64_2ax8int64_2ax8int64_2ax8int64_2ax(ptr noalias nonnull writeonly captures(none) %retptr, i64 %arg.a0, i64 %arg.a1, ptr readonly captures(none) %arg.a2, i64 %arg.a2_0, ptr readonly captures(none) %arg.a3, i64 %arg.a3_0, ptr readonly captures(none) %arg.a4, i64 %arg.a4_0, ptr readonly captures(none) %arg.a5, i64 %arg.a5_0, ptr readonly captures(none) %arg.a6, i64 %arg.a6_0, ptr readonly captures(none) %arg.a7, i64 %arg.a7_0, ptr readonly captures(none) %arg.a8, i64 %arg.a8_0, ptr readonly captures(none) %arg.a9, i64 %arg.a9_0, i64 %arg.a9_1, ptr readonly captures(none) %arg.a10, i64 %arg.a10_0, i64 %arg.a10_1, ptr readonly captures(none) %arg.a11, i64 %arg.a11_0, ptr captures(none) %arg.a12, i64 %arg.a12_0, ptr writeonly captures(none) %arg.a13, i64 %arg.a13_0, ptr writeonly captures(none) %arg.a14, i64 %arg.a14_0, ptr writeonly captures(none) %arg.a15, i64 %arg.a15_0) unnamed_addr #0 {
entry:
  %.249.i = icmp slt i64 %arg.a0, 0
  %.253.i = icmp sgt i64 %arg.a1, %arg.a4_0
  %or.cond.i = select i1 %.249.i, i1 true, i1 %.253.i
  br i1 %or.cond.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v23B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIsLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit, label %B70.i

B70.i:                                            ; preds = %entry
  %.17.i.i = tail call i64 @llvm.smin.i64(i64 %arg.a3_0, i64 %arg.a2_0)
  %.19.i.i = tail call i64 @llvm.smin.i64(i64 %arg.a5_0, i64 %.17.i.i)
  %.311.i = icmp sge i64 %.19.i.i, %arg.a1
  %.321.not.i = icmp eq i64 %arg.a7_0, %arg.a11_0
  %or.cond2948.i = select i1 %.311.i, i1 %.321.not.i, i1 false
  br i1 %or.cond2948.i, label %B164.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v23B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIsLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B164.i:                                           ; preds = %B70.i
  %.375.i = icmp sgt i64 %arg.a8_0, 0
  %.396.i = icmp eq i64 %arg.a9_0, %arg.a8_0
  %or.cond2949.i = select i1 %.375.i, i1 %.396.i, i1 false
  %.416.i = icmp eq i64 %arg.a10_0, %arg.a8_0
  %or.cond2950.i = select i1 %or.cond2949.i, i1 %.416.i, i1 false
  %.445.i = icmp eq i64 %arg.a9_1, %arg.a7_0
  %or.cond35.i = select i1 %or.cond2950.i, i1 %.445.i, i1 false
  %.472.i = icmp eq i64 %arg.a10_1, %arg.a7_0
  %or.cond36.i = select i1 %or.cond35.i, i1 %.472.i, i1 false
  br i1 %or.cond36.i, label %B320.endif.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v23B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIsLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B344.i:                                           ; preds = %B344.i.outer, %B648.i
  %i.4.1.i = phi i64 [ %.1113.i, %B648.i ], [ %i.4.1.i.ph, %B344.i.outer ]
  %.683.i = getelementptr i16, ptr %arg.a2, i64 %i.4.1.i
  %.684.i = load i16, ptr %.683.i, align 2, !noalias !6
  %.692.i = sext i16 %.684.i to i64
  %.693.i = icmp sgt i16 %.684.i, -1
  %.704.not.i = icmp sgt i64 %arg.a7_0, %.692.i
  %or.cond2951.i = select i1 %.693.i, i1 %.704.not.i, i1 false
  br i1 %or.cond2951.i, label %B376.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v23B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIsLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B376.i:                                           ; preds = %B344.i
  %.735.i = getelementptr i32, ptr %arg.a5, i64 %i.4.1.i
  %.736.i = load i32, ptr %.735.i, align 4, !noalias !6
  %.738.i = icmp sgt i32 %.736.i, -1
  %.737.i = sext i32 %.736.i to i64
  %.779.not.i = icmp sgt i64 %arg.a6_0, %.737.i
  %or.cond2952.i = select i1 %.738.i, i1 %.779.not.i, i1 false
  br i1 %or.cond2952.i, label %B452.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v23B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIsLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B452.i:                                           ; preds = %B376.i
  %.839.i = getelementptr i64, ptr %arg.a11, i64 %.692.i
  %.840.i = load i64, ptr %.839.i, align 8, !noalias !6
  %.846.i = icmp sgt i64 %.840.i, -1
  br i1 %.846.i, label %B488.i, label %B464.i

B464.i:                                           ; preds = %B452.i
  %.878.i = getelementptr i8, ptr %arg.a7, i64 %.692.i
  %.879.i = load i8, ptr %.878.i, align 1, !noalias !6
  %.888.not.i = icmp eq i8 %.879.i, 0
  br i1 %.888.not.i, label %B648.i, label %B488.i

B488.i:                                           ; preds = %B464.i, %B452.i
  %.964.i = getelementptr i8, ptr %arg.a6, i64 %.737.i
  %.965.i = load i8, ptr %.964.i, align 1, !noalias !6
  %.972.not.i = icmp eq i8 %.965.i, 0
  br i1 %.972.not.i, label %B648.i, label %B680.i

B648.i:                                           ; preds = %B488.i, %B464.i
  %.1113.i = add nuw nsw i64 %i.4.1.i, 1
  %.597.i = icmp slt i64 %.1113.i, %arg.a1
  br i1 %.597.i, label %B344.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v23B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIsLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B680.i:                                           ; preds = %B488.i
  %.1148.i = getelementptr i64, ptr %arg.a4, i64 %i.4.1.i
  %.1149.i = load i64, ptr %.1148.i, align 8, !noalias !6
  %.1155.i = icmp slt i64 %.1149.i, %previous.2.1.i.ph
  br i1 %.1155.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v23B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIsLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit, label %B724.i

B724.i:                                           ; preds = %B680.i
  %.1269.i = icmp slt i64 %i.4.1.i, %arg.a1
  br i1 %.1269.i, label %B760.i, label %B3363.i

B760.i:                                           ; preds = %B724.i, %B3361.i
  %slot.7.2.i = phi i64 [ %slot.8.3.i, %B3361.i ], [ %slot.10.1.i.ph, %B724.i ]
  %j.2.2.i = phi i64 [ %.2410.i, %B3361.i ], [ %i.4.1.i, %B724.i ]
  %.1355.i = getelementptr i16, ptr %arg.a2, i64 %j.2.2.i
  %.1356.i = load i16, ptr %.1355.i, align 2, !noalias !6
  %.1364.i = sext i16 %.1356.i to i64
  %.1365.i = icmp sgt i16 %.1356.i, -1
  %.1376.not.i = icmp sgt i64 %arg.a7_0, %.1364.i
  %or.cond2953.i = select i1 %.1365.i, i1 %.1376.not.i, i1 false
  br i1 %or.cond2953.i, label %B820.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v23B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIsLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B820.i:                                           ; preds = %B760.i
  %.1407.i = getelementptr i32, ptr %arg.a5, i64 %j.2.2.i
  %.1408.i = load i32, ptr %.1407.i, align 4, !noalias !6
  %.1410.i = icmp sgt i32 %.1408.i, -1
  %.1409.i = sext i32 %.1408.i to i64
  %.1451.not.i = icmp sgt i64 %arg.a6_0, %.1409.i
  %or.cond2954.i = select i1 %.1410.i, i1 %.1451.not.i, i1 false
  br i1 %or.cond2954.i, label %B892.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v23B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIsLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B892.i:                                           ; preds = %B820.i
  %.1511.i = getelementptr i64, ptr %arg.a11, i64 %.1364.i
  %.1512.i = load i64, ptr %.1511.i, align 8, !noalias !6
  %.1518.i = icmp sgt i64 %.1512.i, -1
  br i1 %.1518.i, label %B911.i, label %B910.i

B910.i:                                           ; preds = %B892.i
  %.1550.i = getelementptr i8, ptr %arg.a7, i64 %.1364.i
  %.1551.i = load i8, ptr %.1550.i, align 1, !noalias !6
  %.1560.not.i = icmp eq i8 %.1551.i, 0
  br i1 %.1560.not.i, label %B3361.i, label %B911.i

B911.i:                                           ; preds = %B910.i, %B892.i
  %.1636.i = getelementptr i8, ptr %arg.a6, i64 %.1409.i
  %.1637.i = load i8, ptr %.1636.i, align 1, !noalias !6
  %.1644.not.i = icmp eq i8 %.1637.i, 0
  br i1 %.1644.not.i, label %B3361.i, label %B3031.i

B3031.i:                                          ; preds = %B911.i
  %.1808.i = getelementptr i64, ptr %arg.a4, i64 %j.2.2.i
  %.1809.i = load i64, ptr %.1808.i, align 8, !noalias !6
  %.1811.not.i = icmp eq i64 %.1809.i, %.1149.i
  br i1 %.1811.not.i, label %B3087.i, label %B3363.i

B3087.i:                                          ; preds = %B3031.i
  br i1 %.1518.i, label %B3091.i, label %B3361.i

B3091.i:                                          ; preds = %B3087.i
  %.1899.not.i = icmp slt i64 %.1512.i, %spec.select.i
  br i1 %.1899.not.i, label %B3094.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v23B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIsLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B3094.i:                                          ; preds = %B3091.i
  %.2025.i = getelementptr i64, ptr %arg.a3, i64 %j.2.2.i
  %.2026.i = load i64, ptr %.2025.i, align 8, !noalias !6
  %.2047.i = icmp sgt i64 %slot.7.2.i, -1
  %.2061.i = icmp slt i64 %slot.7.2.i, %arg.a8_0
  %or.cond2955.i = select i1 %.2047.i, i1 %.2061.i, i1 false
  br i1 %or.cond2955.i, label %B3136.i, label %B3200.i.preheader

B3136.i:                                          ; preds = %B3094.i
  %.2094.i = getelementptr i64, ptr %arg.a8, i64 %slot.7.2.i
  %.2095.i = load i64, ptr %.2094.i, align 8, !noalias !6
  %.2097.i = icmp eq i64 %.2095.i, %.2026.i
  br i1 %.2097.i, label %B3341.i, label %B3200.i.preheader

B3200.i.preheader:                                ; preds = %B3136.i, %B3094.i
  br label %B3200.i

B3200.i:                                          ; preds = %B3200.i.preheader, %B3200.i
  %slot_of_v26_low.2.3.i = phi i64 [ %slot_of_v26_low.3.4.i, %B3200.i ], [ 0, %B3200.i.preheader ]
  %slot_of_v26_high.2.3.i = phi i64 [ %slot_of_v26_high.3.4.i, %B3200.i ], [ %arg.a8_0, %B3200.i.preheader ]
  %.2145.i = add nuw nsw i64 %slot_of_v26_high.2.3.i, %slot_of_v26_low.2.3.i
  %.21642946.i = lshr i64 %.2145.i, 1
  %.2218.i = getelementptr i64, ptr %arg.a8, i64 %.21642946.i
  %.2219.i = load i64, ptr %.2218.i, align 8, !noalias !6
  %.2221.i = icmp slt i64 %.2219.i, %.2026.i
  %.2232.i = add nuw nsw i64 %.21642946.i, 1
  %slot_of_v26_high.3.4.i = select i1 %.2221.i, i64 %slot_of_v26_high.2.3.i, i64 %.21642946.i
  %slot_of_v26_low.3.4.i = select i1 %.2221.i, i64 %.2232.i, i64 %slot_of_v26_low.2.3.i
  %.2263.i = icmp slt i64 %slot_of_v26_low.3.4.i, %slot_of_v26_high.3.4.i
  br i1 %.2263.i, label %B3200.i, label %B3268.i

B3268.i:                                          ; preds = %B3200.i
  %.2286.i = icmp slt i64 %slot_of_v26_low.3.4.i, %arg.a8_0
  br i1 %.2286.i, label %B3290.i, label %B3361.i

B3290.i:                                          ; preds = %B3268.i
  %.2317.i = getelementptr i64, ptr %arg.a8, i64 %slot_of_v26_low.3.4.i
  %.2318.i = load i64, ptr %.2317.i, align 8, !noalias !6
  %.2325.i = icmp eq i64 %.2318.i, %.2026.i
  br i1 %.2325.i, label %B3341.i, label %B3361.i

B3341.i:                                          ; preds = %B3290.i, %B3136.i
  %slot.9.311.i = phi i64 [ %slot_of_v26_low.3.4.i, %B3290.i ], [ %slot.7.2.i, %B3136.i ]
  %.2358.i = mul nsw i64 %slot.9.311.i, %spec.select.i
  %0 = getelementptr i64, ptr %arg.a12, i64 %.2358.i
  %.2394.i = getelementptr i64, ptr %0, i64 %.1512.i
  store i64 %.1149.i, ptr %.2394.i, align 8, !noalias !6
  br label %B3361.i

B3361.i:                                          ; preds = %B3341.i, %B3290.i, %B3268.i, %B3087.i, %B911.i, %B910.i
  %slot.8.3.i = phi i64 [ %slot.9.311.i, %B3341.i ], [ -1, %B3290.i ], [ %slot.7.2.i, %B3087.i ], [ %slot.7.2.i, %B911.i ], [ %slot.7.2.i, %B910.i ], [ -1, %B3268.i ]
  %.2410.i = add i64 %j.2.2.i, 1
  %exitcond.not.i = icmp eq i64 %.2410.i, %arg.a1
  br i1 %exitcond.not.i, label %B3363.i, label %B760.i

B3363.i:                                          ; preds = %B3361.i, %B3031.i, %B724.i
  %slot.13.3.i = phi i64 [ %slot.10.1.i.ph, %B724.i ], [ %slot.8.3.i, %B3361.i ], [ %slot.7.2.i, %B3031.i ]
  %j.3.3.i = phi i64 [ %i.4.1.i, %B724.i ], [ %arg.a1, %B3361.i ], [ %j.2.2.i, %B3031.i ]
  %.2479.i = sub nsw i64 %j.3.3.i, %i.4.1.i
  %.252273.not.i = icmp slt i64 %.2479.i, 1
  br i1 %.252273.not.i, label %B4062.i, label %B3391.if.i

B3425.i:                                          ; preds = %B3391.if.i
  %.2647.i = select i1 %.2577.i, i64 %arg.a5_0, i64 0
  %1 = getelementptr i32, ptr %arg.a5, i64 %.2466.074.i
  %.2661.i = getelementptr i32, ptr %1, i64 %.2647.i
  %.2662.i = load i32, ptr %.2661.i, align 4, !noalias !6
  %.2664.i = sext i32 %.2662.i to i64
  %.2677.i = icmp slt i32 %.2662.i, 0
  %.2678.i = select i1 %.2677.i, i64 %arg.a6_0, i64 0
  %2 = getelementptr i8, ptr %arg.a6, i64 %.2678.i
  %.2692.i = getelementptr i8, ptr %2, i64 %.2664.i
  %.2693.i = load i8, ptr %.2692.i, align 1, !noalias !6
  %.2695.i = icmp eq i8 %.2693.i, 0
  br i1 %.2695.i, label %B4028.i, label %B3477.i

B3477.i:                                          ; preds = %B3425.i
  %.2730.i = select i1 %.2577.i, i64 %arg.a3_0, i64 0
  %3 = getelementptr i64, ptr %arg.a3, i64 %.2466.074.i
  %.2744.i = getelementptr i64, ptr %3, i64 %.2730.i
  %.2745.i = load i64, ptr %.2744.i, align 8, !noalias !6
  %.2766.i = icmp sgt i64 %slot.12.277.i, -1
  %.2780.i = icmp slt i64 %slot.12.277.i, %arg.a8_0
  %or.cond2956.i = select i1 %.2766.i, i1 %.2780.i, i1 false
  br i1 %or.cond2956.i, label %B3493.i, label %B3544.i.preheader

B3493.i:                                          ; preds = %B3477.i
  %.2813.i = getelementptr i64, ptr %arg.a8, i64 %slot.12.277.i
  %.2814.i = load i64, ptr %.2813.i, align 8, !noalias !6
  %.2816.i = icmp eq i64 %.2814.i, %.2745.i
  br i1 %.2816.i, label %B3750.i, label %B3544.i.preheader

B3544.i.preheader:                                ; preds = %B3493.i, %B3477.i
  br label %B3544.i

B3544.i:                                          ; preds = %B3544.i.preheader, %B3544.i
  %slot_of_v25_low.2.3.i = phi i64 [ %slot_of_v25_low.3.4.i, %B3544.i ], [ 0, %B3544.i.preheader ]
  %slot_of_v25_high.2.3.i = phi i64 [ %slot_of_v25_high.3.4.i, %B3544.i ], [ %arg.a8_0, %B3544.i.preheader ]
  %.2864.i = add nuw nsw i64 %slot_of_v25_high.2.3.i, %slot_of_v25_low.2.3.i
  %.28832947.i = lshr i64 %.2864.i, 1
  %.2937.i = getelementptr i64, ptr %arg.a8, i64 %.28832947.i
  %.2938.i = load i64, ptr %.2937.i, align 8, !noalias !6
  %.2940.i = icmp slt i64 %.2938.i, %.2745.i
  %.2951.i = add nuw nsw i64 %.28832947.i, 1
  %slot_of_v25_high.3.4.i = select i1 %.2940.i, i64 %slot_of_v25_high.2.3.i, i64 %.28832947.i
  %slot_of_v25_low.3.4.i = select i1 %.2940.i, i64 %.2951.i, i64 %slot_of_v25_low.2.3.i
  %.2982.i = icmp slt i64 %slot_of_v25_low.3.4.i, %slot_of_v25_high.3.4.i
  br i1 %.2982.i, label %B3544.i, label %B3658.i

B3658.i:                                          ; preds = %B3544.i
  %.3005.i = icmp slt i64 %slot_of_v25_low.3.4.i, %arg.a8_0
  br i1 %.3005.i, label %B3662.i, label %B4028.i

B3662.i:                                          ; preds = %B3658.i
  %.3036.i = getelementptr i64, ptr %arg.a8, i64 %slot_of_v25_low.3.4.i
  %.3037.i = load i64, ptr %.3036.i, align 8, !noalias !6
  %.3044.i = icmp eq i64 %.3037.i, %.2745.i
  br i1 %.3044.i, label %B3750.i, label %B4028.i

B3750.i:                                          ; preds = %B3662.i, %B3493.i
  %slot.15.317.i = phi i64 [ %slot.12.277.i, %B3493.i ], [ %slot_of_v25_low.3.4.i, %B3662.i ]
  %.3216.i = mul i64 %slot.15.317.i, %arg.a7_0
  %4 = getelementptr i64, ptr %arg.a9, i64 %.3216.i
  %5 = getelementptr i64, ptr %4, i64 %.2613.i
  %.3220.i = getelementptr i64, ptr %5, i64 %.2599.i
  %.3221.i = load i64, ptr %.3220.i, align 8, !noalias !6
  %.3231.i = icmp slt i64 %.3221.i, 0
  br i1 %.3231.i, label %B3961.i, label %B3753.i

B3753.i:                                          ; preds = %B3750.i
  %6 = getelementptr i64, ptr %arg.a10, i64 %.3216.i
  %7 = getelementptr i64, ptr %6, i64 %.2613.i
  %.3336.i = getelementptr i64, ptr %7, i64 %.2599.i
  %.3337.i = load i64, ptr %.3336.i, align 8, !noalias !6
  %.3350.not.i = icmp slt i64 %.3337.i, %spec.select.i
  %.3404.not.i = icmp slt i64 %written.4.276.i, %.19.i2958.i
  %or.cond85.i = select i1 %.3350.not.i, i1 %.3404.not.i, i1 false
  br i1 %or.cond85.i, label %B3833.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v23B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIsLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B3833.i:                                          ; preds = %B3753.i
  %.3444.i = icmp sgt i64 %.3337.i, -1
  br i1 %.3444.i, label %B3895.i, label %B3895.thread.i

B3895.thread.i:                                   ; preds = %B3833.i
  %.353123.i = icmp slt i64 %written.4.276.i, 0
  %.353224.i = select i1 %.353123.i, i64 %arg.a13_0, i64 0
  %8 = getelementptr i64, ptr %arg.a13, i64 %written.4.276.i
  %.354625.i = getelementptr i64, ptr %8, i64 %.353224.i
  store i64 %.2466.074.i, ptr %.354625.i, align 8, !noalias !6
  %.357126.i = select i1 %.353123.i, i64 %arg.a14_0, i64 0
  %9 = getelementptr i64, ptr %arg.a14, i64 %written.4.276.i
  %.358527.i = getelementptr i64, ptr %9, i64 %.357126.i
  store i64 %.3221.i, ptr %.358527.i, align 8, !noalias !6
  br label %13

B3895.i:                                          ; preds = %B3833.i
  %.3448.i = mul nsw i64 %slot.15.317.i, %spec.select.i
  %.3454.i = add nsw i64 %.3337.i, %.3448.i
  %.3470.i = icmp slt i64 %.3454.i, 0
  %.3471.i = select i1 %.3470.i, i64 %arg.a12_0, i64 0
  %10 = getelementptr i64, ptr %arg.a12, i64 %.3454.i
  %.3485.i = getelementptr i64, ptr %10, i64 %.3471.i
  %.3486.i = load i64, ptr %.3485.i, align 8, !noalias !6
  %.3486.fr.i = freeze i64 %.3486.i
  %.3531.i = icmp slt i64 %written.4.276.i, 0
  %.3532.i = select i1 %.3531.i, i64 %arg.a13_0, i64 0
  %11 = getelementptr i64, ptr %arg.a13, i64 %written.4.276.i
  %.3546.i = getelementptr i64, ptr %11, i64 %.3532.i
  store i64 %.2466.074.i, ptr %.3546.i, align 8, !noalias !6
  %.3571.i = select i1 %.3531.i, i64 %arg.a14_0, i64 0
  %12 = getelementptr i64, ptr %arg.a14, i64 %written.4.276.i
  %.3585.i = getelementptr i64, ptr %12, i64 %.3571.i
  store i64 %.3221.i, ptr %.3585.i, align 8, !noalias !6
  %.3595.not.i = icmp eq i64 %.3486.fr.i, -9223372036854775808
  %spec.select39.i = select i1 %.3595.not.i, i64 %.1149.i, i64 %.3486.fr.i
  br label %13

13:                                               ; preds = %B3895.i, %B3895.thread.i
  %.353130.i = phi i1 [ %.3531.i, %B3895.i ], [ %.353123.i, %B3895.thread.i ]
  %14 = phi i64 [ %spec.select39.i, %B3895.i ], [ %.1149.i, %B3895.thread.i ]
  %.3630.i = select i1 %.353130.i, i64 %arg.a15_0, i64 0
  %15 = getelementptr i64, ptr %arg.a15, i64 %written.4.276.i
  %.3644.i = getelementptr i64, ptr %15, i64 %.3630.i
  store i64 %14, ptr %.3644.i, align 8, !noalias !6
  %.3654.i = add nsw i64 %written.4.276.i, 1
  br label %B3961.i

B3961.i:                                          ; preds = %13, %B3750.i
  %written.9.3.i = phi i64 [ %.3654.i, %13 ], [ %written.4.276.i, %B3750.i ]
  %.3664.i = icmp slt i64 %written.9.3.i, 0
  br i1 %.3664.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v23B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIsLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit, label %B4028.i

B4028.i:                                          ; preds = %B3391.if.i, %B3961.i, %B3662.i, %B3658.i, %B3425.i
  %written.7.3.i = phi i64 [ %written.4.276.i, %B3391.if.i ], [ %written.4.276.i, %B3425.i ], [ %written.9.3.i, %B3961.i ], [ %written.4.276.i, %B3662.i ], [ %written.4.276.i, %B3658.i ]
  %slot.14.3.i = phi i64 [ %slot.12.277.i, %B3391.if.i ], [ %slot.12.277.i, %B3425.i ], [ %slot.15.317.i, %B3961.i ], [ -1, %B3662.i ], [ -1, %B3658.i ]
  %.2522.i = icmp samesign ugt i64 %.2469.075.i, 1
  br i1 %.2522.i, label %B3391.if.i, label %B4062.i

B4062.i:                                          ; preds = %B4028.i, %B3363.i
  %written.4.2.lcssa.i = phi i64 [ %written.5.1.i.ph, %B3363.i ], [ %written.7.3.i, %B4028.i ]
  %slot.12.2.lcssa.i = phi i64 [ %slot.13.3.i, %B3363.i ], [ %slot.14.3.i, %B4028.i ]
  %.3818.i = icmp slt i64 %j.3.3.i, %arg.a1
  br i1 %.3818.i, label %B344.i.outer, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v23B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIsLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B320.endif.i:                                     ; preds = %B164.i
  %.526.i = sdiv i64 %arg.a12_0, %arg.a8_0
  %.527.i = srem i64 %arg.a12_0, %arg.a8_0
  %.528.lobit.i = ashr i64 %.527.i, 63
  %spec.select.i = add i64 %.528.lobit.i, %.526.i
  %.59779.i = icmp slt i64 %arg.a0, %arg.a1
  br i1 %.59779.i, label %B344.preheader.lr.ph.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v23B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIsLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B344.preheader.lr.ph.i:                           ; preds = %B320.endif.i
  %.17.i2957.i = tail call i64 @llvm.smin.i64(i64 %arg.a14_0, i64 %arg.a13_0)
  %.19.i2958.i = tail call i64 @llvm.smin.i64(i64 %arg.a15_0, i64 %.17.i2957.i)
  br label %B344.i.outer

B344.i.outer:                                     ; preds = %B344.preheader.lr.ph.i, %B4062.i
  %written.5.1.i.ph = phi i64 [ 0, %B344.preheader.lr.ph.i ], [ %written.4.2.lcssa.i, %B4062.i ]
  %slot.10.1.i.ph = phi i64 [ 0, %B344.preheader.lr.ph.i ], [ %slot.12.2.lcssa.i, %B4062.i ]
  %previous.2.1.i.ph = phi i64 [ -9223372036854775808, %B344.preheader.lr.ph.i ], [ %.1149.i, %B4062.i ]
  %i.4.1.i.ph = phi i64 [ %arg.a0, %B344.preheader.lr.ph.i ], [ %j.3.3.i, %B4062.i ]
  br label %B344.i

B3391.if.i:                                       ; preds = %B3363.i, %B4028.i
  %slot.12.277.i = phi i64 [ %slot.14.3.i, %B4028.i ], [ %slot.13.3.i, %B3363.i ]
  %written.4.276.i = phi i64 [ %written.7.3.i, %B4028.i ], [ %written.5.1.i.ph, %B3363.i ]
  %.2469.075.i = phi i64 [ %.2531.i, %B4028.i ], [ %.2479.i, %B3363.i ]
  %.2466.074.i = phi i64 [ %.2535.i, %B4028.i ], [ %i.4.1.i, %B3363.i ]
  %.2531.i = add nsw i64 %.2469.075.i, -1
  %.2535.i = add i64 %.2466.074.i, 1
  %.2577.i = icmp slt i64 %.2466.074.i, 0
  %.2578.i = select i1 %.2577.i, i64 %arg.a2_0, i64 0
  %16 = getelementptr i16, ptr %arg.a2, i64 %.2466.074.i
  %.2592.i = getelementptr i16, ptr %16, i64 %.2578.i
  %.2593.i = load i16, ptr %.2592.i, align 2, !noalias !6
  %.2599.i = sext i16 %.2593.i to i64
  %.2612.i = icmp slt i16 %.2593.i, 0
  %.2613.i = select i1 %.2612.i, i64 %arg.a7_0, i64 0
  %17 = getelementptr i8, ptr %arg.a7, i64 %.2613.i
  %.2627.i = getelementptr i8, ptr %17, i64 %.2599.i
  %.2628.i = load i8, ptr %.2627.i, align 1, !noalias !6
  %.2630.i = icmp eq i8 %.2628.i, 0
  br i1 %.2630.i, label %B4028.i, label %B3425.i

_ZN8perfdiff7compute7pairing16table_dones_intoB3v23B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIsLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit: ; preds = %B648.i, %B344.i, %B376.i, %B680.i, %B4062.i, %B760.i, %B820.i, %B3091.i, %B3753.i, %B3961.i, %entry, %B70.i, %B164.i, %B320.endif.i
  %written.10.2.sink.i = phi i64 [ -2, %entry ], [ 0, %B320.endif.i ], [ -2, %B70.i ], [ -2, %B3753.i ], [ -2, %B760.i ], [ -2, %B164.i ], [ -2, %B3961.i ], [ -2, %B3091.i ], [ -2, %B820.i ], [ -2, %B344.i ], [ -2, %B376.i ], [ %written.5.1.i.ph, %B648.i ], [ %written.4.2.lcssa.i, %B4062.i ], [ -1, %B680.i ]
  store i64 %written.10.2.sink.i, ptr %retptr, align 8
  ret void
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define i64 @perfdiff_table_dones_into_i32(i64 %.1, i64 %.2, ptr readonly captures(none) %.3, i64 %.4, ptr readonly captures(none) %.5, i64 %.6, ptr readonly captures(none) %.7, i64 %.8, ptr readonly captures(none) %.9, i64 %.10, ptr readonly captures(none) %.11, i64 %.12, ptr readonly captures(none) %.13, i64 %.14, ptr readonly captures(none) %.15, i64 %.16, ptr readonly captures(none) %.17, i64 %.18, i64 %.19, ptr readonly captures(none) %.20, i64 %.21, i64 %.22, ptr readonly captures(none) %.23, i64 %.24, ptr captures(none) %.25, i64 %.26, ptr writeonly captures(none) %.27, i64 %.28, ptr writeonly captures(none) %.29, i64 %.30, ptr writeonly captures(none) %.31, i64 %.32) local_unnamed_addr #0 {
entry:
  %.34 = alloca i64, align 8
  store i64 0, ptr %.34, align 8
  call fastcc void @_ZN13_3cdynamic_3e5entryB3v30B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAExx8int32_2ax8int64_2ax8int64_2ax8int32_2ax8uint8_2ax8uint8_2ax8int64_2ax8int64_2axx8int64_2axx8int64_2ax8int64_2ax8int64_2ax8int64_2ax8int64_2ax(ptr %.34, i64 %.1, i64 %.2, ptr %.3, i64 %.4, ptr %.5, i64 %.6, ptr %.7, i64 %.8, ptr %.9, i64 %.10, ptr %.11, i64 %.12, ptr %.13, i64 %.14, ptr %.15, i64 %.16, ptr %.17, i64 %.18, i64 %.19, ptr %.20, i64 %.21, i64 %.22, ptr %.23, i64 %.24, ptr %.25, i64 %.26, ptr %.27, i64 %.28, ptr %.29, i64 %.30, ptr %.31, i64 %.32) #3
  %.48 = load i64, ptr %.34, align 8
  ret i64 %.48
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define internal fastcc void @_ZN13_3cdynamic_3e5entryB3v30B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAExx8int32_2ax8int64_2ax8int64_2ax8int32_2ax8uint8_2ax8uint8_2ax8int64_2ax8int64_2axx8int64_2axx8int64_2ax8int64_2ax8int64_2ax8int64_2ax8int64_2ax(ptr noalias nonnull writeonly captures(none) %retptr, i64 %arg.a0, i64 %arg.a1, ptr readonly captures(none) %arg.a2, i64 %arg.a2_0, ptr readonly captures(none) %arg.a3, i64 %arg.a3_0, ptr readonly captures(none) %arg.a4, i64 %arg.a4_0, ptr readonly captures(none) %arg.a5, i64 %arg.a5_0, ptr readonly captures(none) %arg.a6, i64 %arg.a6_0, ptr readonly captures(none) %arg.a7, i64 %arg.a7_0, ptr readonly captures(none) %arg.a8, i64 %arg.a8_0, ptr readonly captures(none) %arg.a9, i64 %arg.a9_0, i64 %arg.a9_1, ptr readonly captures(none) %arg.a10, i64 %arg.a10_0, i64 %arg.a10_1, ptr readonly captures(none) %arg.a11, i64 %arg.a11_0, ptr captures(none) %arg.a12, i64 %arg.a12_0, ptr writeonly captures(none) %arg.a13, i64 %arg.a13_0, ptr writeonly captures(none) %arg.a14, i64 %arg.a14_0, ptr writeonly captures(none) %arg.a15, i64 %arg.a15_0) unnamed_addr #0 {
entry:
  %.249.i = icmp slt i64 %arg.a0, 0
  %.253.i = icmp sgt i64 %arg.a1, %arg.a4_0
  %or.cond.i = select i1 %.249.i, i1 true, i1 %.253.i
  br i1 %or.cond.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v31B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit, label %B70.i

B70.i:                                            ; preds = %entry
  %.17.i.i = tail call i64 @llvm.smin.i64(i64 %arg.a3_0, i64 %arg.a2_0)
  %.19.i.i = tail call i64 @llvm.smin.i64(i64 %arg.a5_0, i64 %.17.i.i)
  %.311.i = icmp sge i64 %.19.i.i, %arg.a1
  %.321.not.i = icmp eq i64 %arg.a7_0, %arg.a11_0
  %or.cond2948.i = select i1 %.311.i, i1 %.321.not.i, i1 false
  br i1 %or.cond2948.i, label %B164.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v31B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B164.i:                                           ; preds = %B70.i
  %.375.i = icmp sgt i64 %arg.a8_0, 0
  %.396.i = icmp eq i64 %arg.a9_0, %arg.a8_0
  %or.cond2949.i = select i1 %.375.i, i1 %.396.i, i1 false
  %.416.i = icmp eq i64 %arg.a10_0, %arg.a8_0
  %or.cond2950.i = select i1 %or.cond2949.i, i1 %.416.i, i1 false
  %.445.i = icmp eq i64 %arg.a9_1, %arg.a7_0
  %or.cond35.i = select i1 %or.cond2950.i, i1 %.445.i, i1 false
  %.472.i = icmp eq i64 %arg.a10_1, %arg.a7_0
  %or.cond36.i = select i1 %or.cond35.i, i1 %.472.i, i1 false
  br i1 %or.cond36.i, label %B320.endif.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v31B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B344.i:                                           ; preds = %B344.i.outer, %B648.i
  %i.4.1.i = phi i64 [ %.1113.i, %B648.i ], [ %i.4.1.i.ph, %B344.i.outer ]
  %.683.i = getelementptr i32, ptr %arg.a2, i64 %i.4.1.i
  %.684.i = load i32, ptr %.683.i, align 4, !noalias !9
  %.692.i = sext i32 %.684.i to i64
  %.693.i = icmp sgt i32 %.684.i, -1
  %.704.not.i = icmp sgt i64 %arg.a7_0, %.692.i
  %or.cond2951.i = select i1 %.693.i, i1 %.704.not.i, i1 false
  br i1 %or.cond2951.i, label %B376.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v31B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B376.i:                                           ; preds = %B344.i
  %.735.i = getelementptr i32, ptr %arg.a5, i64 %i.4.1.i
  %.736.i = load i32, ptr %.735.i, align 4, !noalias !9
  %.738.i = icmp sgt i32 %.736.i, -1
  %.737.i = sext i32 %.736.i to i64
  %.779.not.i = icmp sgt i64 %arg.a6_0, %.737.i
  %or.cond2952.i = select i1 %.738.i, i1 %.779.not.i, i1 false
  br i1 %or.cond2952.i, label %B452.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v31B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B452.i:                                           ; preds = %B376.i
  %.839.i = getelementptr i64, ptr %arg.a11, i64 %.692.i
  %.840.i = load i64, ptr %.839.i, align 8, !noalias !9
  %.846.i = icmp sgt i64 %.840.i, -1
  br i1 %.846.i, label %B488.i, label %B464.i

B464.i:                                           ; preds = %B452.i
  %.878.i = getelementptr i8, ptr %arg.a7, i64 %.692.i
  %.879.i = load i8, ptr %.878.i, align 1, !noalias !9
  %.888.not.i = icmp eq i8 %.879.i, 0
  br i1 %.888.not.i, label %B648.i, label %B488.i

B488.i:                                           ; preds = %B464.i, %B452.i
  %.964.i = getelementptr i8, ptr %arg.a6, i64 %.737.i
  %.965.i = load i8, ptr %.964.i, align 1, !noalias !9
  %.972.not.i = icmp eq i8 %.965.i, 0
  br i1 %.972.not.i, label %B648.i, label %B680.i

B648.i:                                           ; preds = %B488.i, %B464.i
  %.1113.i = add nuw nsw i64 %i.4.1.i, 1
  %.597.i = icmp slt i64 %.1113.i, %arg.a1
  br i1 %.597.i, label %B344.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v31B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B680.i:                                           ; preds = %B488.i
  %.1148.i = getelementptr i64, ptr %arg.a4, i64 %i.4.1.i
  %.1149.i = load i64, ptr %.1148.i, align 8, !noalias !9
  %.1155.i = icmp slt i64 %.1149.i, %previous.2.1.i.ph
  br i1 %.1155.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v31B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit, label %B724.i

B724.i:                                           ; preds = %B680.i
  %.1269.i = icmp slt i64 %i.4.1.i, %arg.a1
  br i1 %.1269.i, label %B760.i, label %B4651.i

B760.i:                                           ; preds = %B724.i, %B4649.i
  %slot.7.2.i = phi i64 [ %slot.8.3.i, %B4649.i ], [ %slot.10.1.i.ph, %B724.i ]
  %j.2.2.i = phi i64 [ %.2410.i, %B4649.i ], [ %i.4.1.i, %B724.i ]
  %.1355.i = getelementptr i32, ptr %arg.a2, i64 %j.2.2.i
  %.1356.i = load i32, ptr %.1355.i, align 4, !noalias !9
  %.1364.i = sext i32 %.1356.i to i64
  %.1365.i = icmp sgt i32 %.1356.i, -1
  %.1376.not.i = icmp sgt i64 %arg.a7_0, %.1364.i
  %or.cond2953.i = select i1 %.1365.i, i1 %.1376.not.i, i1 false
  br i1 %or.cond2953.i, label %B820.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v31B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B820.i:                                           ; preds = %B760.i
  %.1407.i = getelementptr i32, ptr %arg.a5, i64 %j.2.2.i
  %.1408.i = load i32, ptr %.1407.i, align 4, !noalias !9
  %.1410.i = icmp sgt i32 %.1408.i, -1
  %.1409.i = sext i32 %.1408.i to i64
  %.1451.not.i = icmp sgt i64 %arg.a6_0, %.1409.i
  %or.cond2954.i = select i1 %.1410.i, i1 %.1451.not.i, i1 false
  br i1 %or.cond2954.i, label %B892.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v31B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B892.i:                                           ; preds = %B820.i
  %.1511.i = getelementptr i64, ptr %arg.a11, i64 %.1364.i
  %.1512.i = load i64, ptr %.1511.i, align 8, !noalias !9
  %.1518.i = icmp sgt i64 %.1512.i, -1
  br i1 %.1518.i, label %B911.i, label %B910.i

B910.i:                                           ; preds = %B892.i
  %.1550.i = getelementptr i8, ptr %arg.a7, i64 %.1364.i
  %.1551.i = load i8, ptr %.1550.i, align 1, !noalias !9
  %.1560.not.i = icmp eq i8 %.1551.i, 0
  br i1 %.1560.not.i, label %B4649.i, label %B911.i

B911.i:                                           ; preds = %B910.i, %B892.i
  %.1636.i = getelementptr i8, ptr %arg.a6, i64 %.1409.i
  %.1637.i = load i8, ptr %.1636.i, align 1, !noalias !9
  %.1644.not.i = icmp eq i8 %.1637.i, 0
  br i1 %.1644.not.i, label %B4649.i, label %B4319.i

B4319.i:                                          ; preds = %B911.i
  %.1808.i = getelementptr i64, ptr %arg.a4, i64 %j.2.2.i
  %.1809.i = load i64, ptr %.1808.i, align 8, !noalias !9
  %.1811.not.i = icmp eq i64 %.1809.i, %.1149.i
  br i1 %.1811.not.i, label %B4375.i, label %B4651.i

B4375.i:                                          ; preds = %B4319.i
  br i1 %.1518.i, label %B4379.i, label %B4649.i

B4379.i:                                          ; preds = %B4375.i
  %.1899.not.i = icmp slt i64 %.1512.i, %spec.select.i
  br i1 %.1899.not.i, label %B4382.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v31B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B4382.i:                                          ; preds = %B4379.i
  %.2025.i = getelementptr i64, ptr %arg.a3, i64 %j.2.2.i
  %.2026.i = load i64, ptr %.2025.i, align 8, !noalias !9
  %.2047.i = icmp sgt i64 %slot.7.2.i, -1
  %.2061.i = icmp slt i64 %slot.7.2.i, %arg.a8_0
  %or.cond2955.i = select i1 %.2047.i, i1 %.2061.i, i1 false
  br i1 %or.cond2955.i, label %B4424.i, label %B4488.i.preheader

B4424.i:                                          ; preds = %B4382.i
  %.2094.i = getelementptr i64, ptr %arg.a8, i64 %slot.7.2.i
  %.2095.i = load i64, ptr %.2094.i, align 8, !noalias !9
  %.2097.i = icmp eq i64 %.2095.i, %.2026.i
  br i1 %.2097.i, label %B4629.i, label %B4488.i.preheader

B4488.i.preheader:                                ; preds = %B4424.i, %B4382.i
  br label %B4488.i

B4488.i:                                          ; preds = %B4488.i.preheader, %B4488.i
  %slot_of_v34_low.2.3.i = phi i64 [ %slot_of_v34_low.3.4.i, %B4488.i ], [ 0, %B4488.i.preheader ]
  %slot_of_v34_high.2.3.i = phi i64 [ %slot_of_v34_high.3.4.i, %B4488.i ], [ %arg.a8_0, %B4488.i.preheader ]
  %.2145.i = add nuw nsw i64 %slot_of_v34_high.2.3.i, %slot_of_v34_low.2.3.i
  %.21642946.i = lshr i64 %.2145.i, 1
  %.2218.i = getelementptr i64, ptr %arg.a8, i64 %.21642946.i
  %.2219.i = load i64, ptr %.2218.i, align 8, !noalias !9
  %.2221.i = icmp slt i64 %.2219.i, %.2026.i
  %.2232.i = add nuw nsw i64 %.21642946.i, 1
  %slot_of_v34_high.3.4.i = select i1 %.2221.i, i64 %slot_of_v34_high.2.3.i, i64 %.21642946.i
  %slot_of_v34_low.3.4.i = select i1 %.2221.i, i64 %.2232.i, i64 %slot_of_v34_low.2.3.i
  %.2263.i = icmp slt i64 %slot_of_v34_low.3.4.i, %slot_of_v34_high.3.4.i
  br i1 %.2263.i, label %B4488.i, label %B4556.i

B4556.i:                                          ; preds = %B4488.i
  %.2286.i = icmp slt i64 %slot_of_v34_low.3.4.i, %arg.a8_0
  br i1 %.2286.i, label %B4578.i, label %B4649.i

B4578.i:                                          ; preds = %B4556.i
  %.2317.i = getelementptr i64, ptr %arg.a8, i64 %slot_of_v34_low.3.4.i
  %.2318.i = load i64, ptr %.2317.i, align 8, !noalias !9
  %.2325.i = icmp eq i64 %.2318.i, %.2026.i
  br i1 %.2325.i, label %B4629.i, label %B4649.i

B4629.i:                                          ; preds = %B4578.i, %B4424.i
  %slot.9.311.i = phi i64 [ %slot_of_v34_low.3.4.i, %B4578.i ], [ %slot.7.2.i, %B4424.i ]
  %.2358.i = mul nsw i64 %slot.9.311.i, %spec.select.i
  %0 = getelementptr i64, ptr %arg.a12, i64 %.2358.i
  %.2394.i = getelementptr i64, ptr %0, i64 %.1512.i
  store i64 %.1149.i, ptr %.2394.i, align 8, !noalias !9
  br label %B4649.i

B4649.i:                                          ; preds = %B4629.i, %B4578.i, %B4556.i, %B4375.i, %B911.i, %B910.i
  %slot.8.3.i = phi i64 [ %slot.9.311.i, %B4629.i ], [ -1, %B4578.i ], [ %slot.7.2.i, %B4375.i ], [ %slot.7.2.i, %B911.i ], [ %slot.7.2.i, %B910.i ], [ -1, %B4556.i ]
  %.2410.i = add i64 %j.2.2.i, 1
  %exitcond.not.i = icmp eq i64 %.2410.i, %arg.a1
  br i1 %exitcond.not.i, label %B4651.i, label %B760.i

B4651.i:                                          ; preds = %B4649.i, %B4319.i, %B724.i
  %slot.13.3.i = phi i64 [ %slot.10.1.i.ph, %B724.i ], [ %slot.8.3.i, %B4649.i ], [ %slot.7.2.i, %B4319.i ]
  %j.3.3.i = phi i64 [ %i.4.1.i, %B724.i ], [ %arg.a1, %B4649.i ], [ %j.2.2.i, %B4319.i ]
  %.2479.i = sub nsw i64 %j.3.3.i, %i.4.1.i
  %.252273.not.i = icmp slt i64 %.2479.i, 1
  br i1 %.252273.not.i, label %B5350.i, label %B4679.if.i

B4713.i:                                          ; preds = %B4679.if.i
  %.2647.i = select i1 %.2577.i, i64 %arg.a5_0, i64 0
  %1 = getelementptr i32, ptr %arg.a5, i64 %.2466.074.i
  %.2661.i = getelementptr i32, ptr %1, i64 %.2647.i
  %.2662.i = load i32, ptr %.2661.i, align 4, !noalias !9
  %.2664.i = sext i32 %.2662.i to i64
  %.2677.i = icmp slt i32 %.2662.i, 0
  %.2678.i = select i1 %.2677.i, i64 %arg.a6_0, i64 0
  %2 = getelementptr i8, ptr %arg.a6, i64 %.2678.i
  %.2692.i = getelementptr i8, ptr %2, i64 %.2664.i
  %.2693.i = load i8, ptr %.2692.i, align 1, !noalias !9
  %.2695.i = icmp eq i8 %.2693.i, 0
  br i1 %.2695.i, label %B5316.i, label %B4765.i

B4765.i:                                          ; preds = %B4713.i
  %.2730.i = select i1 %.2577.i, i64 %arg.a3_0, i64 0
  %3 = getelementptr i64, ptr %arg.a3, i64 %.2466.074.i
  %.2744.i = getelementptr i64, ptr %3, i64 %.2730.i
  %.2745.i = load i64, ptr %.2744.i, align 8, !noalias !9
  %.2766.i = icmp sgt i64 %slot.12.277.i, -1
  %.2780.i = icmp slt i64 %slot.12.277.i, %arg.a8_0
  %or.cond2956.i = select i1 %.2766.i, i1 %.2780.i, i1 false
  br i1 %or.cond2956.i, label %B4781.i, label %B4832.i.preheader

B4781.i:                                          ; preds = %B4765.i
  %.2813.i = getelementptr i64, ptr %arg.a8, i64 %slot.12.277.i
  %.2814.i = load i64, ptr %.2813.i, align 8, !noalias !9
  %.2816.i = icmp eq i64 %.2814.i, %.2745.i
  br i1 %.2816.i, label %B5038.i, label %B4832.i.preheader

B4832.i.preheader:                                ; preds = %B4781.i, %B4765.i
  br label %B4832.i

B4832.i:                                          ; preds = %B4832.i.preheader, %B4832.i
  %slot_of_v33_low.2.3.i = phi i64 [ %slot_of_v33_low.3.4.i, %B4832.i ], [ 0, %B4832.i.preheader ]
  %slot_of_v33_high.2.3.i = phi i64 [ %slot_of_v33_high.3.4.i, %B4832.i ], [ %arg.a8_0, %B4832.i.preheader ]
  %.2864.i = add nuw nsw i64 %slot_of_v33_high.2.3.i, %slot_of_v33_low.2.3.i
  %.28832947.i = lshr i64 %.2864.i, 1
  %.2937.i = getelementptr i64, ptr %arg.a8, i64 %.28832947.i
  %.2938.i = load i64, ptr %.2937.i, align 8, !noalias !9
  %.2940.i = icmp slt i64 %.2938.i, %.2745.i
  %.2951.i = add nuw nsw i64 %.28832947.i, 1
  %slot_of_v33_high.3.4.i = select i1 %.2940.i, i64 %slot_of_v33_high.2.3.i, i64 %.28832947.i
  %slot_of_v33_low.3.4.i = select i1 %.2940.i, i64 %.2951.i, i64 %slot_of_v33_low.2.3.i
  %.2982.i = icmp slt i64 %slot_of_v33_low.3.4.i, %slot_of_v33_high.3.4.i
  br i1 %.2982.i, label %B4832.i, label %B4946.i

B4946.i:                                          ; preds = %B4832.i
  %.3005.i = icmp slt i64 %slot_of_v33_low.3.4.i, %arg.a8_0
  br i1 %.3005.i, label %B4950.i, label %B5316.i

B4950.i:                                          ; preds = %B4946.i
  %.3036.i = getelementptr i64, ptr %arg.a8, i64 %slot_of_v33_low.3.4.i
  %.3037.i = load i64, ptr %.3036.i, align 8, !noalias !9
  %.3044.i = icmp eq i64 %.3037.i, %.2745.i
  br i1 %.3044.i, label %B5038.i, label %B5316.i

B5038.i:                                          ; preds = %B4950.i, %B4781.i
  %slot.15.317.i = phi i64 [ %slot.12.277.i, %B4781.i ], [ %slot_of_v33_low.3.4.i, %B4950.i ]
  %.3216.i = mul i64 %slot.15.317.i, %arg.a7_0
  %4 = getelementptr i64, ptr %arg.a9, i64 %.3216.i
  %5 = getelementptr i64, ptr %4, i64 %.2613.i
  %.3220.i = getelementptr i64, ptr %5, i64 %.2599.i
  %.3221.i = load i64, ptr %.3220.i, align 8, !noalias !9
  %.3231.i = icmp slt i64 %.3221.i, 0
  br i1 %.3231.i, label %B5249.i, label %B5041.i

B5041.i:                                          ; preds = %B5038.i
  %6 = getelementptr i64, ptr %arg.a10, i64 %.3216.i
  %7 = getelementptr i64, ptr %6, i64 %.2613.i
  %.3336.i = getelementptr i64, ptr %7, i64 %.2599.i
  %.3337.i = load i64, ptr %.3336.i, align 8, !noalias !9
  %.3350.not.i = icmp slt i64 %.3337.i, %spec.select.i
  %.3404.not.i = icmp slt i64 %written.4.276.i, %.19.i2958.i
  %or.cond85.i = select i1 %.3350.not.i, i1 %.3404.not.i, i1 false
  br i1 %or.cond85.i, label %B5121.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v31B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B5121.i:                                          ; preds = %B5041.i
  %.3444.i = icmp sgt i64 %.3337.i, -1
  br i1 %.3444.i, label %B5183.i, label %B5183.thread.i

B5183.thread.i:                                   ; preds = %B5121.i
  %.353123.i = icmp slt i64 %written.4.276.i, 0
  %.353224.i = select i1 %.353123.i, i64 %arg.a13_0, i64 0
  %8 = getelementptr i64, ptr %arg.a13, i64 %written.4.276.i
  %.354625.i = getelementptr i64, ptr %8, i64 %.353224.i
  store i64 %.2466.074.i, ptr %.354625.i, align 8, !noalias !9
  %.357126.i = select i1 %.353123.i, i64 %arg.a14_0, i64 0
  %9 = getelementptr i64, ptr %arg.a14, i64 %written.4.276.i
  %.358527.i = getelementptr i64, ptr %9, i64 %.357126.i
  store i64 %.3221.i, ptr %.358527.i, align 8, !noalias !9
  br label %13

B5183.i:                                          ; preds = %B5121.i
  %.3448.i = mul nsw i64 %slot.15.317.i, %spec.select.i
  %.3454.i = add nsw i64 %.3337.i, %.3448.i
  %.3470.i = icmp slt i64 %.3454.i, 0
  %.3471.i = select i1 %.3470.i, i64 %arg.a12_0, i64 0
  %10 = getelementptr i64, ptr %arg.a12, i64 %.3454.i
  %.3485.i = getelementptr i64, ptr %10, i64 %.3471.i
  %.3486.i = load i64, ptr %.3485.i, align 8, !noalias !9
  %.3486.fr.i = freeze i64 %.3486.i
  %.3531.i = icmp slt i64 %written.4.276.i, 0
  %.3532.i = select i1 %.3531.i, i64 %arg.a13_0, i64 0
  %11 = getelementptr i64, ptr %arg.a13, i64 %written.4.276.i
  %.3546.i = getelementptr i64, ptr %11, i64 %.3532.i
  store i64 %.2466.074.i, ptr %.3546.i, align 8, !noalias !9
  %.3571.i = select i1 %.3531.i, i64 %arg.a14_0, i64 0
  %12 = getelementptr i64, ptr %arg.a14, i64 %written.4.276.i
  %.3585.i = getelementptr i64, ptr %12, i64 %.3571.i
  store i64 %.3221.i, ptr %.3585.i, align 8, !noalias !9
  %.3595.not.i = icmp eq i64 %.3486.fr.i, -9223372036854775808
  %spec.select39.i = select i1 %.3595.not.i, i64 %.1149.i, i64 %.3486.fr.i
  br label %13

13:                                               ; preds = %B5183.i, %B5183.thread.i
  %.353130.i = phi i1 [ %.3531.i, %B5183.i ], [ %.353123.i, %B5183.thread.i ]
  %14 = phi i64 [ %spec.select39.i, %B5183.i ], [ %.1149.i, %B5183.thread.i ]
  %.3630.i = select i1 %.353130.i, i64 %arg.a15_0, i64 0
  %15 = getelementptr i64, ptr %arg.a15, i64 %written.4.276.i
  %.3644.i = getelementptr i64, ptr %15, i64 %.3630.i
  store i64 %14, ptr %.3644.i, align 8, !noalias !9
  %.3654.i = add nsw i64 %written.4.276.i, 1
  br label %B5249.i

B5249.i:                                          ; preds = %13, %B5038.i
  %written.9.3.i = phi i64 [ %.3654.i, %13 ], [ %written.4.276.i, %B5038.i ]
  %.3664.i = icmp slt i64 %written.9.3.i, 0
  br i1 %.3664.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v31B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit, label %B5316.i

B5316.i:                                          ; preds = %B4679.if.i, %B5249.i, %B4950.i, %B4946.i, %B4713.i
  %written.7.3.i = phi i64 [ %written.4.276.i, %B4679.if.i ], [ %written.4.276.i, %B4713.i ], [ %written.9.3.i, %B5249.i ], [ %written.4.276.i, %B4950.i ], [ %written.4.276.i, %B4946.i ]
  %slot.14.3.i = phi i64 [ %slot.12.277.i, %B4679.if.i ], [ %slot.12.277.i, %B4713.i ], [ %slot.15.317.i, %B5249.i ], [ -1, %B4950.i ], [ -1, %B4946.i ]
  %.2522.i = icmp samesign ugt i64 %.2469.075.i, 1
  br i1 %.2522.i, label %B4679.if.i, label %B5350.i

B5350.i:                                          ; preds = %B5316.i, %B4651.i
  %written.4.2.lcssa.i = phi i64 [ %written.5.1.i.ph, %B4651.i ], [ %written.7.3.i, %B5316.i ]
  %slot.12.2.lcssa.i = phi i64 [ %slot.13.3.i, %B4651.i ], [ %slot.14.3.i, %B5316.i ]
  %.3818.i = icmp slt i64 %j.3.3.i, %arg.a1
  br i1 %.3818.i, label %B344.i.outer, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v31B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B320.endif.i:                                     ; preds = %B164.i
  %.526.i = sdiv i64 %arg.a12_0, %arg.a8_0
  %.527.i = srem i64 %arg.a12_0, %arg.a8_0
  %.528.lobit.i = ashr i64 %.527.i, 63
  %spec.select.i = add i64 %.528.lobit.i, %.526.i
  %.59779.i = icmp slt i64 %arg.a0, %arg.a1
  br i1 %.59779.i, label %B344.preheader.lr.ph.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v31B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B344.preheader.lr.ph.i:                           ; preds = %B320.endif.i
  %.17.i2957.i = tail call i64 @llvm.smin.i64(i64 %arg.a14_0, i64 %arg.a13_0)
  %.19.i2958.i = tail call i64 @llvm.smin.i64(i64 %arg.a15_0, i64 %.17.i2957.i)
  br label %B344.i.outer

B344.i.outer:                                     ; preds = %B344.preheader.lr.ph.i, %B5350.i
  %written.5.1.i.ph = phi i64 [ 0, %B344.preheader.lr.ph.i ], [ %written.4.2.lcssa.i, %B5350.i ]
  %slot.10.1.i.ph = phi i64 [ 0, %B344.preheader.lr.ph.i ], [ %slot.12.2.lcssa.i, %B5350.i ]
  %previous.2.1.i.ph = phi i64 [ -9223372036854775808, %B344.preheader.lr.ph.i ], [ %.1149.i, %B5350.i ]
  %i.4.1.i.ph = phi i64 [ %arg.a0, %B344.preheader.lr.ph.i ], [ %j.3.3.i, %B5350.i ]
  br label %B344.i

B4679.if.i:                                       ; preds = %B4651.i, %B5316.i
  %slot.12.277.i = phi i64 [ %slot.14.3.i, %B5316.i ], [ %slot.13.3.i, %B4651.i ]
  %written.4.276.i = phi i64 [ %written.7.3.i, %B5316.i ], [ %written.5.1.i.ph, %B4651.i ]
  %.2469.075.i = phi i64 [ %.2531.i, %B5316.i ], [ %.2479.i, %B4651.i ]
  %.2466.074.i = phi i64 [ %.2535.i, %B5316.i ], [ %i.4.1.i, %B4651.i ]
  %.2531.i = add nsw i64 %.2469.075.i, -1
  %.2535.i = add i64 %.2466.074.i, 1
  %.2577.i = icmp slt i64 %.2466.074.i, 0
  %.2578.i = select i1 %.2577.i, i64 %arg.a2_0, i64 0
  %16 = getelementptr i32, ptr %arg.a2, i64 %.2466.074.i
  %.2592.i = getelementptr i32, ptr %16, i64 %.2578.i
  %.2593.i = load i32, ptr %.2592.i, align 4, !noalias !9
  %.2599.i = sext i32 %.2593.i to i64
  %.2612.i = icmp slt i32 %.2593.i, 0
  %.2613.i = select i1 %.2612.i, i64 %arg.a7_0, i64 0
  %17 = getelementptr i8, ptr %arg.a7, i64 %.2613.i
  %.2627.i = getelementptr i8, ptr %17, i64 %.2599.i
  %.2628.i = load i8, ptr %.2627.i, align 1, !noalias !9
  %.2630.i = icmp eq i8 %.2628.i, 0
  br i1 %.2630.i, label %B5316.i, label %B4713.i

_ZN8perfdiff7compute7pairing16table_dones_intoB3v31B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit: ; preds = %B648.i, %B344.i, %B376.i, %B680.i, %B5350.i, %B760.i, %B820.i, %B4379.i, %B5041.i, %B5249.i, %entry, %B70.i, %B164.i, %B320.endif.i
  %written.10.2.sink.i = phi i64 [ -2, %entry ], [ 0, %B320.endif.i ], [ -2, %B70.i ], [ -2, %B5041.i ], [ -2, %B760.i ], [ -2, %B164.i ], [ -2, %B5249.i ], [ -2, %B4379.i ], [ -2, %B820.i ], [ -2, %B344.i ], [ -2, %B376.i ], [ %written.5.1.i.ph, %B648.i ], [ %written.4.2.lcssa.i, %B5350.i ], [ -1, %B680.i ]
  store i64 %written.10.2.sink.i, ptr %retptr, align 8
  ret void
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define i64 @perfdiff_group_begin_order_into(ptr readonly captures(none) %.1, i64 %.2, ptr readonly captures(none) %.3, i64 %.4, ptr readonly captures(none) %.5, i64 %.6, ptr captures(none) %.7, i64 %.8, ptr captures(none) %.9, i64 %.10, i64 %.11) local_unnamed_addr #0 {
entry:
  %.13 = alloca i64, align 8
  store i64 0, ptr %.13, align 8
  call fastcc void @_ZN13_3cdynamic_3e5entryB3v38B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAE8int64_2ax8int64_2ax8int64_2ax8int64_2ax8int64_2axx(ptr %.13, ptr %.1, i64 %.2, ptr %.3, i64 %.4, ptr %.5, i64 %.6, ptr %.7, i64 %.8, ptr %.9, i64 %.10, i64 %.11) #3
  %.27 = load i64, ptr %.13, align 8
  ret i64 %.27
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define internal fastcc void @_ZN13_3cdynamic_3e5entryB3v38B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAE8int64_2ax8int64_2ax8int64_2ax8int64_2ax8int64_2axx(ptr noalias nonnull writeonly captures(none) %retptr, ptr readonly captures(none) %arg.a0, i64 %arg.a0_0, ptr readonly captures(none) %arg.a1, i64 %arg.a1_0, ptr readonly captures(none) %arg.a2, i64 %arg.a2_0, ptr captures(none) %arg.a3, i64 %arg.a3_0, ptr captures(none) %arg.a4, i64 %arg.a4_0, i64 %arg.a5) unnamed_addr #0 {
entry:
  %.95.not.i = icmp eq i64 %arg.a1_0, %arg.a0_0
  %.105.not.i = icmp eq i64 %arg.a2_0, %arg.a0_0
  %or.cond.i = select i1 %.95.not.i, i1 %.105.not.i, i1 false
  %.115.not.i = icmp eq i64 %arg.a4_0, %arg.a0_0
  %or.cond851.i = select i1 %or.cond.i, i1 %.115.not.i, i1 false
  br i1 %or.cond851.i, label %B88.i, label %_ZN8perfdiff7compute7pairing22group_begin_order_intoB3v39B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedEx.exit

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
  br i1 %.66510.i, label %B514.if.i, label %_ZN8perfdiff7compute7pairing22group_begin_order_intoB3v39B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedEx.exit

B514.loopexit.i:                                  ; preds = %B572.i
  %exitcond26.not.i = icmp eq i64 %.1182.i, %storemerge847.i
  br i1 %exitcond26.not.i, label %_ZN8perfdiff7compute7pairing22group_begin_order_intoB3v39B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedEx.exit, label %B514.if.i

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
  br i1 %.1747.i, label %_ZN8perfdiff7compute7pairing22group_begin_order_intoB3v39B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedEx.exit, label %B572.i

B194.if.i:                                        ; preds = %B164.i, %B244.i
  %.344.08.i = phi i64 [ %.413.i, %B244.i ], [ 0, %B164.i ]
  %7 = getelementptr i64, ptr %arg.a0, i64 %.344.08.i
  %.467.i = load i64, ptr %7, align 8, !noalias !12
  %.472.i = icmp sgt i64 %.467.i, -1
  %.476.not.i = icmp slt i64 %.467.i, %.155.i
  %or.cond852.i = select i1 %.472.i, i1 %.476.not.i, i1 false
  br i1 %or.cond852.i, label %B244.i, label %_ZN8perfdiff7compute7pairing22group_begin_order_intoB3v39B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedEx.exit

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

_ZN8perfdiff7compute7pairing22group_begin_order_intoB3v39B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedEx.exit: ; preds = %B194.if.i, %B514.loopexit.i, %B778.i, %entry, %B514.preheader.i
  %.sink.i = phi i64 [ 0, %B514.preheader.i ], [ -1, %B778.i ], [ -2, %entry ], [ 0, %B514.loopexit.i ], [ -2, %B194.if.i ]
  store i64 %.sink.i, ptr %retptr, align 8
  ret void
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define i64 @perfdiff_shares_into(ptr readonly captures(none) %.1, i64 %.2, ptr readonly captures(none) %.3, i64 %.4, ptr readonly captures(none) %.5, i64 %.6, ptr readonly captures(none) %.7, i64 %.8, ptr readonly captures(none) %.9, i64 %.10, ptr writeonly captures(none) %.11, i64 %.12) local_unnamed_addr #0 {
entry:
  %.14 = alloca i64, align 8
  store i64 0, ptr %.14, align 8
  call fastcc void @_ZN13_3cdynamic_3e5entryB3v40B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAE8int64_2ax8int64_2ax8int64_2ax8int64_2ax10float64_2ax10float64_2ax(ptr %.14, ptr %.1, i64 %.2, ptr %.3, i64 %.4, ptr %.5, i64 %.6, ptr %.7, i64 %.8, ptr %.9, i64 %.10, ptr %.11, i64 %.12) #3
  %.28 = load i64, ptr %.14, align 8
  ret i64 %.28
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define internal fastcc void @_ZN13_3cdynamic_3e5entryB3v40B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAE8int64_2ax8int64_2ax8int64_2ax8int64_2ax10float64_2ax10float64_2ax(ptr noalias nonnull writeonly captures(none) %retptr, ptr readonly captures(none) %arg.a0, i64 %arg.a0_0, ptr readonly captures(none) %arg.a1, i64 %arg.a1_0, ptr readonly captures(none) %arg.a2, i64 %arg.a2_0, ptr readonly captures(none) %arg.a3, i64 %arg.a3_0, ptr readonly captures(none) %arg.a4, i64 %arg.a4_0, ptr writeonly captures(none) %arg.a5, i64 %arg.a5_0) unnamed_addr #0 {
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
  br i1 %or.cond794.i, label %B132.i, label %_ZN8perfdiff7compute7pairing11shares_intoB3v42B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE.exit

B132.i:                                           ; preds = %entry
  %spec.select2.i = tail call i64 @llvm.smax.i64(i64 %arg.a1_0, i64 0)
  br label %B162.i

B162.i:                                           ; preds = %B162.if.i, %B132.i
  %.206.0.i = phi i64 [ 0, %B132.i ], [ %.277.i, %B162.if.i ]
  %exitcond.not.i = icmp eq i64 %.206.0.i, %spec.select2.i
  br i1 %exitcond.not.i, label %B222.i, label %B162.if.i

B222.i:                                           ; preds = %B162.i
  %.424.i = icmp sgt i64 %arg.a1_0, 0
  br i1 %.424.i, label %B280.i, label %_ZN8perfdiff7compute7pairing11shares_intoB3v42B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE.exit

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
  br i1 %.1609.i, label %B280.i, label %_ZN8perfdiff7compute7pairing11shares_intoB3v42B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE.exit

B162.if.i:                                        ; preds = %B162.i
  %.277.i = add nuw i64 %.206.0.i, 1
  %19 = getelementptr i64, ptr %arg.a0, i64 %.206.0.i
  %.335.i = load i64, ptr %19, align 8, !noalias !15
  %.336.i = icmp sgt i64 %.335.i, -1
  %.372.not.i = icmp slt i64 %.335.i, %arg.a1_0
  %or.cond795.i = and i1 %.336.i, %.372.not.i
  br i1 %or.cond795.i, label %B162.i, label %_ZN8perfdiff7compute7pairing11shares_intoB3v42B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE.exit

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

_ZN8perfdiff7compute7pairing11shares_intoB3v42B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE.exit: ; preds = %B162.if.i, %B962.i, %entry, %B222.i
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
!7 = distinct !{!7, !8, !"_ZN8perfdiff7compute7pairing16table_dones_intoB3v23B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIsLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE: %retptr"}
!8 = distinct !{!8, !"_ZN8perfdiff7compute7pairing16table_dones_intoB3v23B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIsLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE"}
!9 = !{!10}
!10 = distinct !{!10, !11, !"_ZN8perfdiff7compute7pairing16table_dones_intoB3v31B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE: %retptr"}
!11 = distinct !{!11, !"_ZN8perfdiff7compute7pairing16table_dones_intoB3v31B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE"}
!12 = !{!13}
!13 = distinct !{!13, !14, !"_ZN8perfdiff7compute7pairing22group_begin_order_intoB3v39B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedEx: %retptr"}
!14 = distinct !{!14, !"_ZN8perfdiff7compute7pairing22group_begin_order_intoB3v39B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedEx"}
!15 = !{!16}
!16 = distinct !{!16, !17, !"_ZN8perfdiff7compute7pairing11shares_intoB3v42B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE: %retptr"}
!17 = distinct !{!17, !"_ZN8perfdiff7compute7pairing11shares_intoB3v42B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE"}
