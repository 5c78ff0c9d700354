; perfdiff kernels of perfdiff.compute.numbering: LLVM IR generated from its source by
; python -m perfdiff.compute.native_build (numba 0.68.1, LLVM 22.1.0). Do not edit: edit the source and regenerate.
; source-sha256: f887eb90892446dcba7cfd8578558d2f456fcf5b38d0181775ea4753503d98e1

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define internal fastcc void @_ZN13_3cdynamic_3e5entryB2v1B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAE8int64_2ax8int64_2ax8int64_2ax8int64_2ax8int64_2ax8int64_2ax(ptr noalias nonnull writeonly captures(none) %retptr, ptr readonly captures(none) %arg.a0, i64 %arg.a0_0, ptr captures(none) %arg.a1, i64 %arg.a1_0, ptr captures(none) %arg.a2, i64 %arg.a2_0, ptr captures(none) %arg.a3, i64 %arg.a3_0, ptr writeonly captures(none) %arg.a4, i64 %arg.a4_0, ptr writeonly captures(none) %arg.a5, i64 %arg.a5_0) unnamed_addr #0 {
entry:
  %.104.i = icmp sgt i64 %arg.a1_0, 1
  %0 = tail call range(i64 1, 64) i64 @llvm.ctpop.i64(i64 %arg.a1_0)
  %.110.not.i = icmp samesign ult i64 %0, 2
  %or.cond.i = select i1 %.104.i, i1 %.110.not.i, i1 false
  br i1 %or.cond.i, label %B136.i, label %B236.i

B136.i:                                           ; preds = %entry, %B136.i
  %_bits_v5_bits.2.0.i = phi i64 [ %.129.i, %B136.i ], [ 0, %entry ]
  %.129.i = add nuw nsw i64 %_bits_v5_bits.2.0.i, 1
  %.134.i = shl nuw i64 2, %_bits_v5_bits.2.0.i
  %.136.i = icmp slt i64 %.134.i, %arg.a1_0
  br i1 %.136.i, label %B136.i, label %B236.i

B236.i:                                           ; preds = %B136.i, %entry
  %bits.2.0.i = phi i64 [ -1, %entry ], [ %.129.i, %B136.i ]
  %.149.i = icmp sgt i64 %bits.2.0.i, -1
  %.159.not.i = icmp eq i64 %arg.a2_0, %arg.a1_0
  %or.cond682.i = select i1 %.149.i, i1 %.159.not.i, i1 false
  %.175.not.i = icmp eq i64 %arg.a4_0, %arg.a0_0
  %or.cond683.i = select i1 %or.cond682.i, i1 %.175.not.i, i1 false
  %.184.not.i = icmp eq i64 %arg.a3_0, 3
  %or.cond684.i = select i1 %or.cond683.i, i1 %.184.not.i, i1 false
  br i1 %or.cond684.i, label %B358.i, label %_ZN8perfdiff7compute9numbering11number_intoB2v3B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

common.ret.sink.split.i:                          ; preds = %B386.if.i, %B668.i, %B582.i, %B432.i, %B358.i
  %count.2.0.lcssa.sink.i = phi i64 [ %.256.i, %B358.i ], [ %count.3.1.i, %B668.i ], [ %count.2.018.i, %B432.i ], [ %count.2.018.i, %B386.if.i ], [ %count.2.018.i, %B582.i ]
  %arg.out.2.sink.i = phi i64 [ %arg.a4_0, %B358.i ], [ %arg.a4_0, %B668.i ], [ %.353.016.i, %B432.i ], [ %.353.016.i, %B386.if.i ], [ %.353.016.i, %B582.i ]
  %.sink.ph.i = phi i64 [ 0, %B358.i ], [ 0, %B668.i ], [ -2, %B432.i ], [ -2, %B386.if.i ], [ 1, %B582.i ]
  store i64 %count.2.0.lcssa.sink.i, ptr %arg.a3, align 8, !noalias !0
  store i64 %arg.out.2.sink.i, ptr %.321.i, align 8, !noalias !0
  br label %_ZN8perfdiff7compute9numbering11number_intoB2v3B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B358.i:                                           ; preds = %B236.i
  %.223.i = add nsw i64 %arg.a1_0, -1
  %.256.i = load i64, ptr %arg.a3, align 8, !noalias !0
  %.288.i = getelementptr i8, ptr %arg.a3, i64 16
  %.289.i = load i64, ptr %.288.i, align 8, !noalias !0
  %.321.i = getelementptr i8, ptr %arg.a3, i64 8
  %.322.i = load i64, ptr %.321.i, align 8, !noalias !0
  %.366.i = sub i64 %arg.a4_0, %.322.i
  %.41115.not.i = icmp slt i64 %.366.i, 1
  br i1 %.41115.not.i, label %common.ret.sink.split.i, label %B386.if.lr.ph.i

