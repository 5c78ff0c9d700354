; perfdiff kernels of perfdiff.compute.pairing: LLVM IR generated from its source by
; python -m perfdiff.compute.native_build (numba 0.68.1, LLVM 22.1.0). Do not edit: edit the source and regenerate.
; source-sha256: 6c9490dcd0922e707374a259c67a171b5334da913159b7edd7743426cfcea5df

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define internal fastcc void @_ZN13_3cdynamic_3e5entryB2v1B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAE8int64_2ax8int64_2ax8int64_2ax8int64_2ax8int64_2axx8int64_2axx8int64_2ax8int64_2ax8int64_2ax8int64_2ax8int64_2ax(ptr noalias nonnull writeonly captures(none) %retptr, ptr readonly captures(none) %arg.a0, i64 %arg.a0_0, ptr readonly captures(none) %arg.a1, i64 %arg.a1_0, ptr readonly captures(none) %arg.a2, i64 %arg.a2_0, ptr readonly captures(none) %arg.a3, i64 %arg.a3_0, ptr readonly captures(none) %arg.a4, i64 %arg.a4_0, i64 %arg.a4_1, ptr readonly captures(none) %arg.a5, i64 %arg.a5_0, i64 %arg.a5_1, ptr readonly captures(none) %arg.a6, i64 %arg.a6_0, ptr captures(none) %arg.a7, i64 %arg.a7_0, ptr writeonly captures(none) %arg.a8, i64 %arg.a8_0, ptr writeonly captures(none) %arg.a9, i64 %arg.a9_0, ptr writeonly captures(none) %arg.a10, i64 %arg.a10_0) unnamed_addr #0 {
entry:
  %.208.not.i = icmp eq i64 %arg.a1_0, %arg.a0_0
  br i1 %.208.not.i, label %B68.i, label %_ZN8perfdiff7compute7pairing10dones_intoB2v4B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B68.i:                                            ; preds = %entry
  %.218.i = icmp eq i64 %arg.a2_0, %arg.a1_0
  %.221.i = icmp ne i64 %arg.a3_0, 0
  %or.cond.not27.i = select i1 %.218.i, i1 %.221.i, i1 false
  %.239.not.i = icmp eq i64 %arg.a4_0, %arg.a3_0
  %or.cond1679.i = select i1 %or.cond.not27.i, i1 %.239.not.i, i1 false
  %.257.not.i = icmp eq i64 %arg.a4_1, %arg.a6_0
  %or.cond1680.i = select i1 %or.cond1679.i, i1 %.257.not.i, i1 false
  %.275.not.i = icmp eq i64 %arg.a5_0, %arg.a3_0
  %or.cond1681.i = select i1 %or.cond1680.i, i1 %.275.not.i, i1 false
  %.293.not.i = icmp eq i64 %arg.a5_1, %arg.a6_0
  %or.cond1682.i = select i1 %or.cond1681.i, i1 %.293.not.i, i1 false
  br i1 %or.cond1682.i, label %B238.i, label %_ZN8perfdiff7compute7pairing10dones_intoB2v4B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B238.i:                                           ; preds = %B68.i
  %.17.i.i = tail call i64 @llvm.smin.i64(i64 %arg.a9_0, i64 %arg.a8_0)
  %.19.i.i = tail call i64 @llvm.smin.i64(i64 %arg.a10_0, i64 %.17.i.i)
  %.349.i = icmp slt i64 %.19.i.i, %arg.a1_0
  br i1 %.349.i, label %_ZN8perfdiff7compute7pairing10dones_intoB2v4B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit, label %B314.else.i

B360.i:                                           ; preds = %B360.preheader.i, %B1449.i
  %written.3.0.i = phi i64 [ %written.2.1.lcssa.i, %B1449.i ], [ 0, %B360.preheader.i ]
  %slot.10.0.i = phi i64 [ %slot.11.1.lcssa.i, %B1449.i ], [ 0, %B360.preheader.i ]
  %i.2.0.i = phi i64 [ %j.3.1.i, %B1449.i ], [ 0, %B360.preheader.i ]
  %.505.i = icmp slt i64 %i.2.0.i, 0
  %.506.i = select i1 %.505.i, i64 %arg.a1_0, i64 0
  %0 = getelementptr i64, ptr %arg.a0, i64 %i.2.0.i
  %.520.i = getelementptr i64, ptr %0, i64 %.506.i
  %.521.i = load i64, ptr %.520.i, align 8, !noalias !0
  %.526.i = icmp sgt i64 %i.2.0.i, 0
  br i1 %.526.i, label %B388.i, label %B422.i

B388.i:                                           ; preds = %B360.i
  %.558.i = getelementptr i8, ptr %0, i64 -8
  %.559.i = load i64, ptr %.558.i, align 8, !noalias !0
  %.561.i = icmp slt i64 %.521.i, %.559.i
  br i1 %.561.i, label %_ZN8perfdiff7compute7pairing10dones_intoB2v4B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit, label %B422.i

B422.i:                                           ; preds = %B388.i, %B360.i
  %.652.i = icmp slt i64 %i.2.0.i, %arg.a1_0
  br i1 %.652.i, label %B462.i, label %B962.i

B462.i:                                           ; preds = %B422.i, %B960.i
  %slot.7.2.i = phi i64 [ %slot.8.3.i, %B960.i ], [ %slot.10.0.i, %B422.i ]
  %j.2.2.i = phi i64 [ %.1373.i, %B960.i ], [ %i.2.0.i, %B422.i ]
  %.727.i = icmp slt i64 %j.2.2.i, 0
  %.728.i = select i1 %.727.i, i64 %arg.a1_0, i64 0
  %1 = getelementptr i64, ptr %arg.a1, i64 %j.2.2.i
  %.742.i = getelementptr i64, ptr %1, i64 %.728.i
  %.743.i = load i64, ptr %.742.i, align 8, !noalias !0
  %.748.i = icmp sgt i64 %.743.i, -1
  %.752.not.i = icmp slt i64 %.743.i, %arg.a4_1
  %or.cond1683.i = select i1 %.748.i, i1 %.752.not.i, i1 false
  br i1 %or.cond1683.i, label %B506.i, label %_ZN8perfdiff7compute7pairing10dones_intoB2v4B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B506.i:                                           ; preds = %B462.i
  %.866.i = getelementptr i64, ptr %arg.a6, i64 %.743.i
  %.867.i = load i64, ptr %.866.i, align 8, !noalias !0
  %.874.i = icmp sgt i64 %.867.i, -1
  br i1 %.874.i, label %B534.i, label %B956.i

B534.i:                                           ; preds = %B506.i
  %.880.not.i = icmp slt i64 %.867.i, %.433.0.i
  br i1 %.880.not.i, label %B550.i, label %_ZN8perfdiff7compute7pairing10dones_intoB2v4B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B550.i:                                           ; preds = %B534.i
  %2 = getelementptr i64, ptr %arg.a2, i64 %j.2.2.i
  %.991.i = getelementptr i64, ptr %2, i64 %.728.i
  %.992.i = load i64, ptr %.991.i, align 8, !noalias !0
  %.1013.i = icmp sgt i64 %slot.7.2.i, -1
  %.1027.i = icmp slt i64 %slot.7.2.i, %arg.a3_0
  %or.cond1684.i = select i1 %.1013.i, i1 %.1027.i, i1 false
  br i1 %or.cond1684.i, label %B630.i, label %B708.i

B630.i:                                           ; preds = %B550.i
  %.1060.i = getelementptr i64, ptr %arg.a3, i64 %slot.7.2.i
  %.1061.i = load i64, ptr %.1060.i, align 8, !noalias !0
  %.1063.i = icmp eq i64 %.1061.i, %.992.i
  br i1 %.1063.i, label %B912.i, label %B708.i

B708.i:                                           ; preds = %B630.i, %B550.i
  br i1 %.1102.i, label %B710.i, label %B822.i

B710.i:                                           ; preds = %B708.i, %B710.i
  %slot_of_v6_low.2.5.i = phi i64 [ %slot_of_v6_low.3.7.i, %B710.i ], [ 0, %B708.i ]
  %slot_of_v6_high.2.5.i = phi i64 [ %slot_of_v6_high.3.7.i, %B710.i ], [ %arg.a3_0, %B708.i ]
  %.1111.i = add nuw nsw i64 %slot_of_v6_high.2.5.i, %slot_of_v6_low.2.5.i
  %.11301677.i = lshr i64 %.1111.i, 1
  %.1184.i = getelementptr i64, ptr %arg.a3, i64 %.11301677.i
  %.1185.i = load i64, ptr %.1184.i, align 8, !noalias !0
  %.1187.i = icmp slt i64 %.1185.i, %.992.i
  %.1198.i = add nuw nsw i64 %.11301677.i, 1
  %slot_of_v6_high.3.7.i = select i1 %.1187.i, i64 %slot_of_v6_high.2.5.i, i64 %.11301677.i
  %slot_of_v6_low.3.7.i = select i1 %.1187.i, i64 %.1198.i, i64 %slot_of_v6_low.2.5.i
  %.1229.i = icmp slt i64 %slot_of_v6_low.3.7.i, %slot_of_v6_high.3.7.i
  br i1 %.1229.i, label %B710.i, label %B822.i

B822.i:                                           ; preds = %B710.i, %B708.i
  %slot_of_v6_low.4.6.i = phi i64 [ 0, %B708.i ], [ %slot_of_v6_low.3.7.i, %B710.i ]
  %.1252.i = icmp slt i64 %slot_of_v6_low.4.6.i, %arg.a3_0
  br i1 %.1252.i, label %B854.i, label %B956.i

B854.i:                                           ; preds = %B822.i
  %.1283.i = getelementptr i64, ptr %arg.a3, i64 %slot_of_v6_low.4.6.i
  %.1284.i = load i64, ptr %.1283.i, align 8, !noalias !0
  %.1291.i = icmp eq i64 %.1284.i, %.992.i
  br i1 %.1291.i, label %B912.i, label %B956.i

B912.i:                                           ; preds = %B854.i, %B630.i
  %slot.9.43.i = phi i64 [ %slot_of_v6_low.4.6.i, %B854.i ], [ %slot.7.2.i, %B630.i ]
  %.1324.i = mul nsw i64 %slot.9.43.i, %.433.0.i
  %3 = getelementptr i64, ptr %arg.a7, i64 %.1324.i
  %.1360.i = getelementptr i64, ptr %3, i64 %.867.i
  store i64 %.521.i, ptr %.1360.i, align 8, !noalias !0
  br label %B956.i

B956.i:                                           ; preds = %B912.i, %B854.i, %B822.i, %B506.i
  %slot.8.3.i = phi i64 [ %slot.9.43.i, %B912.i ], [ -1, %B854.i ], [ %slot.7.2.i, %B506.i ], [ -1, %B822.i ]
  %exitcond.not.i = icmp eq i64 %j.2.2.i, %18
  br i1 %exitcond.not.i, label %B962.i, label %B960.i

B960.i:                                           ; preds = %B956.i
  %.1373.i = add i64 %j.2.2.i, 1
  %.1414.i = icmp slt i64 %j.2.2.i, -1
  %.1415.i = select i1 %.1414.i, i64 %arg.a1_0, i64 0
  %4 = getelementptr i64, ptr %arg.a0, i64 %.1373.i
  %.1429.i = getelementptr i64, ptr %4, i64 %.1415.i
  %.1430.i = load i64, ptr %.1429.i, align 8, !noalias !0
  %.1434.i = icmp eq i64 %.1430.i, %.521.i
  br i1 %.1434.i, label %B462.i, label %B962.i

B962.i:                                           ; preds = %B960.i, %B956.i, %B422.i
  %slot.12.1.i = phi i64 [ %slot.10.0.i, %B422.i ], [ %slot.8.3.i, %B956.i ], [ %slot.8.3.i, %B960.i ]
  %j.3.1.i = phi i64 [ %i.2.0.i, %B422.i ], [ %.1373.i, %B960.i ], [ %arg.a1_0, %B956.i ]
  %.1505.i = sub i64 %j.3.1.i, %i.2.0.i
  %.154830.not.i = icmp slt i64 %.1505.i, 1
  br i1 %.154830.not.i, label %B1449.i, label %B982.if.i

B1022.i:                                          ; preds = %B982.if.i
  %.1688.i = getelementptr i64, ptr %arg.a3, i64 %slot.11.134.i
  %.1689.i = load i64, ptr %.1688.i, align 8, !noalias !0
  %.1691.i = icmp eq i64 %.1689.i, %.1620.i
  br i1 %.1691.i, label %B1247.i, label %B1072.i

B1072.i:                                          ; preds = %B982.if.i, %B1022.i
  br i1 %.1102.i, label %B1076.i, label %B1162.i

B1076.i:                                          ; preds = %B1072.i, %B1076.i
  %slot_of_v5_low.2.3.i = phi i64 [ %slot_of_v5_low.3.5.i, %B1076.i ], [ 0, %B1072.i ]
  %slot_of_v5_high.2.3.i = phi i64 [ %slot_of_v5_high.3.5.i, %B1076.i ], [ %arg.a3_0, %B1072.i ]
  %.1739.i = add nuw nsw i64 %slot_of_v5_high.2.3.i, %slot_of_v5_low.2.3.i
  %.17581678.i = lshr i64 %.1739.i, 1
  %.1812.i = getelementptr i64, ptr %arg.a3, i64 %.17581678.i
  %.1813.i = load i64, ptr %.1812.i, align 8, !noalias !0
  %.1815.i = icmp slt i64 %.1813.i, %.1620.i
  %.1826.i = add nuw nsw i64 %.17581678.i, 1
  %slot_of_v5_high.3.5.i = select i1 %.1815.i, i64 %slot_of_v5_high.2.3.i, i64 %.17581678.i
  %slot_of_v5_low.3.5.i = select i1 %.1815.i, i64 %.1826.i, i64 %slot_of_v5_low.2.3.i
  %.1857.i = icmp slt i64 %slot_of_v5_low.3.5.i, %slot_of_v5_high.3.5.i
  br i1 %.1857.i, label %B1076.i, label %B1162.i

B1162.i:                                          ; preds = %B1076.i, %B1072.i
  %slot_of_v5_low.4.4.i = phi i64 [ 0, %B1072.i ], [ %slot_of_v5_low.3.5.i, %B1076.i ]
  %.1880.i = icmp slt i64 %slot_of_v5_low.4.4.i, %arg.a3_0
  br i1 %.1880.i, label %B1174.i, label %B1445.i

B1174.i:                                          ; preds = %B1162.i
  %.1911.i = getelementptr i64, ptr %arg.a3, i64 %slot_of_v5_low.4.4.i
  %.1912.i = load i64, ptr %.1911.i, align 8, !noalias !0
  %.1919.i = icmp eq i64 %.1912.i, %.1620.i
  br i1 %.1919.i, label %B1247.i, label %B1445.i

B1247.i:                                          ; preds = %B1174.i, %B1022.i
  %slot.13.213.i = phi i64 [ %slot.11.134.i, %B1022.i ], [ %slot_of_v5_low.4.4.i, %B1174.i ]
  %5 = getelementptr i64, ptr %arg.a1, i64 %.1492.031.i
  %.1982.i = getelementptr i64, ptr %5, i64 %.1605.i
  %.1983.i = load i64, ptr %.1982.i, align 8, !noalias !0
  %.2016.i = icmp slt i64 %.1983.i, 0
  %.2017.i = select i1 %.2016.i, i64 %arg.a4_1, i64 0
  %.2035.i = mul i64 %slot.13.213.i, %arg.a4_1
  %6 = getelementptr i64, ptr %arg.a4, i64 %.2035.i
  %7 = getelementptr i64, ptr %6, i64 %.1983.i
  %.2039.i = getelementptr i64, ptr %7, i64 %.2017.i
  %.2040.i = load i64, ptr %.2039.i, align 8, !noalias !0
  %.2047.i = icmp slt i64 %.2040.i, 0
  br i1 %.2047.i, label %B1445.i, label %B1269.i

