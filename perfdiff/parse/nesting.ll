; perfdiff kernels of perfdiff.parse.nesting: LLVM IR generated from its source by
; python -m perfdiff.xplane.native_build (numba 0.68.1, LLVM 22.1.0). Do not edit: edit the source and regenerate.
; source-sha256: 3235a3a85f3df26fa5e36f020fdc8c2047aabff4fde307c267bafb66649932f6

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define internal fastcc void @_ZN13_3cdynamic_3e5entryB3v35B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAE8int64_2ax8int64_2ax8int64_2ax8int64_2ax8int64_2ax8int64_2ax8int64_2ax(ptr noalias nonnull writeonly captures(none) %retptr, ptr readonly captures(none) %arg.a0, i64 %arg.a0_0, ptr readonly captures(none) %arg.a1, i64 %arg.a1_0, ptr readonly captures(none) %arg.a2, i64 %arg.a2_0, ptr readonly captures(none) %arg.a3, i64 %arg.a3_0, ptr captures(none) %arg.a4, i64 %arg.a4_0, ptr captures(none) %arg.a5, i64 %arg.a5_0, ptr captures(none) %arg.a6) unnamed_addr #0 {
entry:
  %.1949.not.i = icmp slt i64 %arg.a0_0, 1
  br i1 %.1949.not.i, label %_ZN8perfdiff5parse7nesting15self_times_intoB3v36B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit, label %B48.if.i.preheader

B48.if.i.preheader:                               ; preds = %entry
  %arg.a63 = ptrtoint ptr %arg.a6 to i64
  %arg.a34 = ptrtoint ptr %arg.a3 to i64
  %min.iters.check = icmp ult i64 %arg.a0_0, 4
  %0 = sub i64 %arg.a63, %arg.a34
  %diff.check = icmp ult i64 %0, 32
  %or.cond = select i1 %min.iters.check, i1 true, i1 %diff.check
  br i1 %or.cond, label %B48.if.i.preheader8, label %vector.ph

vector.ph:                                        ; preds = %B48.if.i.preheader
  %n.vec = and i64 %arg.a0_0, 9223372036854775804
  br label %vector.body

vector.body:                                      ; preds = %vector.body, %vector.ph
  %index = phi i64 [ 0, %vector.ph ], [ %index.next, %vector.body ]
  %1 = getelementptr i64, ptr %arg.a3, i64 %index
  %2 = getelementptr i8, ptr %1, i64 16
  %wide.load = load <2 x i64>, ptr %1, align 8, !noalias !0
  %wide.load5 = load <2 x i64>, ptr %2, align 8, !noalias !0
  %3 = tail call <2 x i64> @llvm.smax.v2i64(<2 x i64> %wide.load, <2 x i64> zeroinitializer)
  %4 = tail call <2 x i64> @llvm.smax.v2i64(<2 x i64> %wide.load5, <2 x i64> zeroinitializer)
  %5 = getelementptr i64, ptr %arg.a6, i64 %index
  %6 = getelementptr i8, ptr %5, i64 16
  store <2 x i64> %3, ptr %5, align 8, !noalias !0
  store <2 x i64> %4, ptr %6, align 8, !noalias !0
  %index.next = add nuw i64 %index, 4
  %7 = icmp eq i64 %index.next, %n.vec
  br i1 %7, label %middle.block, label %vector.body, !llvm.loop !3

middle.block:                                     ; preds = %vector.body
  %cmp.n = icmp eq i64 %arg.a0_0, %n.vec
  br i1 %cmp.n, label %B136.if.i.preheader, label %B48.if.i.preheader8

B48.if.i.preheader8:                              ; preds = %B48.if.i.preheader, %middle.block
  %.136.010.i.ph = phi i64 [ 0, %B48.if.i.preheader ], [ %n.vec, %middle.block ]
  br label %B48.if.i

B292.i:                                           ; preds = %B136.if.i
  %.739.i = getelementptr i64, ptr %arg.a2, i64 %.697.i
  %.740.i = load i64, ptr %.739.i, align 8, !noalias !0
  %.770.i = getelementptr i64, ptr %arg.a3, i64 %.697.i
  %.771.i = load i64, ptr %.770.i, align 8, !noalias !0
  %spec.select.i = tail call i64 @llvm.smax.i64(i64 %.771.i, i64 0)
  %.826.i = add nsw i64 %spec.select.i, %.740.i
  %.832.i = icmp slt i64 %.826.i, %"$phi246.1.2.1.i"
  br i1 %.832.i, label %B362.i, label %B472.i