B386.if.lr.ph.i:                                  ; preds = %B358.i
  %.615.i = sub nsw i64 64, %bits.2.0.i
  %notmask.i = shl nsw i64 -1, %bits.2.0.i
  %.618.i = xor i64 %notmask.i, -1
  br label %B386.if.i

B432.i:                                           ; preds = %B386.if.i
  %.491.i = sub nsw i64 %count.2.018.i, %.289.i
  %.499.not.i = icmp slt i64 %.491.i, %arg.a5_0
  br i1 %.499.not.i, label %B484.i, label %common.ret.sink.split.i

B484.i:                                           ; preds = %B432.i
  %.614.i = mul nsw i64 %.482.i, -7046029254386353131
  %.616.i = ashr i64 %.614.i, %.615.i
  %.619.i = and i64 %.616.i, %.618.i
  %1 = getelementptr i64, ptr %arg.a1, i64 %.619.i
  %.6548.i = load i64, ptr %1, align 8, !noalias !0
  %.6609.i = icmp eq i64 %.6548.i, %.482.i
  br i1 %.6609.i, label %B560.i, label %B562.i

B560.i:                                           ; preds = %B732.i, %B484.i
  %at.2.1.lcssa.i = phi i64 [ %.619.i, %B484.i ], [ %.1014.i, %B732.i ]
  %2 = getelementptr i64, ptr %arg.a2, i64 %at.2.1.lcssa.i
  %.702.i = load i64, ptr %2, align 8, !noalias !0
  %3 = getelementptr i64, ptr %arg.a4, i64 %.353.016.i
  %.734.i = getelementptr i64, ptr %3, i64 %.467.i
  store i64 %.702.i, ptr %.734.i, align 8, !noalias !0
  br label %B668.i

B562.i:                                           ; preds = %B484.i, %B732.i
  %.65413.i = phi i64 [ %.654.i, %B732.i ], [ %.6548.i, %B484.i ]
  %at.2.110.i = phi i64 [ %.1014.i, %B732.i ], [ %.619.i, %B484.i ]
  %.740.i = icmp eq i64 %.65413.i, -1
  br i1 %.740.i, label %B582.i, label %B732.i

B582.i:                                           ; preds = %B562.i
  %.745.i = add nsw i64 %count.2.018.i, 1
  %.746.i = shl nsw i64 %.745.i, 1
  %.748.i = icmp sgt i64 %.746.i, %arg.a1_0
  br i1 %.748.i, label %common.ret.sink.split.i, label %B610.i

B610.i:                                           ; preds = %B582.i
  %4 = getelementptr i64, ptr %arg.a1, i64 %at.2.110.i
  store i64 %.482.i, ptr %4, align 8, !noalias !0
  %5 = getelementptr i64, ptr %arg.a2, i64 %at.2.110.i
  store i64 %count.2.018.i, ptr %5, align 8, !noalias !0
  %6 = getelementptr i64, ptr %arg.a4, i64 %.353.016.i
  %.960.i = getelementptr i64, ptr %6, i64 %.467.i
  store i64 %count.2.018.i, ptr %.960.i, align 8, !noalias !0
  %.979.i = icmp slt i64 %.491.i, 0
  %.980.i = select i1 %.979.i, i64 %arg.a5_0, i64 0
  %7 = getelementptr i64, ptr %arg.a5, i64 %.491.i
  %.994.i = getelementptr i64, ptr %7, i64 %.980.i
  store i64 %.353.016.i, ptr %.994.i, align 8, !noalias !0
  br label %B668.i