B1269.i:                                          ; preds = %B1247.i
  %8 = getelementptr i64, ptr %arg.a5, i64 %.2035.i
  %9 = getelementptr i64, ptr %8, i64 %.1983.i
  %.2115.i = getelementptr i64, ptr %9, i64 %.2017.i
  %.2116.i = load i64, ptr %.2115.i, align 8, !noalias !0
  %.2124.not.i = icmp slt i64 %.2116.i, %.433.0.i
  br i1 %.2124.not.i, label %B1301.i, label %_ZN8perfdiff7compute7pairing10dones_intoB2v4B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B1301.i:                                          ; preds = %B1269.i
  %.2210.i = icmp sgt i64 %.2116.i, -1
  br i1 %.2210.i, label %B1383.i, label %B1383.thread.i

B1383.thread.i:                                   ; preds = %B1301.i
  %.227915.i = icmp slt i64 %written.2.133.i, 0
  %.228016.i = select i1 %.227915.i, i64 %arg.a8_0, i64 0
  %10 = getelementptr i64, ptr %arg.a8, i64 %written.2.133.i
  %.229417.i = getelementptr i64, ptr %10, i64 %.228016.i
  store i64 %.1492.031.i, ptr %.229417.i, align 8, !noalias !0
  %.231418.i = select i1 %.227915.i, i64 %arg.a9_0, i64 0
  %11 = getelementptr i64, ptr %arg.a9, i64 %written.2.133.i
  %.232819.i = getelementptr i64, ptr %11, i64 %.231418.i
  store i64 %.2040.i, ptr %.232819.i, align 8, !noalias !0
  br label %15

B1383.i:                                          ; preds = %B1301.i
  %.2214.i = mul nsw i64 %slot.13.213.i, %.433.0.i
  %.2216.i = add nsw i64 %.2116.i, %.2214.i
  %.2232.i = icmp slt i64 %.2216.i, 0
  %.2233.i = select i1 %.2232.i, i64 %arg.a7_0, i64 0
  %12 = getelementptr i64, ptr %arg.a7, i64 %.2216.i
  %.2247.i = getelementptr i64, ptr %12, i64 %.2233.i
  %.2248.i = load i64, ptr %.2247.i, align 8, !noalias !0
  %.2248.fr.i = freeze i64 %.2248.i
  %.2279.i = icmp slt i64 %written.2.133.i, 0
  %.2280.i = select i1 %.2279.i, i64 %arg.a8_0, i64 0
  %13 = getelementptr i64, ptr %arg.a8, i64 %written.2.133.i
  %.2294.i = getelementptr i64, ptr %13, i64 %.2280.i
  store i64 %.1492.031.i, ptr %.2294.i, align 8, !noalias !0
  %.2314.i = select i1 %.2279.i, i64 %arg.a9_0, i64 0
  %14 = getelementptr i64, ptr %arg.a9, i64 %written.2.133.i
  %.2328.i = getelementptr i64, ptr %14, i64 %.2314.i
  store i64 %.2040.i, ptr %.2328.i, align 8, !noalias !0
  %.2333.not.i = icmp eq i64 %.2248.fr.i, -9223372036854775808
  %spec.select26.i = select i1 %.2333.not.i, i64 %.521.i, i64 %.2248.fr.i
  br label %15

15:                                               ; preds = %B1383.i, %B1383.thread.i
  %.227922.i = phi i1 [ %.2279.i, %B1383.i ], [ %.227915.i, %B1383.thread.i ]
  %16 = phi i64 [ %spec.select26.i, %B1383.i ], [ %.521.i, %B1383.thread.i ]
  %.2364.i = select i1 %.227922.i, i64 %arg.a10_0, i64 0
  %17 = getelementptr i64, ptr %arg.a10, i64 %written.2.133.i
  %.2378.i = getelementptr i64, ptr %17, i64 %.2364.i
  store i64 %16, ptr %.2378.i, align 8, !noalias !0
  %.2383.i = add nsw i64 %written.2.133.i, 1
  br label %B1445.i

B1445.i:                                          ; preds = %15, %B1247.i, %B1174.i, %B1162.i
  %slot.13.29.i = phi i64 [ %slot.13.213.i, %15 ], [ -1, %B1174.i ], [ %slot.13.213.i, %B1247.i ], [ -1, %B1162.i ]
  %written.4.2.i = phi i64 [ %.2383.i, %15 ], [ %written.2.133.i, %B1174.i ], [ %written.2.133.i, %B1247.i ], [ %written.2.133.i, %B1162.i ]
  %.1548.i = icmp samesign ugt i64 %.1495.032.i, 1
  br i1 %.1548.i, label %B982.if.i, label %B1449.i

B1449.i:                                          ; preds = %B1445.i, %B962.i
  %written.2.1.lcssa.i = phi i64 [ %written.3.0.i, %B962.i ], [ %written.4.2.i, %B1445.i ]
  %slot.11.1.lcssa.i = phi i64 [ %slot.12.1.i, %B962.i ], [ %slot.13.29.i, %B1445.i ]
  %.2425.i = icmp slt i64 %j.3.1.i, %arg.a1_0
  br i1 %.2425.i, label %B360.i, label %_ZN8perfdiff7compute7pairing10dones_intoB2v4B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

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
  br i1 %.484.i, label %B360.preheader.i, label %_ZN8perfdiff7compute7pairing10dones_intoB2v4B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B360.preheader.i:                                 ; preds = %B314.else.endif.i
  %.1102.i = icmp sgt i64 %arg.a3_0, 0
  %18 = add nsw i64 %arg.a1_0, -1
  br label %B360.i

B982.if.i:                                        ; preds = %B962.i, %B1445.i
  %slot.11.134.i = phi i64 [ %slot.13.29.i, %B1445.i ], [ %slot.12.1.i, %B962.i ]
  %written.2.133.i = phi i64 [ %written.4.2.i, %B1445.i ], [ %written.3.0.i, %B962.i ]
  %.1495.032.i = phi i64 [ %.1557.i, %B1445.i ], [ %.1505.i, %B962.i ]
  %.1492.031.i = phi i64 [ %.1561.i, %B1445.i ], [ %i.2.0.i, %B962.i ]
  %.1557.i = add nsw i64 %.1495.032.i, -1
  %.1561.i = add i64 %.1492.031.i, 1
  %.1604.i = icmp slt i64 %.1492.031.i, 0
  %.1605.i = select i1 %.1604.i, i64 %arg.a1_0, i64 0
  %19 = getelementptr i64, ptr %arg.a2, i64 %.1492.031.i
  %.1619.i = getelementptr i64, ptr %19, i64 %.1605.i
  %.1620.i = load i64, ptr %.1619.i, align 8, !noalias !0
  %.1641.i = icmp sgt i64 %slot.11.134.i, -1
  %.1655.i = icmp slt i64 %slot.11.134.i, %arg.a3_0
  %or.cond1685.i = select i1 %.1641.i, i1 %.1655.i, i1 false
  br i1 %or.cond1685.i, label %B1022.i, label %B1072.i

_ZN8perfdiff7compute7pairing10dones_intoB2v4B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit: ; preds = %B388.i, %B1449.i, %B462.i, %B534.i, %B1269.i, %entry, %B68.i, %B238.i, %B314.else.endif.i
  %written.5.1.sink.i = phi i64 [ -2, %B68.i ], [ 0, %B314.else.endif.i ], [ -2, %B462.i ], [ -2, %B1269.i ], [ -2, %entry ], [ -2, %B238.i ], [ -2, %B534.i ], [ -1, %B388.i ], [ %written.2.1.lcssa.i, %B1449.i ]
  store i64 %written.5.1.sink.i, ptr %retptr, align 8
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
  call fastcc void @_ZN13_3cdynamic_3e5entryB2v8B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAExx7int8_2ax8int64_2ax8int64_2ax8int32_2ax8uint8_2ax8uint8_2ax8int64_2ax8int64_2axx8int64_2axx8int64_2ax8int64_2ax8int64_2ax8int64_2ax8int64_2ax(ptr %.34, i64 %.1, i64 %.2, ptr %.3, i64 %.4, ptr %.5, i64 %.6, ptr %.7, i64 %.8, ptr %.9, i64 %.10, ptr %.11, i64 %.12, ptr %.13, i64 %.14, ptr %.15, i64 %.16, ptr %.17, i64 %.18, i64 %.19, ptr %.20, i64 %.21, i64 %.22, ptr %.23, i64 %.24, ptr %.25, i64 %.26, ptr %.27, i64 %.28, ptr %.29, i64 %.30, ptr %.31, i64 %.32) #3
  %.48 = load i64, ptr %.34, align 8
  ret i64 %.48
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define internal fastcc void @_ZN13_3cdynamic_3e5entryB2v8B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAExx7int8_2ax8int64_2ax8int64_2ax8int32_2ax8uint8_2ax8uint8_2ax8int64_2ax8int64_2axx8int64_2axx8int64_2ax8int64_2ax8int64_2ax8int64_2ax8int64_2ax(ptr noalias nonnull writeonly captures(none) %retptr, i64 %arg.a0, i64 %arg.a1, ptr readonly captures(none) %arg.a2, i64 %arg.a2_0, ptr readonly captures(none) %arg.a3, i64 %arg.a3_0, ptr readonly captures(none) %arg.a4, i64 %arg.a4_0, ptr readonly captures(none) %arg.a5, i64 %arg.a5_0, ptr readonly captures(none) %arg.a6, i64 %arg.a6_0, ptr readonly captures(none) %arg.a7, i64 %arg.a7_0, ptr readonly captures(none) %arg.a8, i64 %arg.a8_0, ptr readonly captures(none) %arg.a9, i64 %arg.a9_0, i64 %arg.a9_1, ptr readonly captures(none) %arg.a10, i64 %arg.a10_0, i64 %arg.a10_1, ptr readonly captures(none) %arg.a11, i64 %arg.a11_0, ptr captures(none) %arg.a12, i64 %arg.a12_0, ptr writeonly captures(none) %arg.a13, i64 %arg.a13_0, ptr writeonly captures(none) %arg.a14, i64 %arg.a14_0, ptr writeonly captures(none) %arg.a15, i64 %arg.a15_0) unnamed_addr #0 {
entry:
  %.249.i = icmp slt i64 %arg.a0, 0
  %.253.i = icmp sgt i64 %arg.a1, %arg.a4_0
  %or.cond2330.i = select i1 %.249.i, i1 true, i1 %.253.i
  %.265.i = icmp slt i64 %arg.a2_0, %arg.a1
  %or.cond2331.i = select i1 %or.cond2330.i, i1 true, i1 %.265.i
  %.275.i = icmp slt i64 %arg.a3_0, %arg.a1
  %or.cond2332.i = select i1 %or.cond2331.i, i1 true, i1 %.275.i
  %.285.i = icmp slt i64 %arg.a5_0, %arg.a1
  %or.cond2333.i = select i1 %or.cond2332.i, i1 true, i1 %.285.i
  br i1 %or.cond2333.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v12B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIaLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit, label %B136.i

B136.i:                                           ; preds = %entry
  %.295.i = icmp eq i64 %arg.a7_0, %arg.a11_0
  %.298.i = icmp ne i64 %arg.a8_0, 0
  %or.cond.not27.i = select i1 %.295.i, i1 %.298.i, i1 false
  %.316.not.i = icmp eq i64 %arg.a9_0, %arg.a8_0
  %or.cond2334.i = select i1 %or.cond.not27.i, i1 %.316.not.i, i1 false
  %.334.not.i = icmp eq i64 %arg.a9_1, %arg.a11_0
  %or.cond2335.i = select i1 %or.cond2334.i, i1 %.334.not.i, i1 false
  %.352.not.i = icmp eq i64 %arg.a10_0, %arg.a8_0
  %or.cond2336.i = select i1 %or.cond2335.i, i1 %.352.not.i, i1 false
  %.370.not.i = icmp eq i64 %arg.a10_1, %arg.a11_0
  %or.cond2337.i = select i1 %or.cond2336.i, i1 %.370.not.i, i1 false
  br i1 %or.cond2337.i, label %B310.else.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v12B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIaLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B434.i:                                           ; preds = %B434.i.outer, %B620.i
  %i.4.1.i = phi i64 [ %.986.i, %B620.i ], [ %i.4.1.i.ph, %B434.i.outer ]
  %.649.i = getelementptr i8, ptr %arg.a2, i64 %i.4.1.i
  %.650.i = load i8, ptr %.649.i, align 1, !noalias !4
  %.655.i = sext i8 %.650.i to i64
  %.656.i = icmp sgt i8 %.650.i, -1
  %.661.not.i = icmp sgt i64 %arg.a7_0, %.655.i
  %or.cond2338.i = select i1 %.656.i, i1 %.661.not.i, i1 false
  br i1 %or.cond2338.i, label %B474.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v12B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIaLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B474.i:                                           ; preds = %B434.i
  %.692.i = getelementptr i32, ptr %arg.a5, i64 %i.4.1.i
  %.693.i = load i32, ptr %.692.i, align 4, !noalias !4
  %.695.i = icmp sgt i32 %.693.i, -1
  %.694.i = sext i32 %.693.i to i64
  %.736.not.i = icmp sgt i64 %arg.a6_0, %.694.i
  %or.cond2339.i = select i1 %.695.i, i1 %.736.not.i, i1 false
  br i1 %or.cond2339.i, label %B536.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v12B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIaLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B536.i:                                           ; preds = %B474.i
  %.862.i = getelementptr i64, ptr %arg.a11, i64 %.655.i
  %.863.i = load i64, ptr %.862.i, align 8, !noalias !4
  %.864.i = icmp slt i64 %.863.i, 0
  br i1 %.864.i, label %B560.i, label %B584.i

B560.i:                                           ; preds = %B536.i
  %.896.i = getelementptr i8, ptr %arg.a7, i64 %.655.i
  %.897.i = load i8, ptr %.896.i, align 1, !noalias !4
  %.901.i = icmp eq i8 %.897.i, 0
  br i1 %.901.i, label %B620.i, label %B584.i

B584.i:                                           ; preds = %B560.i, %B536.i
  %.965.i = getelementptr i8, ptr %arg.a6, i64 %.694.i
  %.966.i = load i8, ptr %.965.i, align 1, !noalias !4
  %.968.i = icmp eq i8 %.966.i, 0
  br i1 %.968.i, label %B620.i, label %B632.i

B620.i:                                           ; preds = %B584.i, %B560.i
  %.986.i = add nuw nsw i64 %i.4.1.i, 1
  %.611.i = icmp slt i64 %.986.i, %arg.a1
  br i1 %.611.i, label %B434.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v12B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIaLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B632.i:                                           ; preds = %B584.i
  %.1021.i = getelementptr i64, ptr %arg.a4, i64 %i.4.1.i
  %.1022.i = load i64, ptr %.1021.i, align 8, !noalias !4
  %.1028.i = icmp slt i64 %.1022.i, %previous.2.1.i.ph
  br i1 %.1028.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v12B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIaLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit, label %B664.i

B664.i:                                           ; preds = %B632.i
  %.1146.i = icmp slt i64 %i.4.1.i, %arg.a1
  br i1 %.1146.i, label %B684.i, label %B1340.i