B362.i:                                           ; preds = %B292.i, %B390.i
  %i.5.2.i = phi i64 [ %.867.i, %B390.i ], [ %.697.i, %B292.i ]
  %.866.i = getelementptr i64, ptr %arg.a5, i64 %i.5.2.i
  %.867.i = load i64, ptr %.866.i, align 8, !noalias !0
  %.877.i = icmp sgt i64 %.867.i, -1
  br i1 %.877.i, label %B390.i, label %B690.i

B390.i:                                           ; preds = %B362.i
  %.910.i = getelementptr i64, ptr %arg.a2, i64 %.867.i
  %.911.i = load i64, ptr %.910.i, align 8, !noalias !0
  %.941.i = getelementptr i64, ptr %arg.a3, i64 %.867.i
  %.942.i = load i64, ptr %.941.i, align 8, !noalias !0
  %spec.select4.i = tail call i64 @llvm.smax.i64(i64 %.942.i, i64 0)
  %.996.i = add nsw i64 %spec.select4.i, %.911.i
  %.1002.i = icmp slt i64 %.996.i, %"$phi246.1.2.1.i"
  br i1 %.1002.i, label %B362.i, label %B472.i

B472.i:                                           ; preds = %B390.i, %B292.i
  %i.6.1.ph.i = phi i64 [ %.697.i, %B292.i ], [ %.867.i, %B390.i ]
  %.1049.i = getelementptr i64, ptr %arg.a6, i64 %i.6.1.ph.i
  %.1050.i = load i64, ptr %.1049.i, align 8, !noalias !0
  %.1056.i = sub i64 %.1050.i, %.598.i
  store i64 %.1056.i, ptr %.1049.i, align 8, !noalias !0
  %.1129.i = getelementptr i64, ptr %arg.a2, i64 %i.6.1.ph.i
  %.1130.i = load i64, ptr %.1129.i, align 8, !noalias !0
  %.1160.i = getelementptr i64, ptr %arg.a3, i64 %i.6.1.ph.i
  %.1161.i = load i64, ptr %.1160.i, align 8, !noalias !0
  %spec.select5.i = tail call i64 @llvm.smax.i64(i64 %.1161.i, i64 0)
  %.1216.i = add nsw i64 %spec.select5.i, %.1130.i
  %.1222.not.i = icmp sgt i64 %.1216.i, %"$phi220.1.2.1.i"
  br i1 %.1222.not.i, label %B690.i, label %B592.i

B592.i:                                           ; preds = %B472.i, %B620.i
  %i.7.2.i = phi i64 [ %.1257.i, %B620.i ], [ %i.6.1.ph.i, %B472.i ]
  %.1256.i = getelementptr i64, ptr %arg.a5, i64 %i.7.2.i
  %.1257.i = load i64, ptr %.1256.i, align 8, !noalias !0
  %.1267.i = icmp sgt i64 %.1257.i, -1
  br i1 %.1267.i, label %B620.i, label %B690.i

B620.i:                                           ; preds = %B592.i
  %.1300.i = getelementptr i64, ptr %arg.a2, i64 %.1257.i
  %.1301.i = load i64, ptr %.1300.i, align 8, !noalias !0
  %.1331.i = getelementptr i64, ptr %arg.a3, i64 %.1257.i
  %.1332.i = load i64, ptr %.1331.i, align 8, !noalias !0
  %spec.select6.i = tail call i64 @llvm.smax.i64(i64 %.1332.i, i64 0)
  %.1386.i = add nsw i64 %spec.select6.i, %.1301.i
  %.1392.not.i = icmp sgt i64 %.1386.i, %"$phi220.1.2.1.i"
  br i1 %.1392.not.i, label %B690.i, label %B592.i

