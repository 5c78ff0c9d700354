; perfdiff kernels of perfdiff.compute.pairing: LLVM IR generated from its source by
; python -m perfdiff.compute.native_build (numba 0.68.1, LLVM 22.1.0). Do not edit: edit the source and regenerate.
; source-sha256: be5f49a7b0a7c9a82b56520c43c77b1a34a224c79bc39e512882aa4e9a7bcc2a

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define internal fastcc void @_ZN13_3cdynamic_3e5entryB3v43B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAE8int64_2ax8int64_2ax8int64_2ax8int64_2ax8int64_2axx8int64_2axx8int64_2ax8int64_2ax8int64_2ax8int64_2ax8int64_2ax(ptr noalias nonnull writeonly captures(none) %retptr, ptr readonly captures(none) %arg.a0, i64 %arg.a0_0, ptr readonly captures(none) %arg.a1, i64 %arg.a1_0, ptr readonly captures(none) %arg.a2, i64 %arg.a2_0, ptr readonly captures(none) %arg.a3, i64 %arg.a3_0, ptr readonly captures(none) %arg.a4, i64 %arg.a4_0, i64 %arg.a4_1, ptr readonly captures(none) %arg.a5, i64 %arg.a5_0, i64 %arg.a5_1, ptr readonly captures(none) %arg.a6, i64 %arg.a6_0, ptr captures(none) %arg.a7, i64 %arg.a7_0, ptr writeonly captures(none) %arg.a8, i64 %arg.a8_0, ptr writeonly captures(none) %arg.a9, i64 %arg.a9_0, ptr writeonly captures(none) %arg.a10, i64 %arg.a10_0) unnamed_addr #0 {
entry:
  %.208.not.i = icmp eq i64 %arg.a1_0, %arg.a0_0
  br i1 %.208.not.i, label %B68.i, label %_ZN8perfdiff7compute7pairing10dones_intoB3v44B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

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
  br i1 %or.cond1682.i, label %B238.i, label %_ZN8perfdiff7compute7pairing10dones_intoB3v44B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B238.i:                                           ; preds = %B68.i
  %.17.i.i = tail call i64 @llvm.smin.i64(i64 %arg.a9_0, i64 %arg.a8_0)
  %.19.i.i = tail call i64 @llvm.smin.i64(i64 %arg.a10_0, i64 %.17.i.i)
  %.349.i = icmp slt i64 %.19.i.i, %arg.a1_0
  br i1 %.349.i, label %_ZN8perfdiff7compute7pairing10dones_intoB3v44B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit, label %B314.else.i

B360.i:                                           ; preds = %B360.preheader.i, %B9647.i
  %written.3.0.i = phi i64 [ %written.2.1.lcssa.i, %B9647.i ], [ 0, %B360.preheader.i ]
  %slot.10.0.i = phi i64 [ %slot.11.1.lcssa.i, %B9647.i ], [ 0, %B360.preheader.i ]
  %i.2.0.i = phi i64 [ %j.3.1.i, %B9647.i ], [ 0, %B360.preheader.i ]
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
  br i1 %.561.i, label %_ZN8perfdiff7compute7pairing10dones_intoB3v44B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit, label %B422.i

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
  br i1 %or.cond1683.i, label %B506.i, label %_ZN8perfdiff7compute7pairing10dones_intoB3v44B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B506.i:                                           ; preds = %B462.i
  %.866.i = getelementptr i64, ptr %arg.a6, i64 %.743.i
  %.867.i = load i64, ptr %.866.i, align 8, !noalias !0
  %.874.i = icmp sgt i64 %.867.i, -1
  br i1 %.874.i, label %B534.i, label %B956.i