B684.i:                                           ; preds = %B664.i, %B1312.i
  %slot.7.2.i = phi i64 [ %slot.11.4.i, %B1312.i ], [ %slot.8.1.i.ph, %B664.i ]
  %j.2.2.i = phi i64 [ %.2125.i, %B1312.i ], [ %i.4.1.i, %B664.i ]
  %.1184.i = getelementptr i8, ptr %arg.a2, i64 %j.2.2.i
  %.1185.i = load i8, ptr %.1184.i, align 1, !noalias !4
  %.1190.i = sext i8 %.1185.i to i64
  %.1191.i = icmp sgt i8 %.1185.i, -1
  %.1196.not.i = icmp sgt i64 %arg.a7_0, %.1190.i
  %or.cond2340.i = select i1 %.1191.i, i1 %.1196.not.i, i1 false
  br i1 %or.cond2340.i, label %B724.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v12B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIaLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B724.i:                                           ; preds = %B684.i
  %.1227.i = getelementptr i32, ptr %arg.a5, i64 %j.2.2.i
  %.1228.i = load i32, ptr %.1227.i, align 4, !noalias !4
  %.1230.i = icmp sgt i32 %.1228.i, -1
  %.1229.i = sext i32 %.1228.i to i64
  %.1271.not.i = icmp sgt i64 %arg.a6_0, %.1229.i
  %or.cond2341.i = select i1 %.1230.i, i1 %.1271.not.i, i1 false
  br i1 %or.cond2341.i, label %B786.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v12B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIaLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B786.i:                                           ; preds = %B724.i
  %.1401.i = getelementptr i64, ptr %arg.a11, i64 %.1190.i
  %.1402.i = load i64, ptr %.1401.i, align 8, !noalias !4
  %.1403.i = icmp sgt i64 %.1402.i, -1
  br i1 %.1403.i, label %B834.i, label %B810.i

B810.i:                                           ; preds = %B786.i
  %.1439.i = getelementptr i8, ptr %arg.a7, i64 %.1190.i
  %.1440.i = load i8, ptr %.1439.i, align 1, !noalias !4
  %.1442.not.i = icmp eq i8 %.1440.i, 0
  br i1 %.1442.not.i, label %B1312.i, label %B834.i

B834.i:                                           ; preds = %B810.i, %B786.i
  %.1507.i = getelementptr i8, ptr %arg.a6, i64 %.1229.i
  %.1508.i = load i8, ptr %.1507.i, align 1, !noalias !4
  %.1510.not.i = icmp eq i8 %.1508.i, 0
  br i1 %.1510.not.i, label %B1312.i, label %B870.i

B870.i:                                           ; preds = %B834.i
  %.1543.i = getelementptr i64, ptr %arg.a4, i64 %j.2.2.i
  %.1544.i = load i64, ptr %.1543.i, align 8, !noalias !4
  %.1546.not.i = icmp eq i64 %.1544.i, %.1022.i
  br i1 %.1546.not.i, label %B896.i, label %B1340.i

B896.i:                                           ; preds = %B870.i
  br i1 %.1403.i, label %B924.i, label %B1312.i

B924.i:                                           ; preds = %B896.i
  %.1608.not.i = icmp slt i64 %.1402.i, %.473.0.i
  br i1 %.1608.not.i, label %B940.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v12B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIaLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B940.i:                                           ; preds = %B924.i
  %.1738.i = getelementptr i64, ptr %arg.a3, i64 %j.2.2.i
  %.1739.i = load i64, ptr %.1738.i, align 8, !noalias !4
  %.1760.i = icmp sgt i64 %slot.7.2.i, -1
  %.1774.i = icmp slt i64 %slot.7.2.i, %arg.a8_0
  %or.cond2343.i = select i1 %.1760.i, i1 %.1774.i, i1 false
  br i1 %or.cond2343.i, label %B1020.i, label %B1076.i

B1020.i:                                          ; preds = %B940.i
  %.1807.i = getelementptr i64, ptr %arg.a8, i64 %slot.7.2.i
  %.1808.i = load i64, ptr %.1807.i, align 8, !noalias !4
  %.1810.i = icmp eq i64 %.1808.i, %.1739.i
  br i1 %.1810.i, label %B1300.i, label %B1076.i

B1076.i:                                          ; preds = %B1020.i, %B940.i
  br i1 %.1849.i, label %B1118.i, label %B1216.i

B1118.i:                                          ; preds = %B1076.i, %B1118.i
  %slot_of_v14_low.2.3.i = phi i64 [ %slot_of_v14_low.3.4.i, %B1118.i ], [ 0, %B1076.i ]
  %slot_of_v14_high.2.3.i = phi i64 [ %slot_of_v14_high.3.4.i, %B1118.i ], [ %arg.a8_0, %B1076.i ]
  %.1858.i = add nuw nsw i64 %slot_of_v14_high.2.3.i, %slot_of_v14_low.2.3.i
  %.18772328.i = lshr i64 %.1858.i, 1
  %.1931.i = getelementptr i64, ptr %arg.a8, i64 %.18772328.i
  %.1932.i = load i64, ptr %.1931.i, align 8, !noalias !4
  %.1934.i = icmp slt i64 %.1932.i, %.1739.i
  %.1945.i = add nuw nsw i64 %.18772328.i, 1
  %slot_of_v14_high.3.4.i = select i1 %.1934.i, i64 %slot_of_v14_high.2.3.i, i64 %.18772328.i
  %slot_of_v14_low.3.4.i = select i1 %.1934.i, i64 %.1945.i, i64 %slot_of_v14_low.2.3.i
  %.1976.i = icmp slt i64 %slot_of_v14_low.3.4.i, %slot_of_v14_high.3.4.i
  br i1 %.1976.i, label %B1118.i, label %B1216.i

B1216.i:                                          ; preds = %B1118.i, %B1076.i
  %slot_of_v14_low.4.4.i = phi i64 [ 0, %B1076.i ], [ %slot_of_v14_low.3.4.i, %B1118.i ]
  %.1999.i = icmp slt i64 %slot_of_v14_low.4.4.i, %arg.a8_0
  br i1 %.1999.i, label %B1248.i, label %B1312.i

B1248.i:                                          ; preds = %B1216.i
  %.2030.i = getelementptr i64, ptr %arg.a8, i64 %slot_of_v14_low.4.4.i
  %.2031.i = load i64, ptr %.2030.i, align 8, !noalias !4
  %.2038.i = icmp eq i64 %.2031.i, %.1739.i
  br i1 %.2038.i, label %B1300.i, label %B1312.i

B1300.i:                                          ; preds = %B1248.i, %B1020.i
  %slot.12.33.i = phi i64 [ %slot_of_v14_low.4.4.i, %B1248.i ], [ %slot.7.2.i, %B1020.i ]
  %.2071.i = mul nsw i64 %slot.12.33.i, %.473.0.i
  %0 = getelementptr i64, ptr %arg.a12, i64 %.2071.i
  %.2107.i = getelementptr i64, ptr %0, i64 %.1402.i
  store i64 %.1022.i, ptr %.2107.i, align 8, !noalias !4
  br label %B1312.i

B1312.i:                                          ; preds = %B1300.i, %B1248.i, %B1216.i, %B896.i, %B834.i, %B810.i
  %slot.11.4.i = phi i64 [ %slot.12.33.i, %B1300.i ], [ -1, %B1248.i ], [ %slot.7.2.i, %B896.i ], [ %slot.7.2.i, %B834.i ], [ %slot.7.2.i, %B810.i ], [ -1, %B1216.i ]
  %.2125.i = add i64 %j.2.2.i, 1
  %exitcond.not.i = icmp eq i64 %.2125.i, %arg.a1
  br i1 %exitcond.not.i, label %B1340.i, label %B684.i

B1340.i:                                          ; preds = %B1312.i, %B870.i, %B664.i
  %slot.10.3.i = phi i64 [ %slot.8.1.i.ph, %B664.i ], [ %slot.11.4.i, %B1312.i ], [ %slot.7.2.i, %B870.i ]
  %j.3.3.i = phi i64 [ %i.4.1.i, %B664.i ], [ %arg.a1, %B1312.i ], [ %j.2.2.i, %B870.i ]
  %.2194.i = sub nsw i64 %j.3.3.i, %i.4.1.i
  %.223761.not.i = icmp slt i64 %.2194.i, 1
  br i1 %.223761.not.i, label %B1899.i, label %B1352.if.i

B1400.i:                                          ; preds = %B1352.if.i
  %.2362.i = select i1 %.2292.i, i64 %arg.a5_0, i64 0
  %1 = getelementptr i32, ptr %arg.a5, i64 %.2181.062.i
  %.2376.i = getelementptr i32, ptr %1, i64 %.2362.i
  %.2377.i = load i32, ptr %.2376.i, align 4, !noalias !4
  %.2379.i = sext i32 %.2377.i to i64
  %.2392.i = icmp slt i32 %.2377.i, 0
  %.2393.i = select i1 %.2392.i, i64 %arg.a6_0, i64 0
  %2 = getelementptr i8, ptr %arg.a6, i64 %.2393.i
  %.2407.i = getelementptr i8, ptr %2, i64 %.2379.i
  %.2408.i = load i8, ptr %.2407.i, align 1, !noalias !4
  %.2410.i = icmp eq i8 %.2408.i, 0
  br i1 %.2410.i, label %B1895.i, label %B1422.i

B1422.i:                                          ; preds = %B1400.i
  %.2445.i = select i1 %.2292.i, i64 %arg.a3_0, i64 0
  %3 = getelementptr i64, ptr %arg.a3, i64 %.2181.062.i
  %.2459.i = getelementptr i64, ptr %3, i64 %.2445.i
  %.2460.i = load i64, ptr %.2459.i, align 8, !noalias !4
  %.2481.i = icmp sgt i64 %slot.9.265.i, -1
  %.2495.i = icmp slt i64 %slot.9.265.i, %arg.a8_0
  %or.cond2344.i = select i1 %.2481.i, i1 %.2495.i, i1 false
  br i1 %or.cond2344.i, label %B1441.i, label %B1494.i

B1441.i:                                          ; preds = %B1422.i
  %.2528.i = getelementptr i64, ptr %arg.a8, i64 %slot.9.265.i
  %.2529.i = load i64, ptr %.2528.i, align 8, !noalias !4
  %.2531.i = icmp eq i64 %.2529.i, %.2460.i
  br i1 %.2531.i, label %B1675.i, label %B1494.i

B1494.i:                                          ; preds = %B1441.i, %B1422.i
  br i1 %.1849.i, label %B1522.i, label %B1608.i

B1522.i:                                          ; preds = %B1494.i, %B1522.i
  %slot_of_v13_low.2.3.i = phi i64 [ %slot_of_v13_low.3.4.i, %B1522.i ], [ 0, %B1494.i ]
  %slot_of_v13_high.2.3.i = phi i64 [ %slot_of_v13_high.3.4.i, %B1522.i ], [ %arg.a8_0, %B1494.i ]
  %.2579.i = add nuw nsw i64 %slot_of_v13_high.2.3.i, %slot_of_v13_low.2.3.i
  %.25982329.i = lshr i64 %.2579.i, 1
  %.2652.i = getelementptr i64, ptr %arg.a8, i64 %.25982329.i
  %.2653.i = load i64, ptr %.2652.i, align 8, !noalias !4
  %.2655.i = icmp slt i64 %.2653.i, %.2460.i
  %.2666.i = add nuw nsw i64 %.25982329.i, 1
  %slot_of_v13_high.3.4.i = select i1 %.2655.i, i64 %slot_of_v13_high.2.3.i, i64 %.25982329.i
  %slot_of_v13_low.3.4.i = select i1 %.2655.i, i64 %.2666.i, i64 %slot_of_v13_low.2.3.i
  %.2697.i = icmp slt i64 %slot_of_v13_low.3.4.i, %slot_of_v13_high.3.4.i
  br i1 %.2697.i, label %B1522.i, label %B1608.i

B1608.i:                                          ; preds = %B1522.i, %B1494.i
  %slot_of_v13_low.4.4.i = phi i64 [ 0, %B1494.i ], [ %slot_of_v13_low.3.4.i, %B1522.i ]
  %.2720.i = icmp slt i64 %slot_of_v13_low.4.4.i, %arg.a8_0
  br i1 %.2720.i, label %B1612.i, label %B1895.i

B1612.i:                                          ; preds = %B1608.i
  %.2751.i = getelementptr i64, ptr %arg.a8, i64 %slot_of_v13_low.4.4.i
  %.2752.i = load i64, ptr %.2751.i, align 8, !noalias !4
  %.2759.not.i = icmp eq i64 %.2752.i, %.2460.i
  br i1 %.2759.not.i, label %B1675.i, label %B1895.i

B1675.i:                                          ; preds = %B1612.i, %B1441.i
  %slot.14.312.i = phi i64 [ %slot_of_v13_low.4.4.i, %B1612.i ], [ %slot.9.265.i, %B1441.i ]
  %.2850.i = mul i64 %slot.14.312.i, %arg.a7_0
  %4 = getelementptr i64, ptr %arg.a9, i64 %.2850.i
  %5 = getelementptr i64, ptr %4, i64 %.2328.i
  %.2854.i = getelementptr i64, ptr %5, i64 %.2314.i
  %.2855.i = load i64, ptr %.2854.i, align 8, !noalias !4
  %.2860.i = icmp slt i64 %.2855.i, 0
  br i1 %.2860.i, label %B1895.i, label %B1717.i

B1717.i:                                          ; preds = %B1675.i
  %6 = getelementptr i64, ptr %arg.a10, i64 %.2850.i
  %7 = getelementptr i64, ptr %6, i64 %.2328.i
  %.2936.i = getelementptr i64, ptr %7, i64 %.2314.i
  %.2937.i = load i64, ptr %.2936.i, align 8, !noalias !4
  %.2943.not.i = icmp slt i64 %.2937.i, %.473.0.i
  %.2947.not.i = icmp slt i64 %written.2.264.i, %.19.i.i
  %or.cond2342.i = select i1 %.2943.not.i, i1 %.2947.not.i, i1 false
  br i1 %or.cond2342.i, label %B1751.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v12B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIaLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B1751.i:                                          ; preds = %B1717.i
  %.3052.i = icmp sgt i64 %.2937.i, -1
  br i1 %.3052.i, label %B1833.i, label %B1833.thread.i

B1833.thread.i:                                   ; preds = %B1751.i
  %.312114.i = icmp slt i64 %written.2.264.i, 0
  %.312215.i = select i1 %.312114.i, i64 %arg.a13_0, i64 0
  %8 = getelementptr i64, ptr %arg.a13, i64 %written.2.264.i
  %.313616.i = getelementptr i64, ptr %8, i64 %.312215.i
  store i64 %.2181.062.i, ptr %.313616.i, align 8, !noalias !4
  %.315617.i = select i1 %.312114.i, i64 %arg.a14_0, i64 0
  %9 = getelementptr i64, ptr %arg.a14, i64 %written.2.264.i
  %.317018.i = getelementptr i64, ptr %9, i64 %.315617.i
  store i64 %.2855.i, ptr %.317018.i, align 8, !noalias !4
  br label %13

B1833.i:                                          ; preds = %B1751.i
  %.3056.i = mul nsw i64 %slot.14.312.i, %.473.0.i
  %.3058.i = add nsw i64 %.2937.i, %.3056.i
  %.3074.i = icmp slt i64 %.3058.i, 0
  %.3075.i = select i1 %.3074.i, i64 %arg.a12_0, i64 0
  %10 = getelementptr i64, ptr %arg.a12, i64 %.3058.i
  %.3089.i = getelementptr i64, ptr %10, i64 %.3075.i
  %.3090.i = load i64, ptr %.3089.i, align 8, !noalias !4
  %.3090.fr.i = freeze i64 %.3090.i
  %.3121.i = icmp slt i64 %written.2.264.i, 0
  %.3122.i = select i1 %.3121.i, i64 %arg.a13_0, i64 0
  %11 = getelementptr i64, ptr %arg.a13, i64 %written.2.264.i
  %.3136.i = getelementptr i64, ptr %11, i64 %.3122.i
  store i64 %.2181.062.i, ptr %.3136.i, align 8, !noalias !4
  %.3156.i = select i1 %.3121.i, i64 %arg.a14_0, i64 0
  %12 = getelementptr i64, ptr %arg.a14, i64 %written.2.264.i
  %.3170.i = getelementptr i64, ptr %12, i64 %.3156.i
  store i64 %.2855.i, ptr %.3170.i, align 8, !noalias !4
  %.3175.not.i = icmp eq i64 %.3090.fr.i, -9223372036854775808
  %spec.select26.i = select i1 %.3175.not.i, i64 %.1022.i, i64 %.3090.fr.i
  br label %13

