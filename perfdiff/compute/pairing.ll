; perfdiff kernels of perfdiff.compute.pairing: LLVM IR generated from its source by
; python -m perfdiff.compute.native_build (numba 0.68.1, LLVM 22.1.0). Do not edit: edit the source and regenerate.
; source-sha256: a6f3971fead69ba85104d6737441b3b1ca4fb1f196041f19fe44148a0aa4ad55

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define internal fastcc void @_ZN13_3cdynamic_3e5entryB2v1B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAE8int64_2ax8int64_2ax8int64_2ax8int64_2ax8int64_2axx8int64_2ax8int64_2ax(ptr noalias nonnull writeonly captures(none) %retptr, ptr readonly captures(none) %arg.a0, i64 %arg.a0_0, ptr readonly captures(none) %arg.a1, i64 %arg.a1_0, ptr readonly captures(none) %arg.a2, i64 %arg.a2_0, ptr readonly captures(none) %arg.a3, i64 %arg.a3_0, ptr readonly captures(none) %arg.a4, i64 %arg.a4_0, i64 %arg.a4_1, ptr captures(none) %arg.a5, i64 %arg.a5_0, ptr writeonly captures(none) %arg.a6, i64 %arg.a6_0) unnamed_addr #0 {
entry:
  %.162.i = icmp ne i64 %arg.a4_1, %arg.a3_0
  %.165.i = icmp eq i64 %arg.a4_0, 0
  %or.cond.i = select i1 %.162.i, i1 true, i1 %.165.i
  br i1 %or.cond.i, label %_ZN8perfdiff7compute7pairing18latest_starts_intoB2v4B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit, label %B108.else.i

B150.i:                                           ; preds = %B150.preheader.i, %B684.i
  %written.3.0.i = phi i64 [ %written.2.1.lcssa.i, %B684.i ], [ 0, %B150.preheader.i ]
  %i.2.0.i = phi i64 [ %j.3.1.i, %B684.i ], [ 0, %B150.preheader.i ]
  %.294.i = icmp slt i64 %i.2.0.i, 0
  %.295.i = select i1 %.294.i, i64 %arg.a0_0, i64 0
  %0 = getelementptr i64, ptr %arg.a0, i64 %i.2.0.i
  %.309.i = getelementptr i64, ptr %0, i64 %.295.i
  %.310.i = load i64, ptr %.309.i, align 8, !noalias !0
  %.315.i = icmp sgt i64 %i.2.0.i, 0
  br i1 %.315.i, label %B178.i, label %B212.i

B178.i:                                           ; preds = %B150.i
  %.347.i = getelementptr i8, ptr %0, i64 -8
  %.348.i = load i64, ptr %.347.i, align 8, !noalias !0
  %.350.i = icmp slt i64 %.310.i, %.348.i
  br i1 %.350.i, label %_ZN8perfdiff7compute7pairing18latest_starts_intoB2v4B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit, label %B212.i

B212.i:                                           ; preds = %B178.i, %B150.i
  %.415.i = icmp slt i64 %i.2.0.i, %arg.a0_0
  br i1 %.415.i, label %B252.i, label %B448.i

B252.i:                                           ; preds = %B212.i, %B424.i
  %j.2.2.i = phi i64 [ %.756.i, %B424.i ], [ %i.2.0.i, %B212.i ]
  %.479.i = icmp slt i64 %j.2.2.i, 0
  %.480.i = select i1 %.479.i, i64 %arg.a1_0, i64 0
  %1 = getelementptr i64, ptr %arg.a1, i64 %j.2.2.i
  %.494.i = getelementptr i64, ptr %1, i64 %.480.i
  %.495.i = load i64, ptr %.494.i, align 8, !noalias !0
  %.511.i = select i1 %.479.i, i64 %arg.a2_0, i64 0
  %2 = getelementptr i64, ptr %arg.a2, i64 %j.2.2.i
  %.525.i = getelementptr i64, ptr %2, i64 %.511.i
  %.526.i = load i64, ptr %.525.i, align 8, !noalias !0
  %.535.i = icmp slt i64 %.495.i, %arg.a4_1
  %.538.i = icmp sgt i64 %.526.i, -1
  %or.cond1.not2.i = select i1 %.535.i, i1 %.538.i, i1 false
  %.542.not.i = icmp slt i64 %.526.i, %arg.a4_0
  %or.cond918.i = select i1 %or.cond1.not2.i, i1 %.542.not.i, i1 false
  br i1 %or.cond918.i, label %B324.i, label %_ZN8perfdiff7compute7pairing18latest_starts_intoB2v4B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B324.i:                                           ; preds = %B252.i
  %.604.i = icmp sgt i64 %.495.i, -1
  br i1 %.604.i, label %B336.i, label %B402.i