B534.i:                                           ; preds = %B506.i
  %.880.not.i = icmp slt i64 %.867.i, %.433.0.i
  br i1 %.880.not.i, label %B550.i, label %_ZN8perfdiff7compute7pairing10dones_intoB3v44B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

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
  %slot_of_v46_low.2.5.i = phi i64 [ %slot_of_v46_low.3.7.i, %B710.i ], [ 0, %B708.i ]
  %slot_of_v46_high.2.5.i = phi i64 [ %slot_of_v46_high.3.7.i, %B710.i ], [ %arg.a3_0, %B708.i ]
  %.1111.i = add nuw nsw i64 %slot_of_v46_high.2.5.i, %slot_of_v46_low.2.5.i
  %.11301677.i = lshr i64 %.1111.i, 1
  %.1184.i = getelementptr i64, ptr %arg.a3, i64 %.11301677.i
  %.1185.i = load i64, ptr %.1184.i, align 8, !noalias !0
  %.1187.i = icmp slt i64 %.1185.i, %.992.i
  %.1198.i = add nuw nsw i64 %.11301677.i, 1
  %slot_of_v46_high.3.7.i = select i1 %.1187.i, i64 %slot_of_v46_high.2.5.i, i64 %.11301677.i
  %slot_of_v46_low.3.7.i = select i1 %.1187.i, i64 %.1198.i, i64 %slot_of_v46_low.2.5.i
  %.1229.i = icmp slt i64 %slot_of_v46_low.3.7.i, %slot_of_v46_high.3.7.i
  br i1 %.1229.i, label %B710.i, label %B822.i

B822.i:                                           ; preds = %B710.i, %B708.i
  %slot_of_v46_low.4.6.i = phi i64 [ 0, %B708.i ], [ %slot_of_v46_low.3.7.i, %B710.i ]
  %.1252.i = icmp slt i64 %slot_of_v46_low.4.6.i, %arg.a3_0
  br i1 %.1252.i, label %B854.i, label %B956.i

B854.i:                                           ; preds = %B822.i
  %.1283.i = getelementptr i64, ptr %arg.a3, i64 %slot_of_v46_low.4.6.i
  %.1284.i = load i64, ptr %.1283.i, align 8, !noalias !0
  %.1291.i = icmp eq i64 %.1284.i, %.992.i
  br i1 %.1291.i, label %B912.i, label %B956.i

B912.i:                                           ; preds = %B854.i, %B630.i
  %slot.9.43.i = phi i64 [ %slot_of_v46_low.4.6.i, %B854.i ], [ %slot.7.2.i, %B630.i ]
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
  br i1 %.154830.not.i, label %B9647.i, label %B982.if.i

B9220.i:                                          ; preds = %B982.if.i
  %.1688.i = getelementptr i64, ptr %arg.a3, i64 %slot.11.134.i
  %.1689.i = load i64, ptr %.1688.i, align 8, !noalias !0
  %.1691.i = icmp eq i64 %.1689.i, %.1620.i
  br i1 %.1691.i, label %B9445.i, label %B9270.i

B9270.i:                                          ; preds = %B982.if.i, %B9220.i
  br i1 %.1102.i, label %B9274.i, label %B9360.i

B9274.i:                                          ; preds = %B9270.i, %B9274.i
  %slot_of_v45_low.2.3.i = phi i64 [ %slot_of_v45_low.3.5.i, %B9274.i ], [ 0, %B9270.i ]
  %slot_of_v45_high.2.3.i = phi i64 [ %slot_of_v45_high.3.5.i, %B9274.i ], [ %arg.a3_0, %B9270.i ]
  %.1739.i = add nuw nsw i64 %slot_of_v45_high.2.3.i, %slot_of_v45_low.2.3.i
  %.17581678.i = lshr i64 %.1739.i, 1
  %.1812.i = getelementptr i64, ptr %arg.a3, i64 %.17581678.i
  %.1813.i = load i64, ptr %.1812.i, align 8, !noalias !0
  %.1815.i = icmp slt i64 %.1813.i, %.1620.i
  %.1826.i = add nuw nsw i64 %.17581678.i, 1
  %slot_of_v45_high.3.5.i = select i1 %.1815.i, i64 %slot_of_v45_high.2.3.i, i64 %.17581678.i
  %slot_of_v45_low.3.5.i = select i1 %.1815.i, i64 %.1826.i, i64 %slot_of_v45_low.2.3.i
  %.1857.i = icmp slt i64 %slot_of_v45_low.3.5.i, %slot_of_v45_high.3.5.i
  br i1 %.1857.i, label %B9274.i, label %B9360.i

B9360.i:                                          ; preds = %B9274.i, %B9270.i
  %slot_of_v45_low.4.4.i = phi i64 [ 0, %B9270.i ], [ %slot_of_v45_low.3.5.i, %B9274.i ]
  %.1880.i = icmp slt i64 %slot_of_v45_low.4.4.i, %arg.a3_0
  br i1 %.1880.i, label %B9372.i, label %B9643.i