13:                                               ; preds = %B1833.i, %B1833.thread.i
  %.312121.i = phi i1 [ %.3121.i, %B1833.i ], [ %.312114.i, %B1833.thread.i ]
  %14 = phi i64 [ %spec.select26.i, %B1833.i ], [ %.1022.i, %B1833.thread.i ]
  %.3211.i = select i1 %.312121.i, i64 %arg.a15_0, i64 0
  %15 = getelementptr i64, ptr %arg.a15, i64 %written.2.264.i
  %.3225.i = getelementptr i64, ptr %15, i64 %.3211.i
  store i64 %14, ptr %.3225.i, align 8, !noalias !4
  %.3230.i = add nsw i64 %written.2.264.i, 1
  br label %B1895.i

B1895.i:                                          ; preds = %B1352.if.i, %13, %B1675.i, %B1612.i, %B1608.i, %B1400.i
  %written.5.3.i = phi i64 [ %.3230.i, %13 ], [ %written.2.264.i, %B1352.if.i ], [ %written.2.264.i, %B1612.i ], [ %written.2.264.i, %B1400.i ], [ %written.2.264.i, %B1675.i ], [ %written.2.264.i, %B1608.i ]
  %slot.13.3.i = phi i64 [ %slot.14.312.i, %13 ], [ %slot.9.265.i, %B1352.if.i ], [ -1, %B1612.i ], [ %slot.9.265.i, %B1400.i ], [ %slot.14.312.i, %B1675.i ], [ -1, %B1608.i ]
  %.2237.i = icmp samesign ugt i64 %.2184.063.i, 1
  br i1 %.2237.i, label %B1352.if.i, label %B1899.i

B1899.i:                                          ; preds = %B1895.i, %B1340.i
  %written.2.2.lcssa.i = phi i64 [ %written.3.1.i.ph, %B1340.i ], [ %written.5.3.i, %B1895.i ]
  %slot.9.2.lcssa.i = phi i64 [ %slot.10.3.i, %B1340.i ], [ %slot.13.3.i, %B1895.i ]
  %.3277.i = icmp slt i64 %j.3.3.i, %arg.a1
  br i1 %.3277.i, label %B434.i.outer, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v12B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIaLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

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
  %.17.i.i = tail call i64 @llvm.smin.i64(i64 %arg.a14_0, i64 %arg.a13_0)
  %.19.i.i = tail call i64 @llvm.smin.i64(i64 %arg.a15_0, i64 %.17.i.i)
  %.61167.i = icmp slt i64 %arg.a0, %arg.a1
  br i1 %.61167.i, label %B434.preheader.lr.ph.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v12B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIaLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B434.preheader.lr.ph.i:                           ; preds = %B310.else.endif.i
  %.1849.i = icmp sgt i64 %arg.a8_0, 0
  br label %B434.i.outer

B434.i.outer:                                     ; preds = %B434.preheader.lr.ph.i, %B1899.i
  %written.3.1.i.ph = phi i64 [ 0, %B434.preheader.lr.ph.i ], [ %written.2.2.lcssa.i, %B1899.i ]
  %slot.8.1.i.ph = phi i64 [ 0, %B434.preheader.lr.ph.i ], [ %slot.9.2.lcssa.i, %B1899.i ]
  %previous.2.1.i.ph = phi i64 [ -9223372036854775808, %B434.preheader.lr.ph.i ], [ %.1022.i, %B1899.i ]
  %i.4.1.i.ph = phi i64 [ %arg.a0, %B434.preheader.lr.ph.i ], [ %j.3.3.i, %B1899.i ]
  br label %B434.i

B1352.if.i:                                       ; preds = %B1340.i, %B1895.i
  %slot.9.265.i = phi i64 [ %slot.13.3.i, %B1895.i ], [ %slot.10.3.i, %B1340.i ]
  %written.2.264.i = phi i64 [ %written.5.3.i, %B1895.i ], [ %written.3.1.i.ph, %B1340.i ]
  %.2184.063.i = phi i64 [ %.2246.i, %B1895.i ], [ %.2194.i, %B1340.i ]
  %.2181.062.i = phi i64 [ %.2250.i, %B1895.i ], [ %i.4.1.i, %B1340.i ]
  %.2246.i = add nsw i64 %.2184.063.i, -1
  %.2250.i = add i64 %.2181.062.i, 1
  %.2292.i = icmp slt i64 %.2181.062.i, 0
  %.2293.i = select i1 %.2292.i, i64 %arg.a2_0, i64 0
  %16 = getelementptr i8, ptr %arg.a2, i64 %.2181.062.i
  %.2307.i = getelementptr i8, ptr %16, i64 %.2293.i
  %.2308.i = load i8, ptr %.2307.i, align 1, !noalias !4
  %.2314.i = sext i8 %.2308.i to i64
  %.2327.i = icmp slt i8 %.2308.i, 0
  %.2328.i = select i1 %.2327.i, i64 %arg.a7_0, i64 0
  %17 = getelementptr i8, ptr %arg.a7, i64 %.2328.i
  %.2342.i = getelementptr i8, ptr %17, i64 %.2314.i
  %.2343.i = load i8, ptr %.2342.i, align 1, !noalias !4
  %.2345.i = icmp eq i8 %.2343.i, 0
  br i1 %.2345.i, label %B1895.i, label %B1400.i

_ZN8perfdiff7compute7pairing16table_dones_intoB3v12B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIaLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit: ; preds = %B620.i, %B434.i, %B474.i, %B632.i, %B1899.i, %B684.i, %B724.i, %B924.i, %B1717.i, %entry, %B136.i, %B310.else.endif.i
  %written.6.2.sink.i = phi i64 [ -2, %entry ], [ -2, %B136.i ], [ 0, %B310.else.endif.i ], [ -2, %B1717.i ], [ -2, %B684.i ], [ -2, %B924.i ], [ -2, %B724.i ], [ -2, %B474.i ], [ %written.3.1.i.ph, %B620.i ], [ -2, %B434.i ], [ -1, %B632.i ], [ %written.2.2.lcssa.i, %B1899.i ]
  store i64 %written.6.2.sink.i, ptr %retptr, align 8
  ret void
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define i64 @perfdiff_table_dones_into_i16(i64 %.1, i64 %.2, ptr readonly captures(none) %.3, i64 %.4, ptr readonly captures(none) %.5, i64 %.6, ptr readonly captures(none) %.7, i64 %.8, ptr readonly captures(none) %.9, i64 %.10, ptr readonly captures(none) %.11, i64 %.12, ptr readonly captures(none) %.13, i64 %.14, ptr readonly captures(none) %.15, i64 %.16, ptr readonly captures(none) %.17, i64 %.18, i64 %.19, ptr readonly captures(none) %.20, i64 %.21, i64 %.22, ptr readonly captures(none) %.23, i64 %.24, ptr captures(none) %.25, i64 %.26, ptr writeonly captures(none) %.27, i64 %.28, ptr writeonly captures(none) %.29, i64 %.30, ptr writeonly captures(none) %.31, i64 %.32) local_unnamed_addr #0 {
entry:
  %.34 = alloca i64, align 8
  store i64 0, ptr %.34, align 8
  call fastcc void @_ZN13_3cdynamic_3e5entryB3v15B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAExx8int16_2ax8int64_2ax8int64_2ax8int32_2ax8uint8_2ax8uint8_2ax8int64_2ax8int64_2axx8int64_2axx8int64_2ax8int64_2ax8int64_2ax8int64_2ax8int64_2ax(ptr %.34, i64 %.1, i64 %.2, ptr %.3, i64 %.4, ptr %.5, i64 %.6, ptr %.7, i64 %.8, ptr %.9, i64 %.10, ptr %.11, i64 %.12, ptr %.13, i64 %.14, ptr %.15, i64 %.16, ptr %.17, i64 %.18, i64 %.19, ptr %.20, i64 %.21, i64 %.22, ptr %.23, i64 %.24, ptr %.25, i64 %.26, ptr %.27, i64 %.28, ptr %.29, i64 %.30, ptr %.31, i64 %.32) #3
  %.48 = load i64, ptr %.34, align 8
  ret i64 %.48
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define internal fastcc void @_ZN13_3cdynamic_3e5entryB3v15B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAExx8int16_2ax8int64_2ax8int64_2ax8int32_2ax8uint8_2ax8uint8_2ax8int64_2ax8int64_2axx8int64_2axx8int64_2ax8int64_2ax8int64_2ax8int64_2ax8int64_2ax(ptr noalias nonnull writeonly captures(none) %retptr, i64 %arg.a0, i64 %arg.a1, ptr readonly captures(none) %arg.a2, i64 %arg.a2_0, ptr readonly captures(none) %arg.a3, i64 %arg.a3_0, ptr readonly captures(none) %arg.a4, i64 %arg.a4_0, ptr readonly captures(none) %arg.a5, i64 %arg.a5_0, ptr readonly captures(none) %arg.a6, i64 %arg.a6_0, ptr readonly captures(none) %arg.a7, i64 %arg.a7_0, ptr readonly captures(none) %arg.a8, i64 %arg.a8_0, ptr readonly captures(none) %arg.a9, i64 %arg.a9_0, i64 %arg.a9_1, ptr readonly captures(none) %arg.a10, i64 %arg.a10_0, i64 %arg.a10_1, ptr readonly captures(none) %arg.a11, i64 %arg.a11_0, ptr captures(none) %arg.a12, i64 %arg.a12_0, ptr writeonly captures(none) %arg.a13, i64 %arg.a13_0, ptr writeonly captures(none) %arg.a14, i64 %arg.a14_0, ptr writeonly captures(none) %arg.a15, i64 %arg.a15_0) unnamed_addr #0 {
entry:
  %.249.i = icmp slt i64 %arg.a0, 0
  %.253.i = icmp sgt i64 %arg.a1, %arg.a4_0
  %or.cond2330.i = select i1 %.249.i, i1 true, i1 %.253.i
  %.265.i = icmp slt i64 %arg.a2_0, %arg.a1
  %or.cond2331.i = select i1 %or.cond2330.i, i1 true, i1 %.265.i
  %.275.i = icmp slt i64 %arg.a3_0, %arg.a1
  %or.cond2332.i = select i1 %or.cond2331.i, i1 true, i1 %.275.i
  %.285.i = icmp slt i64 %arg.a5_0, %arg.a1
  %or.cond2333.i = select i1 %or.cond2332.i, i1 true, i1 %.285.i
  br i1 %or.cond2333.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v17B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIsLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit, label %B136.i

B136.i:                                           ; preds = %entry
  %.295.i = icmp eq i64 %arg.a7_0, %arg.a11_0
  %.298.i = icmp ne i64 %arg.a8_0, 0
  %or.cond.not27.i = select i1 %.295.i, i1 %.298.i, i1 false
  %.316.not.i = icmp eq i64 %arg.a9_0, %arg.a8_0
  %or.cond2334.i = select i1 %or.cond.not27.i, i1 %.316.not.i, i1 false
  %.334.not.i = icmp eq i64 %arg.a9_1, %arg.a11_0
  %or.cond2335.i = select i1 %or.cond2334.i, i1 %.334.not.i, i1 false
  %.352.not.i = icmp eq i64 %arg.a10_0, %arg.a8_0
  %or.cond2336.i = select i1 %or.cond2335.i, i1 %.352.not.i, i1 false
  %.370.not.i = icmp eq i64 %arg.a10_1, %arg.a11_0
  %or.cond2337.i = select i1 %or.cond2336.i, i1 %.370.not.i, i1 false
  br i1 %or.cond2337.i, label %B310.else.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v17B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIsLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B434.i:                                           ; preds = %B434.i.outer, %B620.i
  %i.4.1.i = phi i64 [ %.986.i, %B620.i ], [ %i.4.1.i.ph, %B434.i.outer ]
  %.649.i = getelementptr i16, ptr %arg.a2, i64 %i.4.1.i
  %.650.i = load i16, ptr %.649.i, align 2, !noalias !7
  %.655.i = sext i16 %.650.i to i64
  %.656.i = icmp sgt i16 %.650.i, -1
  %.661.not.i = icmp sgt i64 %arg.a7_0, %.655.i
  %or.cond2338.i = select i1 %.656.i, i1 %.661.not.i, i1 false
  br i1 %or.cond2338.i, label %B474.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v17B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIsLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B474.i:                                           ; preds = %B434.i
  %.692.i = getelementptr i32, ptr %arg.a5, i64 %i.4.1.i
  %.693.i = load i32, ptr %.692.i, align 4, !noalias !7
  %.695.i = icmp sgt i32 %.693.i, -1
  %.694.i = sext i32 %.693.i to i64
  %.736.not.i = icmp sgt i64 %arg.a6_0, %.694.i
  %or.cond2339.i = select i1 %.695.i, i1 %.736.not.i, i1 false
  br i1 %or.cond2339.i, label %B536.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v17B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIsLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B536.i:                                           ; preds = %B474.i
  %.862.i = getelementptr i64, ptr %arg.a11, i64 %.655.i
  %.863.i = load i64, ptr %.862.i, align 8, !noalias !7
  %.864.i = icmp slt i64 %.863.i, 0
  br i1 %.864.i, label %B560.i, label %B584.i

B560.i:                                           ; preds = %B536.i
  %.896.i = getelementptr i8, ptr %arg.a7, i64 %.655.i
  %.897.i = load i8, ptr %.896.i, align 1, !noalias !7
  %.901.i = icmp eq i8 %.897.i, 0
  br i1 %.901.i, label %B620.i, label %B584.i

B584.i:                                           ; preds = %B560.i, %B536.i
  %.965.i = getelementptr i8, ptr %arg.a6, i64 %.694.i
  %.966.i = load i8, ptr %.965.i, align 1, !noalias !7
  %.968.i = icmp eq i8 %.966.i, 0
  br i1 %.968.i, label %B620.i, label %B632.i

B620.i:                                           ; preds = %B584.i, %B560.i
  %.986.i = add nuw nsw i64 %i.4.1.i, 1
  %.611.i = icmp slt i64 %.986.i, %arg.a1
  br i1 %.611.i, label %B434.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v17B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIsLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B632.i:                                           ; preds = %B584.i
  %.1021.i = getelementptr i64, ptr %arg.a4, i64 %i.4.1.i
  %.1022.i = load i64, ptr %.1021.i, align 8, !noalias !7
  %.1028.i = icmp slt i64 %.1022.i, %previous.2.1.i.ph
  br i1 %.1028.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v17B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIsLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit, label %B664.i

B664.i:                                           ; preds = %B632.i
  %.1146.i = icmp slt i64 %i.4.1.i, %arg.a1
  br i1 %.1146.i, label %B684.i, label %B1340.i

