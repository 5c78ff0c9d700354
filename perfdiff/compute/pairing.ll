; perfdiff kernels of perfdiff.compute.pairing: LLVM IR generated from its source by
; python -m perfdiff.compute.native_build (numba 0.68.1, LLVM 22.1.0). Do not edit: edit the source and regenerate.
; source-sha256: e42bd6f46befa84188dc7918b08d481722c9731cbe1a3eee6ef32555c34699e6

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define internal fastcc void @_ZN13_3cdynamic_3e5entryB2v1B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAE8int64_2ax8int64_2ax8int64_2ax8int64_2ax8int64_2axx8int64_2axx8int64_2ax8int64_2ax8int64_2ax8int64_2ax8int64_2ax(ptr noalias nonnull writeonly captures(none) %retptr, ptr readonly captures(none) %arg.a0, i64 %arg.a0_0, ptr readonly captures(none) %arg.a1, i64 %arg.a1_0, ptr readonly captures(none) %arg.a2, i64 %arg.a2_0, ptr readonly captures(none) %arg.a3, i64 %arg.a3_0, ptr readonly captures(none) %arg.a4, i64 %arg.a4_0, i64 %arg.a4_1, ptr readonly captures(none) %arg.a5, i64 %arg.a5_0, i64 %arg.a5_1, ptr readonly captures(none) %arg.a6, i64 %arg.a6_0, ptr captures(none) %arg.a7, i64 %arg.a7_0, ptr writeonly captures(none) %arg.a8, i64 %arg.a8_0, ptr writeonly captures(none) %arg.a9, i64 %arg.a9_0, ptr writeonly captures(none) %arg.a10, i64 %arg.a10_0) unnamed_addr #0 {
entry:
  %.208.not.i = icmp eq i64 %arg.a1_0, %arg.a0_0
  br i1 %.208.not.i, label %B68.i, label %_ZN8perfdiff7compute7pairing10dones_intoB2v4B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B68.i:                                            ; preds = %entry
  %.218.i = icmp eq i64 %arg.a2_0, %arg.a1_0
  %.221.i = icmp ne i64 %arg.a3_0, 0
  %or.cond.not25.i = select i1 %.218.i, i1 %.221.i, i1 false
  %.239.not.i = icmp eq i64 %arg.a4_0, %arg.a3_0
  %or.cond1931.i = select i1 %or.cond.not25.i, i1 %.239.not.i, i1 false
  %.257.not.i = icmp eq i64 %arg.a4_1, %arg.a6_0
  %or.cond1932.i = select i1 %or.cond1931.i, i1 %.257.not.i, i1 false
  %.275.not.i = icmp eq i64 %arg.a5_0, %arg.a3_0
  %or.cond1933.i = select i1 %or.cond1932.i, i1 %.275.not.i, i1 false
  %.293.not.i = icmp eq i64 %arg.a5_1, %arg.a6_0
  %or.cond1934.i = select i1 %or.cond1933.i, i1 %.293.not.i, i1 false
  br i1 %or.cond1934.i, label %B238.i, label %_ZN8perfdiff7compute7pairing10dones_intoB2v4B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B238.i:                                           ; preds = %B68.i
  %.17.i.i = tail call i64 @llvm.smin.i64(i64 %arg.a9_0, i64 %arg.a8_0)
  %.19.i.i = tail call i64 @llvm.smin.i64(i64 %arg.a10_0, i64 %.17.i.i)
  %.349.i = icmp slt i64 %.19.i.i, %arg.a1_0
  br i1 %.349.i, label %_ZN8perfdiff7compute7pairing10dones_intoB2v4B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit, label %B314.else.i

B358.i:                                           ; preds = %B358.preheader.i, %B1569.i
  %written.5.0.i = phi i64 [ %written.4.1.lcssa.i, %B1569.i ], [ 0, %B358.preheader.i ]
  %slot.8.0.i = phi i64 [ %slot.9.1.lcssa.i, %B1569.i ], [ 0, %B358.preheader.i ]
  %i.2.0.i = phi i64 [ %j.3.1.i, %B1569.i ], [ 0, %B358.preheader.i ]
  %.505.i = icmp slt i64 %i.2.0.i, 0
  %.506.i = select i1 %.505.i, i64 %arg.a1_0, i64 0
  %0 = getelementptr i64, ptr %arg.a0, i64 %i.2.0.i
  %.520.i = getelementptr i64, ptr %0, i64 %.506.i
  %.521.i = load i64, ptr %.520.i, align 8, !noalias !0
  %.526.i = icmp sgt i64 %i.2.0.i, 0
  br i1 %.526.i, label %B386.i, label %B420.i

B386.i:                                           ; preds = %B358.i
  %.558.i = getelementptr i8, ptr %0, i64 -8
  %.559.i = load i64, ptr %.558.i, align 8, !noalias !0
  %.561.i = icmp slt i64 %.521.i, %.559.i
  br i1 %.561.i, label %_ZN8perfdiff7compute7pairing10dones_intoB2v4B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit, label %B420.i

B420.i:                                           ; preds = %B386.i, %B358.i
  %.652.i = icmp slt i64 %i.2.0.i, %arg.a1_0
  br i1 %.652.i, label %B460.i, label %B1057.i

B460.i:                                           ; preds = %B420.i, %B1029.i
  %slot.7.2.i = phi i64 [ %slot.11.3.i, %B1029.i ], [ %slot.8.0.i, %B420.i ]
  %j.2.2.i = phi i64 [ %.1373.i, %B1029.i ], [ %i.2.0.i, %B420.i ]
  %.727.i = icmp slt i64 %j.2.2.i, 0
  %.728.i = select i1 %.727.i, i64 %arg.a1_0, i64 0
  %1 = getelementptr i64, ptr %arg.a1, i64 %j.2.2.i
  %.742.i = getelementptr i64, ptr %1, i64 %.728.i
  %.743.i = load i64, ptr %.742.i, align 8, !noalias !0
  %.748.i = icmp sgt i64 %.743.i, -1
  %.752.not.i = icmp slt i64 %.743.i, %arg.a4_1
  %or.cond1935.i = select i1 %.748.i, i1 %.752.not.i, i1 false
  br i1 %or.cond1935.i, label %B504.i, label %_ZN8perfdiff7compute7pairing10dones_intoB2v4B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B504.i:                                           ; preds = %B460.i
  %.866.i = getelementptr i64, ptr %arg.a6, i64 %.743.i
  %.867.i = load i64, ptr %.866.i, align 8, !noalias !0
  %.874.i = icmp sgt i64 %.867.i, -1
  br i1 %.874.i, label %B532.i, label %B1017.i

B532.i:                                           ; preds = %B504.i
  %.880.not.i = icmp slt i64 %.867.i, %.433.0.i
  br i1 %.880.not.i, label %B548.i, label %_ZN8perfdiff7compute7pairing10dones_intoB2v4B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B548.i:                                           ; preds = %B532.i
  %2 = getelementptr i64, ptr %arg.a2, i64 %j.2.2.i
  %.991.i = getelementptr i64, ptr %2, i64 %.728.i
  %.992.i = load i64, ptr %.991.i, align 8, !noalias !0
  %.1013.i = icmp sgt i64 %slot.7.2.i, -1
  %.1027.i = icmp slt i64 %slot.7.2.i, %arg.a3_0
  %or.cond1936.i = select i1 %.1013.i, i1 %.1027.i, i1 false
  br i1 %or.cond1936.i, label %B628.i, label %B706.i

B628.i:                                           ; preds = %B548.i
  %.1060.i = getelementptr i64, ptr %arg.a3, i64 %slot.7.2.i
  %.1061.i = load i64, ptr %.1060.i, align 8, !noalias !0
  %.1063.i = icmp eq i64 %.1061.i, %.992.i
  br i1 %.1063.i, label %B1013.i, label %B706.i

B706.i:                                           ; preds = %B628.i, %B548.i
  br i1 %.1102.i, label %B708.i, label %B852.i

B708.i:                                           ; preds = %B706.i, %B708.i
  %slot_of_v7_low.2.5.i = phi i64 [ %slot_of_v7_low.3.7.i, %B708.i ], [ 0, %B706.i ]
  %slot_of_v7_high.2.5.i = phi i64 [ %slot_of_v7_high.3.7.i, %B708.i ], [ %arg.a3_0, %B706.i ]
  %.1111.i = add nuw nsw i64 %slot_of_v7_high.2.5.i, %slot_of_v7_low.2.5.i
  %.11301929.i = lshr i64 %.1111.i, 1
  %.1184.i = getelementptr i64, ptr %arg.a3, i64 %.11301929.i
  %.1185.i = load i64, ptr %.1184.i, align 8, !noalias !0
  %.1187.i = icmp slt i64 %.1185.i, %.992.i
  %.1198.i = add nuw nsw i64 %.11301929.i, 1
  %slot_of_v7_high.3.7.i = select i1 %.1187.i, i64 %slot_of_v7_high.2.5.i, i64 %.11301929.i
  %slot_of_v7_low.3.7.i = select i1 %.1187.i, i64 %.1198.i, i64 %slot_of_v7_low.2.5.i
  %.1229.i = icmp slt i64 %slot_of_v7_low.3.7.i, %slot_of_v7_high.3.7.i
  br i1 %.1229.i, label %B708.i, label %B852.i

B852.i:                                           ; preds = %B708.i, %B706.i
  %slot_of_v7_low.4.6.i = phi i64 [ 0, %B706.i ], [ %slot_of_v7_low.3.7.i, %B708.i ]
  %.1252.i = icmp slt i64 %slot_of_v7_low.4.6.i, %arg.a3_0
  br i1 %.1252.i, label %B868.i, label %B1017.i

B868.i:                                           ; preds = %B852.i
  %.1283.i = getelementptr i64, ptr %arg.a3, i64 %slot_of_v7_low.4.6.i
  %.1284.i = load i64, ptr %.1283.i, align 8, !noalias !0
  %.1291.i = icmp eq i64 %.1284.i, %.992.i
  br i1 %.1291.i, label %B1013.i, label %B1017.i

B1013.i:                                          ; preds = %B868.i, %B628.i
  %slot.12.43.i = phi i64 [ %slot_of_v7_low.4.6.i, %B868.i ], [ %slot.7.2.i, %B628.i ]
  %.1324.i = mul nsw i64 %slot.12.43.i, %.433.0.i
  %3 = getelementptr i64, ptr %arg.a7, i64 %.1324.i
  %.1360.i = getelementptr i64, ptr %3, i64 %.867.i
  store i64 %.521.i, ptr %.1360.i, align 8, !noalias !0
  br label %B1017.i

B1017.i:                                          ; preds = %B1013.i, %B868.i, %B852.i, %B504.i
  %slot.11.3.i = phi i64 [ %slot.12.43.i, %B1013.i ], [ -1, %B868.i ], [ %slot.7.2.i, %B504.i ], [ -1, %B852.i ]
  %exitcond.not.i = icmp eq i64 %j.2.2.i, %14
  br i1 %exitcond.not.i, label %B1057.i, label %B1029.i

B1029.i:                                          ; preds = %B1017.i
  %.1373.i = add i64 %j.2.2.i, 1
  %.1414.i = icmp slt i64 %j.2.2.i, -1
  %.1415.i = select i1 %.1414.i, i64 %arg.a1_0, i64 0
  %4 = getelementptr i64, ptr %arg.a0, i64 %.1373.i
  %.1429.i = getelementptr i64, ptr %4, i64 %.1415.i
  %.1430.i = load i64, ptr %.1429.i, align 8, !noalias !0
  %.1434.i = icmp eq i64 %.1430.i, %.521.i
  br i1 %.1434.i, label %B460.i, label %B1057.i

B1057.i:                                          ; preds = %B1029.i, %B1017.i, %B420.i
  %slot.10.1.i = phi i64 [ %slot.8.0.i, %B420.i ], [ %slot.11.3.i, %B1017.i ], [ %slot.11.3.i, %B1029.i ]
  %j.3.1.i = phi i64 [ %i.2.0.i, %B420.i ], [ %.1373.i, %B1029.i ], [ %arg.a1_0, %B1017.i ]
  %.1505.i = sub i64 %j.3.1.i, %i.2.0.i
  %.154828.not.i = icmp slt i64 %.1505.i, 1
  br i1 %.154828.not.i, label %B1569.i, label %B1069.if.i

B1119.i:                                          ; preds = %B1069.if.i
  %.1688.i = getelementptr i64, ptr %arg.a3, i64 %slot.9.133.i
  %.1689.i = load i64, ptr %.1688.i, align 8, !noalias !0
  %.1691.i = icmp eq i64 %.1689.i, %.1620.i
  br i1 %.1691.i, label %B1340.i, label %B1162.i

B1162.i:                                          ; preds = %B1069.if.i, %B1119.i
  br i1 %.1102.i, label %B1164.i, label %B1266.i

B1164.i:                                          ; preds = %B1162.i, %B1164.i
  %slot_of_v6_low.2.3.i = phi i64 [ %slot_of_v6_low.3.5.i, %B1164.i ], [ 0, %B1162.i ]
  %slot_of_v6_high.2.3.i = phi i64 [ %slot_of_v6_high.3.5.i, %B1164.i ], [ %arg.a3_0, %B1162.i ]
  %.1739.i = add nuw nsw i64 %slot_of_v6_high.2.3.i, %slot_of_v6_low.2.3.i
  %.17581930.i = lshr i64 %.1739.i, 1
  %.1812.i = getelementptr i64, ptr %arg.a3, i64 %.17581930.i
  %.1813.i = load i64, ptr %.1812.i, align 8, !noalias !0
  %.1815.i = icmp slt i64 %.1813.i, %.1620.i
  %.1826.i = add nuw nsw i64 %.17581930.i, 1
  %slot_of_v6_high.3.5.i = select i1 %.1815.i, i64 %slot_of_v6_high.2.3.i, i64 %.17581930.i
  %slot_of_v6_low.3.5.i = select i1 %.1815.i, i64 %.1826.i, i64 %slot_of_v6_low.2.3.i
  %.1857.i = icmp slt i64 %slot_of_v6_low.3.5.i, %slot_of_v6_high.3.5.i
  br i1 %.1857.i, label %B1164.i, label %B1266.i

B1266.i:                                          ; preds = %B1164.i, %B1162.i
  %slot_of_v6_low.4.4.i = phi i64 [ 0, %B1162.i ], [ %slot_of_v6_low.3.5.i, %B1164.i ]
  %.1880.i = icmp slt i64 %slot_of_v6_low.4.4.i, %arg.a3_0
  br i1 %.1880.i, label %B1278.i, label %B1565.i

B1278.i:                                          ; preds = %B1266.i
  %.1911.i = getelementptr i64, ptr %arg.a3, i64 %slot_of_v6_low.4.4.i
  %.1912.i = load i64, ptr %.1911.i, align 8, !noalias !0
  %.1919.i = icmp eq i64 %.1912.i, %.1620.i
  br i1 %.1919.i, label %B1340.i, label %B1565.i

B1340.i:                                          ; preds = %B1278.i, %B1119.i
  %slot.13.29.i = phi i64 [ %slot.9.133.i, %B1119.i ], [ %slot_of_v6_low.4.4.i, %B1278.i ]
  %5 = getelementptr i64, ptr %arg.a1, i64 %.1492.029.i
  %.1980.i = getelementptr i64, ptr %5, i64 %.1605.i
  %.1981.i = load i64, ptr %.1980.i, align 8, !noalias !0
  %.2097.i = icmp slt i64 %.1981.i, 0
  %.2098.i = select i1 %.2097.i, i64 %arg.a4_1, i64 0
  %.2116.i = mul i64 %slot.13.29.i, %arg.a4_1
  %6 = getelementptr i64, ptr %arg.a4, i64 %.2116.i
  %7 = getelementptr i64, ptr %6, i64 %.1981.i
  %.2120.i = getelementptr i64, ptr %7, i64 %.2098.i
  %.2121.i = load i64, ptr %.2120.i, align 8, !noalias !0
  %.2133.i = icmp slt i64 %.2121.i, 0
  br i1 %.2133.i, label %B1519.i, label %B1345.i

B1345.i:                                          ; preds = %B1340.i
  %8 = getelementptr i64, ptr %arg.a5, i64 %.2116.i
  %9 = getelementptr i64, ptr %8, i64 %.1981.i
  %.2235.i = getelementptr i64, ptr %9, i64 %.2098.i
  %.2236.i = load i64, ptr %.2235.i, align 8, !noalias !0
  %.2251.not.i = icmp slt i64 %.2236.i, %.433.0.i
  %.2305.not.i = icmp slt i64 %written.4.131.i, %.19.i.i
  %or.cond.i = select i1 %.2251.not.i, i1 %.2305.not.i, i1 false
  br i1 %or.cond.i, label %B1389.i, label %_ZN8perfdiff7compute7pairing10dones_intoB2v4B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B1389.i:                                          ; preds = %B1345.i
  %.2345.i = icmp sgt i64 %.2236.i, -1
  br i1 %.2345.i, label %B1451.i, label %B1451.thread.i

B1451.thread.i:                                   ; preds = %B1389.i
  %.244716.i = getelementptr i64, ptr %arg.a8, i64 %written.4.131.i
  store i64 %.1492.029.i, ptr %.244716.i, align 8, !noalias !0
  %.248617.i = getelementptr i64, ptr %arg.a9, i64 %written.4.131.i
  store i64 %.2121.i, ptr %.248617.i, align 8, !noalias !0
  br label %11

B1451.i:                                          ; preds = %B1389.i
  %.2349.i = mul nsw i64 %slot.13.29.i, %.433.0.i
  %.2355.i = add nsw i64 %.2236.i, %.2349.i
  %.2371.i = icmp slt i64 %.2355.i, 0
  %.2372.i = select i1 %.2371.i, i64 %arg.a7_0, i64 0
  %10 = getelementptr i64, ptr %arg.a7, i64 %.2355.i
  %.2386.i = getelementptr i64, ptr %10, i64 %.2372.i
  %.2387.i = load i64, ptr %.2386.i, align 8, !noalias !0
  %.2387.fr.i = freeze i64 %.2387.i
  %.2447.i = getelementptr i64, ptr %arg.a8, i64 %written.4.131.i
  store i64 %.1492.029.i, ptr %.2447.i, align 8, !noalias !0
  %.2486.i = getelementptr i64, ptr %arg.a9, i64 %written.4.131.i
  store i64 %.2121.i, ptr %.2486.i, align 8, !noalias !0
  %.2496.not.i = icmp eq i64 %.2387.fr.i, -9223372036854775808
  br i1 %.2496.not.i, label %11, label %12