B9372.i:                                          ; preds = %B9360.i
  %.1911.i = getelementptr i64, ptr %arg.a3, i64 %slot_of_v45_low.4.4.i
  %.1912.i = load i64, ptr %.1911.i, align 8, !noalias !0
  %.1919.i = icmp eq i64 %.1912.i, %.1620.i
  br i1 %.1919.i, label %B9445.i, label %B9643.i

B9445.i:                                          ; preds = %B9372.i, %B9220.i
  %slot.13.213.i = phi i64 [ %slot.11.134.i, %B9220.i ], [ %slot_of_v45_low.4.4.i, %B9372.i ]
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
  br i1 %.2047.i, label %B9643.i, label %B9467.i

B9467.i:                                          ; preds = %B9445.i
  %8 = getelementptr i64, ptr %arg.a5, i64 %.2035.i
  %9 = getelementptr i64, ptr %8, i64 %.1983.i
  %.2115.i = getelementptr i64, ptr %9, i64 %.2017.i
  %.2116.i = load i64, ptr %.2115.i, align 8, !noalias !0
  %.2124.not.i = icmp slt i64 %.2116.i, %.433.0.i
  br i1 %.2124.not.i, label %B9499.i, label %_ZN8perfdiff7compute7pairing10dones_intoB3v44B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B9499.i:                                          ; preds = %B9467.i
  %.2210.i = icmp sgt i64 %.2116.i, -1
  br i1 %.2210.i, label %B9581.i, label %B9581.thread.i

B9581.thread.i:                                   ; preds = %B9499.i
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

B9581.i:                                          ; preds = %B9499.i
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

15:                                               ; preds = %B9581.i, %B9581.thread.i
  %.227922.i = phi i1 [ %.2279.i, %B9581.i ], [ %.227915.i, %B9581.thread.i ]
  %16 = phi i64 [ %spec.select26.i, %B9581.i ], [ %.521.i, %B9581.thread.i ]
  %.2364.i = select i1 %.227922.i, i64 %arg.a10_0, i64 0
  %17 = getelementptr i64, ptr %arg.a10, i64 %written.2.133.i
  %.2378.i = getelementptr i64, ptr %17, i64 %.2364.i
  store i64 %16, ptr %.2378.i, align 8, !noalias !0
  %.2383.i = add nsw i64 %written.2.133.i, 1
  br label %B9643.i

B9643.i:                                          ; preds = %15, %B9445.i, %B9372.i, %B9360.i
  %slot.13.29.i = phi i64 [ %slot.13.213.i, %15 ], [ -1, %B9372.i ], [ %slot.13.213.i, %B9445.i ], [ -1, %B9360.i ]
  %written.4.2.i = phi i64 [ %.2383.i, %15 ], [ %written.2.133.i, %B9372.i ], [ %written.2.133.i, %B9445.i ], [ %written.2.133.i, %B9360.i ]
  %.1548.i = icmp samesign ugt i64 %.1495.032.i, 1
  br i1 %.1548.i, label %B982.if.i, label %B9647.i

B9647.i:                                          ; preds = %B9643.i, %B962.i
  %written.2.1.lcssa.i = phi i64 [ %written.3.0.i, %B962.i ], [ %written.4.2.i, %B9643.i ]
  %slot.11.1.lcssa.i = phi i64 [ %slot.12.1.i, %B962.i ], [ %slot.13.29.i, %B9643.i ]
  %.2425.i = icmp slt i64 %j.3.1.i, %arg.a1_0
  br i1 %.2425.i, label %B360.i, label %_ZN8perfdiff7compute7pairing10dones_intoB3v44B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

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
  br i1 %.484.i, label %B360.preheader.i, label %_ZN8perfdiff7compute7pairing10dones_intoB3v44B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B360.preheader.i:                                 ; preds = %B314.else.endif.i
  %.1102.i = icmp sgt i64 %arg.a3_0, 0
  %18 = add nsw i64 %arg.a1_0, -1
  br label %B360.i