B684.i:                                           ; preds = %B664.i, %B1312.i
  %slot.7.2.i = phi i64 [ %slot.14.4.i, %B1312.i ], [ %slot.8.1.i.ph, %B664.i ]
  %j.2.2.i = phi i64 [ %.2125.i, %B1312.i ], [ %i.4.1.i, %B664.i ]
  %.1184.i = getelementptr i16, ptr %arg.a2, i64 %j.2.2.i
  %.1185.i = load i16, ptr %.1184.i, align 2, !noalias !7
  %.1190.i = sext i16 %.1185.i to i64
  %.1191.i = icmp sgt i16 %.1185.i, -1
  %.1196.not.i = icmp sgt i64 %arg.a7_0, %.1190.i
  %or.cond2340.i = select i1 %.1191.i, i1 %.1196.not.i, i1 false
  br i1 %or.cond2340.i, label %B724.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v17B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIsLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B724.i:                                           ; preds = %B684.i
  %.1227.i = getelementptr i32, ptr %arg.a5, i64 %j.2.2.i
  %.1228.i = load i32, ptr %.1227.i, align 4, !noalias !7
  %.1230.i = icmp sgt i32 %.1228.i, -1
  %.1229.i = sext i32 %.1228.i to i64
  %.1271.not.i = icmp sgt i64 %arg.a6_0, %.1229.i
  %or.cond2341.i = select i1 %.1230.i, i1 %.1271.not.i, i1 false
  br i1 %or.cond2341.i, label %B786.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v17B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIsLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B786.i:                                           ; preds = %B724.i
  %.1401.i = getelementptr i64, ptr %arg.a11, i64 %.1190.i
  %.1402.i = load i64, ptr %.1401.i, align 8, !noalias !7
  %.1403.i = icmp sgt i64 %.1402.i, -1
  br i1 %.1403.i, label %B834.i, label %B810.i

B810.i:                                           ; preds = %B786.i
  %.1439.i = getelementptr i8, ptr %arg.a7, i64 %.1190.i
  %.1440.i = load i8, ptr %.1439.i, align 1, !noalias !7
  %.1442.not.i = icmp eq i8 %.1440.i, 0
  br i1 %.1442.not.i, label %B1312.i, label %B834.i

B834.i:                                           ; preds = %B810.i, %B786.i
  %.1507.i = getelementptr i8, ptr %arg.a6, i64 %.1229.i
  %.1508.i = load i8, ptr %.1507.i, align 1, !noalias !7
  %.1510.not.i = icmp eq i8 %.1508.i, 0
  br i1 %.1510.not.i, label %B1312.i, label %B870.i

B870.i:                                           ; preds = %B834.i
  %.1543.i = getelementptr i64, ptr %arg.a4, i64 %j.2.2.i
  %.1544.i = load i64, ptr %.1543.i, align 8, !noalias !7
  %.1546.not.i = icmp eq i64 %.1544.i, %.1022.i
  br i1 %.1546.not.i, label %B896.i, label %B1340.i

B896.i:                                           ; preds = %B870.i
  br i1 %.1403.i, label %B924.i, label %B1312.i

B924.i:                                           ; preds = %B896.i
  %.1608.not.i = icmp slt i64 %.1402.i, %.473.0.i
  br i1 %.1608.not.i, label %B940.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v17B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIsLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B940.i:                                           ; preds = %B924.i
  %.1738.i = getelementptr i64, ptr %arg.a3, i64 %j.2.2.i
  %.1739.i = load i64, ptr %.1738.i, align 8, !noalias !7
  %.1760.i = icmp sgt i64 %slot.7.2.i, -1
  %.1774.i = icmp slt i64 %slot.7.2.i, %arg.a8_0
  %or.cond2343.i = select i1 %.1760.i, i1 %.1774.i, i1 false
  br i1 %or.cond2343.i, label %B1020.i, label %B1076.i

B1020.i:                                          ; preds = %B940.i
  %.1807.i = getelementptr i64, ptr %arg.a8, i64 %slot.7.2.i
  %.1808.i = load i64, ptr %.1807.i, align 8, !noalias !7
  %.1810.i = icmp eq i64 %.1808.i, %.1739.i
  br i1 %.1810.i, label %B1300.i, label %B1076.i

B1076.i:                                          ; preds = %B1020.i, %B940.i
  br i1 %.1849.i, label %B1118.i, label %B1216.i

B1118.i:                                          ; preds = %B1076.i, %B1118.i
  %slot_of_v19_low.2.3.i = phi i64 [ %slot_of_v19_low.3.4.i, %B1118.i ], [ 0, %B1076.i ]
  %slot_of_v19_high.2.3.i = phi i64 [ %slot_of_v19_high.3.4.i, %B1118.i ], [ %arg.a8_0, %B1076.i ]
  %.1858.i = add nuw nsw i64 %slot_of_v19_high.2.3.i, %slot_of_v19_low.2.3.i
  %.18772328.i = lshr i64 %.1858.i, 1
  %.1931.i = getelementptr i64, ptr %arg.a8, i64 %.18772328.i
  %.1932.i = load i64, ptr %.1931.i, align 8, !noalias !7
  %.1934.i = icmp slt i64 %.1932.i, %.1739.i
  %.1945.i = add nuw nsw i64 %.18772328.i, 1
  %slot_of_v19_high.3.4.i = select i1 %.1934.i, i64 %slot_of_v19_high.2.3.i, i64 %.18772328.i
  %slot_of_v19_low.3.4.i = select i1 %.1934.i, i64 %.1945.i, i64 %slot_of_v19_low.2.3.i
  %.1976.i = icmp slt i64 %slot_of_v19_low.3.4.i, %slot_of_v19_high.3.4.i
  br i1 %.1976.i, label %B1118.i, label %B1216.i

B1216.i:                                          ; preds = %B1118.i, %B1076.i
  %slot_of_v19_low.4.4.i = phi i64 [ 0, %B1076.i ], [ %slot_of_v19_low.3.4.i, %B1118.i ]
  %.1999.i = icmp slt i64 %slot_of_v19_low.4.4.i, %arg.a8_0
  br i1 %.1999.i, label %B1248.i, label %B1312.i

B1248.i:                                          ; preds = %B1216.i
  %.2030.i = getelementptr i64, ptr %arg.a8, i64 %slot_of_v19_low.4.4.i
  %.2031.i = load i64, ptr %.2030.i, align 8, !noalias !7
  %.2038.i = icmp eq i64 %.2031.i, %.1739.i
  br i1 %.2038.i, label %B1300.i, label %B1312.i

B1300.i:                                          ; preds = %B1248.i, %B1020.i
  %slot.15.33.i = phi i64 [ %slot_of_v19_low.4.4.i, %B1248.i ], [ %slot.7.2.i, %B1020.i ]
  %.2071.i = mul nsw i64 %slot.15.33.i, %.473.0.i
  %0 = getelementptr i64, ptr %arg.a12, i64 %.2071.i
  %.2107.i = getelementptr i64, ptr %0, i64 %.1402.i
  store i64 %.1022.i, ptr %.2107.i, align 8, !noalias !7
  br label %B1312.i

B1312.i:                                          ; preds = %B1300.i, %B1248.i, %B1216.i, %B896.i, %B834.i, %B810.i
  %slot.14.4.i = phi i64 [ %slot.15.33.i, %B1300.i ], [ -1, %B1248.i ], [ %slot.7.2.i, %B896.i ], [ %slot.7.2.i, %B834.i ], [ %slot.7.2.i, %B810.i ], [ -1, %B1216.i ]
  %.2125.i = add i64 %j.2.2.i, 1
  %exitcond.not.i = icmp eq i64 %.2125.i, %arg.a1
  br i1 %exitcond.not.i, label %B1340.i, label %B684.i

B1340.i:                                          ; preds = %B1312.i, %B870.i, %B664.i
  %slot.13.3.i = phi i64 [ %slot.8.1.i.ph, %B664.i ], [ %slot.14.4.i, %B1312.i ], [ %slot.7.2.i, %B870.i ]
  %j.3.3.i = phi i64 [ %i.4.1.i, %B664.i ], [ %arg.a1, %B1312.i ], [ %j.2.2.i, %B870.i ]
  %.2194.i = sub nsw i64 %j.3.3.i, %i.4.1.i
  %.223761.not.i = icmp slt i64 %.2194.i, 1
  br i1 %.223761.not.i, label %B2349.i, label %B1352.if.i

B1400.i:                                          ; preds = %B1352.if.i
  %.2362.i = select i1 %.2292.i, i64 %arg.a5_0, i64 0
  %1 = getelementptr i32, ptr %arg.a5, i64 %.2181.062.i
  %.2376.i = getelementptr i32, ptr %1, i64 %.2362.i
  %.2377.i = load i32, ptr %.2376.i, align 4, !noalias !7
  %.2379.i = sext i32 %.2377.i to i64
  %.2392.i = icmp slt i32 %.2377.i, 0
  %.2393.i = select i1 %.2392.i, i64 %arg.a6_0, i64 0
  %2 = getelementptr i8, ptr %arg.a6, i64 %.2393.i
  %.2407.i = getelementptr i8, ptr %2, i64 %.2379.i
  %.2408.i = load i8, ptr %.2407.i, align 1, !noalias !7
  %.2410.i = icmp eq i8 %.2408.i, 0
  br i1 %.2410.i, label %B2345.i, label %B1422.i

B1422.i:                                          ; preds = %B1400.i
  %.2445.i = select i1 %.2292.i, i64 %arg.a3_0, i64 0
  %3 = getelementptr i64, ptr %arg.a3, i64 %.2181.062.i
  %.2459.i = getelementptr i64, ptr %3, i64 %.2445.i
  %.2460.i = load i64, ptr %.2459.i, align 8, !noalias !7
  %.2481.i = icmp sgt i64 %slot.10.265.i, -1
  %.2495.i = icmp slt i64 %slot.10.265.i, %arg.a8_0
  %or.cond2344.i = select i1 %.2481.i, i1 %.2495.i, i1 false
  br i1 %or.cond2344.i, label %B1441.i, label %B1944.i

B1441.i:                                          ; preds = %B1422.i
  %.2528.i = getelementptr i64, ptr %arg.a8, i64 %slot.10.265.i
  %.2529.i = load i64, ptr %.2528.i, align 8, !noalias !7
  %.2531.i = icmp eq i64 %.2529.i, %.2460.i
  br i1 %.2531.i, label %B2125.i, label %B1944.i

B1944.i:                                          ; preds = %B1441.i, %B1422.i
  br i1 %.1849.i, label %B1972.i, label %B2058.i

B1972.i:                                          ; preds = %B1944.i, %B1972.i
  %slot_of_v18_low.2.3.i = phi i64 [ %slot_of_v18_low.3.4.i, %B1972.i ], [ 0, %B1944.i ]
  %slot_of_v18_high.2.3.i = phi i64 [ %slot_of_v18_high.3.4.i, %B1972.i ], [ %arg.a8_0, %B1944.i ]
  %.2579.i = add nuw nsw i64 %slot_of_v18_high.2.3.i, %slot_of_v18_low.2.3.i
  %.25982329.i = lshr i64 %.2579.i, 1
  %.2652.i = getelementptr i64, ptr %arg.a8, i64 %.25982329.i
  %.2653.i = load i64, ptr %.2652.i, align 8, !noalias !7
  %.2655.i = icmp slt i64 %.2653.i, %.2460.i
  %.2666.i = add nuw nsw i64 %.25982329.i, 1
  %slot_of_v18_high.3.4.i = select i1 %.2655.i, i64 %slot_of_v18_high.2.3.i, i64 %.25982329.i
  %slot_of_v18_low.3.4.i = select i1 %.2655.i, i64 %.2666.i, i64 %slot_of_v18_low.2.3.i
  %.2697.i = icmp slt i64 %slot_of_v18_low.3.4.i, %slot_of_v18_high.3.4.i
  br i1 %.2697.i, label %B1972.i, label %B2058.i

B2058.i:                                          ; preds = %B1972.i, %B1944.i
  %slot_of_v18_low.4.4.i = phi i64 [ 0, %B1944.i ], [ %slot_of_v18_low.3.4.i, %B1972.i ]
  %.2720.i = icmp slt i64 %slot_of_v18_low.4.4.i, %arg.a8_0
  br i1 %.2720.i, label %B2062.i, label %B2345.i

B2062.i:                                          ; preds = %B2058.i
  %.2751.i = getelementptr i64, ptr %arg.a8, i64 %slot_of_v18_low.4.4.i
  %.2752.i = load i64, ptr %.2751.i, align 8, !noalias !7
  %.2759.not.i = icmp eq i64 %.2752.i, %.2460.i
  br i1 %.2759.not.i, label %B2125.i, label %B2345.i

B2125.i:                                          ; preds = %B2062.i, %B1441.i
  %slot.12.312.i = phi i64 [ %slot_of_v18_low.4.4.i, %B2062.i ], [ %slot.10.265.i, %B1441.i ]
  %.2850.i = mul i64 %slot.12.312.i, %arg.a7_0
  %4 = getelementptr i64, ptr %arg.a9, i64 %.2850.i
  %5 = getelementptr i64, ptr %4, i64 %.2328.i
  %.2854.i = getelementptr i64, ptr %5, i64 %.2314.i
  %.2855.i = load i64, ptr %.2854.i, align 8, !noalias !7
  %.2860.i = icmp slt i64 %.2855.i, 0
  br i1 %.2860.i, label %B2345.i, label %B2167.i

B2167.i:                                          ; preds = %B2125.i
  %6 = getelementptr i64, ptr %arg.a10, i64 %.2850.i
  %7 = getelementptr i64, ptr %6, i64 %.2328.i
  %.2936.i = getelementptr i64, ptr %7, i64 %.2314.i
  %.2937.i = load i64, ptr %.2936.i, align 8, !noalias !7
  %.2943.not.i = icmp slt i64 %.2937.i, %.473.0.i
  %.2947.not.i = icmp slt i64 %written.2.264.i, %.19.i.i
  %or.cond2342.i = select i1 %.2943.not.i, i1 %.2947.not.i, i1 false
  br i1 %or.cond2342.i, label %B2201.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v17B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIsLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B2201.i:                                          ; preds = %B2167.i
  %.3052.i = icmp sgt i64 %.2937.i, -1
  br i1 %.3052.i, label %B2283.i, label %B2283.thread.i

B2283.thread.i:                                   ; preds = %B2201.i
  %.312114.i = icmp slt i64 %written.2.264.i, 0
  %.312215.i = select i1 %.312114.i, i64 %arg.a13_0, i64 0
  %8 = getelementptr i64, ptr %arg.a13, i64 %written.2.264.i
  %.313616.i = getelementptr i64, ptr %8, i64 %.312215.i
  store i64 %.2181.062.i, ptr %.313616.i, align 8, !noalias !7
  %.315617.i = select i1 %.312114.i, i64 %arg.a14_0, i64 0
  %9 = getelementptr i64, ptr %arg.a14, i64 %written.2.264.i
  %.317018.i = getelementptr i64, ptr %9, i64 %.315617.i
  store i64 %.2855.i, ptr %.317018.i, align 8, !noalias !7
  br label %13

B2283.i:                                          ; preds = %B2201.i
  %.3056.i = mul nsw i64 %slot.12.312.i, %.473.0.i
  %.3058.i = add nsw i64 %.2937.i, %.3056.i
  %.3074.i = icmp slt i64 %.3058.i, 0
  %.3075.i = select i1 %.3074.i, i64 %arg.a12_0, i64 0
  %10 = getelementptr i64, ptr %arg.a12, i64 %.3058.i
  %.3089.i = getelementptr i64, ptr %10, i64 %.3075.i
  %.3090.i = load i64, ptr %.3089.i, align 8, !noalias !7
  %.3090.fr.i = freeze i64 %.3090.i
  %.3121.i = icmp slt i64 %written.2.264.i, 0
  %.3122.i = select i1 %.3121.i, i64 %arg.a13_0, i64 0
  %11 = getelementptr i64, ptr %arg.a13, i64 %written.2.264.i
  %.3136.i = getelementptr i64, ptr %11, i64 %.3122.i
  store i64 %.2181.062.i, ptr %.3136.i, align 8, !noalias !7
  %.3156.i = select i1 %.3121.i, i64 %arg.a14_0, i64 0
  %12 = getelementptr i64, ptr %arg.a14, i64 %written.2.264.i
  %.3170.i = getelementptr i64, ptr %12, i64 %.3156.i
  store i64 %.2855.i, ptr %.3170.i, align 8, !noalias !7
  %.3175.not.i = icmp eq i64 %.3090.fr.i, -9223372036854775808
  %spec.select26.i = select i1 %.3175.not.i, i64 %.1022.i, i64 %.3090.fr.i
  br label %13