B336.i:                                           ; preds = %B324.i
  %.635.i = getelementptr i64, ptr %arg.a3, i64 %.495.i
  %.636.i = load i64, ptr %.635.i, align 8, !noalias !0
  %.644.not.i = icmp slt i64 %.636.i, %.227.0.i
  br i1 %.644.not.i, label %B368.i, label %_ZN8perfdiff7compute7pairing18latest_starts_intoB2v4B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B368.i:                                           ; preds = %B336.i
  %.706.i = icmp sgt i64 %.636.i, -1
  br i1 %.706.i, label %B380.i, label %B402.i

B380.i:                                           ; preds = %B368.i
  %.710.i = mul nsw i64 %.526.i, %.227.0.i
  %.714.i = add nsw i64 %.636.i, %.710.i
  %.731.i = icmp slt i64 %.714.i, 0
  %.732.i = select i1 %.731.i, i64 %arg.a5_0, i64 0
  %3 = getelementptr i64, ptr %arg.a5, i64 %.714.i
  %.746.i = getelementptr i64, ptr %3, i64 %.732.i
  store i64 %.310.i, ptr %.746.i, align 8, !noalias !0
  br label %B402.i

B402.i:                                           ; preds = %B380.i, %B368.i, %B324.i
  %exitcond.not.i = icmp eq i64 %j.2.2.i, %9
  br i1 %exitcond.not.i, label %B448.i, label %B424.i

B424.i:                                           ; preds = %B402.i
  %.756.i = add i64 %j.2.2.i, 1
  %.789.i = icmp slt i64 %j.2.2.i, -1
  %.790.i = select i1 %.789.i, i64 %arg.a0_0, i64 0
  %4 = getelementptr i64, ptr %arg.a0, i64 %.756.i
  %.804.i = getelementptr i64, ptr %4, i64 %.790.i
  %.805.i = load i64, ptr %.804.i, align 8, !noalias !0
  %.809.i = icmp eq i64 %.805.i, %.310.i
  br i1 %.809.i, label %B252.i, label %B448.i

B448.i:                                           ; preds = %B424.i, %B402.i, %B212.i
  %j.3.1.i = phi i64 [ %i.2.0.i, %B212.i ], [ %arg.a0_0, %B402.i ], [ %.756.i, %B424.i ]
  %.868.i = sub i64 %j.3.1.i, %i.2.0.i
  %.9134.not.i = icmp slt i64 %.868.i, 1
  br i1 %.9134.not.i, label %B684.i, label %B480.if.i

B512.i:                                           ; preds = %B480.if.i
  %.1013.i = select i1 %.972.i, i64 %arg.a2_0, i64 0
  %5 = getelementptr i64, ptr %arg.a2, i64 %.855.05.i
  %.1027.i = getelementptr i64, ptr %5, i64 %.1013.i
  %.1028.i = load i64, ptr %.1027.i, align 8, !noalias !0
  %.1056.i = icmp slt i64 %.1028.i, 0
  %.1057.i = select i1 %.1056.i, i64 %arg.a4_0, i64 0
  %.1058.i = add i64 %.1057.i, %.1028.i
  %.1078.i = mul i64 %.1058.i, %arg.a4_1
  %6 = getelementptr i64, ptr %arg.a4, i64 %.1078.i
  %.1082.i = getelementptr i64, ptr %6, i64 %.988.i
  %.1083.i = load i64, ptr %.1082.i, align 8, !noalias !0
  %.1090.i = icmp sgt i64 %.1083.i, -1
  br i1 %.1090.i, label %B556.i, label %B682.i