11:                                               ; preds = %B1451.i, %B1451.thread.i
  br label %12

12:                                               ; preds = %11, %B1451.i
  %13 = phi i64 [ %.521.i, %11 ], [ %.2387.fr.i, %B1451.i ]
  %.2545.i = getelementptr i64, ptr %arg.a10, i64 %written.4.131.i
  store i64 %13, ptr %.2545.i, align 8, !noalias !0
  %.2555.i = add nuw nsw i64 %written.4.131.i, 1
  br label %B1519.i

B1519.i:                                          ; preds = %12, %B1340.i
  %written.7.3.i = phi i64 [ %.2555.i, %12 ], [ %written.4.131.i, %B1340.i ]
  %.2565.i = icmp slt i64 %written.7.3.i, 0
  br i1 %.2565.i, label %_ZN8perfdiff7compute7pairing10dones_intoB2v4B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit, label %B1565.i

B1565.i:                                          ; preds = %B1519.i, %B1278.i, %B1266.i
  %slot.13.210.i = phi i64 [ %slot.13.29.i, %B1519.i ], [ -1, %B1278.i ], [ -1, %B1266.i ]
  %written.6.2.i = phi i64 [ %written.7.3.i, %B1519.i ], [ %written.4.131.i, %B1278.i ], [ %written.4.131.i, %B1266.i ]
  %.1548.i = icmp samesign ugt i64 %.1495.030.i, 1
  br i1 %.1548.i, label %B1069.if.i, label %B1569.i

B1569.i:                                          ; preds = %B1565.i, %B1057.i
  %written.4.1.lcssa.i = phi i64 [ %written.5.0.i, %B1057.i ], [ %written.6.2.i, %B1565.i ]
  %slot.9.1.lcssa.i = phi i64 [ %slot.10.1.i, %B1057.i ], [ %slot.13.210.i, %B1565.i ]
  %.2684.i = icmp slt i64 %j.3.1.i, %arg.a1_0
  br i1 %.2684.i, label %B358.i, label %_ZN8perfdiff7compute7pairing10dones_intoB2v4B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B314.else.i:                                      ; preds = %B238.i
  %.439.i = icmp ne i64 %arg.a7_0, -9223372036854775808
  %.440.i = icmp ne i64 %arg.a3_0, -1
  %.441.not.i = or i1 %.440.i, %.439.i
  br i1 %.441.not.i, label %B314.else.if.i, label %B314.else.endif.i, !prof !3

B314.else.if.i:                                   ; preds = %B314.else.i
  %.444.i = sdiv i64 %arg.a7_0, %arg.a3_0
  %.445.i = srem i64 %arg.a7_0, %arg.a3_0
  %.446.i = xor i64 %.445.i, %arg.a3_0
  %.447.i = icmp slt i64 %.446.i, 0
  %.448.i = icmp ne i64 %.445.i, 0
  %.449.i = and i1 %.448.i, %.447.i
  %.454.i = sext i1 %.449.i to i64
  %spec.select.i = add i64 %.444.i, %.454.i
  br label %B314.else.endif.i

B314.else.endif.i:                                ; preds = %B314.else.if.i, %B314.else.i
  %.433.0.i = phi i64 [ %spec.select.i, %B314.else.if.i ], [ 0, %B314.else.i ]
  %.484.i = icmp sgt i64 %arg.a1_0, 0
  br i1 %.484.i, label %B358.preheader.i, label %_ZN8perfdiff7compute7pairing10dones_intoB2v4B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B358.preheader.i:                                 ; preds = %B314.else.endif.i
  %.1102.i = icmp sgt i64 %arg.a3_0, 0
  %14 = add nsw i64 %arg.a1_0, -1
  br label %B358.i

B1069.if.i:                                       ; preds = %B1057.i, %B1565.i
  %slot.9.133.i = phi i64 [ %slot.13.210.i, %B1565.i ], [ %slot.10.1.i, %B1057.i ]
  %written.4.131.i = phi i64 [ %written.6.2.i, %B1565.i ], [ %written.5.0.i, %B1057.i ]
  %.1495.030.i = phi i64 [ %.1557.i, %B1565.i ], [ %.1505.i, %B1057.i ]
  %.1492.029.i = phi i64 [ %.1561.i, %B1565.i ], [ %i.2.0.i, %B1057.i ]
  %.1557.i = add nsw i64 %.1495.030.i, -1
  %.1561.i = add i64 %.1492.029.i, 1
  %.1604.i = icmp slt i64 %.1492.029.i, 0
  %.1605.i = select i1 %.1604.i, i64 %arg.a1_0, i64 0
  %15 = getelementptr i64, ptr %arg.a2, i64 %.1492.029.i
  %.1619.i = getelementptr i64, ptr %15, i64 %.1605.i
  %.1620.i = load i64, ptr %.1619.i, align 8, !noalias !0
  %.1641.i = icmp sgt i64 %slot.9.133.i, -1
  %.1655.i = icmp slt i64 %slot.9.133.i, %arg.a3_0
  %or.cond1937.i = select i1 %.1641.i, i1 %.1655.i, i1 false
  br i1 %or.cond1937.i, label %B1119.i, label %B1162.i

_ZN8perfdiff7compute7pairing10dones_intoB2v4B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit: ; preds = %B386.i, %B1569.i, %B460.i, %B532.i, %B1345.i, %B1519.i, %entry, %B68.i, %B238.i, %B314.else.endif.i
  %written.8.1.sink.i = phi i64 [ 0, %B314.else.endif.i ], [ -2, %B68.i ], [ -2, %B460.i ], [ -2, %B1345.i ], [ -2, %entry ], [ -2, %B238.i ], [ -2, %B1519.i ], [ -2, %B532.i ], [ -1, %B386.i ], [ %written.4.1.lcssa.i, %B1569.i ]
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
  call fastcc void @_ZN13_3cdynamic_3e5entryB2v9B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAExx7int8_2ax8int64_2ax8int64_2ax8int32_2ax8uint8_2ax8uint8_2ax8int64_2ax8int64_2axx8int64_2axx8int64_2ax8int64_2ax8int64_2ax8int64_2ax8int64_2ax(ptr %.34, i64 %.1, i64 %.2, ptr %.3, i64 %.4, ptr %.5, i64 %.6, ptr %.7, i64 %.8, ptr %.9, i64 %.10, ptr %.11, i64 %.12, ptr %.13, i64 %.14, ptr %.15, i64 %.16, ptr %.17, i64 %.18, i64 %.19, ptr %.20, i64 %.21, i64 %.22, ptr %.23, i64 %.24, ptr %.25, i64 %.26, ptr %.27, i64 %.28, ptr %.29, i64 %.30, ptr %.31, i64 %.32) #3
  %.48 = load i64, ptr %.34, align 8
  ret i64 %.48
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define internal fastcc void @_ZN13_3cdynamic_3e5entryB2v9B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAExx7int8_2ax8int64_2ax8int64_2ax8int32_2ax8uint8_2ax8uint8_2ax8int64_2ax8int64_2axx8int64_2axx8int64_2ax8int64_2ax8int64_2ax8int64_2ax8int64_2ax(ptr noalias nonnull writeonly captures(none) %retptr, i64 %arg.a0, i64 %arg.a1, ptr readonly captures(none) %arg.a2, i64 %arg.a2_0, ptr readonly captures(none) %arg.a3, i64 %arg.a3_0, ptr readonly captures(none) %arg.a4, i64 %arg.a4_0, ptr readonly captures(none) %arg.a5, i64 %arg.a5_0, ptr readonly captures(none) %arg.a6, i64 %arg.a6_0, ptr readonly captures(none) %arg.a7, i64 %arg.a7_0, ptr readonly captures(none) %arg.a8, i64 %arg.a8_0, ptr readonly captures(none) %arg.a9, i64 %arg.a9_0, i64 %arg.a9_1, ptr readonly captures(none) %arg.a10, i64 %arg.a10_0, i64 %arg.a10_1, ptr readonly captures(none) %arg.a11, i64 %arg.a11_0, ptr captures(none) %arg.a12, i64 %arg.a12_0, ptr writeonly captures(none) %arg.a13, i64 %arg.a13_0, ptr writeonly captures(none) %arg.a14, i64 %arg.a14_0, ptr writeonly captures(none) %arg.a15, i64 %arg.a15_0) unnamed_addr #0 {
entry:
  %.249.i = icmp slt i64 %arg.a0, 0
  %.253.i = icmp sgt i64 %arg.a1, %arg.a4_0
  %or.cond2540.i = select i1 %.249.i, i1 true, i1 %.253.i
  %.265.i = icmp slt i64 %arg.a2_0, %arg.a1
  %or.cond2541.i = select i1 %or.cond2540.i, i1 true, i1 %.265.i
  %.275.i = icmp slt i64 %arg.a3_0, %arg.a1
  %or.cond2542.i = select i1 %or.cond2541.i, i1 true, i1 %.275.i
  %.285.i = icmp slt i64 %arg.a5_0, %arg.a1
  %or.cond2543.i = select i1 %or.cond2542.i, i1 true, i1 %.285.i
  br i1 %or.cond2543.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v13B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIaLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit, label %B136.i

B136.i:                                           ; preds = %entry
  %.295.i = icmp eq i64 %arg.a7_0, %arg.a11_0
  %.298.i = icmp ne i64 %arg.a8_0, 0
  %or.cond.not30.i = select i1 %.295.i, i1 %.298.i, i1 false
  %.316.not.i = icmp eq i64 %arg.a9_0, %arg.a8_0
  %or.cond2544.i = select i1 %or.cond.not30.i, i1 %.316.not.i, i1 false
  %.334.not.i = icmp eq i64 %arg.a9_1, %arg.a11_0
  %or.cond2545.i = select i1 %or.cond2544.i, i1 %.334.not.i, i1 false
  %.352.not.i = icmp eq i64 %arg.a10_0, %arg.a8_0
  %or.cond2546.i = select i1 %or.cond2545.i, i1 %.352.not.i, i1 false
  %.370.not.i = icmp eq i64 %arg.a10_1, %arg.a11_0
  %or.cond2547.i = select i1 %or.cond2546.i, i1 %.370.not.i, i1 false
  br i1 %or.cond2547.i, label %B310.else.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v13B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIaLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B370.i:                                           ; preds = %B370.i.outer, %B556.i
  %i.4.1.i = phi i64 [ %.928.i, %B556.i ], [ %i.4.1.i.ph, %B370.i.outer ]
  %.593.i = getelementptr i8, ptr %arg.a2, i64 %i.4.1.i
  %.594.i = load i8, ptr %.593.i, align 1, !noalias !4
  %.599.i = sext i8 %.594.i to i64
  %.600.i = icmp sgt i8 %.594.i, -1
  %.605.not.i = icmp sgt i64 %arg.a7_0, %.599.i
  %or.cond2548.i = select i1 %.600.i, i1 %.605.not.i, i1 false
  br i1 %or.cond2548.i, label %B410.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v13B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIaLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B410.i:                                           ; preds = %B370.i
  %.636.i = getelementptr i32, ptr %arg.a5, i64 %i.4.1.i
  %.637.i = load i32, ptr %.636.i, align 4, !noalias !4
  %.639.i = icmp sgt i32 %.637.i, -1
  %.638.i = sext i32 %.637.i to i64
  %.680.not.i = icmp sgt i64 %arg.a6_0, %.638.i
  %or.cond2549.i = select i1 %.639.i, i1 %.680.not.i, i1 false
  br i1 %or.cond2549.i, label %B472.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v13B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIaLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B472.i:                                           ; preds = %B410.i
  %.804.i = getelementptr i64, ptr %arg.a11, i64 %.599.i
  %.805.i = load i64, ptr %.804.i, align 8, !noalias !4
  %.806.i = icmp slt i64 %.805.i, 0
  br i1 %.806.i, label %B496.i, label %B520.i

B496.i:                                           ; preds = %B472.i
  %.838.i = getelementptr i8, ptr %arg.a7, i64 %.599.i
  %.839.i = load i8, ptr %.838.i, align 1, !noalias !4
  %.843.i = icmp eq i8 %.839.i, 0
  br i1 %.843.i, label %B556.i, label %B520.i

B520.i:                                           ; preds = %B496.i, %B472.i
  %.907.i = getelementptr i8, ptr %arg.a6, i64 %.638.i
  %.908.i = load i8, ptr %.907.i, align 1, !noalias !4
  %.910.i = icmp eq i8 %.908.i, 0
  br i1 %.910.i, label %B556.i, label %B568.i

B556.i:                                           ; preds = %B520.i, %B496.i
  %.928.i = add nuw nsw i64 %i.4.1.i, 1
  %.555.i = icmp slt i64 %.928.i, %arg.a1
  br i1 %.555.i, label %B370.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v13B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIaLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B568.i:                                           ; preds = %B520.i
  %.963.i = getelementptr i64, ptr %arg.a4, i64 %i.4.1.i
  %.964.i = load i64, ptr %.963.i, align 8, !noalias !4
  %.970.i = icmp slt i64 %.964.i, %previous.2.1.i.ph
  br i1 %.970.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v13B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIaLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit, label %B600.i

B600.i:                                           ; preds = %B568.i
  %.1086.i = icmp slt i64 %i.4.1.i, %arg.a1
  br i1 %.1086.i, label %B620.i, label %B1644.i

B620.i:                                           ; preds = %B600.i, %B1612.i
  %slot.7.2.i = phi i64 [ %slot.13.4.i, %B1612.i ], [ %slot.8.1.i.ph, %B600.i ]
  %j.2.2.i = phi i64 [ %.2061.i, %B1612.i ], [ %i.4.1.i, %B600.i ]
  %.1124.i = getelementptr i8, ptr %arg.a2, i64 %j.2.2.i
  %.1125.i = load i8, ptr %.1124.i, align 1, !noalias !4
  %.1130.i = sext i8 %.1125.i to i64
  %.1131.i = icmp sgt i8 %.1125.i, -1
  %.1136.not.i = icmp sgt i64 %arg.a7_0, %.1130.i
  %or.cond2550.i = select i1 %.1131.i, i1 %.1136.not.i, i1 false
  br i1 %or.cond2550.i, label %B660.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v13B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIaLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B660.i:                                           ; preds = %B620.i
  %.1167.i = getelementptr i32, ptr %arg.a5, i64 %j.2.2.i
  %.1168.i = load i32, ptr %.1167.i, align 4, !noalias !4
  %.1170.i = icmp sgt i32 %.1168.i, -1
  %.1169.i = sext i32 %.1168.i to i64
  %.1211.not.i = icmp sgt i64 %arg.a6_0, %.1169.i
  %or.cond2551.i = select i1 %.1170.i, i1 %.1211.not.i, i1 false
  br i1 %or.cond2551.i, label %B722.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v13B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIaLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B722.i:                                           ; preds = %B660.i
  %.1339.i = getelementptr i64, ptr %arg.a11, i64 %.1130.i
  %.1340.i = load i64, ptr %.1339.i, align 8, !noalias !4
  %.1341.i = icmp sgt i64 %.1340.i, -1
  br i1 %.1341.i, label %B770.i, label %B746.i

B746.i:                                           ; preds = %B722.i
  %.1377.i = getelementptr i8, ptr %arg.a7, i64 %.1130.i
  %.1378.i = load i8, ptr %.1377.i, align 1, !noalias !4
  %.1380.not.i = icmp eq i8 %.1378.i, 0
  br i1 %.1380.not.i, label %B1612.i, label %B770.i

B770.i:                                           ; preds = %B746.i, %B722.i
  %.1445.i = getelementptr i8, ptr %arg.a6, i64 %.1169.i
  %.1446.i = load i8, ptr %.1445.i, align 1, !noalias !4
  %.1448.not.i = icmp eq i8 %.1446.i, 0
  br i1 %.1448.not.i, label %B1612.i, label %B806.i

B806.i:                                           ; preds = %B770.i
  %.1481.i = getelementptr i64, ptr %arg.a4, i64 %j.2.2.i
  %.1482.i = load i64, ptr %.1481.i, align 8, !noalias !4
  %.1484.not.i = icmp eq i64 %.1482.i, %.964.i
  br i1 %.1484.not.i, label %B832.i, label %B1644.i

B832.i:                                           ; preds = %B806.i
  br i1 %.1341.i, label %B860.i, label %B1612.i

B860.i:                                           ; preds = %B832.i
  %.1546.not.i = icmp slt i64 %.1340.i, %.473.0.i
  br i1 %.1546.not.i, label %B876.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v13B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIaLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B876.i:                                           ; preds = %B860.i
  %.1674.i = getelementptr i64, ptr %arg.a3, i64 %j.2.2.i
  %.1675.i = load i64, ptr %.1674.i, align 8, !noalias !4
  %.1696.i = icmp sgt i64 %slot.7.2.i, -1
  %.1710.i = icmp slt i64 %slot.7.2.i, %arg.a8_0
  %or.cond2552.i = select i1 %.1696.i, i1 %.1710.i, i1 false
  br i1 %or.cond2552.i, label %B956.i, label %B1012.i

B956.i:                                           ; preds = %B876.i
  %.1743.i = getelementptr i64, ptr %arg.a8, i64 %slot.7.2.i
  %.1744.i = load i64, ptr %.1743.i, align 8, !noalias !4
  %.1746.i = icmp eq i64 %.1744.i, %.1675.i
  br i1 %.1746.i, label %B1608.i, label %B1012.i

B1012.i:                                          ; preds = %B956.i, %B876.i
  br i1 %.1785.i, label %B1054.i, label %B1214.i

B1054.i:                                          ; preds = %B1012.i, %B1054.i
  %slot_of_v16_low.2.3.i = phi i64 [ %slot_of_v16_low.3.4.i, %B1054.i ], [ 0, %B1012.i ]
  %slot_of_v16_high.2.3.i = phi i64 [ %slot_of_v16_high.3.4.i, %B1054.i ], [ %arg.a8_0, %B1012.i ]
  %.1794.i = add nuw nsw i64 %slot_of_v16_high.2.3.i, %slot_of_v16_low.2.3.i
  %.18132538.i = lshr i64 %.1794.i, 1
  %.1867.i = getelementptr i64, ptr %arg.a8, i64 %.18132538.i
  %.1868.i = load i64, ptr %.1867.i, align 8, !noalias !4
  %.1870.i = icmp slt i64 %.1868.i, %.1675.i
  %.1881.i = add nuw nsw i64 %.18132538.i, 1
  %slot_of_v16_high.3.4.i = select i1 %.1870.i, i64 %slot_of_v16_high.2.3.i, i64 %.18132538.i
  %slot_of_v16_low.3.4.i = select i1 %.1870.i, i64 %.1881.i, i64 %slot_of_v16_low.2.3.i
  %.1912.i = icmp slt i64 %slot_of_v16_low.3.4.i, %slot_of_v16_high.3.4.i
  br i1 %.1912.i, label %B1054.i, label %B1214.i