B982.if.i:                                        ; preds = %B962.i, %B9643.i
  %slot.11.134.i = phi i64 [ %slot.13.29.i, %B9643.i ], [ %slot.12.1.i, %B962.i ]
  %written.2.133.i = phi i64 [ %written.4.2.i, %B9643.i ], [ %written.3.0.i, %B962.i ]
  %.1495.032.i = phi i64 [ %.1557.i, %B9643.i ], [ %.1505.i, %B962.i ]
  %.1492.031.i = phi i64 [ %.1561.i, %B9643.i ], [ %i.2.0.i, %B962.i ]
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
  br i1 %or.cond1685.i, label %B9220.i, label %B9270.i

_ZN8perfdiff7compute7pairing10dones_intoB3v44B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit: ; preds = %B388.i, %B9647.i, %B462.i, %B534.i, %B9467.i, %entry, %B68.i, %B238.i, %B314.else.endif.i
  %written.5.1.sink.i = phi i64 [ -2, %B68.i ], [ 0, %B314.else.endif.i ], [ -2, %B462.i ], [ -2, %B9467.i ], [ -2, %entry ], [ -2, %B238.i ], [ -2, %B534.i ], [ -1, %B388.i ], [ %written.2.1.lcssa.i, %B9647.i ]
  store i64 %written.5.1.sink.i, ptr %retptr, align 8
  ret void
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define i64 @perfdiff_dones_into(ptr readonly captures(none) %.1, i64 %.2, ptr readonly captures(none) %.3, i64 %.4, ptr readonly captures(none) %.5, i64 %.6, ptr readonly captures(none) %.7, i64 %.8, ptr readonly captures(none) %.9, i64 %.10, i64 %.11, ptr readonly captures(none) %.12, i64 %.13, i64 %.14, ptr readonly captures(none) %.15, i64 %.16, ptr captures(none) %.17, i64 %.18, ptr writeonly captures(none) %.19, i64 %.20, ptr writeonly captures(none) %.21, i64 %.22, ptr writeonly captures(none) %.23, i64 %.24) local_unnamed_addr #0 {
entry:
  %.26 = alloca i64, align 8
  store i64 0, ptr %.26, align 8
  call fastcc void @_ZN13_3cdynamic_3e5entryB3v43B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAE8int64_2ax8int64_2ax8int64_2ax8int64_2ax8int64_2axx8int64_2axx8int64_2ax8int64_2ax8int64_2ax8int64_2ax8int64_2ax(ptr %.26, ptr %.1, i64 %.2, ptr %.3, i64 %.4, ptr %.5, i64 %.6, ptr %.7, i64 %.8, ptr %.9, i64 %.10, i64 %.11, ptr %.12, i64 %.13, i64 %.14, ptr %.15, i64 %.16, ptr %.17, i64 %.18, ptr %.19, i64 %.20, ptr %.21, i64 %.22, ptr %.23, i64 %.24) #2
  %.40 = load i64, ptr %.26, align 8
  ret i64 %.40
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define i64 @perfdiff_shares_into(ptr readonly captures(none) %.1, i64 %.2, ptr readonly captures(none) %.3, i64 %.4, ptr readonly captures(none) %.5, i64 %.6, ptr readonly captures(none) %.7, i64 %.8, ptr readonly captures(none) %.9, i64 %.10, ptr writeonly captures(none) %.11, i64 %.12) local_unnamed_addr #0 {
entry:
  %.14 = alloca i64, align 8
  store i64 0, ptr %.14, align 8
  call fastcc void @_ZN13_3cdynamic_3e5entryB3v48B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAE8int64_2ax8int64_2ax8int64_2ax8int64_2ax10float64_2ax10float64_2ax(ptr %.14, ptr %.1, i64 %.2, ptr %.3, i64 %.4, ptr %.5, i64 %.6, ptr %.7, i64 %.8, ptr %.9, i64 %.10, ptr %.11, i64 %.12) #2
  %.28 = load i64, ptr %.14, align 8
  ret i64 %.28
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define internal fastcc void @_ZN13_3cdynamic_3e5entryB3v48B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAE8int64_2ax8int64_2ax8int64_2ax8int64_2ax10float64_2ax10float64_2ax(ptr noalias nonnull writeonly captures(none) %retptr, ptr readonly captures(none) %arg.a0, i64 %arg.a0_0, ptr readonly captures(none) %arg.a1, i64 %arg.a1_0, ptr readonly captures(none) %arg.a2, i64 %arg.a2_0, ptr readonly captures(none) %arg.a3, i64 %arg.a3_0, ptr readonly captures(none) %arg.a4, i64 %arg.a4_0, ptr writeonly captures(none) %arg.a5, i64 %arg.a5_0) unnamed_addr #0 {
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
  br i1 %or.cond794.i, label %B132.i, label %_ZN8perfdiff7compute7pairing11shares_intoB3v50B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE.exit

