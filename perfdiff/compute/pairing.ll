; perfdiff kernels of perfdiff.compute.pairing: LLVM IR generated from its source by
; python -m perfdiff.compute.native_build (numba 0.68.1, LLVM 22.1.0). Do not edit: edit the source and regenerate.
; source-sha256: 0e342ef80a1fc73e9f97b9376359732f24a8f2fef1108b7c570adacab909ad47

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
  call fastcc void @_ZN13_3cdynamic_3e5entryB2v1B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAE8int64_2ax8int64_2ax8int64_2ax8int64_2ax8int64_2axx8int64_2ax8int64_2ax(ptr %.17, ptr %.1, i64 %.2, ptr %.3, i64 %.4, ptr %.5, i64 %.6, ptr %.7, i64 %.8, ptr %.9, i64 %.10, i64 %.11, ptr %.12, i64 %.13, ptr %.14, i64 %.15) #1
  %.31 = load i64, ptr %.17, align 8
  ret i64 %.31
}

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) }
attributes #1 = { noinline }

!0 = !{!1}
!1 = distinct !{!1, !2, !"_ZN8perfdiff7compute7pairing18latest_starts_intoB2v4B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE: %retptr"}
!2 = distinct !{!2, !"_ZN8perfdiff7compute7pairing18latest_starts_intoB2v4B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE"}
!3 = !{!"branch_weights", i32 99, i32 1}