B1214.i:                                          ; preds = %B1054.i, %B1012.i
  %slot_of_v16_low.4.4.i = phi i64 [ 0, %B1012.i ], [ %slot_of_v16_low.3.4.i, %B1054.i ]
  %.1935.i = icmp slt i64 %slot_of_v16_low.4.4.i, %arg.a8_0
  br i1 %.1935.i, label %B1220.i, label %B1612.i

B1220.i:                                          ; preds = %B1214.i
  %.1966.i = getelementptr i64, ptr %arg.a8, i64 %slot_of_v16_low.4.4.i
  %.1967.i = load i64, ptr %.1966.i, align 8, !noalias !4
  %.1974.i = icmp eq i64 %.1967.i, %.1675.i
  br i1 %.1974.i, label %B1608.i, label %B1612.i

B1608.i:                                          ; preds = %B1220.i, %B956.i
  %slot.14.33.i = phi i64 [ %slot_of_v16_low.4.4.i, %B1220.i ], [ %slot.7.2.i, %B956.i ]
  %.2007.i = mul nsw i64 %slot.14.33.i, %.473.0.i
  %0 = getelementptr i64, ptr %arg.a12, i64 %.2007.i
  %.2043.i = getelementptr i64, ptr %0, i64 %.1340.i
  store i64 %.964.i, ptr %.2043.i, align 8, !noalias !4
  br label %B1612.i

B1612.i:                                          ; preds = %B1608.i, %B1220.i, %B1214.i, %B832.i, %B770.i, %B746.i
  %slot.13.4.i = phi i64 [ %slot.14.33.i, %B1608.i ], [ -1, %B1220.i ], [ %slot.7.2.i, %B832.i ], [ %slot.7.2.i, %B770.i ], [ %slot.7.2.i, %B746.i ], [ -1, %B1214.i ]
  %.2061.i = add i64 %j.2.2.i, 1
  %exitcond.not.i = icmp eq i64 %.2061.i, %arg.a1
  br i1 %exitcond.not.i, label %B1644.i, label %B620.i

B1644.i:                                          ; preds = %B1612.i, %B806.i, %B600.i
  %slot.12.3.i = phi i64 [ %slot.8.1.i.ph, %B600.i ], [ %slot.13.4.i, %B1612.i ], [ %slot.7.2.i, %B806.i ]
  %j.3.3.i = phi i64 [ %i.4.1.i, %B600.i ], [ %arg.a1, %B1612.i ], [ %j.2.2.i, %B806.i ]
  %.2130.i = sub nsw i64 %j.3.3.i, %i.4.1.i
  %.217564.not.i = icmp slt i64 %.2130.i, 1
  br i1 %.217564.not.i, label %B2272.i, label %B1716.if.i

B1732.i:                                          ; preds = %B1716.if.i
  %.2300.i = select i1 %.2230.i, i64 %arg.a5_0, i64 0
  %1 = getelementptr i32, ptr %arg.a5, i64 %.2117.066.i
  %.2314.i = getelementptr i32, ptr %1, i64 %.2300.i
  %.2315.i = load i32, ptr %.2314.i, align 4, !noalias !4
  %.2317.i = sext i32 %.2315.i to i64
  %.2330.i = icmp slt i32 %.2315.i, 0
  %.2331.i = select i1 %.2330.i, i64 %arg.a6_0, i64 0
  %2 = getelementptr i8, ptr %arg.a6, i64 %.2331.i
  %.2345.i = getelementptr i8, ptr %2, i64 %.2317.i
  %.2346.i = load i8, ptr %.2345.i, align 1, !noalias !4
  %.2348.i = icmp eq i8 %.2346.i, 0
  br i1 %.2348.i, label %B2268.i, label %B1772.i

B1772.i:                                          ; preds = %B1732.i
  %.2383.i = select i1 %.2230.i, i64 %arg.a3_0, i64 0
  %3 = getelementptr i64, ptr %arg.a3, i64 %.2117.066.i
  %.2397.i = getelementptr i64, ptr %3, i64 %.2383.i
  %.2398.i = load i64, ptr %.2397.i, align 8, !noalias !4
  %.2419.i = icmp sgt i64 %slot.9.268.i, -1
  %.2433.i = icmp slt i64 %slot.9.268.i, %arg.a8_0
  %or.cond2553.i = select i1 %.2419.i, i1 %.2433.i, i1 false
  br i1 %or.cond2553.i, label %B1820.i, label %B1845.i

B1820.i:                                          ; preds = %B1772.i
  %.2466.i = getelementptr i64, ptr %arg.a8, i64 %slot.9.268.i
  %.2467.i = load i64, ptr %.2466.i, align 8, !noalias !4
  %.2469.i = icmp eq i64 %.2467.i, %.2398.i
  br i1 %.2469.i, label %B2019.i, label %B1845.i

B1845.i:                                          ; preds = %B1820.i, %B1772.i
  br i1 %.1785.i, label %B1865.i, label %B1929.i

B1865.i:                                          ; preds = %B1845.i, %B1865.i
  %slot_of_v15_low.2.3.i = phi i64 [ %slot_of_v15_low.3.4.i, %B1865.i ], [ 0, %B1845.i ]
  %slot_of_v15_high.2.3.i = phi i64 [ %slot_of_v15_high.3.4.i, %B1865.i ], [ %arg.a8_0, %B1845.i ]
  %.2517.i = add nuw nsw i64 %slot_of_v15_high.2.3.i, %slot_of_v15_low.2.3.i
  %.25362539.i = lshr i64 %.2517.i, 1
  %.2590.i = getelementptr i64, ptr %arg.a8, i64 %.25362539.i
  %.2591.i = load i64, ptr %.2590.i, align 8, !noalias !4
  %.2593.i = icmp slt i64 %.2591.i, %.2398.i
  %.2604.i = add nuw nsw i64 %.25362539.i, 1
  %slot_of_v15_high.3.4.i = select i1 %.2593.i, i64 %slot_of_v15_high.2.3.i, i64 %.25362539.i
  %slot_of_v15_low.3.4.i = select i1 %.2593.i, i64 %.2604.i, i64 %slot_of_v15_low.2.3.i
  %.2635.i = icmp slt i64 %slot_of_v15_low.3.4.i, %slot_of_v15_high.3.4.i
  br i1 %.2635.i, label %B1865.i, label %B1929.i

B1929.i:                                          ; preds = %B1865.i, %B1845.i
  %slot_of_v15_low.4.4.i = phi i64 [ 0, %B1845.i ], [ %slot_of_v15_low.3.4.i, %B1865.i ]
  %.2658.i = icmp slt i64 %slot_of_v15_low.4.4.i, %arg.a8_0
  br i1 %.2658.i, label %B1969.i, label %B2268.i

B1969.i:                                          ; preds = %B1929.i
  %.2689.i = getelementptr i64, ptr %arg.a8, i64 %slot_of_v15_low.4.4.i
  %.2690.i = load i64, ptr %.2689.i, align 8, !noalias !4
  %.2697.i = icmp eq i64 %.2690.i, %.2398.i
  br i1 %.2697.i, label %B2019.i, label %B2268.i

B2019.i:                                          ; preds = %B1969.i, %B1820.i
  %slot.11.39.i = phi i64 [ %slot.9.268.i, %B1820.i ], [ %slot_of_v15_low.4.4.i, %B1969.i ]
  %.2869.i = mul i64 %slot.11.39.i, %arg.a7_0
  %4 = getelementptr i64, ptr %arg.a9, i64 %.2869.i
  %5 = getelementptr i64, ptr %4, i64 %.2266.i
  %.2873.i = getelementptr i64, ptr %5, i64 %.2252.i
  %.2874.i = load i64, ptr %.2873.i, align 8, !noalias !4
  %.2884.i = icmp slt i64 %.2874.i, 0
  br i1 %.2884.i, label %B2210.i, label %B2047.i

B2047.i:                                          ; preds = %B2019.i
  %6 = getelementptr i64, ptr %arg.a10, i64 %.2869.i
  %7 = getelementptr i64, ptr %6, i64 %.2266.i
  %.2989.i = getelementptr i64, ptr %7, i64 %.2252.i
  %.2990.i = load i64, ptr %.2989.i, align 8, !noalias !4
  %.3003.not.i = icmp slt i64 %.2990.i, %.473.0.i
  %.3057.not.i = icmp slt i64 %written.4.267.i, %.19.i.i
  %or.cond.i = select i1 %.3003.not.i, i1 %.3057.not.i, i1 false
  br i1 %or.cond.i, label %B2090.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v13B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIaLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B2090.i:                                          ; preds = %B2047.i
  %.3097.i = icmp sgt i64 %.2990.i, -1
  br i1 %.3097.i, label %B2124.i, label %B2124.thread.i

B2124.thread.i:                                   ; preds = %B2090.i
  %.318415.i = icmp slt i64 %written.4.267.i, 0
  %.318516.i = select i1 %.318415.i, i64 %arg.a13_0, i64 0
  %8 = getelementptr i64, ptr %arg.a13, i64 %written.4.267.i
  %.319917.i = getelementptr i64, ptr %8, i64 %.318516.i
  store i64 %.2117.066.i, ptr %.319917.i, align 8, !noalias !4
  %.322418.i = select i1 %.318415.i, i64 %arg.a14_0, i64 0
  %9 = getelementptr i64, ptr %arg.a14, i64 %written.4.267.i
  %.323819.i = getelementptr i64, ptr %9, i64 %.322418.i
  store i64 %.2874.i, ptr %.323819.i, align 8, !noalias !4
  br label %13

B2124.i:                                          ; preds = %B2090.i
  %.3101.i = mul nsw i64 %slot.11.39.i, %.473.0.i
  %.3107.i = add nsw i64 %.2990.i, %.3101.i
  %.3123.i = icmp slt i64 %.3107.i, 0
  %.3124.i = select i1 %.3123.i, i64 %arg.a12_0, i64 0
  %10 = getelementptr i64, ptr %arg.a12, i64 %.3107.i
  %.3138.i = getelementptr i64, ptr %10, i64 %.3124.i
  %.3139.i = load i64, ptr %.3138.i, align 8, !noalias !4
  %.3139.fr.i = freeze i64 %.3139.i
  %.3184.i = icmp slt i64 %written.4.267.i, 0
  %.3185.i = select i1 %.3184.i, i64 %arg.a13_0, i64 0
  %11 = getelementptr i64, ptr %arg.a13, i64 %written.4.267.i
  %.3199.i = getelementptr i64, ptr %11, i64 %.3185.i
  store i64 %.2117.066.i, ptr %.3199.i, align 8, !noalias !4
  %.3224.i = select i1 %.3184.i, i64 %arg.a14_0, i64 0
  %12 = getelementptr i64, ptr %arg.a14, i64 %written.4.267.i
  %.3238.i = getelementptr i64, ptr %12, i64 %.3224.i
  store i64 %.2874.i, ptr %.3238.i, align 8, !noalias !4
  %.3248.not.i = icmp eq i64 %.3139.fr.i, -9223372036854775808
  %spec.select29.i = select i1 %.3248.not.i, i64 %.964.i, i64 %.3139.fr.i
  br label %13

13:                                               ; preds = %B2124.i, %B2124.thread.i
  %.318422.i = phi i1 [ %.3184.i, %B2124.i ], [ %.318415.i, %B2124.thread.i ]
  %14 = phi i64 [ %spec.select29.i, %B2124.i ], [ %.964.i, %B2124.thread.i ]
  %.3283.i = select i1 %.318422.i, i64 %arg.a15_0, i64 0
  %15 = getelementptr i64, ptr %arg.a15, i64 %written.4.267.i
  %.3297.i = getelementptr i64, ptr %15, i64 %.3283.i
  store i64 %14, ptr %.3297.i, align 8, !noalias !4
  %.3307.i = add nsw i64 %written.4.267.i, 1
  br label %B2210.i

B2210.i:                                          ; preds = %13, %B2019.i
  %written.7.3.i = phi i64 [ %.3307.i, %13 ], [ %written.4.267.i, %B2019.i ]
  %.3317.i = icmp slt i64 %written.7.3.i, 0
  br i1 %.3317.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v13B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIaLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit, label %B2268.i

B2268.i:                                          ; preds = %B1716.if.i, %B2210.i, %B1969.i, %B1929.i, %B1732.i
  %written.5.3.i = phi i64 [ %written.4.267.i, %B1716.if.i ], [ %written.4.267.i, %B1732.i ], [ %written.7.3.i, %B2210.i ], [ %written.4.267.i, %B1969.i ], [ %written.4.267.i, %B1929.i ]
  %slot.10.3.i = phi i64 [ %slot.9.268.i, %B1716.if.i ], [ %slot.9.268.i, %B1732.i ], [ %slot.11.39.i, %B2210.i ], [ -1, %B1969.i ], [ -1, %B1929.i ]
  %.2175.i = icmp samesign ugt i64 %.2120.065.i, 1
  br i1 %.2175.i, label %B1716.if.i, label %B2272.i

B2272.i:                                          ; preds = %B2268.i, %B1644.i
  %written.4.2.lcssa.i = phi i64 [ %written.8.1.i.ph, %B1644.i ], [ %written.5.3.i, %B2268.i ]
  %slot.9.2.lcssa.i = phi i64 [ %slot.12.3.i, %B1644.i ], [ %slot.10.3.i, %B2268.i ]
  %.3473.i = icmp slt i64 %j.3.3.i, %arg.a1
  br i1 %.3473.i, label %B370.i.outer, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v13B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIaLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B310.else.i:                                      ; preds = %B136.i
  %.479.i = icmp ne i64 %arg.a12_0, -9223372036854775808
  %.480.i = icmp ne i64 %arg.a8_0, -1
  %.481.not.i = or i1 %.480.i, %.479.i
  br i1 %.481.not.i, label %B310.else.if.i, label %B310.else.endif.i, !prof !3

B310.else.if.i:                                   ; preds = %B310.else.i
  %.484.i = sdiv i64 %arg.a12_0, %arg.a8_0
  %.485.i = srem i64 %arg.a12_0, %arg.a8_0
  %.486.i = xor i64 %.485.i, %arg.a8_0
  %.487.i = icmp slt i64 %.486.i, 0
  %.488.i = icmp ne i64 %.485.i, 0
  %.489.i = and i1 %.488.i, %.487.i
  %.494.i = sext i1 %.489.i to i64
  %spec.select.i = add i64 %.484.i, %.494.i
  br label %B310.else.endif.i

B310.else.endif.i:                                ; preds = %B310.else.if.i, %B310.else.i
  %.473.0.i = phi i64 [ %spec.select.i, %B310.else.if.i ], [ 0, %B310.else.i ]
  %.55570.i = icmp slt i64 %arg.a0, %arg.a1
  br i1 %.55570.i, label %B370.preheader.lr.ph.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v13B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIaLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B370.preheader.lr.ph.i:                           ; preds = %B310.else.endif.i
  %.1785.i = icmp sgt i64 %arg.a8_0, 0
  %.17.i.i = tail call i64 @llvm.smin.i64(i64 %arg.a14_0, i64 %arg.a13_0)
  %.19.i.i = tail call i64 @llvm.smin.i64(i64 %arg.a15_0, i64 %.17.i.i)
  br label %B370.i.outer

B370.i.outer:                                     ; preds = %B370.preheader.lr.ph.i, %B2272.i
  %written.8.1.i.ph = phi i64 [ 0, %B370.preheader.lr.ph.i ], [ %written.4.2.lcssa.i, %B2272.i ]
  %slot.8.1.i.ph = phi i64 [ 0, %B370.preheader.lr.ph.i ], [ %slot.9.2.lcssa.i, %B2272.i ]
  %previous.2.1.i.ph = phi i64 [ -9223372036854775808, %B370.preheader.lr.ph.i ], [ %.964.i, %B2272.i ]
  %i.4.1.i.ph = phi i64 [ %arg.a0, %B370.preheader.lr.ph.i ], [ %j.3.3.i, %B2272.i ]
  br label %B370.i

B1716.if.i:                                       ; preds = %B1644.i, %B2268.i
  %slot.9.268.i = phi i64 [ %slot.10.3.i, %B2268.i ], [ %slot.12.3.i, %B1644.i ]
  %written.4.267.i = phi i64 [ %written.5.3.i, %B2268.i ], [ %written.8.1.i.ph, %B1644.i ]
  %.2117.066.i = phi i64 [ %.2188.i, %B2268.i ], [ %i.4.1.i, %B1644.i ]
  %.2120.065.i = phi i64 [ %.2184.i, %B2268.i ], [ %.2130.i, %B1644.i ]
  %.2184.i = add nsw i64 %.2120.065.i, -1
  %.2188.i = add i64 %.2117.066.i, 1
  %.2230.i = icmp slt i64 %.2117.066.i, 0
  %.2231.i = select i1 %.2230.i, i64 %arg.a2_0, i64 0
  %16 = getelementptr i8, ptr %arg.a2, i64 %.2117.066.i
  %.2245.i = getelementptr i8, ptr %16, i64 %.2231.i
  %.2246.i = load i8, ptr %.2245.i, align 1, !noalias !4
  %.2252.i = sext i8 %.2246.i to i64
  %.2265.i = icmp slt i8 %.2246.i, 0
  %.2266.i = select i1 %.2265.i, i64 %arg.a7_0, i64 0
  %17 = getelementptr i8, ptr %arg.a7, i64 %.2266.i
  %.2280.i = getelementptr i8, ptr %17, i64 %.2252.i
  %.2281.i = load i8, ptr %.2280.i, align 1, !noalias !4
  %.2283.i = icmp eq i8 %.2281.i, 0
  br i1 %.2283.i, label %B2268.i, label %B1732.i