13:                                               ; preds = %B2283.i, %B2283.thread.i
  %.312121.i = phi i1 [ %.3121.i, %B2283.i ], [ %.312114.i, %B2283.thread.i ]
  %14 = phi i64 [ %spec.select26.i, %B2283.i ], [ %.1022.i, %B2283.thread.i ]
  %.3211.i = select i1 %.312121.i, i64 %arg.a15_0, i64 0
  %15 = getelementptr i64, ptr %arg.a15, i64 %written.2.264.i
  %.3225.i = getelementptr i64, ptr %15, i64 %.3211.i
  store i64 %14, ptr %.3225.i, align 8, !noalias !7
  %.3230.i = add nsw i64 %written.2.264.i, 1
  br label %B2345.i

B2345.i:                                          ; preds = %B1352.if.i, %13, %B2125.i, %B2062.i, %B2058.i, %B1400.i
  %written.3.3.i = phi i64 [ %.3230.i, %13 ], [ %written.2.264.i, %B1352.if.i ], [ %written.2.264.i, %B2062.i ], [ %written.2.264.i, %B1400.i ], [ %written.2.264.i, %B2125.i ], [ %written.2.264.i, %B2058.i ]
  %slot.11.3.i = phi i64 [ %slot.12.312.i, %13 ], [ %slot.10.265.i, %B1352.if.i ], [ -1, %B2062.i ], [ %slot.10.265.i, %B1400.i ], [ %slot.12.312.i, %B2125.i ], [ -1, %B2058.i ]
  %.2237.i = icmp samesign ugt i64 %.2184.063.i, 1
  br i1 %.2237.i, label %B1352.if.i, label %B2349.i

B2349.i:                                          ; preds = %B2345.i, %B1340.i
  %written.2.2.lcssa.i = phi i64 [ %written.4.1.i.ph, %B1340.i ], [ %written.3.3.i, %B2345.i ]
  %slot.10.2.lcssa.i = phi i64 [ %slot.13.3.i, %B1340.i ], [ %slot.11.3.i, %B2345.i ]
  %.3277.i = icmp slt i64 %j.3.3.i, %arg.a1
  br i1 %.3277.i, label %B434.i.outer, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v17B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIsLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

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
  %.17.i.i = tail call i64 @llvm.smin.i64(i64 %arg.a14_0, i64 %arg.a13_0)
  %.19.i.i = tail call i64 @llvm.smin.i64(i64 %arg.a15_0, i64 %.17.i.i)
  %.61167.i = icmp slt i64 %arg.a0, %arg.a1
  br i1 %.61167.i, label %B434.preheader.lr.ph.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v17B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIsLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B434.preheader.lr.ph.i:                           ; preds = %B310.else.endif.i
  %.1849.i = icmp sgt i64 %arg.a8_0, 0
  br label %B434.i.outer

B434.i.outer:                                     ; preds = %B434.preheader.lr.ph.i, %B2349.i
  %written.4.1.i.ph = phi i64 [ 0, %B434.preheader.lr.ph.i ], [ %written.2.2.lcssa.i, %B2349.i ]
  %slot.8.1.i.ph = phi i64 [ 0, %B434.preheader.lr.ph.i ], [ %slot.10.2.lcssa.i, %B2349.i ]
  %previous.2.1.i.ph = phi i64 [ -9223372036854775808, %B434.preheader.lr.ph.i ], [ %.1022.i, %B2349.i ]
  %i.4.1.i.ph = phi i64 [ %arg.a0, %B434.preheader.lr.ph.i ], [ %j.3.3.i, %B2349.i ]
  br label %B434.i

B1352.if.i:                                       ; preds = %B1340.i, %B2345.i
  %slot.10.265.i = phi i64 [ %slot.11.3.i, %B2345.i ], [ %slot.13.3.i, %B1340.i ]
  %written.2.264.i = phi i64 [ %written.3.3.i, %B2345.i ], [ %written.4.1.i.ph, %B1340.i ]
  %.2184.063.i = phi i64 [ %.2246.i, %B2345.i ], [ %.2194.i, %B1340.i ]
  %.2181.062.i = phi i64 [ %.2250.i, %B2345.i ], [ %i.4.1.i, %B1340.i ]
  %.2246.i = add nsw i64 %.2184.063.i, -1
  %.2250.i = add i64 %.2181.062.i, 1
  %.2292.i = icmp slt i64 %.2181.062.i, 0
  %.2293.i = select i1 %.2292.i, i64 %arg.a2_0, i64 0
  %16 = getelementptr i16, ptr %arg.a2, i64 %.2181.062.i
  %.2307.i = getelementptr i16, ptr %16, i64 %.2293.i
  %.2308.i = load i16, ptr %.2307.i, align 2, !noalias !7
  %.2314.i = sext i16 %.2308.i to i64
  %.2327.i = icmp slt i16 %.2308.i, 0
  %.2328.i = select i1 %.2327.i, i64 %arg.a7_0, i64 0
  %17 = getelementptr i8, ptr %arg.a7, i64 %.2328.i
  %.2342.i = getelementptr i8, ptr %17, i64 %.2314.i
  %.2343.i = load i8, ptr %.2342.i, align 1, !noalias !7
  %.2345.i = icmp eq i8 %.2343.i, 0
  br i1 %.2345.i, label %B2345.i, label %B1400.i

_ZN8perfdiff7compute7pairing16table_dones_intoB3v17B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIsLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit: ; preds = %B620.i, %B434.i, %B474.i, %B632.i, %B2349.i, %B684.i, %B724.i, %B924.i, %B2167.i, %entry, %B136.i, %B310.else.endif.i
  %written.6.2.sink.i = phi i64 [ -2, %entry ], [ -2, %B136.i ], [ 0, %B310.else.endif.i ], [ -2, %B2167.i ], [ -2, %B684.i ], [ -2, %B924.i ], [ -2, %B724.i ], [ -2, %B474.i ], [ %written.4.1.i.ph, %B620.i ], [ -2, %B434.i ], [ -1, %B632.i ], [ %written.2.2.lcssa.i, %B2349.i ]
  store i64 %written.6.2.sink.i, ptr %retptr, align 8
  ret void
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define i64 @perfdiff_table_dones_into_i32(i64 %.1, i64 %.2, ptr readonly captures(none) %.3, i64 %.4, ptr readonly captures(none) %.5, i64 %.6, ptr readonly captures(none) %.7, i64 %.8, ptr readonly captures(none) %.9, i64 %.10, ptr readonly captures(none) %.11, i64 %.12, ptr readonly captures(none) %.13, i64 %.14, ptr readonly captures(none) %.15, i64 %.16, ptr readonly captures(none) %.17, i64 %.18, i64 %.19, ptr readonly captures(none) %.20, i64 %.21, i64 %.22, ptr readonly captures(none) %.23, i64 %.24, ptr captures(none) %.25, i64 %.26, ptr writeonly captures(none) %.27, i64 %.28, ptr writeonly captures(none) %.29, i64 %.30, ptr writeonly captures(none) %.31, i64 %.32) local_unnamed_addr #0 {
entry:
  %.34 = alloca i64, align 8
  store i64 0, ptr %.34, align 8
  call fastcc void @_ZN13_3cdynamic_3e5entryB3v20B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAExx8int32_2ax8int64_2ax8int64_2ax8int32_2ax8uint8_2ax8uint8_2ax8int64_2ax8int64_2axx8int64_2axx8int64_2ax8int64_2ax8int64_2ax8int64_2ax8int64_2ax(ptr %.34, i64 %.1, i64 %.2, ptr %.3, i64 %.4, ptr %.5, i64 %.6, ptr %.7, i64 %.8, ptr %.9, i64 %.10, ptr %.11, i64 %.12, ptr %.13, i64 %.14, ptr %.15, i64 %.16, ptr %.17, i64 %.18, i64 %.19, ptr %.20, i64 %.21, i64 %.22, ptr %.23, i64 %.24, ptr %.25, i64 %.26, ptr %.27, i64 %.28, ptr %.29, i64 %.30, ptr %.31, i64 %.32) #3
  %.48 = load i64, ptr %.34, align 8
  ret i64 %.48
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define internal fastcc void @_ZN13_3cdynamic_3e5entryB3v20B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAExx8int32_2ax8int64_2ax8int64_2ax8int32_2ax8uint8_2ax8uint8_2ax8int64_2ax8int64_2axx8int64_2axx8int64_2ax8int64_2ax8int64_2ax8int64_2ax8int64_2ax(ptr noalias nonnull writeonly captures(none) %retptr, i64 %arg.a0, i64 %arg.a1, ptr readonly captures(none) %arg.a2, i64 %arg.a2_0, ptr readonly captures(none) %arg.a3, i64 %arg.a3_0, ptr readonly captures(none) %arg.a4, i64 %arg.a4_0, ptr readonly captures(none) %arg.a5, i64 %arg.a5_0, ptr readonly captures(none) %arg.a6, i64 %arg.a6_0, ptr readonly captures(none) %arg.a7, i64 %arg.a7_0, ptr readonly captures(none) %arg.a8, i64 %arg.a8_0, ptr readonly captures(none) %arg.a9, i64 %arg.a9_0, i64 %arg.a9_1, ptr readonly captures(none) %arg.a10, i64 %arg.a10_0, i64 %arg.a10_1, ptr readonly captures(none) %arg.a11, i64 %arg.a11_0, ptr captures(none) %arg.a12, i64 %arg.a12_0, ptr writeonly captures(none) %arg.a13, i64 %arg.a13_0, ptr writeonly captures(none) %arg.a14, i64 %arg.a14_0, ptr writeonly captures(none) %arg.a15, i64 %arg.a15_0) unnamed_addr #0 {
entry:
  %.249.i = icmp slt i64 %arg.a0, 0
  %.253.i = icmp sgt i64 %arg.a1, %arg.a4_0
  %or.cond2330.i = select i1 %.249.i, i1 true, i1 %.253.i
  %.265.i = icmp slt i64 %arg.a2_0, %arg.a1
  %or.cond2331.i = select i1 %or.cond2330.i, i1 true, i1 %.265.i
  %.275.i = icmp slt i64 %arg.a3_0, %arg.a1
  %or.cond2332.i = select i1 %or.cond2331.i, i1 true, i1 %.275.i
  %.285.i = icmp slt i64 %arg.a5_0, %arg.a1
  %or.cond2333.i = select i1 %or.cond2332.i, i1 true, i1 %.285.i
  br i1 %or.cond2333.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v21B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit, label %B136.i

B136.i:                                           ; preds = %entry
  %.295.i = icmp eq i64 %arg.a7_0, %arg.a11_0
  %.298.i = icmp ne i64 %arg.a8_0, 0
  %or.cond.not27.i = select i1 %.295.i, i1 %.298.i, i1 false
  %.316.not.i = icmp eq i64 %arg.a9_0, %arg.a8_0
  %or.cond2334.i = select i1 %or.cond.not27.i, i1 %.316.not.i, i1 false
  %.334.not.i = icmp eq i64 %arg.a9_1, %arg.a11_0
  %or.cond2335.i = select i1 %or.cond2334.i, i1 %.334.not.i, i1 false
  %.352.not.i = icmp eq i64 %arg.a10_0, %arg.a8_0
  %or.cond2336.i = select i1 %or.cond2335.i, i1 %.352.not.i, i1 false
  %.370.not.i = icmp eq i64 %arg.a10_1, %arg.a11_0
  %or.cond2337.i = select i1 %or.cond2336.i, i1 %.370.not.i, i1 false
  br i1 %or.cond2337.i, label %B310.else.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v21B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B434.i:                                           ; preds = %B434.i.outer, %B620.i
  %i.4.1.i = phi i64 [ %.986.i, %B620.i ], [ %i.4.1.i.ph, %B434.i.outer ]
  %.649.i = getelementptr i32, ptr %arg.a2, i64 %i.4.1.i
  %.650.i = load i32, ptr %.649.i, align 4, !noalias !10
  %.655.i = sext i32 %.650.i to i64
  %.656.i = icmp sgt i32 %.650.i, -1
  %.661.not.i = icmp sgt i64 %arg.a7_0, %.655.i
  %or.cond2338.i = select i1 %.656.i, i1 %.661.not.i, i1 false
  br i1 %or.cond2338.i, label %B474.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v21B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B474.i:                                           ; preds = %B434.i
  %.692.i = getelementptr i32, ptr %arg.a5, i64 %i.4.1.i
  %.693.i = load i32, ptr %.692.i, align 4, !noalias !10
  %.695.i = icmp sgt i32 %.693.i, -1
  %.694.i = sext i32 %.693.i to i64
  %.736.not.i = icmp sgt i64 %arg.a6_0, %.694.i
  %or.cond2339.i = select i1 %.695.i, i1 %.736.not.i, i1 false
  br i1 %or.cond2339.i, label %B536.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v21B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B536.i:                                           ; preds = %B474.i
  %.862.i = getelementptr i64, ptr %arg.a11, i64 %.655.i
  %.863.i = load i64, ptr %.862.i, align 8, !noalias !10
  %.864.i = icmp slt i64 %.863.i, 0
  br i1 %.864.i, label %B560.i, label %B584.i

B560.i:                                           ; preds = %B536.i
  %.896.i = getelementptr i8, ptr %arg.a7, i64 %.655.i
  %.897.i = load i8, ptr %.896.i, align 1, !noalias !10
  %.901.i = icmp eq i8 %.897.i, 0
  br i1 %.901.i, label %B620.i, label %B584.i

B584.i:                                           ; preds = %B560.i, %B536.i
  %.965.i = getelementptr i8, ptr %arg.a6, i64 %.694.i
  %.966.i = load i8, ptr %.965.i, align 1, !noalias !10
  %.968.i = icmp eq i8 %.966.i, 0
  br i1 %.968.i, label %B620.i, label %B632.i

B620.i:                                           ; preds = %B584.i, %B560.i
  %.986.i = add nuw nsw i64 %i.4.1.i, 1
  %.611.i = icmp slt i64 %.986.i, %arg.a1
  br i1 %.611.i, label %B434.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v21B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B632.i:                                           ; preds = %B584.i
  %.1021.i = getelementptr i64, ptr %arg.a4, i64 %i.4.1.i
  %.1022.i = load i64, ptr %.1021.i, align 8, !noalias !10
  %.1028.i = icmp slt i64 %.1022.i, %previous.2.1.i.ph
  br i1 %.1028.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v21B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit, label %B664.i

B664.i:                                           ; preds = %B632.i
  %.1146.i = icmp slt i64 %i.4.1.i, %arg.a1
  br i1 %.1146.i, label %B684.i, label %B1340.i