B556.i:                                           ; preds = %B512.i
  %.1096.not.i = icmp slt i64 %.1083.i, %.227.0.i
  %.1106.not.i = icmp slt i64 %written.2.17.i, %arg.a6_0
  %or.cond919.i = select i1 %.1096.not.i, i1 %.1106.not.i, i1 false
  br i1 %or.cond919.i, label %B596.i, label %_ZN8perfdiff7compute7pairing18latest_starts_intoB2v4B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B596.i:                                           ; preds = %B556.i
  %.1201.i = mul nsw i64 %.1028.i, %.227.0.i
  %.1203.i = add nsw i64 %.1201.i, %.1083.i
  %.1219.i = icmp slt i64 %.1203.i, 0
  %.1220.i = select i1 %.1219.i, i64 %arg.a5_0, i64 0
  %7 = getelementptr i64, ptr %arg.a5, i64 %.1203.i
  %.1234.i = getelementptr i64, ptr %7, i64 %.1220.i
  %.1235.i = load i64, ptr %.1234.i, align 8, !noalias !0
  %.1240.not.i = icmp eq i64 %.1235.i, -9223372036854775808
  %.310..1235.i = select i1 %.1240.not.i, i64 %.310.i, i64 %.1235.i
  %.1270.i = icmp slt i64 %written.2.17.i, 0
  %.1271.i = select i1 %.1270.i, i64 %arg.a6_0, i64 0
  %8 = getelementptr i64, ptr %arg.a6, i64 %written.2.17.i
  %.1285.i = getelementptr i64, ptr %8, i64 %.1271.i
  store i64 %.310..1235.i, ptr %.1285.i, align 8, !noalias !0
  %.1290.i = add nsw i64 %written.2.17.i, 1
  br label %B682.i

B682.i:                                           ; preds = %B480.if.i, %B596.i, %B512.i
  %written.4.2.i = phi i64 [ %.1290.i, %B596.i ], [ %written.2.17.i, %B512.i ], [ %written.2.17.i, %B480.if.i ]
  %.913.i = icmp samesign ugt i64 %.858.06.i, 1
  br i1 %.913.i, label %B480.if.i, label %B684.i

B684.i:                                           ; preds = %B682.i, %B448.i
  %written.2.1.lcssa.i = phi i64 [ %written.3.0.i, %B448.i ], [ %written.4.2.i, %B682.i ]
  %.1328.i = icmp slt i64 %j.3.1.i, %arg.a0_0
  br i1 %.1328.i, label %B150.i, label %_ZN8perfdiff7compute7pairing18latest_starts_intoB2v4B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B108.else.i:                                      ; preds = %entry
  %.233.i = icmp ne i64 %arg.a5_0, -9223372036854775808
  %.234.i = icmp ne i64 %arg.a4_0, -1
  %.235.not.i = or i1 %.234.i, %.233.i
  br i1 %.235.not.i, label %B108.else.if.i, label %B108.else.endif.i, !prof !3

B108.else.if.i:                                   ; preds = %B108.else.i
  %.238.i = sdiv i64 %arg.a5_0, %arg.a4_0
  %.239.i = srem i64 %arg.a5_0, %arg.a4_0
  %.240.i = xor i64 %.239.i, %arg.a4_0
  %.241.i = icmp slt i64 %.240.i, 0
  %.242.i = icmp ne i64 %.239.i, 0
  %.243.i = and i1 %.242.i, %.241.i
  %.248.i = sext i1 %.243.i to i64
  %spec.select.i = add i64 %.238.i, %.248.i
  br label %B108.else.endif.i

