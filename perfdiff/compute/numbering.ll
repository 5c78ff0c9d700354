; perfdiff kernels of perfdiff.compute.numbering: LLVM IR generated from its source by
; python -m perfdiff.compute.native_build (numba 0.68.1, LLVM 22.1.0). Do not edit: edit the source and regenerate.
; source-sha256: 3e394c361aeed9cf6d23f324b3f2c589bb9f7828e0d58a365634cd12e388d61f

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define internal fastcc void @_ZN13_3cdynamic_3e5entryB2v1B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAE8int64_2ax8int64_2ax8int64_2ax8int64_2ax8int64_2ax(ptr noalias nonnull writeonly captures(none) %retptr, ptr readonly captures(none) %arg.a0, i64 %arg.a0_0, ptr captures(none) %arg.a1, i64 %arg.a1_0, ptr captures(none) %arg.a2, i64 %arg.a2_0, ptr captures(none) %arg.a3, i64 %arg.a3_0, ptr writeonly captures(none) %arg.a4, i64 %arg.a4_0) unnamed_addr #0 {
entry:
  %.90.i = icmp sgt i64 %arg.a1_0, 1
  %0 = tail call range(i64 1, 64) i64 @llvm.ctpop.i64(i64 %arg.a1_0)
  %.96.not.i = icmp samesign ult i64 %0, 2
  %or.cond.i = select i1 %.90.i, i1 %.96.not.i, i1 false
  br i1 %or.cond.i, label %B136.i, label %B220.i

B136.i:                                           ; preds = %entry, %B136.i
  %_bits_v5_bits.2.0.i = phi i64 [ %.115.i, %B136.i ], [ 0, %entry ]
  %.115.i = add nuw nsw i64 %_bits_v5_bits.2.0.i, 1
  %.120.i = shl nuw i64 2, %_bits_v5_bits.2.0.i
  %.122.i = icmp slt i64 %.120.i, %arg.a1_0
  br i1 %.122.i, label %B136.i, label %B220.i

B220.i:                                           ; preds = %B136.i, %entry
  %bits.2.0.i = phi i64 [ -1, %entry ], [ %.115.i, %B136.i ]
  %.135.i = icmp sgt i64 %bits.2.0.i, -1
  %.145.not.i = icmp eq i64 %arg.a2_0, %arg.a1_0
  %or.cond597.i = select i1 %.135.i, i1 %.145.not.i, i1 false
  %.161.not.i = icmp eq i64 %arg.a4_0, %arg.a0_0
  %or.cond598.i = select i1 %or.cond597.i, i1 %.161.not.i, i1 false
  %.170.not.i = icmp eq i64 %arg.a3_0, 2
  %or.cond599.i = select i1 %or.cond598.i, i1 %.170.not.i, i1 false
  br i1 %or.cond599.i, label %B342.i, label %_ZN8perfdiff7compute9numbering11number_intoB2v3B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

common.ret.sink.split.i:                          ; preds = %B366.if.i, %B608.i, %B522.i, %B342.i
  %count.2.0.lcssa.sink.i = phi i64 [ %.237.i, %B342.i ], [ %count.3.1.i, %B608.i ], [ %count.2.018.i, %B366.if.i ], [ %count.2.018.i, %B522.i ]
  %arg.out.2.sink.i = phi i64 [ %arg.a4_0, %B342.i ], [ %arg.a4_0, %B608.i ], [ %.301.016.i, %B366.if.i ], [ %.301.016.i, %B522.i ]
  %.sink.ph.i = phi i64 [ 0, %B342.i ], [ 0, %B608.i ], [ -2, %B366.if.i ], [ 1, %B522.i ]
  store i64 %count.2.0.lcssa.sink.i, ptr %arg.a3, align 8, !noalias !0
  store i64 %arg.out.2.sink.i, ptr %.269.i, align 8, !noalias !0
  br label %_ZN8perfdiff7compute9numbering11number_intoB2v3B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B342.i:                                           ; preds = %B220.i
  %.204.i = add nsw i64 %arg.a1_0, -1
  %.237.i = load i64, ptr %arg.a3, align 8, !noalias !0
  %.269.i = getelementptr i8, ptr %arg.a3, i64 8
  %.270.i = load i64, ptr %.269.i, align 8, !noalias !0
  %.314.i = sub i64 %arg.a4_0, %.270.i
  %.35915.not.i = icmp slt i64 %.314.i, 1
  br i1 %.35915.not.i, label %common.ret.sink.split.i, label %B366.if.lr.ph.i

B366.if.lr.ph.i:                                  ; preds = %B342.i
  %.544.i = sub nsw i64 64, %bits.2.0.i
  %notmask.i = shl nsw i64 -1, %bits.2.0.i
  %.547.i = xor i64 %notmask.i, -1
  br label %B366.if.i