B684.i:                                           ; preds = %B664.i, %B1312.i
  %slot.7.2.i = phi i64 [ %slot.14.4.i, %B1312.i ], [ %slot.8.1.i.ph, %B664.i ]
  %j.2.2.i = phi i64 [ %.2125.i, %B1312.i ], [ %i.4.1.i, %B664.i ]
  %.1184.i = getelementptr i32, ptr %arg.a2, i64 %j.2.2.i
  %.1185.i = load i32, ptr %.1184.i, align 4, !noalias !10
  %.1190.i = sext i32 %.1185.i to i64
  %.1191.i = icmp sgt i32 %.1185.i, -1
  %.1196.not.i = icmp sgt i64 %arg.a7_0, %.1190.i
  %or.cond2340.i = select i1 %.1191.i, i1 %.1196.not.i, i1 false
  br i1 %or.cond2340.i, label %B724.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v21B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B724.i:                                           ; preds = %B684.i
  %.1227.i = getelementptr i32, ptr %arg.a5, i64 %j.2.2.i
  %.1228.i = load i32, ptr %.1227.i, align 4, !noalias !10
  %.1230.i = icmp sgt i32 %.1228.i, -1
  %.1229.i = sext i32 %.1228.i to i64
  %.1271.not.i = icmp sgt i64 %arg.a6_0, %.1229.i
  %or.cond2341.i = select i1 %.1230.i, i1 %.1271.not.i, i1 false
  br i1 %or.cond2341.i, label %B786.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v21B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B786.i:                                           ; preds = %B724.i
  %.1401.i = getelementptr i64, ptr %arg.a11, i64 %.1190.i
  %.1402.i = load i64, ptr %.1401.i, align 8, !noalias !10
  %.1403.i = icmp sgt i64 %.1402.i, -1
  br i1 %.1403.i, label %B834.i, label %B810.i

B810.i:                                           ; preds = %B786.i
  %.1439.i = getelementptr i8, ptr %arg.a7, i64 %.1190.i
  %.1440.i = load i8, ptr %.1439.i, align 1, !noalias !10
  %.1442.not.i = icmp eq i8 %.1440.i, 0
  br i1 %.1442.not.i, label %B1312.i, label %B834.i

B834.i:                                           ; preds = %B810.i, %B786.i
  %.1507.i = getelementptr i8, ptr %arg.a6, i64 %.1229.i
  %.1508.i = load i8, ptr %.1507.i, align 1, !noalias !10
  %.1510.not.i = icmp eq i8 %.1508.i, 0
  br i1 %.1510.not.i, label %B1312.i, label %B870.i

B870.i:                                           ; preds = %B834.i
  %.1543.i = getelementptr i64, ptr %arg.a4, i64 %j.2.2.i
  %.1544.i = load i64, ptr %.1543.i, align 8, !noalias !10
  %.1546.not.i = icmp eq i64 %.1544.i, %.1022.i
  br i1 %.1546.not.i, label %B896.i, label %B1340.i

B896.i:                                           ; preds = %B870.i
  br i1 %.1403.i, label %B924.i, label %B1312.i

B924.i:                                           ; preds = %B896.i
  %.1608.not.i = icmp slt i64 %.1402.i, %.473.0.i
  br i1 %.1608.not.i, label %B940.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v21B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B940.i:                                           ; preds = %B924.i
  %.1738.i = getelementptr i64, ptr %arg.a3, i64 %j.2.2.i
  %.1739.i = load i64, ptr %.1738.i, align 8, !noalias !10
  %.1760.i = icmp sgt i64 %slot.7.2.i, -1
  %.1774.i = icmp slt i64 %slot.7.2.i, %arg.a8_0
  %or.cond2343.i = select i1 %.1760.i, i1 %.1774.i, i1 false
  br i1 %or.cond2343.i, label %B1020.i, label %B1076.i

B1020.i:                                          ; preds = %B940.i
  %.1807.i = getelementptr i64, ptr %arg.a8, i64 %slot.7.2.i
  %.1808.i = load i64, ptr %.1807.i, align 8, !noalias !10
  %.1810.i = icmp eq i64 %.1808.i, %.1739.i
  br i1 %.1810.i, label %B1300.i, label %B1076.i

B1076.i:                                          ; preds = %B1020.i, %B940.i
  br i1 %.1849.i, label %B1118.i, label %B1216.i

B1118.i:                                          ; preds = %B1076.i, %B1118.i
  %slot_of_v23_low.2.3.i = phi i64 [ %slot_of_v23_low.3.4.i, %B1118.i ], [ 0, %B1076.i ]
  %slot_of_v23_high.2.3.i = phi i64 [ %slot_of_v23_high.3.4.i, %B1118.i ], [ %arg.a8_0, %B1076.i ]
  %.1858.i = add nuw nsw i64 %slot_of_v23_high.2.3.i, %slot_of_v23_low.2.3.i
  %.18772328.i = lshr i64 %.1858.i, 1
  %.1931.i = getelementptr i64, ptr %arg.a8, i64 %.18772328.i
  %.1932.i = load i64, ptr %.1931.i, align 8, !noalias !10
  %.1934.i = icmp slt i64 %.1932.i, %.1739.i
  %.1945.i = add nuw nsw i64 %.18772328.i, 1
  %slot_of_v23_high.3.4.i = select i1 %.1934.i, i64 %slot_of_v23_high.2.3.i, i64 %.18772328.i
  %slot_of_v23_low.3.4.i = select i1 %.1934.i, i64 %.1945.i, i64 %slot_of_v23_low.2.3.i
  %.1976.i = icmp slt i64 %slot_of_v23_low.3.4.i, %slot_of_v23_high.3.4.i
  br i1 %.1976.i, label %B1118.i, label %B1216.i

B1216.i:                                          ; preds = %B1118.i, %B1076.i
  %slot_of_v23_low.4.4.i = phi i64 [ 0, %B1076.i ], [ %slot_of_v23_low.3.4.i, %B1118.i ]
  %.1999.i = icmp slt i64 %slot_of_v23_low.4.4.i, %arg.a8_0
  br i1 %.1999.i, label %B1248.i, label %B1312.i

B1248.i:                                          ; preds = %B1216.i
  %.2030.i = getelementptr i64, ptr %arg.a8, i64 %slot_of_v23_low.4.4.i
  %.2031.i = load i64, ptr %.2030.i, align 8, !noalias !10
  %.2038.i = icmp eq i64 %.2031.i, %.1739.i
  br i1 %.2038.i, label %B1300.i, label %B1312.i

B1300.i:                                          ; preds = %B1248.i, %B1020.i
  %slot.15.33.i = phi i64 [ %slot_of_v23_low.4.4.i, %B1248.i ], [ %slot.7.2.i, %B1020.i ]
  %.2071.i = mul nsw i64 %slot.15.33.i, %.473.0.i
  %0 = getelementptr i64, ptr %arg.a12, i64 %.2071.i
  %.2107.i = getelementptr i64, ptr %0, i64 %.1402.i
  store i64 %.1022.i, ptr %.2107.i, align 8, !noalias !10
  br label %B1312.i

B1312.i:                                          ; preds = %B1300.i, %B1248.i, %B1216.i, %B896.i, %B834.i, %B810.i
  %slot.14.4.i = phi i64 [ %slot.15.33.i, %B1300.i ], [ -1, %B1248.i ], [ %slot.7.2.i, %B896.i ], [ %slot.7.2.i, %B834.i ], [ %slot.7.2.i, %B810.i ], [ -1, %B1216.i ]
  %.2125.i = add i64 %j.2.2.i, 1
  %exitcond.not.i = icmp eq i64 %.2125.i, %arg.a1
  br i1 %exitcond.not.i, label %B1340.i, label %B684.i

B1340.i:                                          ; preds = %B1312.i, %B870.i, %B664.i
  %slot.13.3.i = phi i64 [ %slot.8.1.i.ph, %B664.i ], [ %slot.14.4.i, %B1312.i ], [ %slot.7.2.i, %B870.i ]
  %j.3.3.i = phi i64 [ %i.4.1.i, %B664.i ], [ %arg.a1, %B1312.i ], [ %j.2.2.i, %B870.i ]
  %.2194.i = sub nsw i64 %j.3.3.i, %i.4.1.i
  %.223761.not.i = icmp slt i64 %.2194.i, 1
  br i1 %.223761.not.i, label %B2799.i, label %B1352.if.i

B1400.i:                                          ; preds = %B1352.if.i
  %.2362.i = select i1 %.2292.i, i64 %arg.a5_0, i64 0
  %1 = getelementptr i32, ptr %arg.a5, i64 %.2181.062.i
  %.2376.i = getelementptr i32, ptr %1, i64 %.2362.i
  %.2377.i = load i32, ptr %.2376.i, align 4, !noalias !10
  %.2379.i = sext i32 %.2377.i to i64
  %.2392.i = icmp slt i32 %.2377.i, 0
  %.2393.i = select i1 %.2392.i, i64 %arg.a6_0, i64 0
  %2 = getelementptr i8, ptr %arg.a6, i64 %.2393.i
  %.2407.i = getelementptr i8, ptr %2, i64 %.2379.i
  %.2408.i = load i8, ptr %.2407.i, align 1, !noalias !10
  %.2410.i = icmp eq i8 %.2408.i, 0
  br i1 %.2410.i, label %B2795.i, label %B1422.i

B1422.i:                                          ; preds = %B1400.i
  %.2445.i = select i1 %.2292.i, i64 %arg.a3_0, i64 0
  %3 = getelementptr i64, ptr %arg.a3, i64 %.2181.062.i
  %.2459.i = getelementptr i64, ptr %3, i64 %.2445.i
  %.2460.i = load i64, ptr %.2459.i, align 8, !noalias !10
  %.2481.i = icmp sgt i64 %slot.10.265.i, -1
  %.2495.i = icmp slt i64 %slot.10.265.i, %arg.a8_0
  %or.cond2344.i = select i1 %.2481.i, i1 %.2495.i, i1 false
  br i1 %or.cond2344.i, label %B1441.i, label %B2394.i

B1441.i:                                          ; preds = %B1422.i
  %.2528.i = getelementptr i64, ptr %arg.a8, i64 %slot.10.265.i
  %.2529.i = load i64, ptr %.2528.i, align 8, !noalias !10
  %.2531.i = icmp eq i64 %.2529.i, %.2460.i
  br i1 %.2531.i, label %B2575.i, label %B2394.i

B2394.i:                                          ; preds = %B1441.i, %B1422.i
  br i1 %.1849.i, label %B2422.i, label %B2508.i

B2422.i:                                          ; preds = %B2394.i, %B2422.i
  %slot_of_v22_low.2.3.i = phi i64 [ %slot_of_v22_low.3.4.i, %B2422.i ], [ 0, %B2394.i ]
  %slot_of_v22_high.2.3.i = phi i64 [ %slot_of_v22_high.3.4.i, %B2422.i ], [ %arg.a8_0, %B2394.i ]
  %.2579.i = add nuw nsw i64 %slot_of_v22_high.2.3.i, %slot_of_v22_low.2.3.i
  %.25982329.i = lshr i64 %.2579.i, 1
  %.2652.i = getelementptr i64, ptr %arg.a8, i64 %.25982329.i
  %.2653.i = load i64, ptr %.2652.i, align 8, !noalias !10
  %.2655.i = icmp slt i64 %.2653.i, %.2460.i
  %.2666.i = add nuw nsw i64 %.25982329.i, 1
  %slot_of_v22_high.3.4.i = select i1 %.2655.i, i64 %slot_of_v22_high.2.3.i, i64 %.25982329.i
  %slot_of_v22_low.3.4.i = select i1 %.2655.i, i64 %.2666.i, i64 %slot_of_v22_low.2.3.i
  %.2697.i = icmp slt i64 %slot_of_v22_low.3.4.i, %slot_of_v22_high.3.4.i
  br i1 %.2697.i, label %B2422.i, label %B2508.i

B2508.i:                                          ; preds = %B2422.i, %B2394.i
  %slot_of_v22_low.4.4.i = phi i64 [ 0, %B2394.i ], [ %slot_of_v22_low.3.4.i, %B2422.i ]
  %.2720.i = icmp slt i64 %slot_of_v22_low.4.4.i, %arg.a8_0
  br i1 %.2720.i, label %B2512.i, label %B2795.i

B2512.i:                                          ; preds = %B2508.i
  %.2751.i = getelementptr i64, ptr %arg.a8, i64 %slot_of_v22_low.4.4.i
  %.2752.i = load i64, ptr %.2751.i, align 8, !noalias !10
  %.2759.not.i = icmp eq i64 %.2752.i, %.2460.i
  br i1 %.2759.not.i, label %B2575.i, label %B2795.i

B2575.i:                                          ; preds = %B2512.i, %B1441.i
  %slot.12.312.i = phi i64 [ %slot_of_v22_low.4.4.i, %B2512.i ], [ %slot.10.265.i, %B1441.i ]
  %.2850.i = mul i64 %slot.12.312.i, %arg.a7_0
  %4 = getelementptr i64, ptr %arg.a9, i64 %.2850.i
  %5 = getelementptr i64, ptr %4, i64 %.2328.i
  %.2854.i = getelementptr i64, ptr %5, i64 %.2314.i
  %.2855.i = load i64, ptr %.2854.i, align 8, !noalias !10
  %.2860.i = icmp slt i64 %.2855.i, 0
  br i1 %.2860.i, label %B2795.i, label %B2617.i

B2617.i:                                          ; preds = %B2575.i
  %6 = getelementptr i64, ptr %arg.a10, i64 %.2850.i
  %7 = getelementptr i64, ptr %6, i64 %.2328.i
  %.2936.i = getelementptr i64, ptr %7, i64 %.2314.i
  %.2937.i = load i64, ptr %.2936.i, align 8, !noalias !10
  %.2943.not.i = icmp slt i64 %.2937.i, %.473.0.i
  %.2947.not.i = icmp slt i64 %written.2.264.i, %.19.i.i
  %or.cond2342.i = select i1 %.2943.not.i, i1 %.2947.not.i, i1 false
  br i1 %or.cond2342.i, label %B2651.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v21B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B2651.i:                                          ; preds = %B2617.i
  %.3052.i = icmp sgt i64 %.2937.i, -1
  br i1 %.3052.i, label %B2733.i, label %B2733.thread.i

B2733.thread.i:                                   ; preds = %B2651.i
  %.312114.i = icmp slt i64 %written.2.264.i, 0
  %.312215.i = select i1 %.312114.i, i64 %arg.a13_0, i64 0
  %8 = getelementptr i64, ptr %arg.a13, i64 %written.2.264.i
  %.313616.i = getelementptr i64, ptr %8, i64 %.312215.i
  store i64 %.2181.062.i, ptr %.313616.i, align 8, !noalias !10
  %.315617.i = select i1 %.312114.i, i64 %arg.a14_0, i64 0
  %9 = getelementptr i64, ptr %arg.a14, i64 %written.2.264.i
  %.317018.i = getelementptr i64, ptr %9, i64 %.315617.i
  store i64 %.2855.i, ptr %.317018.i, align 8, !noalias !10
  br label %13

B2733.i:                                          ; preds = %B2651.i
  %.3056.i = mul nsw i64 %slot.12.312.i, %.473.0.i
  %.3058.i = add nsw i64 %.2937.i, %.3056.i
  %.3074.i = icmp slt i64 %.3058.i, 0
  %.3075.i = select i1 %.3074.i, i64 %arg.a12_0, i64 0
  %10 = getelementptr i64, ptr %arg.a12, i64 %.3058.i
  %.3089.i = getelementptr i64, ptr %10, i64 %.3075.i
  %.3090.i = load i64, ptr %.3089.i, align 8, !noalias !10
  %.3090.fr.i = freeze i64 %.3090.i
  %.3121.i = icmp slt i64 %written.2.264.i, 0
  %.3122.i = select i1 %.3121.i, i64 %arg.a13_0, i64 0
  %11 = getelementptr i64, ptr %arg.a13, i64 %written.2.264.i
  %.3136.i = getelementptr i64, ptr %11, i64 %.3122.i
  store i64 %.2181.062.i, ptr %.3136.i, align 8, !noalias !10
  %.3156.i = select i1 %.3121.i, i64 %arg.a14_0, i64 0
  %12 = getelementptr i64, ptr %arg.a14, i64 %written.2.264.i
  %.3170.i = getelementptr i64, ptr %12, i64 %.3156.i
  store i64 %.2855.i, ptr %.3170.i, align 8, !noalias !10
  %.3175.not.i = icmp eq i64 %.3090.fr.i, -9223372036854775808
  %spec.select26.i = select i1 %.3175.not.i, i64 %.1022.i, i64 %.3090.fr.i
  br label %13