_ZN8perfdiff7compute7pairing16table_dones_intoB3v13B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIaLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit: ; preds = %B556.i, %B370.i, %B410.i, %B568.i, %B2272.i, %B620.i, %B660.i, %B860.i, %B2047.i, %B2210.i, %entry, %B136.i, %B310.else.endif.i
  %written.10.2.sink.i = phi i64 [ 0, %B310.else.endif.i ], [ -2, %entry ], [ -2, %B136.i ], [ -2, %B620.i ], [ -2, %B2047.i ], [ -2, %B2210.i ], [ -2, %B860.i ], [ -2, %B660.i ], [ -2, %B370.i ], [ -2, %B410.i ], [ %written.8.1.i.ph, %B556.i ], [ -1, %B568.i ], [ %written.4.2.lcssa.i, %B2272.i ]
  store i64 %written.10.2.sink.i, ptr %retptr, align 8
  ret void
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define i64 @perfdiff_table_dones_into_i16(i64 %.1, i64 %.2, ptr readonly captures(none) %.3, i64 %.4, ptr readonly captures(none) %.5, i64 %.6, ptr readonly captures(none) %.7, i64 %.8, ptr readonly captures(none) %.9, i64 %.10, ptr readonly captures(none) %.11, i64 %.12, ptr readonly captures(none) %.13, i64 %.14, ptr readonly captures(none) %.15, i64 %.16, ptr readonly captures(none) %.17, i64 %.18, i64 %.19, ptr readonly captures(none) %.20, i64 %.21, i64 %.22, ptr readonly captures(none) %.23, i64 %.24, ptr captures(none) %.25, i64 %.26, ptr writeonly captures(none) %.27, i64 %.28, ptr writeonly captures(none) %.29, i64 %.30, ptr writeonly captures(none) %.31, i64 %.32) local_unnamed_addr #0 {
entry:
  %.34 = alloca i64, align 8
  store i64 0, ptr %.34, align 8
  call fastcc void @_ZN13_3cdynamic_3e5entryB3v17B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAExx8int16_2ax8int64_2ax8int64_2ax8int32_2ax8uint8_2ax8uint8_2ax8int64_2ax8int64_2axx8int64_2axx8int64_2ax8int64_2ax8int64_2ax8int64_2ax8int64_2ax(ptr %.34, i64 %.1, i64 %.2, ptr %.3, i64 %.4, ptr %.5, i64 %.6, ptr %.7, i64 %.8, ptr %.9, i64 %.10, ptr %.11, i64 %.12, ptr %.13, i64 %.14, ptr %.15, i64 %.16, ptr %.17, i64 %.18, i64 %.19, ptr %.20, i64 %.21, i64 %.22, ptr %.23, i64 %.24, ptr %.25, i64 %.26, ptr %.27, i64 %.28, ptr %.29, i64 %.30, ptr %.31, i64 %.32) #3
  %.48 = load i64, ptr %.34, align 8
  ret i64 %.48
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define internal fastcc void @_ZN13_3cdynamic_3e5entryB3v17B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAExx8int16_2ax8int64_2ax8int64_2ax8int32_2ax8uint8_2ax8uint8_2ax8int64_2ax8int64_2axx8int64_2axx8int64_2ax8int64_2ax8int64_2ax8int64_2ax8int64_2ax(ptr noalias nonnull writeonly captures(none) %retptr, i64 %arg.a0, i64 %arg.a1, ptr readonly captures(none) %arg.a2, i64 %arg.a2_0, ptr readonly captures(none) %arg.a3, i64 %arg.a3_0, ptr readonly captures(none) %arg.a4, i64 %arg.a4_0, ptr readonly captures(none) %arg.a5, i64 %arg.a5_0, ptr readonly captures(none) %arg.a6, i64 %arg.a6_0, ptr readonly captures(none) %arg.a7, i64 %arg.a7_0, ptr readonly captures(none) %arg.a8, i64 %arg.a8_0, ptr readonly captures(none) %arg.a9, i64 %arg.a9_0, i64 %arg.a9_1, ptr readonly captures(none) %arg.a10, i64 %arg.a10_0, i64 %arg.a10_1, ptr readonly captures(none) %arg.a11, i64 %arg.a11_0, ptr captures(none) %arg.a12, i64 %arg.a12_0, ptr writeonly captures(none) %arg.a13, i64 %arg.a13_0, ptr writeonly captures(none) %arg.a14, i64 %arg.a14_0, ptr writeonly captures(none) %arg.a15, i64 %arg.a15_0) unnamed_addr #0 {
entry:
  %.249.i = icmp slt i64 %arg.a0, 0
  %.253.i = icmp sgt i64 %arg.a1, %arg.a4_0
  %or.cond2540.i = select i1 %.249.i, i1 true, i1 %.253.i
  %.265.i = icmp slt i64 %arg.a2_0, %arg.a1
  %or.cond2541.i = select i1 %or.cond2540.i, i1 true, i1 %.265.i
  %.275.i = icmp slt i64 %arg.a3_0, %arg.a1
  %or.cond2542.i = select i1 %or.cond2541.i, i1 true, i1 %.275.i
  %.285.i = icmp slt i64 %arg.a5_0, %arg.a1
  %or.cond2543.i = select i1 %or.cond2542.i, i1 true, i1 %.285.i
  br i1 %or.cond2543.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v19B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIsLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit, label %B136.i

B136.i:                                           ; preds = %entry
  %.295.i = icmp eq i64 %arg.a7_0, %arg.a11_0
  %.298.i = icmp ne i64 %arg.a8_0, 0
  %or.cond.not30.i = select i1 %.295.i, i1 %.298.i, i1 false
  %.316.not.i = icmp eq i64 %arg.a9_0, %arg.a8_0
  %or.cond2544.i = select i1 %or.cond.not30.i, i1 %.316.not.i, i1 false
  %.334.not.i = icmp eq i64 %arg.a9_1, %arg.a11_0
  %or.cond2545.i = select i1 %or.cond2544.i, i1 %.334.not.i, i1 false
  %.352.not.i = icmp eq i64 %arg.a10_0, %arg.a8_0
  %or.cond2546.i = select i1 %or.cond2545.i, i1 %.352.not.i, i1 false
  %.370.not.i = icmp eq i64 %arg.a10_1, %arg.a11_0
  %or.cond2547.i = select i1 %or.cond2546.i, i1 %.370.not.i, i1 false
  br i1 %or.cond2547.i, label %B310.else.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v19B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIsLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B370.i:                                           ; preds = %B370.i.outer, %B556.i
  %i.4.1.i = phi i64 [ %.928.i, %B556.i ], [ %i.4.1.i.ph, %B370.i.outer ]
  %.593.i = getelementptr i16, ptr %arg.a2, i64 %i.4.1.i
  %.594.i = load i16, ptr %.593.i, align 2, !noalias !7
  %.599.i = sext i16 %.594.i to i64
  %.600.i = icmp sgt i16 %.594.i, -1
  %.605.not.i = icmp sgt i64 %arg.a7_0, %.599.i
  %or.cond2548.i = select i1 %.600.i, i1 %.605.not.i, i1 false
  br i1 %or.cond2548.i, label %B410.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v19B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIsLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B410.i:                                           ; preds = %B370.i
  %.636.i = getelementptr i32, ptr %arg.a5, i64 %i.4.1.i
  %.637.i = load i32, ptr %.636.i, align 4, !noalias !7
  %.639.i = icmp sgt i32 %.637.i, -1
  %.638.i = sext i32 %.637.i to i64
  %.680.not.i = icmp sgt i64 %arg.a6_0, %.638.i
  %or.cond2549.i = select i1 %.639.i, i1 %.680.not.i, i1 false
  br i1 %or.cond2549.i, label %B472.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v19B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIsLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B472.i:                                           ; preds = %B410.i
  %.804.i = getelementptr i64, ptr %arg.a11, i64 %.599.i
  %.805.i = load i64, ptr %.804.i, align 8, !noalias !7
  %.806.i = icmp slt i64 %.805.i, 0
  br i1 %.806.i, label %B496.i, label %B520.i

B496.i:                                           ; preds = %B472.i
  %.838.i = getelementptr i8, ptr %arg.a7, i64 %.599.i
  %.839.i = load i8, ptr %.838.i, align 1, !noalias !7
  %.843.i = icmp eq i8 %.839.i, 0
  br i1 %.843.i, label %B556.i, label %B520.i

B520.i:                                           ; preds = %B496.i, %B472.i
  %.907.i = getelementptr i8, ptr %arg.a6, i64 %.638.i
  %.908.i = load i8, ptr %.907.i, align 1, !noalias !7
  %.910.i = icmp eq i8 %.908.i, 0
  br i1 %.910.i, label %B556.i, label %B568.i

B556.i:                                           ; preds = %B520.i, %B496.i
  %.928.i = add nuw nsw i64 %i.4.1.i, 1
  %.555.i = icmp slt i64 %.928.i, %arg.a1
  br i1 %.555.i, label %B370.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v19B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIsLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B568.i:                                           ; preds = %B520.i
  %.963.i = getelementptr i64, ptr %arg.a4, i64 %i.4.1.i
  %.964.i = load i64, ptr %.963.i, align 8, !noalias !7
  %.970.i = icmp slt i64 %.964.i, %previous.2.1.i.ph
  br i1 %.970.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v19B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIsLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit, label %B600.i

B600.i:                                           ; preds = %B568.i
  %.1086.i = icmp slt i64 %i.4.1.i, %arg.a1
  br i1 %.1086.i, label %B620.i, label %B2347.i

B620.i:                                           ; preds = %B600.i, %B2315.i
  %slot.7.2.i = phi i64 [ %slot.12.4.i, %B2315.i ], [ %slot.8.1.i.ph, %B600.i ]
  %j.2.2.i = phi i64 [ %.2061.i, %B2315.i ], [ %i.4.1.i, %B600.i ]
  %.1124.i = getelementptr i16, ptr %arg.a2, i64 %j.2.2.i
  %.1125.i = load i16, ptr %.1124.i, align 2, !noalias !7
  %.1130.i = sext i16 %.1125.i to i64
  %.1131.i = icmp sgt i16 %.1125.i, -1
  %.1136.not.i = icmp sgt i64 %arg.a7_0, %.1130.i
  %or.cond2550.i = select i1 %.1131.i, i1 %.1136.not.i, i1 false
  br i1 %or.cond2550.i, label %B660.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v19B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIsLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B660.i:                                           ; preds = %B620.i
  %.1167.i = getelementptr i32, ptr %arg.a5, i64 %j.2.2.i
  %.1168.i = load i32, ptr %.1167.i, align 4, !noalias !7
  %.1170.i = icmp sgt i32 %.1168.i, -1
  %.1169.i = sext i32 %.1168.i to i64
  %.1211.not.i = icmp sgt i64 %arg.a6_0, %.1169.i
  %or.cond2551.i = select i1 %.1170.i, i1 %.1211.not.i, i1 false
  br i1 %or.cond2551.i, label %B722.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v19B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIsLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B722.i:                                           ; preds = %B660.i
  %.1339.i = getelementptr i64, ptr %arg.a11, i64 %.1130.i
  %.1340.i = load i64, ptr %.1339.i, align 8, !noalias !7
  %.1341.i = icmp sgt i64 %.1340.i, -1
  br i1 %.1341.i, label %B770.i, label %B746.i

B746.i:                                           ; preds = %B722.i
  %.1377.i = getelementptr i8, ptr %arg.a7, i64 %.1130.i
  %.1378.i = load i8, ptr %.1377.i, align 1, !noalias !7
  %.1380.not.i = icmp eq i8 %.1378.i, 0
  br i1 %.1380.not.i, label %B2315.i, label %B770.i

B770.i:                                           ; preds = %B746.i, %B722.i
  %.1445.i = getelementptr i8, ptr %arg.a6, i64 %.1169.i
  %.1446.i = load i8, ptr %.1445.i, align 1, !noalias !7
  %.1448.not.i = icmp eq i8 %.1446.i, 0
  br i1 %.1448.not.i, label %B2315.i, label %B806.i

B806.i:                                           ; preds = %B770.i
  %.1481.i = getelementptr i64, ptr %arg.a4, i64 %j.2.2.i
  %.1482.i = load i64, ptr %.1481.i, align 8, !noalias !7
  %.1484.not.i = icmp eq i64 %.1482.i, %.964.i
  br i1 %.1484.not.i, label %B832.i, label %B2347.i

B832.i:                                           ; preds = %B806.i
  br i1 %.1341.i, label %B860.i, label %B2315.i

B860.i:                                           ; preds = %B832.i
  %.1546.not.i = icmp slt i64 %.1340.i, %.473.0.i
  br i1 %.1546.not.i, label %B876.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v19B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIsLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B876.i:                                           ; preds = %B860.i
  %.1674.i = getelementptr i64, ptr %arg.a3, i64 %j.2.2.i
  %.1675.i = load i64, ptr %.1674.i, align 8, !noalias !7
  %.1696.i = icmp sgt i64 %slot.7.2.i, -1
  %.1710.i = icmp slt i64 %slot.7.2.i, %arg.a8_0
  %or.cond2552.i = select i1 %.1696.i, i1 %.1710.i, i1 false
  br i1 %or.cond2552.i, label %B956.i, label %B1012.i

B956.i:                                           ; preds = %B876.i
  %.1743.i = getelementptr i64, ptr %arg.a8, i64 %slot.7.2.i
  %.1744.i = load i64, ptr %.1743.i, align 8, !noalias !7
  %.1746.i = icmp eq i64 %.1744.i, %.1675.i
  br i1 %.1746.i, label %B2311.i, label %B1012.i

B1012.i:                                          ; preds = %B956.i, %B876.i
  br i1 %.1785.i, label %B1054.i, label %B1214.i

B1054.i:                                          ; preds = %B1012.i, %B1054.i
  %slot_of_v22_low.2.3.i = phi i64 [ %slot_of_v22_low.3.4.i, %B1054.i ], [ 0, %B1012.i ]
  %slot_of_v22_high.2.3.i = phi i64 [ %slot_of_v22_high.3.4.i, %B1054.i ], [ %arg.a8_0, %B1012.i ]
  %.1794.i = add nuw nsw i64 %slot_of_v22_high.2.3.i, %slot_of_v22_low.2.3.i
  %.18132538.i = lshr i64 %.1794.i, 1
  %.1867.i = getelementptr i64, ptr %arg.a8, i64 %.18132538.i
  %.1868.i = load i64, ptr %.1867.i, align 8, !noalias !7
  %.1870.i = icmp slt i64 %.1868.i, %.1675.i
  %.1881.i = add nuw nsw i64 %.18132538.i, 1
  %slot_of_v22_high.3.4.i = select i1 %.1870.i, i64 %slot_of_v22_high.2.3.i, i64 %.18132538.i
  %slot_of_v22_low.3.4.i = select i1 %.1870.i, i64 %.1881.i, i64 %slot_of_v22_low.2.3.i
  %.1912.i = icmp slt i64 %slot_of_v22_low.3.4.i, %slot_of_v22_high.3.4.i
  br i1 %.1912.i, label %B1054.i, label %B1214.i

B1214.i:                                          ; preds = %B1054.i, %B1012.i
  %slot_of_v22_low.4.4.i = phi i64 [ 0, %B1012.i ], [ %slot_of_v22_low.3.4.i, %B1054.i ]
  %.1935.i = icmp slt i64 %slot_of_v22_low.4.4.i, %arg.a8_0
  br i1 %.1935.i, label %B1220.i, label %B2315.i

B1220.i:                                          ; preds = %B1214.i
  %.1966.i = getelementptr i64, ptr %arg.a8, i64 %slot_of_v22_low.4.4.i
  %.1967.i = load i64, ptr %.1966.i, align 8, !noalias !7
  %.1974.i = icmp eq i64 %.1967.i, %.1675.i
  br i1 %.1974.i, label %B2311.i, label %B2315.i

B2311.i:                                          ; preds = %B1220.i, %B956.i
  %slot.13.33.i = phi i64 [ %slot_of_v22_low.4.4.i, %B1220.i ], [ %slot.7.2.i, %B956.i ]
  %.2007.i = mul nsw i64 %slot.13.33.i, %.473.0.i
  %0 = getelementptr i64, ptr %arg.a12, i64 %.2007.i
  %.2043.i = getelementptr i64, ptr %0, i64 %.1340.i
  store i64 %.964.i, ptr %.2043.i, align 8, !noalias !7
  br label %B2315.i

B2315.i:                                          ; preds = %B2311.i, %B1220.i, %B1214.i, %B832.i, %B770.i, %B746.i
  %slot.12.4.i = phi i64 [ %slot.13.33.i, %B2311.i ], [ -1, %B1220.i ], [ %slot.7.2.i, %B832.i ], [ %slot.7.2.i, %B770.i ], [ %slot.7.2.i, %B746.i ], [ -1, %B1214.i ]
  %.2061.i = add i64 %j.2.2.i, 1
  %exitcond.not.i = icmp eq i64 %.2061.i, %arg.a1
  br i1 %exitcond.not.i, label %B2347.i, label %B620.i

B2347.i:                                          ; preds = %B2315.i, %B806.i, %B600.i
  %slot.11.3.i = phi i64 [ %slot.8.1.i.ph, %B600.i ], [ %slot.12.4.i, %B2315.i ], [ %slot.7.2.i, %B806.i ]
  %j.3.3.i = phi i64 [ %i.4.1.i, %B600.i ], [ %arg.a1, %B2315.i ], [ %j.2.2.i, %B806.i ]
  %.2130.i = sub nsw i64 %j.3.3.i, %i.4.1.i
  %.217564.not.i = icmp slt i64 %.2130.i, 1
  br i1 %.217564.not.i, label %B2975.i, label %B2419.if.i

B2435.i:                                          ; preds = %B2419.if.i
  %.2300.i = select i1 %.2230.i, i64 %arg.a5_0, i64 0
  %1 = getelementptr i32, ptr %arg.a5, i64 %.2117.066.i
  %.2314.i = getelementptr i32, ptr %1, i64 %.2300.i
  %.2315.i = load i32, ptr %.2314.i, align 4, !noalias !7
  %.2317.i = sext i32 %.2315.i to i64
  %.2330.i = icmp slt i32 %.2315.i, 0
  %.2331.i = select i1 %.2330.i, i64 %arg.a6_0, i64 0
  %2 = getelementptr i8, ptr %arg.a6, i64 %.2331.i
  %.2345.i = getelementptr i8, ptr %2, i64 %.2317.i
  %.2346.i = load i8, ptr %.2345.i, align 1, !noalias !7
  %.2348.i = icmp eq i8 %.2346.i, 0
  br i1 %.2348.i, label %B2971.i, label %B2475.i