B132.i:                                           ; preds = %entry
  %spec.select2.i = tail call i64 @llvm.smax.i64(i64 %arg.a1_0, i64 0)
  br label %B162.i

B162.i:                                           ; preds = %B162.if.i, %B132.i
  %.206.0.i = phi i64 [ 0, %B132.i ], [ %.277.i, %B162.if.i ]
  %exitcond.not.i = icmp eq i64 %.206.0.i, %spec.select2.i
  br i1 %exitcond.not.i, label %B222.i, label %B162.if.i

B222.i:                                           ; preds = %B162.i
  %.424.i = icmp sgt i64 %arg.a1_0, 0
  br i1 %.424.i, label %B280.i, label %_ZN8perfdiff7compute7pairing11shares_intoB3v50B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE.exit

B280.i:                                           ; preds = %B222.i, %B962.i
  %reach.4.0.i = phi i64 [ %reach.5.2.i, %B962.i ], [ 0, %B222.i ]
  %t.4.0.i = phi i64 [ %t.5.2.i, %B962.i ], [ 0, %B222.i ]
  %.447.i = icmp slt i64 %t.4.0.i, 0
  %.448.i = select i1 %.447.i, i64 %arg.a1_0, i64 0
  %0 = getelementptr i64, ptr %arg.a0, i64 %t.4.0.i
  %.462.i = getelementptr i64, ptr %0, i64 %.448.i
  %.463.i = load i64, ptr %.462.i, align 8, !noalias !4
  %.468.i = icmp eq i64 %t.4.0.i, 0
  br i1 %.468.i, label %B366.i, label %B312.i

B312.i:                                           ; preds = %B280.i
  %.484.i = icmp slt i64 %.463.i, 0
  %.485.i = select i1 %.484.i, i64 %arg.a1_0, i64 0
  %1 = getelementptr i64, ptr %arg.a1, i64 %.463.i
  %.499.i = getelementptr i64, ptr %1, i64 %.485.i
  %.500.i = load i64, ptr %.499.i, align 8, !noalias !4
  %.516.inv.i = icmp sgt i64 %t.4.0.i, 0
  %.517.i = select i1 %.516.inv.i, i64 0, i64 %arg.a1_0
  %2 = getelementptr i8, ptr %0, i64 -8
  %.531.i = getelementptr i64, ptr %2, i64 %.517.i
  %.532.i = load i64, ptr %.531.i, align 8, !noalias !4
  %.546.i = icmp slt i64 %.532.i, 0
  %.547.i = select i1 %.546.i, i64 %arg.a1_0, i64 0
  %3 = getelementptr i64, ptr %arg.a1, i64 %.532.i
  %.561.i = getelementptr i64, ptr %3, i64 %.547.i
  %.562.i = load i64, ptr %.561.i, align 8, !noalias !4
  %.563.not.i = icmp eq i64 %.500.i, %.562.i
  br i1 %.563.not.i, label %B384.i, label %B366.i

B366.i:                                           ; preds = %B280.i, %B312.i
  %.581.i = icmp slt i64 %.463.i, 0
  %.582.i = select i1 %.581.i, i64 %arg.a1_0, i64 0
  %4 = getelementptr i64, ptr %arg.a3, i64 %.463.i
  %.596.i = getelementptr i64, ptr %4, i64 %.582.i
  %.597.i = load i64, ptr %.596.i, align 8, !noalias !4
  br label %B424.i

B384.i:                                           ; preds = %B312.i
  %5 = getelementptr i64, ptr %arg.a3, i64 %.463.i
  %.634.i = getelementptr i64, ptr %5, i64 %.485.i
  %.635.i = load i64, ptr %.634.i, align 8, !noalias !4
  %spec.select.i = tail call i64 @llvm.smax.i64(i64 %.635.i, i64 %reach.4.0.i)
  br label %B424.i