B668.i:                                           ; preds = %B610.i, %B560.i
  %count.3.1.i = phi i64 [ %count.2.018.i, %B560.i ], [ %.745.i, %B610.i ]
  %.411.i = icmp sgt i64 %.356.017.i, 1
  br i1 %.411.i, label %B386.if.i, label %common.ret.sink.split.i

B732.i:                                           ; preds = %B562.i
  %.1012.i = add nuw nsw i64 %at.2.110.i, 1
  %.1014.i = and i64 %.1012.i, %.223.i
  %8 = getelementptr i64, ptr %arg.a1, i64 %.1014.i
  %.654.i = load i64, ptr %8, align 8, !noalias !0
  %.660.i = icmp eq i64 %.654.i, %.482.i
  br i1 %.660.i, label %B560.i, label %B562.i

B386.if.i:                                        ; preds = %B668.i, %B386.if.lr.ph.i
  %count.2.018.i = phi i64 [ %.256.i, %B386.if.lr.ph.i ], [ %count.3.1.i, %B668.i ]
  %.356.017.i = phi i64 [ %.366.i, %B386.if.lr.ph.i ], [ %.420.i, %B668.i ]
  %.353.016.i = phi i64 [ %.322.i, %B386.if.lr.ph.i ], [ %.424.i, %B668.i ]
  %.420.i = add nsw i64 %.356.017.i, -1
  %.424.i = add i64 %.353.016.i, 1
  %.466.i = icmp slt i64 %.353.016.i, 0
  %.467.i = select i1 %.466.i, i64 %arg.a4_0, i64 0
  %9 = getelementptr i64, ptr %arg.a0, i64 %.353.016.i
  %.481.i = getelementptr i64, ptr %9, i64 %.467.i
  %.482.i = load i64, ptr %.481.i, align 8, !noalias !0
  %.487.i = icmp slt i64 %.482.i, 0
  br i1 %.487.i, label %common.ret.sink.split.i, label %B432.i