B108.else.endif.i:                                ; preds = %B108.else.if.i, %B108.else.i
  %.227.0.i = phi i64 [ %spec.select.i, %B108.else.if.i ], [ 0, %B108.else.i ]
  %.273.i = icmp sgt i64 %arg.a0_0, 0
  br i1 %.273.i, label %B150.preheader.i, label %_ZN8perfdiff7compute7pairing18latest_starts_intoB2v4B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B150.preheader.i:                                 ; preds = %B108.else.endif.i
  %9 = add nsw i64 %arg.a0_0, -1
  br label %B150.i

B480.if.i:                                        ; preds = %B448.i, %B682.i
  %written.2.17.i = phi i64 [ %written.4.2.i, %B682.i ], [ %written.3.0.i, %B448.i ]
  %.858.06.i = phi i64 [ %.922.i, %B682.i ], [ %.868.i, %B448.i ]
  %.855.05.i = phi i64 [ %.926.i, %B682.i ], [ %i.2.0.i, %B448.i ]
  %.922.i = add nsw i64 %.858.06.i, -1
  %.926.i = add i64 %.855.05.i, 1
  %.972.i = icmp slt i64 %.855.05.i, 0
  %.973.i = select i1 %.972.i, i64 %arg.a1_0, i64 0
  %10 = getelementptr i64, ptr %arg.a1, i64 %.855.05.i
  %.987.i = getelementptr i64, ptr %10, i64 %.973.i
  %.988.i = load i64, ptr %.987.i, align 8, !noalias !0
  %.993.i = icmp sgt i64 %.988.i, -1
  br i1 %.993.i, label %B512.i, label %B682.i

_ZN8perfdiff7compute7pairing18latest_starts_intoB2v4B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit: ; preds = %B178.i, %B684.i, %B252.i, %B336.i, %B556.i, %entry, %B108.else.endif.i
  %written.5.1.sink.i = phi i64 [ -2, %entry ], [ 0, %B108.else.endif.i ], [ -2, %B252.i ], [ -2, %B556.i ], [ -2, %B336.i ], [ -1, %B178.i ], [ %written.2.1.lcssa.i, %B684.i ]
  store i64 %written.5.1.sink.i, ptr %retptr, align 8
  ret void
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define i64 @perfdiff_latest_starts_into(ptr readonly captures(none) %.1, i64 %.2, ptr readonly captures(none) %.3, i64 %.4, ptr readonly captures(none) %.5, i64 %.6, ptr readonly captures(none) %.7, i64 %.8, ptr readonly captures(none) %.9, i64 %.10, i64 %.11, ptr captures(none) %.12, i64 %.13, ptr writeonly captures(none) %.14, i64 %.15) local_unnamed_addr #0 {
entry:
  %.17 = alloca i64, align 8
  store i64 0, ptr %.17, align 8
  call fastcc void @_ZN13_3cdynamic_3e5entryB2v1B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAE8int64_2ax8int64_2ax8int64_2ax8int64_2ax8int64_2axx8int64_2ax8int64_2ax(ptr %.17, ptr %.1, i64 %.2, ptr %.3, i64 %.4, ptr %.5, i64 %.6, ptr %.7, i64 %.8, ptr %.9, i64 %.10, i64 %.11, ptr %.12, i64 %.13, ptr %.14, i64 %.15) #2
  %.31 = load i64, ptr %.17, align 8
  ret i64 %.31
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define i64 @perfdiff_shares_into(ptr readonly captures(none) %.1, i64 %.2, ptr readonly captures(none) %.3, i64 %.4, ptr readonly captures(none) %.5, i64 %.6, ptr readonly captures(none) %.7, i64 %.8, ptr readonly captures(none) %.9, i64 %.10, ptr writeonly captures(none) %.11, i64 %.12) local_unnamed_addr #0 {
entry:
  %.14 = alloca i64, align 8
  store i64 0, ptr %.14, align 8
  call fastcc void @_ZN13_3cdynamic_3e5entryB2v5B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAE8int64_2ax8int64_2ax8int64_2ax8int64_2ax10float64_2ax10float64_2ax(ptr %.14, ptr %.1, i64 %.2, ptr %.3, i64 %.4, ptr %.5, i64 %.6, ptr %.7, i64 %.8, ptr %.9, i64 %.10, ptr %.11, i64 %.12) #2
  %.28 = load i64, ptr %.14, align 8
  ret i64 %.28
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define internal fastcc void @_ZN13_3cdynamic_3e5entryB2v5B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAE8int64_2ax8int64_2ax8int64_2ax8int64_2ax10float64_2ax10float64_2ax(ptr noalias nonnull writeonly captures(none) %retptr, ptr readonly captures(none) %arg.a0, i64 %arg.a0_0, ptr readonly captures(none) %arg.a1, i64 %arg.a1_0, ptr readonly captures(none) %arg.a2, i64 %arg.a2_0, ptr readonly captures(none) %arg.a3, i64 %arg.a3_0, ptr readonly captures(none) %arg.a4, i64 %arg.a4_0, ptr writeonly captures(none) %arg.a5, i64 %arg.a5_0) unnamed_addr #0 {
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
  br i1 %or.cond794.i, label %B132.i, label %_ZN8perfdiff7compute7pairing11shares_intoB2v7B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE.exit