B424.i:                                           ; preds = %B384.i, %B366.i
  %.700.i.pre-phi = phi i64 [ %.485.i, %B384.i ], [ %.582.i, %B366.i ]
  %reach.6.1.i = phi i64 [ %spec.select.i, %B384.i ], [ %.597.i, %B366.i ]
  %6 = getelementptr i64, ptr %arg.a2, i64 %.463.i
  %.714.i = getelementptr i64, ptr %6, i64 %.700.i.pre-phi
  %.715.i = load i64, ptr %.714.i, align 8, !noalias !4
  %7 = getelementptr i64, ptr %arg.a3, i64 %.463.i
  %.745.i = getelementptr i64, ptr %7, i64 %.700.i.pre-phi
  %.746.i = load i64, ptr %.745.i, align 8, !noalias !4
  %8 = getelementptr double, ptr %arg.a4, i64 %.463.i
  %.788.i = getelementptr double, ptr %8, i64 %.700.i.pre-phi
  %.789.i = load double, ptr %.788.i, align 8, !noalias !4
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
  %.854.i = load i64, ptr %.853.i, align 8, !noalias !4
  %.872.i = icmp slt i64 %.854.i, 0
  %.873.i = select i1 %.872.i, i64 %arg.a1_0, i64 0
  %10 = getelementptr i64, ptr %arg.a1, i64 %.854.i
  %.887.i = getelementptr i64, ptr %10, i64 %.873.i
  %.888.i = load i64, ptr %.887.i, align 8, !noalias !4
  %.904.inv.i = icmp sgt i64 %t.6.1.i, 0
  %.905.i = select i1 %.904.inv.i, i64 0, i64 %arg.a1_0
  %11 = getelementptr i8, ptr %9, i64 -8
  %.919.i = getelementptr i64, ptr %11, i64 %.905.i
  %.920.i = load i64, ptr %.919.i, align 8, !noalias !4
  %.934.i = icmp slt i64 %.920.i, 0
  %.935.i = select i1 %.934.i, i64 %arg.a1_0, i64 0
  %12 = getelementptr i64, ptr %arg.a1, i64 %.920.i
  %.949.i = getelementptr i64, ptr %12, i64 %.935.i
  %.950.i = load i64, ptr %.949.i, align 8, !noalias !4
  %.951.not.i = icmp eq i64 %.888.i, %.950.i
  br i1 %.951.not.i, label %B564.i, label %B754.i

B564.i:                                           ; preds = %B494.i
  %13 = getelementptr i64, ptr %arg.a2, i64 %.854.i
  %.982.i = getelementptr i64, ptr %13, i64 %.873.i
  %.983.i = load i64, ptr %.982.i, align 8, !noalias !4
  %.985.not.i = icmp slt i64 %.983.i, %reach.7.1.i
  br i1 %.985.not.i, label %B590.i, label %B754.i

B590.i:                                           ; preds = %B564.i
  %14 = getelementptr i64, ptr %arg.a3, i64 %.854.i
  %.1048.i = getelementptr i64, ptr %14, i64 %.873.i
  %.1049.i = load i64, ptr %.1048.i, align 8, !noalias !4
  %spec.select796.i = tail call i64 @llvm.smax.i64(i64 %.1049.i, i64 %reach.7.1.i)
  %low.3.2.i = tail call i64 @llvm.smin.i64(i64 %.983.i, i64 %low.2.1.i)
  %high.3.2.i = tail call i64 @llvm.smax.i64(i64 %.1049.i, i64 %high.2.1.i)
  %15 = getelementptr double, ptr %arg.a4, i64 %.854.i
  %.1290.i = getelementptr double, ptr %15, i64 %.873.i
  %.1291.i = load double, ptr %.1290.i, align 8, !noalias !4
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
  %.1492.us.i = load i64, ptr %.1491.us.i, align 8, !noalias !4
  %.1514.us.i = icmp slt i64 %.1492.us.i, 0
  %.1515.us.i = select i1 %.1514.us.i, i64 %arg.a1_0, i64 0
  %17 = getelementptr double, ptr %arg.a4, i64 %.1492.us.i
  %.1529.us.i = getelementptr double, ptr %17, i64 %.1515.us.i
  %.1530.us.i = load double, ptr %.1529.us.i, align 8, !noalias !4
  %.1535.us.i = fdiv double %.1530.us.i, %total.3.2.i
  %"$phi952.1.2.2.us.i" = fmul double %.1535.us.i, %.1331.i
  %18 = getelementptr double, ptr %arg.a5, i64 %.1492.us.i
  %.1582.us.i = getelementptr double, ptr %18, i64 %.1515.us.i
  store double %"$phi952.1.2.2.us.i", ptr %.1582.us.i, align 8, !noalias !4
  %.1425.us.i = icmp samesign ugt i64 %.1372.06.us.i, 1
  br i1 %.1425.us.i, label %B878.if.us.i, label %B962.i