B440.i:                                           ; preds = %B366.if.i
  %.543.i = mul nsw i64 %.430.i, -7046029254386353131
  %.545.i = ashr i64 %.543.i, %.544.i
  %.548.i = and i64 %.545.i, %.547.i
  %1 = getelementptr i64, ptr %arg.a1, i64 %.548.i
  %.5838.i = load i64, ptr %1, align 8, !noalias !0
  %.5899.i = icmp eq i64 %.5838.i, %.430.i
  br i1 %.5899.i, label %B500.i, label %B502.i

B500.i:                                           ; preds = %B672.i, %B440.i
  %at.2.1.lcssa.i = phi i64 [ %.548.i, %B440.i ], [ %.902.i, %B672.i ]
  %2 = getelementptr i64, ptr %arg.a2, i64 %at.2.1.lcssa.i
  %.631.i = load i64, ptr %2, align 8, !noalias !0
  br label %B608.i

B502.i:                                           ; preds = %B440.i, %B672.i
  %.58313.i = phi i64 [ %.583.i, %B672.i ], [ %.5838.i, %B440.i ]
  %at.2.110.i = phi i64 [ %.902.i, %B672.i ], [ %.548.i, %B440.i ]
  %.669.i = icmp eq i64 %.58313.i, -1
  br i1 %.669.i, label %B522.i, label %B672.i

B522.i:                                           ; preds = %B502.i
  %.674.i = add nsw i64 %count.2.018.i, 1
  %.675.i = shl nsw i64 %.674.i, 1
  %.677.i = icmp sgt i64 %.675.i, %arg.a1_0
  br i1 %.677.i, label %common.ret.sink.split.i, label %B550.i

B550.i:                                           ; preds = %B522.i
  %3 = getelementptr i64, ptr %arg.a1, i64 %at.2.110.i
  store i64 %.430.i, ptr %3, align 8, !noalias !0
  %4 = getelementptr i64, ptr %arg.a2, i64 %at.2.110.i
  store i64 %count.2.018.i, ptr %4, align 8, !noalias !0
  br label %B608.i

B608.i:                                           ; preds = %B550.i, %B500.i
  %count.2.018.sink.i = phi i64 [ %count.2.018.i, %B550.i ], [ %.631.i, %B500.i ]
  %count.3.1.i = phi i64 [ %.674.i, %B550.i ], [ %count.2.018.i, %B500.i ]
  %5 = getelementptr i64, ptr %arg.a4, i64 %.301.016.i
  %.882.i = getelementptr i64, ptr %5, i64 %.415.i
  store i64 %count.2.018.sink.i, ptr %.882.i, align 8, !noalias !0
  %.359.i = icmp sgt i64 %.304.017.i, 1
  br i1 %.359.i, label %B366.if.i, label %common.ret.sink.split.i

B672.i:                                           ; preds = %B502.i
  %.900.i = add nuw nsw i64 %at.2.110.i, 1
  %.902.i = and i64 %.900.i, %.204.i
  %6 = getelementptr i64, ptr %arg.a1, i64 %.902.i
  %.583.i = load i64, ptr %6, align 8, !noalias !0
  %.589.i = icmp eq i64 %.583.i, %.430.i
  br i1 %.589.i, label %B500.i, label %B502.i

B366.if.i:                                        ; preds = %B608.i, %B366.if.lr.ph.i
  %count.2.018.i = phi i64 [ %.237.i, %B366.if.lr.ph.i ], [ %count.3.1.i, %B608.i ]
  %.304.017.i = phi i64 [ %.314.i, %B366.if.lr.ph.i ], [ %.368.i, %B608.i ]
  %.301.016.i = phi i64 [ %.270.i, %B366.if.lr.ph.i ], [ %.372.i, %B608.i ]
  %.368.i = add nsw i64 %.304.017.i, -1
  %.372.i = add i64 %.301.016.i, 1
  %.414.i = icmp slt i64 %.301.016.i, 0
  %.415.i = select i1 %.414.i, i64 %arg.a4_0, i64 0
  %7 = getelementptr i64, ptr %arg.a0, i64 %.301.016.i
  %.429.i = getelementptr i64, ptr %7, i64 %.415.i
  %.430.i = load i64, ptr %.429.i, align 8, !noalias !0
  %.435.i = icmp slt i64 %.430.i, 0
  br i1 %.435.i, label %common.ret.sink.split.i, label %B440.i