_ZN8perfdiff7compute9numbering11number_intoB2v3B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit: ; preds = %B236.i, %common.ret.sink.split.i
  %.sink.i = phi i64 [ -2, %B236.i ], [ %.sink.ph.i, %common.ret.sink.split.i ]
  store i64 %.sink.i, ptr %retptr, align 8
  ret void
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define i64 @perfdiff_number_into(ptr readonly captures(none) %.1, i64 %.2, ptr captures(none) %.3, i64 %.4, ptr captures(none) %.5, i64 %.6, ptr captures(none) %.7, i64 %.8, ptr writeonly captures(none) %.9, i64 %.10, ptr writeonly captures(none) %.11, i64 %.12) local_unnamed_addr #0 {
entry:
  %.14 = alloca i64, align 8
  store i64 0, ptr %.14, align 8
  call fastcc void @_ZN13_3cdynamic_3e5entryB2v1B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAE8int64_2ax8int64_2ax8int64_2ax8int64_2ax8int64_2ax8int64_2ax(ptr %.14, ptr %.1, i64 %.2, ptr %.3, i64 %.4, ptr %.5, i64 %.6, ptr %.7, i64 %.8, ptr %.9, i64 %.10, ptr %.11, i64 %.12) #2
  %.28 = load i64, ptr %.14, align 8
  ret i64 %.28
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define i64 @perfdiff_rehash_into(ptr readonly captures(none) %.1, i64 %.2, ptr readonly captures(none) %.3, i64 %.4, ptr captures(none) %.5, i64 %.6, ptr writeonly captures(none) %.7, i64 %.8) local_unnamed_addr #0 {
entry:
  %.10 = alloca i64, align 8
  store i64 0, ptr %.10, align 8
  call fastcc void @_ZN13_3cdynamic_3e5entryB2v6B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAE8int64_2ax8int64_2ax8int64_2ax8int64_2ax(ptr %.10, ptr %.1, i64 %.2, ptr %.3, i64 %.4, ptr %.5, i64 %.6, ptr %.7, i64 %.8) #2
  %.24 = load i64, ptr %.10, align 8
  ret i64 %.24
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define internal fastcc void @_ZN13_3cdynamic_3e5entryB2v6B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAE8int64_2ax8int64_2ax8int64_2ax8int64_2ax(ptr noalias nonnull writeonly captures(none) %retptr, ptr readonly captures(none) %arg.a0, i64 %arg.a0_0, ptr readonly captures(none) %arg.a1, i64 %arg.a1_0, ptr captures(none) %arg.a2, i64 %arg.a2_0, ptr writeonly captures(none) %arg.a3, i64 %arg.a3_0) unnamed_addr #0 {
entry:
  %.76.i = icmp sgt i64 %arg.a2_0, 1
  %0 = tail call range(i64 1, 64) i64 @llvm.ctpop.i64(i64 %arg.a2_0)
  %.82.not.i = icmp samesign ult i64 %0, 2
  %or.cond.i = select i1 %.76.i, i1 %.82.not.i, i1 false
  br i1 %or.cond.i, label %B118.i, label %_ZN8perfdiff7compute9numbering11rehash_intoB2v7B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B118.i:                                           ; preds = %entry, %B118.i
  %_bits_v9_bits.2.0.i = phi i64 [ %.101.i, %B118.i ], [ 0, %entry ]
  %.101.i = add nuw nsw i64 %_bits_v9_bits.2.0.i, 1
  %.106.i = shl nuw i64 2, %_bits_v9_bits.2.0.i
  %.108.i = icmp slt i64 %.106.i, %arg.a2_0
  br i1 %.108.i, label %B118.i, label %B174.i

B174.i:                                           ; preds = %B118.i
  %.131.not.i = icmp eq i64 %arg.a3_0, %arg.a2_0
  %.147.not.i = icmp eq i64 %arg.a1_0, %arg.a0_0
  %or.cond350.i = select i1 %.131.not.i, i1 %.147.not.i, i1 false
  br i1 %or.cond350.i, label %B244.i, label %_ZN8perfdiff7compute9numbering11rehash_intoB2v7B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B244.i:                                           ; preds = %B174.i
  %.176.i = add nsw i64 %arg.a2_0, -1
  %.2717.not.i = icmp slt i64 %arg.a1_0, 1
  br i1 %.2717.not.i, label %_ZN8perfdiff7compute9numbering11rehash_intoB2v7B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit, label %B310.if.lr.ph.i

B310.if.lr.ph.i:                                  ; preds = %B244.i
  %.411.i = sub nsw i64 63, %_bits_v9_bits.2.0.i
  %notmask.i = shl nsw i64 -2, %_bits_v9_bits.2.0.i
  %.414.i = xor i64 %notmask.i, -1
  br label %B310.if.i

B395.i:                                           ; preds = %B310.if.i
  %.361.i = add nsw i64 %held.2.010.i, 1
  %.369.not.i = icmp slt i64 %.361.i, %arg.a2_0
  br i1 %.369.not.i, label %B778.i, label %_ZN8perfdiff7compute9numbering11rehash_intoB2v7B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B778.i:                                           ; preds = %B395.i
  %.410.i = mul nsw i64 %.342.i, -7046029254386353131
  %.412.i = ashr i64 %.410.i, %.411.i
  %.415.i = and i64 %.412.i, %.414.i
  %.450.i = getelementptr i64, ptr %arg.a2, i64 %.415.i
  %.451.i = load i64, ptr %.450.i, align 8, !noalias !3
  %.452.not.i = icmp eq i64 %.451.i, -1
  br i1 %.452.not.i, label %B840.i, label %B782.i