B878.if.lr.ph.split.i:                            ; preds = %B878.if.lr.ph.i
  %.1338.i = uitofp nneg i64 %.1337.i to double
  %.1546.i = fdiv double 1.000000e+00, %.1338.i
  %"$phi952.1.2.2.i" = fmul double %.1546.i, %.1331.i
  br label %B878.if.i

B962.i:                                           ; preds = %B878.if.i, %B878.if.us.i, %B754.i
  %.1609.i = icmp slt i64 %t.5.2.i, %arg.a1_0
  br i1 %.1609.i, label %B280.i, label %_ZN8perfdiff7compute7pairing11shares_intoB3v50B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE.exit

B162.if.i:                                        ; preds = %B162.i
  %.277.i = add nuw i64 %.206.0.i, 1
  %19 = getelementptr i64, ptr %arg.a0, i64 %.206.0.i
  %.335.i = load i64, ptr %19, align 8, !noalias !4
  %.336.i = icmp sgt i64 %.335.i, -1
  %.372.not.i = icmp slt i64 %.335.i, %arg.a1_0
  %or.cond795.i = and i1 %.336.i, %.372.not.i
  br i1 %or.cond795.i, label %B162.i, label %_ZN8perfdiff7compute7pairing11shares_intoB3v50B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE.exit

B878.if.i:                                        ; preds = %B878.if.i, %B878.if.lr.ph.split.i
  %.1372.06.i = phi i64 [ %spec.select3.i, %B878.if.lr.ph.split.i ], [ %.1434.i, %B878.if.i ]
  %.1369.05.i = phi i64 [ %t.4.0.i, %B878.if.lr.ph.split.i ], [ %.1438.i, %B878.if.i ]
  %.1434.i = add nsw i64 %.1372.06.i, -1
  %.1438.i = add i64 %.1369.05.i, 1
  %.1476.i = icmp slt i64 %.1369.05.i, 0
  %.1477.i = select i1 %.1476.i, i64 %arg.a1_0, i64 0
  %20 = getelementptr i64, ptr %arg.a0, i64 %.1369.05.i
  %.1491.i = getelementptr i64, ptr %20, i64 %.1477.i
  %.1492.i = load i64, ptr %.1491.i, align 8, !noalias !4
  %.1567.i = icmp slt i64 %.1492.i, 0
  %.1568.i = select i1 %.1567.i, i64 %arg.a1_0, i64 0
  %21 = getelementptr double, ptr %arg.a5, i64 %.1492.i
  %.1582.i = getelementptr double, ptr %21, i64 %.1568.i
  store double %"$phi952.1.2.2.i", ptr %.1582.i, align 8, !noalias !4
  %.1425.i = icmp samesign ugt i64 %.1372.06.i, 1
  br i1 %.1425.i, label %B878.if.i, label %B962.i

_ZN8perfdiff7compute7pairing11shares_intoB3v50B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE.exit: ; preds = %B162.if.i, %B962.i, %entry, %B222.i
  %.sink.i = phi i64 [ 0, %B962.i ], [ -2, %entry ], [ 0, %B222.i ], [ -2, %B162.if.i ]
  store i64 %.sink.i, ptr %retptr, align 8
  ret void
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smin.i64(i64, i64) #1

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smax.i64(i64, i64) #1

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) }
attributes #1 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { noinline }

!0 = !{!1}
!1 = distinct !{!1, !2, !"_ZN8perfdiff7compute7pairing10dones_intoB3v44B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE: %retptr"}
!2 = distinct !{!2, !"_ZN8perfdiff7compute7pairing10dones_intoB3v44B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE"}
!3 = !{!"branch_weights", i32 99, i32 1}
!4 = !{!5}
!5 = distinct !{!5, !6, !"_ZN8perfdiff7compute7pairing11shares_intoB3v50B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE: %retptr"}
!6 = distinct !{!6, !"_ZN8perfdiff7compute7pairing11shares_intoB3v50B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE"}