13:                                               ; preds = %B2733.i, %B2733.thread.i
  %.312121.i = phi i1 [ %.3121.i, %B2733.i ], [ %.312114.i, %B2733.thread.i ]
  %14 = phi i64 [ %spec.select26.i, %B2733.i ], [ %.1022.i, %B2733.thread.i ]
  %.3211.i = select i1 %.312121.i, i64 %arg.a15_0, i64 0
  %15 = getelementptr i64, ptr %arg.a15, i64 %written.2.264.i
  %.3225.i = getelementptr i64, ptr %15, i64 %.3211.i
  store i64 %14, ptr %.3225.i, align 8, !noalias !10
  %.3230.i = add nsw i64 %written.2.264.i, 1
  br label %B2795.i

B2795.i:                                          ; preds = %B1352.if.i, %13, %B2575.i, %B2512.i, %B2508.i, %B1400.i
  %written.3.3.i = phi i64 [ %.3230.i, %13 ], [ %written.2.264.i, %B1352.if.i ], [ %written.2.264.i, %B2512.i ], [ %written.2.264.i, %B1400.i ], [ %written.2.264.i, %B2575.i ], [ %written.2.264.i, %B2508.i ]
  %slot.11.3.i = phi i64 [ %slot.12.312.i, %13 ], [ %slot.10.265.i, %B1352.if.i ], [ -1, %B2512.i ], [ %slot.10.265.i, %B1400.i ], [ %slot.12.312.i, %B2575.i ], [ -1, %B2508.i ]
  %.2237.i = icmp samesign ugt i64 %.2184.063.i, 1
  br i1 %.2237.i, label %B1352.if.i, label %B2799.i

B2799.i:                                          ; preds = %B2795.i, %B1340.i
  %written.2.2.lcssa.i = phi i64 [ %written.4.1.i.ph, %B1340.i ], [ %written.3.3.i, %B2795.i ]
  %slot.10.2.lcssa.i = phi i64 [ %slot.13.3.i, %B1340.i ], [ %slot.11.3.i, %B2795.i ]
  %.3277.i = icmp slt i64 %j.3.3.i, %arg.a1
  br i1 %.3277.i, label %B434.i.outer, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v21B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

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
  %.17.i.i = tail call i64 @llvm.smin.i64(i64 %arg.a14_0, i64 %arg.a13_0)
  %.19.i.i = tail call i64 @llvm.smin.i64(i64 %arg.a15_0, i64 %.17.i.i)
  %.61167.i = icmp slt i64 %arg.a0, %arg.a1
  br i1 %.61167.i, label %B434.preheader.lr.ph.i, label %_ZN8perfdiff7compute7pairing16table_dones_intoB3v21B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B434.preheader.lr.ph.i:                           ; preds = %B310.else.endif.i
  %.1849.i = icmp sgt i64 %arg.a8_0, 0
  br label %B434.i.outer

B434.i.outer:                                     ; preds = %B434.preheader.lr.ph.i, %B2799.i
  %written.4.1.i.ph = phi i64 [ 0, %B434.preheader.lr.ph.i ], [ %written.2.2.lcssa.i, %B2799.i ]
  %slot.8.1.i.ph = phi i64 [ 0, %B434.preheader.lr.ph.i ], [ %slot.10.2.lcssa.i, %B2799.i ]
  %previous.2.1.i.ph = phi i64 [ -9223372036854775808, %B434.preheader.lr.ph.i ], [ %.1022.i, %B2799.i ]
  %i.4.1.i.ph = phi i64 [ %arg.a0, %B434.preheader.lr.ph.i ], [ %j.3.3.i, %B2799.i ]
  br label %B434.i

B1352.if.i:                                       ; preds = %B1340.i, %B2795.i
  %slot.10.265.i = phi i64 [ %slot.11.3.i, %B2795.i ], [ %slot.13.3.i, %B1340.i ]
  %written.2.264.i = phi i64 [ %written.3.3.i, %B2795.i ], [ %written.4.1.i.ph, %B1340.i ]
  %.2184.063.i = phi i64 [ %.2246.i, %B2795.i ], [ %.2194.i, %B1340.i ]
  %.2181.062.i = phi i64 [ %.2250.i, %B2795.i ], [ %i.4.1.i, %B1340.i ]
  %.2246.i = add nsw i64 %.2184.063.i, -1
  %.2250.i = add i64 %.2181.062.i, 1
  %.2292.i = icmp slt i64 %.2181.062.i, 0
  %.2293.i = select i1 %.2292.i, i64 %arg.a2_0, i64 0
  %16 = getelementptr i32, ptr %arg.a2, i64 %.2181.062.i
  %.2307.i = getelementptr i32, ptr %16, i64 %.2293.i
  %.2308.i = load i32, ptr %.2307.i, align 4, !noalias !10
  %.2314.i = sext i32 %.2308.i to i64
  %.2327.i = icmp slt i32 %.2308.i, 0
  %.2328.i = select i1 %.2327.i, i64 %arg.a7_0, i64 0
  %17 = getelementptr i8, ptr %arg.a7, i64 %.2328.i
  %.2342.i = getelementptr i8, ptr %17, i64 %.2314.i
  %.2343.i = load i8, ptr %.2342.i, align 1, !noalias !10
  %.2345.i = icmp eq i8 %.2343.i, 0
  br i1 %.2345.i, label %B2795.i, label %B1400.i

_ZN8perfdiff7compute7pairing16table_dones_intoB3v21B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit: ; preds = %B620.i, %B434.i, %B474.i, %B632.i, %B2799.i, %B684.i, %B724.i, %B924.i, %B2617.i, %entry, %B136.i, %B310.else.endif.i
  %written.6.2.sink.i = phi i64 [ -2, %entry ], [ -2, %B136.i ], [ 0, %B310.else.endif.i ], [ -2, %B2617.i ], [ -2, %B684.i ], [ -2, %B924.i ], [ -2, %B724.i ], [ -2, %B474.i ], [ %written.4.1.i.ph, %B620.i ], [ -2, %B434.i ], [ -1, %B632.i ], [ %written.2.2.lcssa.i, %B2799.i ]
  store i64 %written.6.2.sink.i, ptr %retptr, align 8
  ret void
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define i64 @perfdiff_group_begin_order_into(ptr readonly captures(none) %.1, i64 %.2, ptr readonly captures(none) %.3, i64 %.4, ptr readonly captures(none) %.5, i64 %.6, ptr captures(none) %.7, i64 %.8, ptr captures(none) %.9, i64 %.10, i64 %.11) local_unnamed_addr #0 {
entry:
  %.13 = alloca i64, align 8
  store i64 0, ptr %.13, align 8
  call fastcc void @_ZN13_3cdynamic_3e5entryB3v24B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAE8int64_2ax8int64_2ax8int64_2ax8int64_2ax8int64_2axx(ptr %.13, ptr %.1, i64 %.2, ptr %.3, i64 %.4, ptr %.5, i64 %.6, ptr %.7, i64 %.8, ptr %.9, i64 %.10, i64 %.11) #3
  %.27 = load i64, ptr %.13, align 8
  ret i64 %.27
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define internal fastcc void @_ZN13_3cdynamic_3e5entryB3v24B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAE8int64_2ax8int64_2ax8int64_2ax8int64_2ax8int64_2axx(ptr noalias nonnull writeonly captures(none) %retptr, ptr readonly captures(none) %arg.a0, i64 %arg.a0_0, ptr readonly captures(none) %arg.a1, i64 %arg.a1_0, ptr readonly captures(none) %arg.a2, i64 %arg.a2_0, ptr captures(none) %arg.a3, i64 %arg.a3_0, ptr captures(none) %arg.a4, i64 %arg.a4_0, i64 %arg.a5) unnamed_addr #0 {
entry:
  %.95.not.i = icmp eq i64 %arg.a1_0, %arg.a0_0
  %.105.not.i = icmp eq i64 %arg.a2_0, %arg.a0_0
  %or.cond.i = select i1 %.95.not.i, i1 %.105.not.i, i1 false
  %.115.not.i = icmp eq i64 %arg.a4_0, %arg.a0_0
  %or.cond851.i = select i1 %or.cond.i, i1 %.115.not.i, i1 false
  br i1 %or.cond851.i, label %B88.i, label %_ZN8perfdiff7compute7pairing22group_begin_order_intoB3v25B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedEx.exit

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
  br i1 %.66510.i, label %B514.if.i, label %_ZN8perfdiff7compute7pairing22group_begin_order_intoB3v25B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedEx.exit

B514.loopexit.i:                                  ; preds = %B572.i
  %exitcond26.not.i = icmp eq i64 %.1182.i, %storemerge847.i
  br i1 %exitcond26.not.i, label %_ZN8perfdiff7compute7pairing22group_begin_order_intoB3v25B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedEx.exit, label %B514.if.i

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
  br i1 %.1747.i, label %_ZN8perfdiff7compute7pairing22group_begin_order_intoB3v25B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedEx.exit, label %B572.i

B194.if.i:                                        ; preds = %B164.i, %B244.i
  %.344.08.i = phi i64 [ %.413.i, %B244.i ], [ 0, %B164.i ]
  %7 = getelementptr i64, ptr %arg.a0, i64 %.344.08.i
  %.467.i = load i64, ptr %7, align 8, !noalias !13
  %.472.i = icmp sgt i64 %.467.i, -1
  %.476.not.i = icmp slt i64 %.467.i, %.155.i
  %or.cond852.i = select i1 %.472.i, i1 %.476.not.i, i1 false
  br i1 %or.cond852.i, label %B244.i, label %_ZN8perfdiff7compute7pairing22group_begin_order_intoB3v25B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedEx.exit

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

_ZN8perfdiff7compute7pairing22group_begin_order_intoB3v25B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedEx.exit: ; preds = %B194.if.i, %B514.loopexit.i, %B778.i, %entry, %B514.preheader.i
  %.sink.i = phi i64 [ 0, %B514.preheader.i ], [ -1, %B778.i ], [ -2, %entry ], [ 0, %B514.loopexit.i ], [ -2, %B194.if.i ]
  store i64 %.sink.i, ptr %retptr, align 8
  ret void
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define i64 @perfdiff_shares_into(ptr readonly captures(none) %.1, i64 %.2, ptr readonly captures(none) %.3, i64 %.4, ptr readonly captures(none) %.5, i64 %.6, ptr readonly captures(none) %.7, i64 %.8, ptr readonly captures(none) %.9, i64 %.10, ptr writeonly captures(none) %.11, i64 %.12) local_unnamed_addr #0 {
entry:
  %.14 = alloca i64, align 8
  store i64 0, ptr %.14, align 8
  call fastcc void @_ZN13_3cdynamic_3e5entryB3v26B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAE8int64_2ax8int64_2ax8int64_2ax8int64_2ax10float64_2ax10float64_2ax(ptr %.14, ptr %.1, i64 %.2, ptr %.3, i64 %.4, ptr %.5, i64 %.6, ptr %.7, i64 %.8, ptr %.9, i64 %.10, ptr %.11, i64 %.12) #3
  %.28 = load i64, ptr %.14, align 8
  ret i64 %.28
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define internal fastcc void @_ZN13_3cdynamic_3e5entryB3v26B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAE8int64_2ax8int64_2ax8int64_2ax8int64_2ax10float64_2ax10float64_2ax(ptr noalias nonnull writeonly captures(none) %retptr, ptr readonly captures(none) %arg.a0, i64 %arg.a0_0, ptr readonly captures(none) %arg.a1, i64 %arg.a1_0, ptr readonly captures(none) %arg.a2, i64 %arg.a2_0, ptr readonly captures(none) %arg.a3, i64 %arg.a3_0, ptr readonly captures(none) %arg.a4, i64 %arg.a4_0, ptr writeonly captures(none) %arg.a5, i64 %arg.a5_0) unnamed_addr #0 {
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
  br i1 %or.cond794.i, label %B132.i, label %_ZN8perfdiff7compute7pairing11shares_intoB3v28B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE.exit

B132.i:                                           ; preds = %entry
  %spec.select2.i = tail call i64 @llvm.smax.i64(i64 %arg.a1_0, i64 0)
  br label %B162.i

B162.i:                                           ; preds = %B162.if.i, %B132.i
  %.206.0.i = phi i64 [ 0, %B132.i ], [ %.277.i, %B162.if.i ]
  %exitcond.not.i = icmp eq i64 %.206.0.i, %spec.select2.i
  br i1 %exitcond.not.i, label %B222.i, label %B162.if.i

B222.i:                                           ; preds = %B162.i
  %.424.i = icmp sgt i64 %arg.a1_0, 0
  br i1 %.424.i, label %B280.i, label %_ZN8perfdiff7compute7pairing11shares_intoB3v28B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE.exit

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
  br i1 %.1609.i, label %B280.i, label %_ZN8perfdiff7compute7pairing11shares_intoB3v28B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE.exit

B162.if.i:                                        ; preds = %B162.i
  %.277.i = add nuw i64 %.206.0.i, 1
  %19 = getelementptr i64, ptr %arg.a0, i64 %.206.0.i
  %.335.i = load i64, ptr %19, align 8, !noalias !16
  %.336.i = icmp sgt i64 %.335.i, -1
  %.372.not.i = icmp slt i64 %.335.i, %arg.a1_0
  %or.cond795.i = and i1 %.336.i, %.372.not.i
  br i1 %or.cond795.i, label %B162.i, label %_ZN8perfdiff7compute7pairing11shares_intoB3v28B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE.exit

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

_ZN8perfdiff7compute7pairing11shares_intoB3v28B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE.exit: ; preds = %B162.if.i, %B962.i, %entry, %B222.i
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
!5 = distinct !{!5, !6, !"_ZN8perfdiff7compute7pairing16table_dones_intoB3v12B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIaLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE: %retptr"}
!6 = distinct !{!6, !"_ZN8perfdiff7compute7pairing16table_dones_intoB3v12B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIaLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE"}
!7 = !{!8}
!8 = distinct !{!8, !9, !"_ZN8perfdiff7compute7pairing16table_dones_intoB3v17B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIsLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE: %retptr"}
!9 = distinct !{!9, !"_ZN8perfdiff7compute7pairing16table_dones_intoB3v17B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIsLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE"}
!10 = !{!11}
!11 = distinct !{!11, !12, !"_ZN8perfdiff7compute7pairing16table_dones_intoB3v21B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE: %retptr"}
!12 = distinct !{!12, !"_ZN8perfdiff7compute7pairing16table_dones_intoB3v21B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIhLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE"}
!13 = !{!14}
!14 = distinct !{!14, !15, !"_ZN8perfdiff7compute7pairing22group_begin_order_intoB3v25B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedEx: %retptr"}
!15 = distinct !{!15, !"_ZN8perfdiff7compute7pairing22group_begin_order_intoB3v25B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedEx"}
!16 = !{!17}
!17 = distinct !{!17, !18, !"_ZN8perfdiff7compute7pairing11shares_intoB3v28B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE: %retptr"}
!18 = distinct !{!18, !"_ZN8perfdiff7compute7pairing11shares_intoB3v28B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE"}