B2475.i:                                          ; preds = %B2435.i
  %.2383.i = select i1 %.2230.i, i64 %arg.a3_0, i64 0
  %3 = getelementptr i64, ptr %arg.a3, i64 %.2117.066.i
  %.2397.i = getelementptr i64, ptr %3, i64 %.2383.i
  %.2398.i = load i64, ptr %.2397.i, align 8, !noalias !7
  %.2419.i = icmp sgt i64 %slot.10.268.i, -1
  %.2433.i = icmp slt i64 %slot.10.268.i, %arg.a8_0
  %or.cond2553.i = select i1 %.2419.i, i1 %.2433.i, i1 false
  br i1 %or.cond2553.i, label %B2523.i, label %B2548.i

B2523.i:                                          ; preds = %B2475.i
  %.2466.i = getelementptr i64, ptr %arg.a8, i64 %slot.10.268.i
  %.2467.i = load i64, ptr %.2466.i, align 8, !noalias !7
  %.2469.i = icmp eq i64 %.2467.i, %.2398.i
  br i1 %.2469.i, label %B2722.i, label %B2548.i

B2548.i:                                          ; preds = %B2523.i, %B2475.i
  br i1 %.1785.i, label %B2568.i, label %B2632.i

B2568.i:                                          ; preds = %B2548.i, %B2568.i
  %slot_of_v21_low.2.3.i = phi i64 [ %slot_of_v21_low.3.4.i, %B2568.i ], [ 0, %B2548.i ]
  %slot_of_v21_high.2.3.i = phi i64 [ %slot_of_v21_high.3.4.i, %B2568.i ], [ %arg.a8_0, %B2548.i ]
  %.2517.i = add nuw nsw i64 %slot_of_v21_high.2.3.i, %slot_of_v21_low.2.3.i
  %.25362539.i = lshr i64 %.2517.i, 1
  %.2590.i = getelementptr i64, ptr %arg.a8, i64 %.25362539.i
  %.2591.i = load i64, ptr %.2590.i, align 8, !noalias !7
  %.2593.i = icmp slt i64 %.2591.i, %.2398.i
  %.2604.i = add nuw nsw i64 %.25362539.i, 1
  %slot_of_v21_high.3.4.i = select i1 %.2593.i, i64 %slot_of_v21_high.2.3.i, i64 %.25362539.i
  %slot_of_v21_low.3.4.i = select i1 %.2593.i, i64 %.2604.i, i64 %slot_of_v21_low.2.3.i
  %.2635.i = icmp slt i64 %slot_of_v21_low.3.4.i, %slot_of_v21_high.3.4.i
  br i1 %.2635.i, label %B2568.i, label %B2632.i

B2632.i:                                          ; preds = %B2568.i, %B2548.i
  %slot_of_v21_low.4.4.i = phi i64 [ 0, %B2548.i ], [ %slot_of_v21_low.3.4.i, %B2568.i ]
  %.2658.i = icmp slt i64 %slot_of_v21_low.4.4.i, %arg.a8_0
  br i1 %.2658.i, label %B2672.i, label %B2971.i

B2672.i:                                          ; preds = %B2632.i
  %.2689.i = getelementptr i64, ptr %arg.a8, i64 %slot_of_v21_low.4.4.i
  %.2690.i = load i64, ptr %.2689.i, align 8, !noalias !7
  %.2697.i = icmp eq i64 %.2690.i, %.2398.i
  br i1 %.2697.i, label %B2722.i, label %B2971.i

B2722.i:                                          ; preds = %B2672.i, %B2523.i
  %slot.15.39.i = phi i64 [ %slot.10.268.i, %B2523.i ], [ %slot_of_v21_low.4.4.i, %B2672.i ]
  %.2869.i = mul i64 %slot.15.39.i, %arg.a7_0
  %4 = getelementptr i64, ptr %arg.a9, i64 %.2869.i
  %5 = getelementptr i64, ptr %4, i64 %.2266.i
  %.2873.i = getelementptr i64, ptr %5, i64 %.2252.i
  %.2874.i = load i64, ptr %.2873.i, align 8, !noalias !7
  %.2884.i = icmp slt i64 %.2874.i, 0
  br i1 %.2884.i, label %B2913.i, label %B2750.i

B2750.i:                                          ; preds = %B2722.i
  %6 = getelementptr i64, ptr %arg.a10, i64 %.2869.i
  %7 = getelementptr i64, ptr %6, i64 %.2266.i
  %.2989.i = getelementptr i64, ptr %7, i64 %.2252.i
  %.2990.i = load i64, ptr %.2989.i, align 8, !noalias !7
  %.3003.not.i = icmp slt i64 %.2990.i, %.473.0.i
  %.3057.not.i = icmp slt i64 %written.4.267.i, %.19.i.i
  %or.cond.i = select i1 %.3003.not.i, i1 %.3057.not.i, i1 false
  br i1 %or.cond.i, label %B2793.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v19B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIsLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B2793.i:                                          ; preds = %B2750.i
  %.3097.i = icmp sgt i64 %.2990.i, -1
  br i1 %.3097.i, label %B2827.i, label %B2827.thread.i

B2827.thread.i:                                   ; preds = %B2793.i
  %.318415.i = icmp slt i64 %written.4.267.i, 0
  %.318516.i = select i1 %.318415.i, i64 %arg.a13_0, i64 0
  %8 = getelementptr i64, ptr %arg.a13, i64 %written.4.267.i
  %.319917.i = getelementptr i64, ptr %8, i64 %.318516.i
  store i64 %.2117.066.i, ptr %.319917.i, align 8, !noalias !7
  %.322418.i = select i1 %.318415.i, i64 %arg.a14_0, i64 0
  %9 = getelementptr i64, ptr %arg.a14, i64 %written.4.267.i
  %.323819.i = getelementptr i64, ptr %9, i64 %.322418.i
  store i64 %.2874.i, ptr %.323819.i, align 8, !noalias !7
  br label %13

B2827.i:                                          ; preds = %B2793.i
  %.3101.i = mul nsw i64 %slot.15.39.i, %.473.0.i
  %.3107.i = add nsw i64 %.2990.i, %.3101.i
  %.3123.i = icmp slt i64 %.3107.i, 0
  %.3124.i = select i1 %.3123.i, i64 %arg.a12_0, i64 0
  %10 = getelementptr i64, ptr %arg.a12, i64 %.3107.i
  %.3138.i = getelementptr i64, ptr %10, i64 %.3124.i
  %.3139.i = load i64, ptr %.3138.i, align 8, !noalias !7
  %.3139.fr.i = freeze i64 %.3139.i
  %.3184.i = icmp slt i64 %written.4.267.i, 0
  %.3185.i = select i1 %.3184.i, i64 %arg.a13_0, i64 0
  %11 = getelementptr i64, ptr %arg.a13, i64 %written.4.267.i
  %.3199.i = getelementptr i64, ptr %11, i64 %.3185.i
  store i64 %.2117.066.i, ptr %.3199.i, align 8, !noalias !7
  %.3224.i = select i1 %.3184.i, i64 %arg.a14_0, i64 0
  %12 = getelementptr i64, ptr %arg.a14, i64 %written.4.267.i
  %.3238.i = getelementptr i64, ptr %12, i64 %.3224.i
  store i64 %.2874.i, ptr %.3238.i, align 8, !noalias !7
  %.3248.not.i = icmp eq i64 %.3139.fr.i, -9223372036854775808
  %spec.select29.i = select i1 %.3248.not.i, i64 %.964.i, i64 %.3139.fr.i
  br label %13

13:                                               ; preds = %B2827.i, %B2827.thread.i
  %.318422.i = phi i1 [ %.3184.i, %B2827.i ], [ %.318415.i, %B2827.thread.i ]
  %14 = phi i64 [ %spec.select29.i, %B2827.i ], [ %.964.i, %B2827.thread.i ]
  %.3283.i = select i1 %.318422.i, i64 %arg.a15_0, i64 0
  %15 = getelementptr i64, ptr %arg.a15, i64 %written.4.267.i
  %.3297.i = getelementptr i64, ptr %15, i64 %.3283.i
  store i64 %14, ptr %.3297.i, align 8, !noalias !7
  %.3307.i = add nsw i64 %written.4.267.i, 1
  br label %B2913.i

B2913.i:                                          ; preds = %13, %B2722.i
  %written.9.3.i = phi i64 [ %.3307.i, %13 ], [ %written.4.267.i, %B2722.i ]
  %.3317.i = icmp slt i64 %written.9.3.i, 0
  br i1 %.3317.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v19B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIsLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit, label %B2971.i

B2971.i:                                          ; preds = %B2419.if.i, %B2913.i, %B2672.i, %B2632.i, %B2435.i
  %written.7.3.i = phi i64 [ %written.4.267.i, %B2419.if.i ], [ %written.4.267.i, %B2435.i ], [ %written.9.3.i, %B2913.i ], [ %written.4.267.i, %B2672.i ], [ %written.4.267.i, %B2632.i ]
  %slot.14.3.i = phi i64 [ %slot.10.268.i, %B2419.if.i ], [ %slot.10.268.i, %B2435.i ], [ %slot.15.39.i, %B2913.i ], [ -1, %B2672.i ], [ -1, %B2632.i ]
  %.2175.i = icmp samesign ugt i64 %.2120.065.i, 1
  br i1 %.2175.i, label %B2419.if.i, label %B2975.i

B2975.i:                                          ; preds = %B2971.i, %B2347.i
  %written.4.2.lcssa.i = phi i64 [ %written.5.1.i.ph, %B2347.i ], [ %written.7.3.i, %B2971.i ]
  %slot.10.2.lcssa.i = phi i64 [ %slot.11.3.i, %B2347.i ], [ %slot.14.3.i, %B2971.i ]
  %.3473.i = icmp slt i64 %j.3.3.i, %arg.a1
  br i1 %.3473.i, label %B370.i.outer, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v19B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIsLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B310.else.i:                                      ; preds = %B136.i
  %.479.i = icmp ne i64 %arg.a12_0, -9223372036854775808
  %.480.i = icmp ne i64 %arg.a8_0, -1
  %.481.not.i = or i1 %.480.i, %.479.i
  br i1 %.481.not.i, label %B310.else.if.i, label %B310.else.endif.i, !prof !3

B310.else.if.i:                                   ; preds = %B310.else.i
  %.484.i = sdiv i64 %arg.a12_0, %arg.a8_0
  %.485.i = srem i64 %arg.a12_0, %arg.a8_0
  %.486.i = xor i64 %.485.i, %arg.a8_0
  %.487.i = icmp slt i64 %.486.i, 0
  %.488.i = icmp ne i64 %.485.i, 0
  %.489.i = and i1 %.488.i, %.487.i
  %.494.i = sext i1 %.489.i to i64
  %spec.select.i = add i64 %.484.i, %.494.i
  br label %B310.else.endif.i

B310.else.endif.i:                                ; preds = %B310.else.if.i, %B310.else.i
  %.473.0.i = phi i64 [ %spec.select.i, %B310.else.if.i ], [ 0, %B310.else.i ]
  %.55570.i = icmp slt i64 %arg.a0, %arg.a1
  br i1 %.55570.i, label %B370.preheader.lr.ph.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v19B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIsLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B370.preheader.lr.ph.i:                           ; preds = %B310.else.endif.i
  %.1785.i = icmp sgt i64 %arg.a8_0, 0
  %.17.i.i = tail call i64 @llvm.smin.i64(i64 %arg.a14_0, i64 %arg.a13_0)
  %.19.i.i = tail call i64 @llvm.smin.i64(i64 %arg.a15_0, i64 %.17.i.i)
  br label %B370.i.outer

B370.i.outer:                                     ; preds = %B370.preheader.lr.ph.i, %B2975.i
  %written.5.1.i.ph = phi i64 [ 0, %B370.preheader.lr.ph.i ], [ %written.4.2.lcssa.i, %B2975.i ]
  %slot.8.1.i.ph = phi i64 [ 0, %B370.preheader.lr.ph.i ], [ %slot.10.2.lcssa.i, %B2975.i ]
  %previous.2.1.i.ph = phi i64 [ -9223372036854775808, %B370.preheader.lr.ph.i ], [ %.964.i, %B2975.i ]
  %i.4.1.i.ph = phi i64 [ %arg.a0, %B370.preheader.lr.ph.i ], [ %j.3.3.i, %B2975.i ]
  br label %B370.i

B2419.if.i:                                       ; preds = %B2347.i, %B2971.i
  %slot.10.268.i = phi i64 [ %slot.14.3.i, %B2971.i ], [ %slot.11.3.i, %B2347.i ]
  %written.4.267.i = phi i64 [ %written.7.3.i, %B2971.i ], [ %written.5.1.i.ph, %B2347.i ]
  %.2117.066.i = phi i64 [ %.2188.i, %B2971.i ], [ %i.4.1.i, %B2347.i ]
  %.2120.065.i = phi i64 [ %.2184.i, %B2971.i ], [ %.2130.i, %B2347.i ]
  %.2184.i = add nsw i64 %.2120.065.i, -1
  %.2188.i = add i64 %.2117.066.i, 1
  %.2230.i = icmp slt i64 %.2117.066.i, 0
  %.2231.i = select i1 %.2230.i, i64 %arg.a2_0, i64 0
  %16 = getelementptr i16, ptr %arg.a2, i64 %.2117.066.i
  %.2245.i = getelementptr i16, ptr %16, i64 %.2231.i
  %.2246.i = load i16, ptr %.2245.i, align 2, !noalias !7
  %.2252.i = sext i16 %.2246.i to i64
  %.2265.i = icmp slt i16 %.2246.i, 0
  %.2266.i = select i1 %.2265.i, i64 %arg.a7_0, i64 0
  %17 = getelementptr i8, ptr %arg.a7, i64 %.2266.i
  %.2280.i = getelementptr i8, ptr %17, i64 %.2252.i
  %.2281.i = load i8, ptr %.2280.i, align 1, !noalias !7
  %.2283.i = icmp eq i8 %.2281.i, 0
  br i1 %.2283.i, label %B2971.i, label %B2435.i

_ZN8perfdiff7compute7pairing16table_dones_intoB3v19B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIsLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit: ; preds = %B556.i, %B370.i, %B410.i, %B568.i, %B2975.i, %B620.i, %B660.i, %B860.i, %B2750.i, %B2913.i, %entry, %B136.i, %B310.else.endif.i
  %written.10.2.sink.i = phi i64 [ 0, %B310.else.endif.i ], [ -2, %entry ], [ -2, %B136.i ], [ -2, %B620.i ], [ -2, %B2750.i ], [ -2, %B2913.i ], [ -2, %B860.i ], [ -2, %B660.i ], [ -2, %B370.i ], [ -2, %B410.i ], [ %written.5.1.i.ph, %B556.i ], [ -1, %B568.i ], [ %written.4.2.lcssa.i, %B2975.i ]
  store i64 %written.10.2.sink.i, ptr %retptr, align 8
  ret void
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define i64 @perfdiff_table_dones_into_i32(i64 %.1, i64 %.2, ptr readonly captures(none) %.3, i64 %.4, ptr readonly captures(none) %.5, i64 %.6, ptr readonly captures(none) %.7, i64 %.8, ptr readonly captures(none) %.9, i64 %.10, ptr readonly captures(none) %.11, i64 %.12, ptr readonly captures(none) %.13, i64 %.14, ptr readonly captures(none) %.15, i64 %.16, ptr readonly captures(none) %.17, i64 %.18, i64 %.19, ptr readonly captures(none) %.20, i64 %.21, i64 %.22, ptr readonly captures(none) %.23, i64 %.24, ptr captures(none) %.25, i64 %.26, ptr writeonly captures(none) %.27, i64 %.28, ptr writeonly captures(none) %.29, i64 %.30, ptr writeonly captures(none) %.31, i64 %.32) local_unnamed_addr #0 {
entry:
  %.34 = alloca i64, align 8
  store i64 0, ptr %.34, align 8
  call fastcc void @_ZN13_3cdynamic_3e5entryB3v23B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAExx8int32_2ax8int64_2ax8int64_2ax8int32_2ax8uint8_2ax8uint8_2ax8int64_2ax8int64_2axx8int64_2axx8int64_2ax8int64_2ax8int64_2ax8int64_2ax8int64_2ax(ptr %.34, i64 %.1, i64 %.2, ptr %.3, i64 %.4, ptr %.5, i64 %.6, ptr %.7, i64 %.8, ptr %.9, i64 %.10, ptr %.11, i64 %.12, ptr %.13, i64 %.14, ptr %.15, i64 %.16, ptr %.17, i64 %.18, i64 %.19, ptr %.20, i64 %.21, i64 %.22, ptr %.23, i64 %.24, ptr %.25, i64 %.26, ptr %.27, i64 %.28, ptr %.29, i64 %.30, ptr %.31, i64 %.32) #3
  %.48 = load i64, ptr %.34, align 8
  ret i64 %.48
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define internal fastcc void @_ZN13_3cdynamic_3e5entryB3v23B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAExx8int32_2ax8int64_2ax8int64_2ax8int32_2ax8uint8_2ax8uint8_2ax8int64_2ax8int64_2axx8int64_2axx8int64_2ax8int64_2ax8int64_2ax8int64_2ax8int64_2ax(ptr noalias nonnull writeonly captures(none) %retptr, i64 %arg.a0, i64 %arg.a1, ptr readonly captures(none) %arg.a2, i64 %arg.a2_0, ptr readonly captures(none) %arg.a3, i64 %arg.a3_0, ptr readonly captures(none) %arg.a4, i64 %arg.a4_0, ptr readonly captures(none) %arg.a5, i64 %arg.a5_0, ptr readonly captures(none) %arg.a6, i64 %arg.a6_0, ptr readonly captures(none) %arg.a7, i64 %arg.a7_0, ptr readonly captures(none) %arg.a8, i64 %arg.a8_0, ptr readonly captures(none) %arg.a9, i64 %arg.a9_0, i64 %arg.a9_1, ptr readonly captures(none) %arg.a10, i64 %arg.a10_0, i64 %arg.a10_1, ptr readonly captures(none) %arg.a11, i64 %arg.a11_0, ptr captures(none) %arg.a12, i64 %arg.a12_0, ptr writeonly captures(none) %arg.a13, i64 %arg.a13_0, ptr writeonly captures(none) %arg.a14, i64 %arg.a14_0, ptr writeonly captures(none) %arg.a15, i64 %arg.a15_0) unnamed_addr #0 {
entry:
  %.249.i = icmp slt i64 %arg.a0, 0
  %.253.i = icmp sgt i64 %arg.a1, %arg.a4_0
  %or.cond2540.i = select i1 %.249.i, i1 true, i1 %.253.i
  %.265.i = icmp slt i64 %arg.a2_0, %arg.a1
  %or.cond2541.i = select i1 %or.cond2540.i, i1 true, i1 %.265.i
  %.275.i = icmp slt i64 %arg.a3_0, %arg.a1
  %or.cond2542.i = select i1 %or.cond2541.i, i1 true, i1 %.275.i
  %.285.i = icmp slt i64 %arg.a5_0, %arg.a1
  %or.cond2543.i = select i1 %or.cond2542.i, i1 true, i1 %.285.i
  br i1 %or.cond2543.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v24B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit, label %B136.i