B782.i:                                           ; preds = %B778.i, %B782.i
  %at.2.1.i = phi i64 [ %.457.i, %B782.i ], [ %.415.i, %B778.i ]
  %.455.i = add nsw i64 %at.2.1.i, 1
  %.457.i = and i64 %.455.i, %.176.i
  %1 = getelementptr i64, ptr %arg.a2, i64 %.457.i
  %.491.i = load i64, ptr %1, align 8, !noalias !3
  %.492.not.i = icmp eq i64 %.491.i, -1
  br i1 %.492.not.i, label %B840.i, label %B782.i

B840.i:                                           ; preds = %B782.i, %B778.i
  %at.3.2.i = phi i64 [ %.415.i, %B778.i ], [ %.457.i, %B782.i ]
  %.516.i = icmp slt i64 %at.3.2.i, 0
  %.517.i = select i1 %.516.i, i64 %arg.a2_0, i64 0
  %2 = getelementptr i64, ptr %arg.a2, i64 %at.3.2.i
  %.531.i = getelementptr i64, ptr %2, i64 %.517.i
  store i64 %.342.i, ptr %.531.i, align 8, !noalias !3
  %3 = getelementptr i64, ptr %arg.a1, i64 %.213.08.i
  %.565.i = load i64, ptr %3, align 8, !noalias !3
  %4 = getelementptr i64, ptr %arg.a3, i64 %at.3.2.i
  %.597.i = getelementptr i64, ptr %4, i64 %.517.i
  store i64 %.565.i, ptr %.597.i, align 8, !noalias !3
  br label %B904.i

B904.i:                                           ; preds = %B310.if.i, %B840.i
  %held.3.1.i = phi i64 [ %.361.i, %B840.i ], [ %held.2.010.i, %B310.if.i ]
  %exitcond.not.i = icmp eq i64 %.284.i, %arg.a1_0
  br i1 %exitcond.not.i, label %_ZN8perfdiff7compute9numbering11rehash_intoB2v7B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit, label %B310.if.i

B310.if.i:                                        ; preds = %B904.i, %B310.if.lr.ph.i
  %held.2.010.i = phi i64 [ 0, %B310.if.lr.ph.i ], [ %held.3.1.i, %B904.i ]
  %.213.08.i = phi i64 [ 0, %B310.if.lr.ph.i ], [ %.284.i, %B904.i ]
  %.284.i = add nuw nsw i64 %.213.08.i, 1
  %5 = getelementptr i64, ptr %arg.a0, i64 %.213.08.i
  %.342.i = load i64, ptr %5, align 8, !noalias !3
  %.347.i = icmp eq i64 %.342.i, -1
  br i1 %.347.i, label %B904.i, label %B395.i

_ZN8perfdiff7compute9numbering11rehash_intoB2v7B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit: ; preds = %B395.i, %B904.i, %entry, %B174.i, %B244.i
  %.sink.i = phi i64 [ 0, %B244.i ], [ -2, %B174.i ], [ -2, %entry ], [ 0, %B904.i ], [ -2, %B395.i ]
  store i64 %.sink.i, ptr %retptr, align 8
  ret void
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.ctpop.i64(i64) #1

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) }
attributes #1 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { noinline }

!0 = !{!1}
!1 = distinct !{!1, !2, !"_ZN8perfdiff7compute9numbering11number_intoB2v3B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE: %retptr"}
!2 = distinct !{!2, !"_ZN8perfdiff7compute9numbering11number_intoB2v3B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE"}
!3 = !{!4}
!4 = distinct !{!4, !5, !"_ZN8perfdiff7compute9numbering11rehash_intoB2v7B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE: %retptr"}
!5 = distinct !{!5, !"_ZN8perfdiff7compute9numbering11rehash_intoB2v7B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE"}