B690.i:                                           ; preds = %B362.i, %B620.i, %B592.i, %B136.if.i, %B472.i
  %i.8.1.i = phi i64 [ %.697.i, %B136.if.i ], [ %.1257.i, %B620.i ], [ %i.6.1.ph.i, %B472.i ], [ %.1257.i, %B592.i ], [ %.867.i, %B362.i ]
  %.1423.i = select i1 %.513.i, i64 %arg.a5_0, i64 0
  %8 = getelementptr i64, ptr %arg.a5, i64 %.495.i
  %.1437.i = getelementptr i64, ptr %8, i64 %.1423.i
  store i64 %i.8.1.i, ptr %.1437.i, align 8, !noalias !0
  store i64 %.495.i, ptr %.696.i, align 8, !noalias !0
  %exitcond20.not.i = icmp eq i64 %arg.a0_0, %.441.i
  br i1 %exitcond20.not.i, label %B744.if.i, label %B136.if.i

B772.i:                                           ; preds = %B744.if.i
  store i64 0, ptr %16, align 8, !noalias !0
  br label %B782.i

B782.i:                                           ; preds = %B744.if.i, %B772.i
  %exitcond21.not.i = icmp eq i64 %arg.a0_0, %.1607.i
  br i1 %exitcond21.not.i, label %_ZN8perfdiff5parse7nesting15self_times_intoB3v36B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit, label %B744.if.i

B48.if.i:                                         ; preds = %B48.if.i.preheader8, %B48.if.i
  %.136.010.i = phi i64 [ %.207.i, %B48.if.i ], [ %.136.010.i.ph, %B48.if.i.preheader8 ]
  %.207.i = add nuw nsw i64 %.136.010.i, 1
  %9 = getelementptr i64, ptr %arg.a3, i64 %.136.010.i
  %.265.i = load i64, ptr %9, align 8, !noalias !0
  %.265..i = tail call i64 @llvm.smax.i64(i64 %.265.i, i64 0)
  %10 = getelementptr i64, ptr %arg.a6, i64 %.136.010.i
  store i64 %.265..i, ptr %10, align 8, !noalias !0
  %exitcond.not.i = icmp eq i64 %arg.a0_0, %.207.i
  br i1 %exitcond.not.i, label %B136.if.i.preheader, label %B48.if.i, !llvm.loop !6

B136.if.i.preheader:                              ; preds = %B48.if.i, %middle.block
  br label %B136.if.i

B136.if.i:                                        ; preds = %B136.if.i.preheader, %B690.i
  %.371.013.i = phi i64 [ %.441.i, %B690.i ], [ 0, %B136.if.i.preheader ]
  %.441.i = add nuw nsw i64 %.371.013.i, 1
  %11 = getelementptr i64, ptr %arg.a0, i64 %.371.013.i
  %.495.i = load i64, ptr %11, align 8, !noalias !0
  %.513.i = icmp slt i64 %.495.i, 0
  %.514.i = select i1 %.513.i, i64 %arg.a2_0, i64 0
  %12 = getelementptr i64, ptr %arg.a2, i64 %.495.i
  %.528.i = getelementptr i64, ptr %12, i64 %.514.i
  %.529.i = load i64, ptr %.528.i, align 8, !noalias !0
  %.548.i = select i1 %.513.i, i64 %arg.a3_0, i64 0
  %13 = getelementptr i64, ptr %arg.a3, i64 %.495.i
  %.562.i = getelementptr i64, ptr %13, i64 %.548.i
  %.563.i = load i64, ptr %.562.i, align 8, !noalias !0
  %.598.i = tail call i64 @llvm.smax.i64(i64 %.563.i, i64 0)
  %"$phi220.1.2.1.i" = add nsw i64 %.598.i, %.529.i
  %.615.not.i = icmp slt i64 %.563.i, 1
  %.623.i = add nsw i64 %.529.i, 1
  %"$phi246.1.2.1.i" = select i1 %.615.not.i, i64 %.623.i, i64 %"$phi220.1.2.1.i"
  %.648.i = select i1 %.513.i, i64 %arg.a1_0, i64 0
  %14 = getelementptr i64, ptr %arg.a1, i64 %.495.i
  %.662.i = getelementptr i64, ptr %14, i64 %.648.i
  %.663.i = load i64, ptr %.662.i, align 8, !noalias !0
  %.681.i = icmp slt i64 %.663.i, 0
  %.682.i = select i1 %.681.i, i64 %arg.a4_0, i64 0
  %15 = getelementptr i64, ptr %arg.a4, i64 %.663.i
  %.696.i = getelementptr i64, ptr %15, i64 %.682.i
  %.697.i = load i64, ptr %.696.i, align 8, !noalias !0
  %.706.i = icmp sgt i64 %.697.i, -1
  br i1 %.706.i, label %B292.i, label %B690.i