B136.i:                                           ; preds = %entry
  %.295.i = icmp eq i64 %arg.a7_0, %arg.a11_0
  %.298.i = icmp ne i64 %arg.a8_0, 0
  %or.cond.not30.i = select i1 %.295.i, i1 %.298.i, i1 false
  %.316.not.i = icmp eq i64 %arg.a9_0, %arg.a8_0
  %or.cond2544.i = select i1 %or.cond.not30.i, i1 %.316.not.i, i1 false
  %.334.not.i = icmp eq i64 %arg.a9_1, %arg.a11_0
  %or.cond2545.i = select i1 %or.cond2544.i, i1 %.334.not.i, i1 false
  %.352.not.i = icmp eq i64 %arg.a10_0, %arg.a8_0
  %or.cond2546.i = select i1 %or.cond2545.i, i1 %.352.not.i, i1 false
  %.370.not.i = icmp eq i64 %arg.a10_1, %arg.a11_0
  %or.cond2547.i = select i1 %or.cond2546.i, i1 %.370.not.i, i1 false
  br i1 %or.cond2547.i, label %B310.else.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v24B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B370.i:                                           ; preds = %B370.i.outer, %B556.i
  %i.4.1.i = phi i64 [ %.928.i, %B556.i ], [ %i.4.1.i.ph, %B370.i.outer ]
  %.593.i = getelementptr i32, ptr %arg.a2, i64 %i.4.1.i
  %.594.i = load i32, ptr %.593.i, align 4, !noalias !10
  %.599.i = sext i32 %.594.i to i64
  %.600.i = icmp sgt i32 %.594.i, -1
  %.605.not.i = icmp sgt i64 %arg.a7_0, %.599.i
  %or.cond2548.i = select i1 %.600.i, i1 %.605.not.i, i1 false
  br i1 %or.cond2548.i, label %B410.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v24B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B410.i:                                           ; preds = %B370.i
  %.636.i = getelementptr i32, ptr %arg.a5, i64 %i.4.1.i
  %.637.i = load i32, ptr %.636.i, align 4, !noalias !10
  %.639.i = icmp sgt i32 %.637.i, -1
  %.638.i = sext i32 %.637.i to i64
  %.680.not.i = icmp sgt i64 %arg.a6_0, %.638.i
  %or.cond2549.i = select i1 %.639.i, i1 %.680.not.i, i1 false
  br i1 %or.cond2549.i, label %B472.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v24B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B472.i:                                           ; preds = %B410.i
  %.804.i = getelementptr i64, ptr %arg.a11, i64 %.599.i
  %.805.i = load i64, ptr %.804.i, align 8, !noalias !10
  %.806.i = icmp slt i64 %.805.i, 0
  br i1 %.806.i, label %B496.i, label %B520.i

B496.i:                                           ; preds = %B472.i
  %.838.i = getelementptr i8, ptr %arg.a7, i64 %.599.i
  %.839.i = load i8, ptr %.838.i, align 1, !noalias !10
  %.843.i = icmp eq i8 %.839.i, 0
  br i1 %.843.i, label %B556.i, label %B520.i

B520.i:                                           ; preds = %B496.i, %B472.i
  %.907.i = getelementptr i8, ptr %arg.a6, i64 %.638.i
  %.908.i = load i8, ptr %.907.i, align 1, !noalias !10
  %.910.i = icmp eq i8 %.908.i, 0
  br i1 %.910.i, label %B556.i, label %B568.i

B556.i:                                           ; preds = %B520.i, %B496.i
  %.928.i = add nuw nsw i64 %i.4.1.i, 1
  %.555.i = icmp slt i64 %.928.i, %arg.a1
  br i1 %.555.i, label %B370.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v24B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B568.i:                                           ; preds = %B520.i
  %.963.i = getelementptr i64, ptr %arg.a4, i64 %i.4.1.i
  %.964.i = load i64, ptr %.963.i, align 8, !noalias !10
  %.970.i = icmp slt i64 %.964.i, %previous.2.1.i.ph
  br i1 %.970.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v24B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit, label %B600.i

B600.i:                                           ; preds = %B568.i
  %.1086.i = icmp slt i64 %i.4.1.i, %arg.a1
  br i1 %.1086.i, label %B620.i, label %B3050.i

B620.i:                                           ; preds = %B600.i, %B3018.i
  %slot.7.2.i = phi i64 [ %slot.12.4.i, %B3018.i ], [ %slot.8.1.i.ph, %B600.i ]
  %j.2.2.i = phi i64 [ %.2061.i, %B3018.i ], [ %i.4.1.i, %B600.i ]
  %.1124.i = getelementptr i32, ptr %arg.a2, i64 %j.2.2.i
  %.1125.i = load i32, ptr %.1124.i, align 4, !noalias !10
  %.1130.i = sext i32 %.1125.i to i64
  %.1131.i = icmp sgt i32 %.1125.i, -1
  %.1136.not.i = icmp sgt i64 %arg.a7_0, %.1130.i
  %or.cond2550.i = select i1 %.1131.i, i1 %.1136.not.i, i1 false
  br i1 %or.cond2550.i, label %B660.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v24B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B660.i:                                           ; preds = %B620.i
  %.1167.i = getelementptr i32, ptr %arg.a5, i64 %j.2.2.i
  %.1168.i = load i32, ptr %.1167.i, align 4, !noalias !10
  %.1170.i = icmp sgt i32 %.1168.i, -1
  %.1169.i = sext i32 %.1168.i to i64
  %.1211.not.i = icmp sgt i64 %arg.a6_0, %.1169.i
  %or.cond2551.i = select i1 %.1170.i, i1 %.1211.not.i, i1 false
  br i1 %or.cond2551.i, label %B722.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v24B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B722.i:                                           ; preds = %B660.i
  %.1339.i = getelementptr i64, ptr %arg.a11, i64 %.1130.i
  %.1340.i = load i64, ptr %.1339.i, align 8, !noalias !10
  %.1341.i = icmp sgt i64 %.1340.i, -1
  br i1 %.1341.i, label %B770.i, label %B746.i

B746.i:                                           ; preds = %B722.i
  %.1377.i = getelementptr i8, ptr %arg.a7, i64 %.1130.i
  %.1378.i = load i8, ptr %.1377.i, align 1, !noalias !10
  %.1380.not.i = icmp eq i8 %.1378.i, 0
  br i1 %.1380.not.i, label %B3018.i, label %B770.i

B770.i:                                           ; preds = %B746.i, %B722.i
  %.1445.i = getelementptr i8, ptr %arg.a6, i64 %.1169.i
  %.1446.i = load i8, ptr %.1445.i, align 1, !noalias !10
  %.1448.not.i = icmp eq i8 %.1446.i, 0
  br i1 %.1448.not.i, label %B3018.i, label %B806.i

B806.i:                                           ; preds = %B770.i
  %.1481.i = getelementptr i64, ptr %arg.a4, i64 %j.2.2.i
  %.1482.i = load i64, ptr %.1481.i, align 8, !noalias !10
  %.1484.not.i = icmp eq i64 %.1482.i, %.964.i
  br i1 %.1484.not.i, label %B832.i, label %B3050.i

B832.i:                                           ; preds = %B806.i
  br i1 %.1341.i, label %B860.i, label %B3018.i

B860.i:                                           ; preds = %B832.i
  %.1546.not.i = icmp slt i64 %.1340.i, %.473.0.i
  br i1 %.1546.not.i, label %B876.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v24B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B876.i:                                           ; preds = %B860.i
  %.1674.i = getelementptr i64, ptr %arg.a3, i64 %j.2.2.i
  %.1675.i = load i64, ptr %.1674.i, align 8, !noalias !10
  %.1696.i = icmp sgt i64 %slot.7.2.i, -1
  %.1710.i = icmp slt i64 %slot.7.2.i, %arg.a8_0
  %or.cond2552.i = select i1 %.1696.i, i1 %.1710.i, i1 false
  br i1 %or.cond2552.i, label %B956.i, label %B1012.i

B956.i:                                           ; preds = %B876.i
  %.1743.i = getelementptr i64, ptr %arg.a8, i64 %slot.7.2.i
  %.1744.i = load i64, ptr %.1743.i, align 8, !noalias !10
  %.1746.i = icmp eq i64 %.1744.i, %.1675.i
  br i1 %.1746.i, label %B3014.i, label %B1012.i

B1012.i:                                          ; preds = %B956.i, %B876.i
  br i1 %.1785.i, label %B1054.i, label %B1214.i

B1054.i:                                          ; preds = %B1012.i, %B1054.i
  %slot_of_v27_low.2.3.i = phi i64 [ %slot_of_v27_low.3.4.i, %B1054.i ], [ 0, %B1012.i ]
  %slot_of_v27_high.2.3.i = phi i64 [ %slot_of_v27_high.3.4.i, %B1054.i ], [ %arg.a8_0, %B1012.i ]
  %.1794.i = add nuw nsw i64 %slot_of_v27_high.2.3.i, %slot_of_v27_low.2.3.i
  %.18132538.i = lshr i64 %.1794.i, 1
  %.1867.i = getelementptr i64, ptr %arg.a8, i64 %.18132538.i
  %.1868.i = load i64, ptr %.1867.i, align 8, !noalias !10
  %.1870.i = icmp slt i64 %.1868.i, %.1675.i
  %.1881.i = add nuw nsw i64 %.18132538.i, 1
  %slot_of_v27_high.3.4.i = select i1 %.1870.i, i64 %slot_of_v27_high.2.3.i, i64 %.18132538.i
  %slot_of_v27_low.3.4.i = select i1 %.1870.i, i64 %.1881.i, i64 %slot_of_v27_low.2.3.i
  %.1912.i = icmp slt i64 %slot_of_v27_low.3.4.i, %slot_of_v27_high.3.4.i
  br i1 %.1912.i, label %B1054.i, label %B1214.i

B1214.i:                                          ; preds = %B1054.i, %B1012.i
  %slot_of_v27_low.4.4.i = phi i64 [ 0, %B1012.i ], [ %slot_of_v27_low.3.4.i, %B1054.i ]
  %.1935.i = icmp slt i64 %slot_of_v27_low.4.4.i, %arg.a8_0
  br i1 %.1935.i, label %B1220.i, label %B3018.i

B1220.i:                                          ; preds = %B1214.i
  %.1966.i = getelementptr i64, ptr %arg.a8, i64 %slot_of_v27_low.4.4.i
  %.1967.i = load i64, ptr %.1966.i, align 8, !noalias !10
  %.1974.i = icmp eq i64 %.1967.i, %.1675.i
  br i1 %.1974.i, label %B3014.i, label %B3018.i

B3014.i:                                          ; preds = %B1220.i, %B956.i
  %slot.13.33.i = phi i64 [ %slot_of_v27_low.4.4.i, %B1220.i ], [ %slot.7.2.i, %B956.i ]
  %.2007.i = mul nsw i64 %slot.13.33.i, %.473.0.i
  %0 = getelementptr i64, ptr %arg.a12, i64 %.2007.i
  %.2043.i = getelementptr i64, ptr %0, i64 %.1340.i
  store i64 %.964.i, ptr %.2043.i, align 8, !noalias !10
  br label %B3018.i

B3018.i:                                          ; preds = %B3014.i, %B1220.i, %B1214.i, %B832.i, %B770.i, %B746.i
  %slot.12.4.i = phi i64 [ %slot.13.33.i, %B3014.i ], [ -1, %B1220.i ], [ %slot.7.2.i, %B832.i ], [ %slot.7.2.i, %B770.i ], [ %slot.7.2.i, %B746.i ], [ -1, %B1214.i ]
  %.2061.i = add i64 %j.2.2.i, 1
  %exitcond.not.i = icmp eq i64 %.2061.i, %arg.a1
  br i1 %exitcond.not.i, label %B3050.i, label %B620.i

B3050.i:                                          ; preds = %B3018.i, %B806.i, %B600.i
  %slot.11.3.i = phi i64 [ %slot.8.1.i.ph, %B600.i ], [ %slot.12.4.i, %B3018.i ], [ %slot.7.2.i, %B806.i ]
  %j.3.3.i = phi i64 [ %i.4.1.i, %B600.i ], [ %arg.a1, %B3018.i ], [ %j.2.2.i, %B806.i ]
  %.2130.i = sub nsw i64 %j.3.3.i, %i.4.1.i
  %.217564.not.i = icmp slt i64 %.2130.i, 1
  br i1 %.217564.not.i, label %B3678.i, label %B3122.if.i

B3138.i:                                          ; preds = %B3122.if.i
  %.2300.i = select i1 %.2230.i, i64 %arg.a5_0, i64 0
  %1 = getelementptr i32, ptr %arg.a5, i64 %.2117.066.i
  %.2314.i = getelementptr i32, ptr %1, i64 %.2300.i
  %.2315.i = load i32, ptr %.2314.i, align 4, !noalias !10
  %.2317.i = sext i32 %.2315.i to i64
  %.2330.i = icmp slt i32 %.2315.i, 0
  %.2331.i = select i1 %.2330.i, i64 %arg.a6_0, i64 0
  %2 = getelementptr i8, ptr %arg.a6, i64 %.2331.i
  %.2345.i = getelementptr i8, ptr %2, i64 %.2317.i
  %.2346.i = load i8, ptr %.2345.i, align 1, !noalias !10
  %.2348.i = icmp eq i8 %.2346.i, 0
  br i1 %.2348.i, label %B3674.i, label %B3178.i

B3178.i:                                          ; preds = %B3138.i
  %.2383.i = select i1 %.2230.i, i64 %arg.a3_0, i64 0
  %3 = getelementptr i64, ptr %arg.a3, i64 %.2117.066.i
  %.2397.i = getelementptr i64, ptr %3, i64 %.2383.i
  %.2398.i = load i64, ptr %.2397.i, align 8, !noalias !10
  %.2419.i = icmp sgt i64 %slot.10.268.i, -1
  %.2433.i = icmp slt i64 %slot.10.268.i, %arg.a8_0
  %or.cond2553.i = select i1 %.2419.i, i1 %.2433.i, i1 false
  br i1 %or.cond2553.i, label %B3226.i, label %B3251.i

B3226.i:                                          ; preds = %B3178.i
  %.2466.i = getelementptr i64, ptr %arg.a8, i64 %slot.10.268.i
  %.2467.i = load i64, ptr %.2466.i, align 8, !noalias !10
  %.2469.i = icmp eq i64 %.2467.i, %.2398.i
  br i1 %.2469.i, label %B3425.i, label %B3251.i

B3251.i:                                          ; preds = %B3226.i, %B3178.i
  br i1 %.1785.i, label %B3271.i, label %B3335.i

B3271.i:                                          ; preds = %B3251.i, %B3271.i
  %slot_of_v26_low.2.3.i = phi i64 [ %slot_of_v26_low.3.4.i, %B3271.i ], [ 0, %B3251.i ]
  %slot_of_v26_high.2.3.i = phi i64 [ %slot_of_v26_high.3.4.i, %B3271.i ], [ %arg.a8_0, %B3251.i ]
  %.2517.i = add nuw nsw i64 %slot_of_v26_high.2.3.i, %slot_of_v26_low.2.3.i
  %.25362539.i = lshr i64 %.2517.i, 1
  %.2590.i = getelementptr i64, ptr %arg.a8, i64 %.25362539.i
  %.2591.i = load i64, ptr %.2590.i, align 8, !noalias !10
  %.2593.i = icmp slt i64 %.2591.i, %.2398.i
  %.2604.i = add nuw nsw i64 %.25362539.i, 1
  %slot_of_v26_high.3.4.i = select i1 %.2593.i, i64 %slot_of_v26_high.2.3.i, i64 %.25362539.i
  %slot_of_v26_low.3.4.i = select i1 %.2593.i, i64 %.2604.i, i64 %slot_of_v26_low.2.3.i
  %.2635.i = icmp slt i64 %slot_of_v26_low.3.4.i, %slot_of_v26_high.3.4.i
  br i1 %.2635.i, label %B3271.i, label %B3335.i

B3335.i:                                          ; preds = %B3271.i, %B3251.i
  %slot_of_v26_low.4.4.i = phi i64 [ 0, %B3251.i ], [ %slot_of_v26_low.3.4.i, %B3271.i ]
  %.2658.i = icmp slt i64 %slot_of_v26_low.4.4.i, %arg.a8_0
  br i1 %.2658.i, label %B3375.i, label %B3674.i

B3375.i:                                          ; preds = %B3335.i
  %.2689.i = getelementptr i64, ptr %arg.a8, i64 %slot_of_v26_low.4.4.i
  %.2690.i = load i64, ptr %.2689.i, align 8, !noalias !10
  %.2697.i = icmp eq i64 %.2690.i, %.2398.i
  br i1 %.2697.i, label %B3425.i, label %B3674.i

B3425.i:                                          ; preds = %B3375.i, %B3226.i
  %slot.15.39.i = phi i64 [ %slot.10.268.i, %B3226.i ], [ %slot_of_v26_low.4.4.i, %B3375.i ]
  %.2869.i = mul i64 %slot.15.39.i, %arg.a7_0
  %4 = getelementptr i64, ptr %arg.a9, i64 %.2869.i
  %5 = getelementptr i64, ptr %4, i64 %.2266.i
  %.2873.i = getelementptr i64, ptr %5, i64 %.2252.i
  %.2874.i = load i64, ptr %.2873.i, align 8, !noalias !10
  %.2884.i = icmp slt i64 %.2874.i, 0
  br i1 %.2884.i, label %B3616.i, label %B3453.i