B132.i:                                           ; preds = %entry
  %spec.select2.i = tail call i64 @llvm.smax.i64(i64 %arg.a1_0, i64 0)
  br label %B162.i

B162.i:                                           ; preds = %B162.if.i, %B132.i
  %.206.0.i = phi i64 [ 0, %B132.i ], [ %.277.i, %B162.if.i ]
  %exitcond.not.i = icmp eq i64 %.206.0.i, %spec.select2.i
  br i1 %exitcond.not.i, label %B222.i, label %B162.if.i

B222.i:                                           ; preds = %B162.i
  %.424.i = icmp sgt i64 %arg.a1_0, 0
  br i1 %.424.i, label %B280.i, label %_ZN8perfdiff7compute7pairing11shares_intoB2v7B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE.exit

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
  br i1 %.1609.i, label %B280.i, label %_ZN8perfdiff7compute7pairing11shares_intoB2v7B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE.exit

B162.if.i:                                        ; preds = %B162.i
  %.277.i = add nuw i64 %.206.0.i, 1
  %19 = getelementptr i64, ptr %arg.a0, i64 %.206.0.i
  %.335.i = load i64, ptr %19, align 8, !noalias !4
  %.336.i = icmp sgt i64 %.335.i, -1
  %.372.not.i = icmp slt i64 %.335.i, %arg.a1_0
  %or.cond795.i = and i1 %.336.i, %.372.not.i
  br i1 %or.cond795.i, label %B162.i, label %_ZN8perfdiff7compute7pairing11shares_intoB2v7B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE.exit

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

_ZN8perfdiff7compute7pairing11shares_intoB2v7B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE.exit: ; preds = %B162.if.i, %B962.i, %entry, %B222.i
  %.sink.i = phi i64 [ 0, %B962.i ], [ -2, %entry ], [ 0, %B222.i ], [ -2, %B162.if.i ]
  store i64 %.sink.i, ptr %retptr, align 8
  ret void
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smax.i64(i64, i64) #1

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smin.i64(i64, i64) #1

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) }
attributes #1 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { noinline }

!0 = !{!1}
!1 = distinct !{!1, !2, !"_ZN8perfdiff7compute7pairing18latest_starts_intoB2v4B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE: %retptr"}
!2 = distinct !{!2, !"_ZN8perfdiff7compute7pairing18latest_starts_intoB2v4B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE"}
!3 = !{!"branch_weights", i32 99, i32 1}
!4 = !{!5}
!5 = distinct !{!5, !6, !"_ZN8perfdiff7compute7pairing11shares_intoB2v7B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE: %retptr"}
!6 = distinct !{!6, !"_ZN8perfdiff7compute7pairing11shares_intoB2v7B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE5ArrayIdLi1E1C7mutable7alignedE"}