B744.if.i:                                        ; preds = %B690.i, %B782.i
  %.1538.016.i = phi i64 [ %.1607.i, %B782.i ], [ 0, %B690.i ]
  %.1607.i = add nuw nsw i64 %.1538.016.i, 1
  %16 = getelementptr i64, ptr %arg.a6, i64 %.1538.016.i
  %.1665.i = load i64, ptr %16, align 8, !noalias !0
  %.1666.i = icmp slt i64 %.1665.i, 0
  br i1 %.1666.i, label %B772.i, label %B782.i

_ZN8perfdiff5parse7nesting15self_times_intoB3v36B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit: ; preds = %B782.i, %entry
  store i64 0, ptr %retptr, align 8
  ret void
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define i64 @perfdiff_self_times_into(ptr readonly captures(none) %.1, i64 %.2, ptr readonly captures(none) %.3, i64 %.4, ptr readonly captures(none) %.5, i64 %.6, ptr readonly captures(none) %.7, i64 %.8, ptr captures(none) %.9, i64 %.10, ptr captures(none) %.11, i64 %.12, ptr captures(none) %.13, i64 %.14) local_unnamed_addr #0 {
entry:
  %.16 = alloca i64, align 8
  store i64 0, ptr %.16, align 8
  call fastcc void @_ZN13_3cdynamic_3e5entryB3v35B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAE8int64_2ax8int64_2ax8int64_2ax8int64_2ax8int64_2ax8int64_2ax8int64_2ax(ptr %.16, ptr %.1, i64 %.2, ptr %.3, i64 %.4, ptr %.5, i64 %.6, ptr %.7, i64 %.8, ptr %.9, i64 %.10, ptr %.11, i64 %.12, ptr %.13) #2
  %.30 = load i64, ptr %.16, align 8
  ret i64 %.30
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define i64 @perfdiff_covered_into(ptr readonly captures(none) %.1, i64 %.2, ptr readonly captures(none) %.3, i64 %.4, ptr readonly captures(none) %.5, i64 %.6, ptr readonly captures(none) %.7, i64 %.8, ptr captures(none) %.9, i64 %.10, ptr captures(none) %.11, i64 %.12) local_unnamed_addr #0 {
entry:
  %.14 = alloca i64, align 8
  store i64 0, ptr %.14, align 8
  call fastcc void @_ZN13_3cdynamic_3e5entryB3v37B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAE8int64_2ax8int64_2ax8int64_2ax8int64_2ax8int64_2ax8int64_2ax(ptr %.14, ptr %.1, i64 %.2, ptr %.3, i64 %.4, ptr %.5, i64 %.6, ptr %.7, i64 %.8, ptr %.9, i64 %.10, ptr %.11, i64 %.12) #2
  %.28 = load i64, ptr %.14, align 8
  ret i64 %.28
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define internal fastcc void @_ZN13_3cdynamic_3e5entryB3v37B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAE8int64_2ax8int64_2ax8int64_2ax8int64_2ax8int64_2ax8int64_2ax(ptr noalias nonnull writeonly captures(none) %retptr, ptr readonly captures(none) %arg.a0, i64 %arg.a0_0, ptr readonly captures(none) %arg.a1, i64 %arg.a1_0, ptr readonly captures(none) %arg.a2, i64 %arg.a2_0, ptr readonly captures(none) %arg.a3, i64 %arg.a3_0, ptr captures(none) %arg.a4, i64 %arg.a4_0, ptr captures(none) %arg.a5, i64 %arg.a5_0) unnamed_addr #0 {
entry:
  %.1761.not.i = icmp slt i64 %arg.a0_0, 1
  br i1 %.1761.not.i, label %_ZN8perfdiff5parse7nesting12covered_intoB3v38B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit, label %B44.if.i