B3453.i:                                          ; preds = %B3425.i
  %6 = getelementptr i64, ptr %arg.a10, i64 %.2869.i
  %7 = getelementptr i64, ptr %6, i64 %.2266.i
  %.2989.i = getelementptr i64, ptr %7, i64 %.2252.i
  %.2990.i = load i64, ptr %.2989.i, align 8, !noalias !10
  %.3003.not.i = icmp slt i64 %.2990.i, %.473.0.i
  %.3057.not.i = icmp slt i64 %written.4.267.i, %.19.i.i
  %or.cond.i = select i1 %.3003.not.i, i1 %.3057.not.i, i1 false
  br i1 %or.cond.i, label %B3496.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v24B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B3496.i:                                          ; preds = %B3453.i
  %.3097.i = icmp sgt i64 %.2990.i, -1
  br i1 %.3097.i, label %B3530.i, label %B3530.thread.i

B3530.thread.i:                                   ; preds = %B3496.i
  %.318415.i = icmp slt i64 %written.4.267.i, 0
  %.318516.i = select i1 %.318415.i, i64 %arg.a13_0, i64 0
  %8 = getelementptr i64, ptr %arg.a13, i64 %written.4.267.i
  %.319917.i = getelementptr i64, ptr %8, i64 %.318516.i
  store i64 %.2117.066.i, ptr %.319917.i, align 8, !noalias !10
  %.322418.i = select i1 %.318415.i, i64 %arg.a14_0, i64 0
  %9 = getelementptr i64, ptr %arg.a14, i64 %written.4.267.i
  %.323819.i = getelementptr i64, ptr %9, i64 %.322418.i
  store i64 %.2874.i, ptr %.323819.i, align 8, !noalias !10
  br label %13

B3530.i:                                          ; preds = %B3496.i
  %.3101.i = mul nsw i64 %slot.15.39.i, %.473.0.i
  %.3107.i = add nsw i64 %.2990.i, %.3101.i
  %.3123.i = icmp slt i64 %.3107.i, 0
  %.3124.i = select i1 %.3123.i, i64 %arg.a12_0, i64 0
  %10 = getelementptr i64, ptr %arg.a12, i64 %.3107.i
  %.3138.i = getelementptr i64, ptr %10, i64 %.3124.i
  %.3139.i = load i64, ptr %.3138.i, align 8, !noalias !10
  %.3139.fr.i = freeze i64 %.3139.i
  %.3184.i = icmp slt i64 %written.4.267.i, 0
  %.3185.i = select i1 %.3184.i, i64 %arg.a13_0, i64 0
  %11 = getelementptr i64, ptr %arg.a13, i64 %written.4.267.i
  %.3199.i = getelementptr i64, ptr %11, i64 %.3185.i
  store i64 %.2117.066.i, ptr %.3199.i, align 8, !noalias !10
  %.3224.i = select i1 %.3184.i, i64 %arg.a14_0, i64 0
  %12 = getelementptr i64, ptr %arg.a14, i64 %written.4.267.i
  %.3238.i = getelementptr i64, ptr %12, i64 %.3224.i
  store i64 %.2874.i, ptr %.3238.i, align 8, !noalias !10
  %.3248.not.i = icmp eq i64 %.3139.fr.i, -9223372036854775808
  %spec.select29.i = select i1 %.3248.not.i, i64 %.964.i, i64 %.3139.fr.i
  br label %13

13:                                               ; preds = %B3530.i, %B3530.thread.i
  %.318422.i = phi i1 [ %.3184.i, %B3530.i ], [ %.318415.i, %B3530.thread.i ]
  %14 = phi i64 [ %spec.select29.i, %B3530.i ], [ %.964.i, %B3530.thread.i ]
  %.3283.i = select i1 %.318422.i, i64 %arg.a15_0, i64 0
  %15 = getelementptr i64, ptr %arg.a15, i64 %written.4.267.i
  %.3297.i = getelementptr i64, ptr %15, i64 %.3283.i
  store i64 %14, ptr %.3297.i, align 8, !noalias !10
  %.3307.i = add nsw i64 %written.4.267.i, 1
  br label %B3616.i

B3616.i:                                          ; preds = %13, %B3425.i
  %written.9.3.i = phi i64 [ %.3307.i, %13 ], [ %written.4.267.i, %B3425.i ]
  %.3317.i = icmp slt i64 %written.9.3.i, 0
  br i1 %.3317.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v24B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit, label %B3674.i

B3674.i:                                          ; preds = %B3122.if.i, %B3616.i, %B3375.i, %B3335.i, %B3138.i
  %written.7.3.i = phi i64 [ %written.4.267.i, %B3122.if.i ], [ %written.4.267.i, %B3138.i ], [ %written.9.3.i, %B3616.i ], [ %written.4.267.i, %B3375.i ], [ %written.4.267.i, %B3335.i ]
  %slot.14.3.i = phi i64 [ %slot.10.268.i, %B3122.if.i ], [ %slot.10.268.i, %B3138.i ], [ %slot.15.39.i, %B3616.i ], [ -1, %B3375.i ], [ -1, %B3335.i ]
  %.2175.i = icmp samesign ugt i64 %.2120.065.i, 1
  br i1 %.2175.i, label %B3122.if.i, label %B3678.i

B3678.i:                                          ; preds = %B3674.i, %B3050.i
  %written.4.2.lcssa.i = phi i64 [ %written.5.1.i.ph, %B3050.i ], [ %written.7.3.i, %B3674.i ]
  %slot.10.2.lcssa.i = phi i64 [ %slot.11.3.i, %B3050.i ], [ %slot.14.3.i, %B3674.i ]
  %.3473.i = icmp slt i64 %j.3.3.i, %arg.a1
  br i1 %.3473.i, label %B370.i.outer, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v24B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B310.else.i:                                      ; preds = %B136.i
  %.479.i = icmp ne i64 %arg.a12_0, -9223372036854775808
  %.480.i = icmp ne i64 %arg.a8_0, -1
  %.481.not.i = or i1 %.480.i, %.479.i
  br i1 %.481.not.i, label %B310.else.if.i, label %B310.else.endif.i, !prof !3

B310.else.if.i:                                   ; preds = %B310.else.i
  %.484.i = sdiv i64 %arg.a12_0, %arg.a8_0
  %.485.i = srem i64 %arg.a12_0, %arg.a8_0
  %.486.i = xor i64 %.485.i, %arg.a8_0
  %.487.i = icmp slt i64 %.486.i, 0
  %.488.i = icmp ne i64 %.485.i, 0
  %.489.i = and i1 %.488.i, %.487.i
  %.494.i = sext i1 %.489.i to i64
  %spec.select.i = add i64 %.484.i, %.494.i
  br label %B310.else.endif.i

B310.else.endif.i:                                ; preds = %B310.else.if.i, %B310.else.i
  %.473.0.i = phi i64 [ %spec.select.i, %B310.else.if.i ], [ 0, %B310.else.i ]
  %.55570.i = icmp slt i64 %arg.a0, %arg.a1
  br i1 %.55570.i, label %B370.preheader.lr.ph.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v24B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B370.preheader.lr.ph.i:                           ; preds = %B310.else.endif.i
  %.1785.i = icmp sgt i64 %arg.a8_0, 0
  %.17.i.i = tail call i64 @llvm.smin.i64(i64 %arg.a14_0, i64 %arg.a13_0)
  %.19.i.i = tail call i64 @llvm.smin.i64(i64 %arg.a15_0, i64 %.17.i.i)
  br label %B370.i.outer

B370.i.outer:                                     ; preds = %B370.preheader.lr.ph.i, %B3678.i
  %written.5.1.i.ph = phi i64 [ 0, %B370.preheader.lr.ph.i ], [ %written.4.2.lcssa.i, %B3678.i ]
  %slot.8.1.i.ph = phi i64 [ 0, %B370.preheader.lr.ph.i ], [ %slot.10.2.lcssa.i, %B3678.i ]
  %previous.2.1.i.ph = phi i64 [ -9223372036854775808, %B370.preheader.lr.ph.i ], [ %.964.i, %B3678.i ]
  %i.4.1.i.ph = phi i64 [ %arg.a0, %B370.preheader.lr.ph.i ], [ %j.3.3.i, %B3678.i ]
  br label %B370.i

B3122.if.i:                                       ; preds = %B3050.i, %B3674.i
  %slot.10.268.i = phi i64 [ %slot.14.3.i, %B3674.i ], [ %slot.11.3.i, %B3050.i ]
  %written.4.267.i = phi i64 [ %written.7.3.i, %B3674.i ], [ %written.5.1.i.ph, %B3050.i ]
  %.2117.066.i = phi i64 [ %.2188.i, %B3674.i ], [ %i.4.1.i, %B3050.i ]
  %.2120.065.i = phi i64 [ %.2184.i, %B3674.i ], [ %.2130.i, %B3050.i ]
  %.2184.i = add nsw i64 %.2120.065.i, -1
  %.2188.i = add i64 %.2117.066.i, 1
  %.2230.i = icmp slt i64 %.2117.066.i, 0
  %.2231.i = select i1 %.2230.i, i64 %arg.a2_0, i64 0
  %16 = getelementptr i32, ptr %arg.a2, i64 %.2117.066.i
  %.2245.i = getelementptr i32, ptr %16, i64 %.2231.i
  %.2246.i = load i32, ptr %.2245.i, align 4, !noalias !10
  %.2252.i = sext i32 %.2246.i to i64
  %.2265.i = icmp slt i32 %.2246.i, 0
  %.2266.i = select i1 %.2265.i, i64 %arg.a7_0, i64 0
  %17 = getelementptr i8, ptr %arg.a7, i64 %.2266.i
  %.2280.i = getelementptr i8, ptr %17, i64 %.2252.i
  %.2281.i = load i8, ptr %.2280.i, align 1, !noalias !10
  %.2283.i = icmp eq i8 %.2281.i, 0
  br i1 %.2283.i, label %B3674.i, label %B3138.i

_ZN8perfdiff7compute7pairing16table_dones_intoB3v24B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit: ; preds = %B556.i, %B370.i, %B410.i, %B568.i, %B3678.i, %B620.i, %B660.i, %B860.i, %B3453.i, %B3616.i, %entry, %B136.i, %B310.else.endif.i
  %written.10.2.sink.i = phi i64 [ 0, %B310.else.endif.i ], [ -2, %entry ], [ -2, %B136.i ], [ -2, %B620.i ], [ -2, %B3453.i ], [ -2, %B3616.i ], [ -2, %B860.i ], [ -2, %B660.i ], [ -2, %B370.i ], [ -2, %B410.i ], [ %written.5.1.i.ph, %B556.i ], [ -1, %B568.i ], [ %written.4.2.lcssa.i, %B3678.i ]
  store i64 %written.10.2.sink.i, ptr %retptr, align 8
  ret void
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define i64 @perfdiff_group_begin_order_into(ptr readonly captures(none) %.1, i64 %.2, ptr readonly captures(none) %.3, i64 %.4, ptr readonly captures(none) %.5, i64 %.6, ptr captures(none) %.7, i64 %.8, ptr captures(none) %.9, i64 %.10, i64 %.11) local_unnamed_addr #0 {
entry:
  %.13 = alloca i64, align 8
  store i64 0, ptr %.13, align 8
  call fastcc void @_ZN13_3cdynamic_3e5entryB3v28B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAE8int64_2ax8int64_2ax8int64_2ax8int64_2ax8int64_2axx(ptr %.13, ptr %.1, i64 %.2, ptr %.3, i64 %.4, ptr %.5, i64 %.6, ptr %.7, i64 %.8, ptr %.9, i64 %.10, i64 %.11) #3
  %.27 = load i64, ptr %.13, align 8
  ret i64 %.27
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define internal fastcc void @_ZN13_3cdynamic_3e5entryB3v28B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAE8int64_2ax8int64_2ax8int64_2ax8int64_2ax8int64_2axx(ptr noalias nonnull writeonly captures(none) %retptr, ptr readonly captures(none) %arg.a0, i64 %arg.a0_0, ptr readonly captures(none) %arg.a1, i64 %arg.a1_0, ptr readonly captures(none) %arg.a2, i64 %arg.a2_0, ptr captures(none) %arg.a3, i64 %arg.a3_0, ptr captures(none) %arg.a4, i64 %arg.a4_0, i64 %arg.a5) unnamed_addr #0 {
entry:
  %.95.not.i = icmp eq i64 %arg.a1_0, %arg.a0_0
  %.105.not.i = icmp eq i64 %arg.a2_0, %arg.a0_0
  %or.cond.i = select i1 %.95.not.i, i1 %.105.not.i, i1 false
  %.115.not.i = icmp eq i64 %arg.a4_0, %arg.a0_0
  %or.cond851.i = select i1 %or.cond.i, i1 %.115.not.i, i1 false
  br i1 %or.cond851.i, label %B88.i, label %_ZN8perfdiff7compute7pairing22group_begin_order_intoB3v29B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedEx.exit

B88.i:                                            ; preds = %entry
  %.155.i = add nsw i64 %arg.a3_0, -1
  %.2474.not.i = icmp slt i64 %arg.a3_0, 1
  br i1 %.2474.not.i, label %B164.i, label %B148.if.i.preheader

B148.if.i.preheader:                              ; preds = %B88.i
  %0 = shl nuw i64 %arg.a3_0, 3
  tail call void @llvm.memset.p0.i64(ptr align 8 %arg.a3, i8 0, i64 %0, i1 false), !noalias !13
  br label %B164.i

B164.i:                                           ; preds = %B148.if.i.preheader, %B88.i
  %.4007.not.i = icmp slt i64 %arg.a1_0, 1
  br i1 %.4007.not.i, label %B284.i, label %B194.if.i

B244.i:                                           ; preds = %B194.if.i
  %.413.i = add nuw nsw i64 %.344.08.i, 1
  %1 = getelementptr i64, ptr %arg.a3, i64 %.467.i
  %.547.i = getelementptr i8, ptr %1, i64 8
  %.548.i = load i64, ptr %.547.i, align 8, !noalias !13
  %.549.i = add nsw i64 %.548.i, 1
  store i64 %.549.i, ptr %.547.i, align 8, !noalias !13
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
  br i1 %.66510.i, label %B514.if.i, label %_ZN8perfdiff7compute7pairing22group_begin_order_intoB3v29B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedEx.exit

B514.loopexit.i:                                  ; preds = %B572.i
  %exitcond26.not.i = icmp eq i64 %.1182.i, %storemerge847.i
  br i1 %exitcond26.not.i, label %_ZN8perfdiff7compute7pairing22group_begin_order_intoB3v29B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedEx.exit, label %B514.if.i

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
  %.1524.i = load i64, ptr %.1523.i, align 8, !noalias !13
  %.1542.i = icmp slt i64 %.1524.i, 0
  %.1543.i = select i1 %.1542.i, i64 %arg.a1_0, i64 0
  %3 = getelementptr i64, ptr %arg.a1, i64 %.1524.i
  %.1557.i = getelementptr i64, ptr %3, i64 %.1543.i
  %.1558.i = load i64, ptr %.1557.i, align 8, !noalias !13
  %.1560.i = icmp slt i64 %.1558.i, %.1439.i
  br i1 %.1560.i, label %B778.i, label %B686.i

B686.i:                                           ; preds = %B640.i
  %.1594.i = icmp eq i64 %.1558.i, %.1439.i
  br i1 %.1594.i, label %B710.i, label %B736.i

B710.i:                                           ; preds = %B686.i
  %4 = getelementptr i64, ptr %arg.a2, i64 %.1524.i
  %.1625.i = getelementptr i64, ptr %4, i64 %.1543.i
  %.1626.i = load i64, ptr %.1625.i, align 8, !noalias !13
  %.1628.not.i = icmp sgt i64 %.1626.i, %.1473.i
  br i1 %.1628.not.i, label %B736.i, label %B778.i

B736.i:                                           ; preds = %B710.i, %B686.i
  %.1662.i = icmp slt i64 %u.2.2.i, 0
  %.1663.i = select i1 %.1662.i, i64 %arg.a1_0, i64 0
  %5 = getelementptr i64, ptr %arg.a4, i64 %u.2.2.i
  %.1677.i = getelementptr i64, ptr %5, i64 %.1663.i
  store i64 %.1524.i, ptr %.1677.i, align 8, !noalias !13
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
  store i64 %.1405.i, ptr %.1739.i, align 8, !noalias !13
  %.1747.i = icmp sgt i64 %moves.4.3.i, %arg.a5
  %indvars.iv.next.i = add nuw i64 %indvars.iv.i, 1
  br i1 %.1747.i, label %_ZN8perfdiff7compute7pairing22group_begin_order_intoB3v29B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedEx.exit, label %B572.i

B194.if.i:                                        ; preds = %B164.i, %B244.i
  %.344.08.i = phi i64 [ %.413.i, %B244.i ], [ 0, %B164.i ]
  %7 = getelementptr i64, ptr %arg.a0, i64 %.344.08.i
  %.467.i = load i64, ptr %7, align 8, !noalias !13
  %.472.i = icmp sgt i64 %.467.i, -1
  %.476.not.i = icmp slt i64 %.467.i, %.155.i
  %or.cond852.i = select i1 %.472.i, i1 %.476.not.i, i1 false
  br i1 %or.cond852.i, label %B244.i, label %_ZN8perfdiff7compute7pairing22group_begin_order_intoB3v29B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedEx.exit

B314.if.i:                                        ; preds = %B314.if.i.preheader, %B314.if.i
  %store_forwarded = phi i64 [ %load_initial, %B314.if.i.preheader ], [ %.764.i, %B314.if.i ]
  %.609.011.i = phi i64 [ 0, %B314.if.i.preheader ], [ %.678.i, %B314.if.i ]
  %.678.i = add nuw nsw i64 %.609.011.i, 1
  %8 = getelementptr i64, ptr %arg.a3, i64 %.609.011.i
  %9 = getelementptr i8, ptr %8, i64 8
  %.733.i = load i64, ptr %9, align 8, !noalias !13
  %.764.i = add nsw i64 %store_forwarded, %.733.i
  store i64 %.764.i, ptr %9, align 8, !noalias !13
  %exitcond23.not.i = icmp eq i64 %.678.i, %storemerge847.i
  br i1 %exitcond23.not.i, label %B400.preheader.i, label %B314.if.i