_ZN8perfdiff7compute9numbering11number_intoB2v3B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit: ; preds = %B220.i, %common.ret.sink.split.i
  %.sink.i = phi i64 [ -2, %B220.i ], [ %.sink.ph.i, %common.ret.sink.split.i ]
  store i64 %.sink.i, ptr %retptr, align 8
  ret void
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define i64 @perfdiff_number_into(ptr readonly captures(none) %.1, i64 %.2, ptr captures(none) %.3, i64 %.4, ptr captures(none) %.5, i64 %.6, ptr captures(none) %.7, i64 %.8, ptr writeonly captures(none) %.9, i64 %.10) local_unnamed_addr #0 {
entry:
  %.12 = alloca i64, align 8
  store i64 0, ptr %.12, align 8
  call fastcc void @_ZN13_3cdynamic_3e5entryB2v1B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAE8int64_2ax8int64_2ax8int64_2ax8int64_2ax8int64_2ax(ptr %.12, ptr %.1, i64 %.2, ptr %.3, i64 %.4, ptr %.5, i64 %.6, ptr %.7, i64 %.8, ptr %.9, i64 %.10) #2
  %.26 = load i64, ptr %.12, align 8
  ret i64 %.26
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
  br i1 %.369.not.i, label %B718.i, label %_ZN8perfdiff7compute9numbering11rehash_intoB2v7B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B718.i:                                           ; preds = %B395.i
  %.410.i = mul nsw i64 %.342.i, -7046029254386353131
  %.412.i = ashr i64 %.410.i, %.411.i
  %.415.i = and i64 %.412.i, %.414.i
  %.450.i = getelementptr i64, ptr %arg.a2, i64 %.415.i
  %.451.i = load i64, ptr %.450.i, align 8, !noalias !3
  %.452.not.i = icmp eq i64 %.451.i, -1
  br i1 %.452.not.i, label %B780.i, label %B722.i

B722.i:                                           ; preds = %B718.i, %B722.i
  %at.2.1.i = phi i64 [ %.457.i, %B722.i ], [ %.415.i, %B718.i ]
  %.455.i = add nsw i64 %at.2.1.i, 1
  %.457.i = and i64 %.455.i, %.176.i
  %1 = getelementptr i64, ptr %arg.a2, i64 %.457.i
  %.491.i = load i64, ptr %1, align 8, !noalias !3
  %.492.not.i = icmp eq i64 %.491.i, -1
  br i1 %.492.not.i, label %B780.i, label %B722.i

B780.i:                                           ; preds = %B722.i, %B718.i
  %at.3.2.i = phi i64 [ %.415.i, %B718.i ], [ %.457.i, %B722.i ]
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
  br label %B844.i

B844.i:                                           ; preds = %B310.if.i, %B780.i
  %held.3.1.i = phi i64 [ %.361.i, %B780.i ], [ %held.2.010.i, %B310.if.i ]
  %exitcond.not.i = icmp eq i64 %.284.i, %arg.a1_0
  br i1 %exitcond.not.i, label %_ZN8perfdiff7compute9numbering11rehash_intoB2v7B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit, label %B310.if.i

B310.if.i:                                        ; preds = %B844.i, %B310.if.lr.ph.i
  %held.2.010.i = phi i64 [ 0, %B310.if.lr.ph.i ], [ %held.3.1.i, %B844.i ]
  %.213.08.i = phi i64 [ 0, %B310.if.lr.ph.i ], [ %.284.i, %B844.i ]
  %.284.i = add nuw nsw i64 %.213.08.i, 1
  %5 = getelementptr i64, ptr %arg.a0, i64 %.213.08.i
  %.342.i = load i64, ptr %5, align 8, !noalias !3
  %.347.i = icmp eq i64 %.342.i, -1
  br i1 %.347.i, label %B844.i, label %B395.i

_ZN8perfdiff7compute9numbering11rehash_intoB2v7B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit: ; preds = %B395.i, %B844.i, %entry, %B174.i, %B244.i
  %.sink.i = phi i64 [ 0, %B244.i ], [ -2, %B174.i ], [ -2, %entry ], [ 0, %B844.i ], [ -2, %B395.i ]
  store i64 %.sink.i, ptr %retptr, align 8
  ret void
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.ctpop.i64(i64) #1

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) }
attributes #1 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { noinline }

!0 = !{!1}
!1 = distinct !{!1, !2, !"_ZN8perfdiff7compute9numbering11number_intoB2v3B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE: %retptr"}
!2 = distinct !{!2, !"_ZN8perfdiff7compute9numbering11number_intoB2v3B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE"}
!3 = !{!4}
!4 = distinct !{!4, !5, !"_ZN8perfdiff7compute9numbering11rehash_intoB2v7B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE: %retptr"}
!5 = distinct !{!5, !"_ZN8perfdiff7compute9numbering11rehash_intoB2v7B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE"}