B174.i:                                           ; preds = %B44.if.i
  %.452.i = select i1 %.413.i, i64 %arg.a5_0, i64 0
  %0 = getelementptr i64, ptr %arg.a5, i64 %.277.i
  %.466.i = getelementptr i64, ptr %0, i64 %.452.i
  %.467.i = load i64, ptr %.466.i, align 8, !noalias !7
  %.311..429.i = tail call i64 @llvm.smax.i64(i64 %.311.i, i64 %.429.i)
  %.512.i = sub i64 %"$phi144.1.2.1.i", %.311..429.i
  %.518.i = add nsw i64 %.512.i, %.467.i
  store i64 %.518.i, ptr %.466.i, align 8, !noalias !7
  store i64 %"$phi144.1.2.1.i", ptr %.428.i, align 8, !noalias !7
  br label %B238.i

B238.i:                                           ; preds = %B44.if.i, %B174.i
  %exitcond.not.i = icmp eq i64 %arg.a0_0, %.189.i
  br i1 %exitcond.not.i, label %_ZN8perfdiff5parse7nesting12covered_intoB3v38B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit, label %B44.if.i

B44.if.i:                                         ; preds = %entry, %B238.i
  %.118.02.i = phi i64 [ %.189.i, %B238.i ], [ 0, %entry ]
  %.189.i = add nuw nsw i64 %.118.02.i, 1
  %1 = getelementptr i64, ptr %arg.a0, i64 %.118.02.i
  %.243.i = load i64, ptr %1, align 8, !noalias !7
  %.261.i = icmp slt i64 %.243.i, 0
  %.262.i = select i1 %.261.i, i64 %arg.a1_0, i64 0
  %2 = getelementptr i64, ptr %arg.a1, i64 %.243.i
  %.276.i = getelementptr i64, ptr %2, i64 %.262.i
  %.277.i = load i64, ptr %.276.i, align 8, !noalias !7
  %.296.i = select i1 %.261.i, i64 %arg.a2_0, i64 0
  %3 = getelementptr i64, ptr %arg.a2, i64 %.243.i
  %.310.i = getelementptr i64, ptr %3, i64 %.296.i
  %.311.i = load i64, ptr %.310.i, align 8, !noalias !7
  %.330.i = select i1 %.261.i, i64 %arg.a3_0, i64 0
  %4 = getelementptr i64, ptr %arg.a3, i64 %.243.i
  %.344.i = getelementptr i64, ptr %4, i64 %.330.i
  %.345.i = load i64, ptr %.344.i, align 8, !noalias !7
  %.382.i = tail call i64 @llvm.smax.i64(i64 %.345.i, i64 0)
  %"$phi144.1.2.1.i" = add nsw i64 %.382.i, %.311.i
  %.413.i = icmp slt i64 %.277.i, 0
  %.414.i = select i1 %.413.i, i64 %arg.a4_0, i64 0
  %5 = getelementptr i64, ptr %arg.a4, i64 %.277.i
  %.428.i = getelementptr i64, ptr %5, i64 %.414.i
  %.429.i = load i64, ptr %.428.i, align 8, !noalias !7
  %.435.i = icmp sgt i64 %"$phi144.1.2.1.i", %.429.i
  br i1 %.435.i, label %B174.i, label %B238.i

_ZN8perfdiff5parse7nesting12covered_intoB3v38B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit: ; preds = %B238.i, %entry
  store i64 0, ptr %retptr, align 8
  ret void
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smax.i64(i64, i64) #1

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare <2 x i64> @llvm.smax.v2i64(<2 x i64>, <2 x i64>) #1

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) }
attributes #1 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { noinline }

!0 = !{!1}
!1 = distinct !{!1, !2, !"_ZN8perfdiff5parse7nesting15self_times_intoB3v36B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE: %retptr"}
!2 = distinct !{!2, !"_ZN8perfdiff5parse7nesting15self_times_intoB3v36B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE"}
!3 = distinct !{!3, !4, !5}
!4 = !{!"llvm.loop.isvectorized", i32 1}
!5 = !{!"llvm.loop.unroll.runtime.disable"}
!6 = distinct !{!6, !4}
!7 = !{!8}
!8 = distinct !{!8, !9, !"_ZN8perfdiff5parse7nesting12covered_intoB3v38B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE: %retptr"}
!9 = distinct !{!9, !"_ZN8perfdiff5parse7nesting12covered_intoB3v38B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE"}