B400.if.i:                                        ; preds = %B400.preheader.i, %B400.if.i
  %.826.014.i = phi i64 [ %.895.i, %B400.if.i ], [ 0, %B400.preheader.i ]
  %.895.i = add nuw nsw i64 %.826.014.i, 1
  %10 = getelementptr i64, ptr %arg.a0, i64 %.826.014.i
  %.949.i = load i64, ptr %10, align 8, !noalias !13
  %.963.i = icmp slt i64 %.949.i, 0
  %.964.i = select i1 %.963.i, i64 %arg.a3_0, i64 0
  %11 = getelementptr i64, ptr %arg.a3, i64 %.949.i
  %.978.i = getelementptr i64, ptr %11, i64 %.964.i
  %.979.i = load i64, ptr %.978.i, align 8, !noalias !13
  %.993.i = icmp slt i64 %.979.i, 0
  %.994.i = select i1 %.993.i, i64 %arg.a1_0, i64 0
  %12 = getelementptr i64, ptr %arg.a4, i64 %.979.i
  %.1008.i = getelementptr i64, ptr %12, i64 %.994.i
  store i64 %.826.014.i, ptr %.1008.i, align 8, !noalias !13
  %.1039.i = load i64, ptr %.978.i, align 8, !noalias !13
  %.1040.i = add nsw i64 %.1039.i, 1
  store i64 %.1040.i, ptr %.978.i, align 8, !noalias !13
  %exitcond24.not.i = icmp eq i64 %arg.a1_0, %.895.i
  br i1 %exitcond24.not.i, label %B514.preheader.i, label %B400.if.i

B514.if.i:                                        ; preds = %B514.preheader.i, %B514.loopexit.i
  %at.2.020.i = phi i64 [ %.1242.i, %B514.loopexit.i ], [ 0, %B514.preheader.i ]
  %moves.5.019.i = phi i64 [ %moves.3.1.i, %B514.loopexit.i ], [ 0, %B514.preheader.i ]
  %.1113.017.i = phi i64 [ %.1182.i, %B514.loopexit.i ], [ 0, %B514.preheader.i ]
  %.1182.i = add nuw nsw i64 %.1113.017.i, 1
  %13 = getelementptr i64, ptr %arg.a3, i64 %.1113.017.i
  %.1242.i = load i64, ptr %13, align 8, !noalias !13
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
  %.1405.i = load i64, ptr %.1404.i, align 8, !noalias !13
  %.1423.i = icmp slt i64 %.1405.i, 0
  %.1424.i = select i1 %.1423.i, i64 %arg.a1_0, i64 0
  %16 = getelementptr i64, ptr %arg.a1, i64 %.1405.i
  %.1438.i = getelementptr i64, ptr %16, i64 %.1424.i
  %.1439.i = load i64, ptr %.1438.i, align 8, !noalias !13
  %17 = getelementptr i64, ptr %arg.a2, i64 %.1405.i
  %.1472.i = getelementptr i64, ptr %17, i64 %.1424.i
  %.1473.i = load i64, ptr %.1472.i, align 8, !noalias !13
  %.1484.i = icmp sgt i64 %.1272.0.i, %at.2.020.i
  br i1 %.1484.i, label %B640.preheader.i, label %B778.i

B640.preheader.i:                                 ; preds = %B572.if.i
  %18 = add i64 %moves.3.1.i, %indvars.iv.i
  br label %B640.i

_ZN8perfdiff7compute7pairing22group_begin_order_intoB3v29B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedEx.exit: ; preds = %B194.if.i, %B514.loopexit.i, %B778.i, %entry, %B514.preheader.i
  %.sink.i = phi i64 [ 0, %B514.preheader.i ], [ -1, %B778.i ], [ -2, %entry ], [ 0, %B514.loopexit.i ], [ -2, %B194.if.i ]
  store i64 %.sink.i, ptr %retptr, align 8
  ret void
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define i64 @perfdiff_shares_into(ptr readonly captures(none) %.1, i64 %.2, ptr readonly captures(none) %.3, i64 %.4, ptr readonly captures(none) %.5, i64 %.6, ptr readonly captures(none) %.7, i64 %.8, ptr readonly captures(none) %.9, i64 %.10, ptr writeonly captures(none) %.11, i64 %.12) local_unnamed_addr #0 {
entry:
  %.14 = alloca i64, align 8
  store i64 0, ptr %.14, align 8
  call fastcc void @_ZN13_3cdynamic_3e5entryB3v30B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAE8int64_2ax8int64_2ax8int64_2ax8int64_2ax10float64_2ax10float64_2ax(ptr %.14, ptr %.1, i64 %.2, ptr %.3, i64 %.4, ptr %.5, i64 %.6, ptr %.7, i64 %.8, ptr %.9, i64 %.10, ptr %.11, i64 %.12) #3
  %.28 = load i64, ptr %.14, align 8
  ret i64 %.28
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define internal fastcc void @_ZN13_3cdynamic_3e5entryB3v30B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAE8int64_2ax8int64_2ax8int64_2ax8int64_2ax10float64_2ax10float64_2ax(ptr noalias nonnull writeonly captures(none) %retptr, ptr readonly captures(none) %arg.a0, i64 %arg.a0_0, ptr readonly captures(none) %arg.a1, i64 %arg.a1_0, ptr readonly captures(none) %arg.a2, i64 %arg.a2_0, ptr readonly captures(none) %arg.a3, i64 %arg.a3_0, ptr readonly captures(none) %arg.a4, i64 %arg.a4_0, ptr writeonly captures(none) %arg.a5, i64 %arg.a5_0) unnamed_addr #0 {
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
  br i1 %or.cond794.i, label %B132.i, label %_ZN8perfdiff7compute7pairing11shares_intoB3v32B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE.exit

B132.i:                                           ; preds = %entry
  %spec.select2.i = tail call i64 @llvm.smax.i64(i64 %arg.a1_0, i64 0)
  br label %B162.i

B162.i:                                           ; preds = %B162.if.i, %B132.i
  %.206.0.i = phi i64 [ 0, %B132.i ], [ %.277.i, %B162.if.i ]
  %exitcond.not.i = icmp eq i64 %.206.0.i, %spec.select2.i
  br i1 %exitcond.not.i, label %B222.i, label %B162.if.i

B222.i:                                           ; preds = %B162.i
  %.424.i = icmp sgt i64 %arg.a1_0, 0
  br i1 %.424.i, label %B280.i, label %_ZN8perfdiff7compute7pairing11shares_intoB3v32B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE.exit

B280.i:                                           ; preds = %B222.i, %B962.i
  %reach.4.0.i = phi i64 [ %reach.5.2.i, %B962.i ], [ 0, %B222.i ]
  %t.4.0.i = phi i64 [ %t.5.2.i, %B962.i ], [ 0, %B222.i ]
  %.447.i = icmp slt i64 %t.4.0.i, 0
  %.448.i = select i1 %.447.i, i64 %arg.a1_0, i64 0
  %0 = getelementptr i64, ptr %arg.a0, i64 %t.4.0.i
  %.462.i = getelementptr i64, ptr %0, i64 %.448.i
  %.463.i = load i64, ptr %.462.i, align 8, !noalias !16
  %.468.i = icmp eq i64 %t.4.0.i, 0
  br i1 %.468.i, label %B366.i, label %B312.i

B312.i:                                           ; preds = %B280.i
  %.484.i = icmp slt i64 %.463.i, 0
  %.485.i = select i1 %.484.i, i64 %arg.a1_0, i64 0
  %1 = getelementptr i64, ptr %arg.a1, i64 %.463.i
  %.499.i = getelementptr i64, ptr %1, i64 %.485.i
  %.500.i = load i64, ptr %.499.i, align 8, !noalias !16
  %.516.inv.i = icmp sgt i64 %t.4.0.i, 0
  %.517.i = select i1 %.516.inv.i, i64 0, i64 %arg.a1_0
  %2 = getelementptr i8, ptr %0, i64 -8
  %.531.i = getelementptr i64, ptr %2, i64 %.517.i
  %.532.i = load i64, ptr %.531.i, align 8, !noalias !16
  %.546.i = icmp slt i64 %.532.i, 0
  %.547.i = select i1 %.546.i, i64 %arg.a1_0, i64 0
  %3 = getelementptr i64, ptr %arg.a1, i64 %.532.i
  %.561.i = getelementptr i64, ptr %3, i64 %.547.i
  %.562.i = load i64, ptr %.561.i, align 8, !noalias !16
  %.563.not.i = icmp eq i64 %.500.i, %.562.i
  br i1 %.563.not.i, label %B384.i, label %B366.i

B366.i:                                           ; preds = %B280.i, %B312.i
  %.581.i = icmp slt i64 %.463.i, 0
  %.582.i = select i1 %.581.i, i64 %arg.a1_0, i64 0
  %4 = getelementptr i64, ptr %arg.a3, i64 %.463.i
  %.596.i = getelementptr i64, ptr %4, i64 %.582.i
  %.597.i = load i64, ptr %.596.i, align 8, !noalias !16
  br label %B424.i

B384.i:                                           ; preds = %B312.i
  %5 = getelementptr i64, ptr %arg.a3, i64 %.463.i
  %.634.i = getelementptr i64, ptr %5, i64 %.485.i
  %.635.i = load i64, ptr %.634.i, align 8, !noalias !16
  %spec.select.i = tail call i64 @llvm.smax.i64(i64 %.635.i, i64 %reach.4.0.i)
  br label %B424.i

B424.i:                                           ; preds = %B384.i, %B366.i
  %.700.i.pre-phi = phi i64 [ %.485.i, %B384.i ], [ %.582.i, %B366.i ]
  %reach.6.1.i = phi i64 [ %spec.select.i, %B384.i ], [ %.597.i, %B366.i ]
  %6 = getelementptr i64, ptr %arg.a2, i64 %.463.i
  %.714.i = getelementptr i64, ptr %6, i64 %.700.i.pre-phi
  %.715.i = load i64, ptr %.714.i, align 8, !noalias !16
  %7 = getelementptr i64, ptr %arg.a3, i64 %.463.i
  %.745.i = getelementptr i64, ptr %7, i64 %.700.i.pre-phi
  %.746.i = load i64, ptr %.745.i, align 8, !noalias !16
  %8 = getelementptr double, ptr %arg.a4, i64 %.463.i
  %.788.i = getelementptr double, ptr %8, i64 %.700.i.pre-phi
  %.789.i = load double, ptr %.788.i, align 8, !noalias !16
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
  %.854.i = load i64, ptr %.853.i, align 8, !noalias !16
  %.872.i = icmp slt i64 %.854.i, 0
  %.873.i = select i1 %.872.i, i64 %arg.a1_0, i64 0
  %10 = getelementptr i64, ptr %arg.a1, i64 %.854.i
  %.887.i = getelementptr i64, ptr %10, i64 %.873.i
  %.888.i = load i64, ptr %.887.i, align 8, !noalias !16
  %.904.inv.i = icmp sgt i64 %t.6.1.i, 0
  %.905.i = select i1 %.904.inv.i, i64 0, i64 %arg.a1_0
  %11 = getelementptr i8, ptr %9, i64 -8
  %.919.i = getelementptr i64, ptr %11, i64 %.905.i
  %.920.i = load i64, ptr %.919.i, align 8, !noalias !16
  %.934.i = icmp slt i64 %.920.i, 0
  %.935.i = select i1 %.934.i, i64 %arg.a1_0, i64 0
  %12 = getelementptr i64, ptr %arg.a1, i64 %.920.i
  %.949.i = getelementptr i64, ptr %12, i64 %.935.i
  %.950.i = load i64, ptr %.949.i, align 8, !noalias !16
  %.951.not.i = icmp eq i64 %.888.i, %.950.i
  br i1 %.951.not.i, label %B564.i, label %B754.i

B564.i:                                           ; preds = %B494.i
  %13 = getelementptr i64, ptr %arg.a2, i64 %.854.i
  %.982.i = getelementptr i64, ptr %13, i64 %.873.i
  %.983.i = load i64, ptr %.982.i, align 8, !noalias !16
  %.985.not.i = icmp slt i64 %.983.i, %reach.7.1.i
  br i1 %.985.not.i, label %B590.i, label %B754.i

B590.i:                                           ; preds = %B564.i
  %14 = getelementptr i64, ptr %arg.a3, i64 %.854.i
  %.1048.i = getelementptr i64, ptr %14, i64 %.873.i
  %.1049.i = load i64, ptr %.1048.i, align 8, !noalias !16
  %spec.select796.i = tail call i64 @llvm.smax.i64(i64 %.1049.i, i64 %reach.7.1.i)
  %low.3.2.i = tail call i64 @llvm.smin.i64(i64 %.983.i, i64 %low.2.1.i)
  %high.3.2.i = tail call i64 @llvm.smax.i64(i64 %.1049.i, i64 %high.2.1.i)
  %15 = getelementptr double, ptr %arg.a4, i64 %.854.i
  %.1290.i = getelementptr double, ptr %15, i64 %.873.i
  %.1291.i = load double, ptr %.1290.i, align 8, !noalias !16
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
  %.1492.us.i = load i64, ptr %.1491.us.i, align 8, !noalias !16
  %.1514.us.i = icmp slt i64 %.1492.us.i, 0
  %.1515.us.i = select i1 %.1514.us.i, i64 %arg.a1_0, i64 0
  %17 = getelementptr double, ptr %arg.a4, i64 %.1492.us.i
  %.1529.us.i = getelementptr double, ptr %17, i64 %.1515.us.i
  %.1530.us.i = load double, ptr %.1529.us.i, align 8, !noalias !16
  %.1535.us.i = fdiv double %.1530.us.i, %total.3.2.i
  %"$phi952.1.2.2.us.i" = fmul double %.1535.us.i, %.1331.i
  %18 = getelementptr double, ptr %arg.a5, i64 %.1492.us.i
  %.1582.us.i = getelementptr double, ptr %18, i64 %.1515.us.i
  store double %"$phi952.1.2.2.us.i", ptr %.1582.us.i, align 8, !noalias !16
  %.1425.us.i = icmp samesign ugt i64 %.1372.06.us.i, 1
  br i1 %.1425.us.i, label %B878.if.us.i, label %B962.i

B878.if.lr.ph.split.i:                            ; preds = %B878.if.lr.ph.i
  %.1338.i = uitofp nneg i64 %.1337.i to double
  %.1546.i = fdiv double 1.000000e+00, %.1338.i
  %"$phi952.1.2.2.i" = fmul double %.1546.i, %.1331.i
  br label %B878.if.i

B962.i:                                           ; preds = %B878.if.i, %B878.if.us.i, %B754.i
  %.1609.i = icmp slt i64 %t.5.2.i, %arg.a1_0
  br i1 %.1609.i, label %B280.i, label %_ZN8perfdiff7compute7pairing11shares_intoB3v32B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE.exit

B162.if.i:                                        ; preds = %B162.i
  %.277.i = add nuw i64 %.206.0.i, 1
  %19 = getelementptr i64, ptr %arg.a0, i64 %.206.0.i
  %.335.i = load i64, ptr %19, align 8, !noalias !16
  %.336.i = icmp sgt i64 %.335.i, -1
  %.372.not.i = icmp slt i64 %.335.i, %arg.a1_0
  %or.cond795.i = and i1 %.336.i, %.372.not.i
  br i1 %or.cond795.i, label %B162.i, label %_ZN8perfdiff7compute7pairing11shares_intoB3v32B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE.exit

B878.if.i:                                        ; preds = %B878.if.i, %B878.if.lr.ph.split.i
  %.1372.06.i = phi i64 [ %spec.select3.i, %B878.if.lr.ph.split.i ], [ %.1434.i, %B878.if.i ]
  %.1369.05.i = phi i64 [ %t.4.0.i, %B878.if.lr.ph.split.i ], [ %.1438.i, %B878.if.i ]
  %.1434.i = add nsw i64 %.1372.06.i, -1
  %.1438.i = add i64 %.1369.05.i, 1
  %.1476.i = icmp slt i64 %.1369.05.i, 0
  %.1477.i = select i1 %.1476.i, i64 %arg.a1_0, i64 0
  %20 = getelementptr i64, ptr %arg.a0, i64 %.1369.05.i
  %.1491.i = getelementptr i64, ptr %20, i64 %.1477.i
  %.1492.i = load i64, ptr %.1491.i, align 8, !noalias !16
  %.1567.i = icmp slt i64 %.1492.i, 0
  %.1568.i = select i1 %.1567.i, i64 %arg.a1_0, i64 0
  %21 = getelementptr double, ptr %arg.a5, i64 %.1492.i
  %.1582.i = getelementptr double, ptr %21, i64 %.1568.i
  store double %"$phi952.1.2.2.i", ptr %.1582.i, align 8, !noalias !16
  %.1425.i = icmp samesign ugt i64 %.1372.06.i, 1
  br i1 %.1425.i, label %B878.if.i, label %B962.i

_ZN8perfdiff7compute7pairing11shares_intoB3v32B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE.exit: ; preds = %B162.if.i, %B962.i, %entry, %B222.i
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
!3 = !{!"branch_weights", i32 99, i32 1}
!4 = !{!5}
!5 = distinct !{!5, !6, !"_ZN8perfdiff7compute7pairing16table_dones_intoB3v13B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIaLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE: %retptr"}
!6 = distinct !{!6, !"_ZN8perfdiff7compute7pairing16table_dones_intoB3v13B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIaLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE"}
!7 = !{!8}
!8 = distinct !{!8, !9, !"_ZN8perfdiff7compute7pairing16table_dones_intoB3v19B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIsLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE: %retptr"}
!9 = distinct !{!9, !"_ZN8perfdiff7compute7pairing16table_dones_intoB3v19B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIsLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE"}
!10 = !{!11}
!11 = distinct !{!11, !12, !"_ZN8perfdiff7compute7pairing16table_dones_intoB3v24B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE: %retptr"}
!12 = distinct !{!12, !"_ZN8perfdiff7compute7pairing16table_dones_intoB3v24B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE"}
!13 = !{!14}
!14 = distinct !{!14, !15, !"_ZN8perfdiff7compute7pairing22group_begin_order_intoB3v29B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedEx: %retptr"}
!15 = distinct !{!15, !"_ZN8perfdiff7compute7pairing22group_begin_order_intoB3v29B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedEx"}
!16 = !{!17}
!17 = distinct !{!17, !18, !"_ZN8perfdiff7compute7pairing11shares_intoB3v32B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE: %retptr"}
!18 = distinct !{!18, !"_ZN8perfdiff7compute7pairing11shares_intoB3v32B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE"}
