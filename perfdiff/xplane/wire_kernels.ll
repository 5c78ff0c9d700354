; perfdiff kernels of perfdiff.xplane.wire_kernels: LLVM IR generated from its source by
; python -m perfdiff.compute.native_build (numba 0.68.1, LLVM 22.1.0). Do not edit: edit the source and regenerate.
; source-sha256: a19af481765eb0dc6824e3321721453376d0a1bd5827c02a681587adbcba1e6a

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define internal fastcc void @_ZN13_3cdynamic_3e5entryB2v1B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAE8uint8_2axxx8int64_2ax(ptr noalias nonnull writeonly captures(none) %retptr, ptr readonly captures(none) %arg.a0, i64 %arg.a0_0, i64 %arg.a1, i64 %arg.a2, ptr writeonly captures(none) %arg.a3) unnamed_addr #0 {
entry:
  %.13.i.i = tail call i64 @llvm.smin.i64(i64 %arg.a0_0, i64 %arg.a2)
  %.90.not.i = icmp slt i64 %arg.a1, %.13.i.i
  br i1 %.90.not.i, label %B114.i, label %_ZN8perfdiff6xplane12wire_kernels11varint_intoB2v4B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedE.exit

B114.i:                                           ; preds = %entry
  %.129.i = icmp slt i64 %arg.a1, 0
  %.130.i = select i1 %.129.i, i64 %arg.a0_0, i64 0
  %0 = getelementptr i8, ptr %arg.a0, i64 %arg.a1
  %.144.i = getelementptr i8, ptr %0, i64 %.130.i
  %.145.i = load i8, ptr %.144.i, align 1, !noalias !0
  %.150.i = zext i8 %.145.i to i64
  %.151.i = icmp sgt i8 %.145.i, -1
  br i1 %.151.i, label %B142.i, label %B192.i

B142.i:                                           ; preds = %B114.i
  %.165.i = add nsw i64 %arg.a1, 1
  br label %_ZN8perfdiff6xplane12wire_kernels11varint_intoB2v4B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedE.exit

B192.i:                                           ; preds = %B114.i
  %.209.i = add i64 %arg.a1, 10
  %.13.i185.i = tail call i64 @llvm.smin.i64(i64 %.13.i.i, i64 %.209.i)
  %.201.i = add nsw i64 %arg.a1, 1
  %.245.i = icmp sgt i64 %.13.i.i, %.201.i
  br i1 %.245.i, label %B302.preheader.i, label %_ZN8perfdiff6xplane12wire_kernels11varint_intoB2v4B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedE.exit

B302.preheader.i:                                 ; preds = %B192.i
  %.191.i = and i64 %.150.i, 127
  %1 = add nsw i64 %arg.a1, 2
  %smax.i = tail call i64 @llvm.smax.i64(i64 %.13.i185.i, i64 %1)
  br label %B302.i

B302.i:                                           ; preds = %B406.i, %B302.preheader.i
  %read_varint_v5_result.2.0.i = phi i64 [ %.295.i, %B406.i ], [ %.191.i, %B302.preheader.i ]
  %read_varint_v5_shift.2.0.i = phi i64 [ %.354.i, %B406.i ], [ 7, %B302.preheader.i ]
  %read_varint_v5_at.2.0.i = phi i64 [ %.284.i, %B406.i ], [ %.201.i, %B302.preheader.i ]
  %.266.i = icmp slt i64 %read_varint_v5_at.2.0.i, 0
  %.267.i = select i1 %.266.i, i64 %arg.a0_0, i64 0
  %2 = getelementptr i8, ptr %arg.a0, i64 %read_varint_v5_at.2.0.i
  %.281.i = getelementptr i8, ptr %2, i64 %.267.i
  %.282.i = load i8, ptr %.281.i, align 1, !noalias !0
  %.284.i = add nsw i64 %read_varint_v5_at.2.0.i, 1
  %3 = and i8 %.282.i, 127
  %.291.i = zext nneg i8 %3 to i64
  %.293.i = shl i64 %.291.i, %read_varint_v5_shift.2.0.i
  %.295.i = or i64 %.293.i, %read_varint_v5_result.2.0.i
  %.302.i = icmp sgt i8 %.282.i, -1
  br i1 %.302.i, label %_ZN8perfdiff6xplane12wire_kernels11varint_intoB2v4B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedE.exit, label %B406.i

B406.i:                                           ; preds = %B302.i
  %.354.i = add nuw nsw i64 %read_varint_v5_shift.2.0.i, 7
  %.359.i = icmp slt i64 %.284.i, %.13.i185.i
  br i1 %.359.i, label %B302.i, label %B428.loopexit.i

B428.loopexit.i:                                  ; preds = %B406.i
  %4 = icmp eq i64 %smax.i, %.209.i
  %5 = select i1 %4, i64 -4, i64 -1
  br label %_ZN8perfdiff6xplane12wire_kernels11varint_intoB2v4B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedE.exit

_ZN8perfdiff6xplane12wire_kernels11varint_intoB2v4B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedE.exit: ; preds = %B302.i, %entry, %B142.i, %B192.i, %B428.loopexit.i
  %"$26call.5.4.sroa.12.0.i" = phi i64 [ %5, %B428.loopexit.i ], [ %.165.i, %B142.i ], [ -1, %entry ], [ -1, %B192.i ], [ %.284.i, %B302.i ]
  %"$26call.5.4.sroa.0.0.i" = phi i64 [ 0, %B428.loopexit.i ], [ %.150.i, %B142.i ], [ 0, %entry ], [ 0, %B192.i ], [ %.295.i, %B302.i ]
  store i64 %"$26call.5.4.sroa.0.0.i", ptr %arg.a3, align 8, !noalias !0
  %.496.i = getelementptr i8, ptr %arg.a3, i64 8
  store i64 %"$26call.5.4.sroa.12.0.i", ptr %.496.i, align 8, !noalias !0
  store i64 %"$26call.5.4.sroa.12.0.i", ptr %retptr, align 8
  ret void
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define i64 @perfdiff_varint_into(ptr readonly captures(none) %.1, i64 %.2, i64 %.3, i64 %.4, ptr writeonly captures(none) %.5, i64 %.6) local_unnamed_addr #0 {
entry:
  %.8 = alloca i64, align 8
  store i64 0, ptr %.8, align 8
  call fastcc void @_ZN13_3cdynamic_3e5entryB2v1B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAE8uint8_2axxx8int64_2ax(ptr %.8, ptr %.1, i64 %.2, i64 %.3, i64 %.4, ptr %.5) #3
  %.22 = load i64, ptr %.8, align 8
  ret i64 %.22
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define i64 @perfdiff_field_count(ptr readonly captures(none) %.1, i64 %.2, i64 %.3, i64 %.4) local_unnamed_addr #0 {
entry:
  %.6 = alloca i64, align 8
  store i64 0, ptr %.6, align 8
  call fastcc void @_ZN13_3cdynamic_3e5entryB2v7B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAE8uint8_2axxx(ptr %.6, ptr %.1, i64 %.2, i64 %.3, i64 %.4) #3
  %.20 = load i64, ptr %.6, align 8
  ret i64 %.20
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define internal fastcc void @_ZN13_3cdynamic_3e5entryB2v7B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAE8uint8_2axxx(ptr noalias nonnull writeonly captures(none) %retptr, ptr readonly captures(none) %arg.a0, i64 %arg.a0_0, i64 %arg.a1, i64 %arg.a2) unnamed_addr #0 {
entry:
  %.32.i = icmp slt i64 %arg.a1, %arg.a2
  br i1 %.32.i, label %B24.preheader.i, label %_ZN8perfdiff6xplane12wire_kernels11field_countB2v8B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx.exit

B24.preheader.i:                                  ; preds = %entry
  %.13.i.i = tail call i64 @llvm.smin.i64(i64 %arg.a0_0, i64 %arg.a2)
  br label %B24.i

B24.i:                                            ; preds = %B1021.i, %B24.preheader.i
  %count.2.0.i = phi i64 [ %.551.i, %B1021.i ], [ 0, %B24.preheader.i ]
  %pos.3.0.i = phi i64 [ %"$38call.5.4.sroa.12.0.sink.i11.i", %B1021.i ], [ %arg.a1, %B24.preheader.i ]
  %.99.not.i = icmp slt i64 %pos.3.0.i, %.13.i.i
  br i1 %.99.not.i, label %B80.i, label %_ZN8perfdiff6xplane12wire_kernels11field_countB2v8B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx.exit

B80.i:                                            ; preds = %B24.i
  %.138.i = icmp slt i64 %pos.3.0.i, 0
  %.139.i = select i1 %.138.i, i64 %arg.a0_0, i64 0
  %0 = getelementptr i8, ptr %arg.a0, i64 %pos.3.0.i
  %.153.i = getelementptr i8, ptr %0, i64 %.139.i
  %.154.i = load i8, ptr %.153.i, align 1, !noalias !3
  %.159.i = zext i8 %.154.i to i64
  %.160.i = icmp sgt i8 %.154.i, -1
  br i1 %.160.i, label %B98.i, label %B112.i

B98.i:                                            ; preds = %B80.i
  %.174.i = add nsw i64 %pos.3.0.i, 1
  br label %B813.i

B112.i:                                           ; preds = %B80.i
  %.218.i = add i64 %pos.3.0.i, 10
  %.13.i239.i = tail call i64 @llvm.smin.i64(i64 %.13.i.i, i64 %.218.i)
  %.210.i = add nsw i64 %pos.3.0.i, 1
  %.254.i = icmp sgt i64 %.13.i.i, %.210.i
  br i1 %.254.i, label %B166.preheader.i, label %_ZN8perfdiff6xplane12wire_kernels11field_countB2v8B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx.exit

B166.preheader.i:                                 ; preds = %B112.i
  %.200.i = and i64 %.159.i, 127
  br label %B166.i

B166.i:                                           ; preds = %B192.i, %B166.preheader.i
  %read_varint_v9_result.2.1.i = phi i64 [ %.304.i, %B192.i ], [ %.200.i, %B166.preheader.i ]
  %read_varint_v9_shift.2.1.i = phi i64 [ %.363.i, %B192.i ], [ 7, %B166.preheader.i ]
  %read_varint_v9_at.2.1.i = phi i64 [ %.293.i, %B192.i ], [ %.210.i, %B166.preheader.i ]
  %.275.i = icmp slt i64 %read_varint_v9_at.2.1.i, 0
  %.276.i = select i1 %.275.i, i64 %arg.a0_0, i64 0
  %1 = getelementptr i8, ptr %arg.a0, i64 %read_varint_v9_at.2.1.i
  %.290.i = getelementptr i8, ptr %1, i64 %.276.i
  %.291.i = load i8, ptr %.290.i, align 1, !noalias !3
  %.293.i = add nsw i64 %read_varint_v9_at.2.1.i, 1
  %2 = and i8 %.291.i, 127
  %.300.i = zext nneg i8 %2 to i64
  %.302.i = shl i64 %.300.i, %read_varint_v9_shift.2.1.i
  %.304.i = or i64 %.302.i, %read_varint_v9_result.2.1.i
  %.311.i = icmp sgt i8 %.291.i, -1
  br i1 %.311.i, label %B813.i, label %B192.i

B192.i:                                           ; preds = %B166.i
  %.363.i = add nuw nsw i64 %read_varint_v9_shift.2.1.i, 7
  %.368.i = icmp slt i64 %.293.i, %.13.i239.i
  br i1 %.368.i, label %B166.i, label %B571.loopexit.i

B571.loopexit.i:                                  ; preds = %B192.i
  %3 = add i64 %pos.3.0.i, 2
  %smax.le.i = tail call i64 @llvm.smax.i64(i64 %.13.i239.i, i64 %3)
  %4 = icmp eq i64 %smax.le.i, %.218.i
  %5 = select i1 %4, i64 -4, i64 -1
  br label %_ZN8perfdiff6xplane12wire_kernels11field_countB2v8B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx.exit

B813.i:                                           ; preds = %B166.i, %B98.i
  %"$46call.5.4.sroa.12.1.i" = phi i64 [ %.174.i, %B98.i ], [ %.293.i, %B166.i ]
  %"$46call.5.4.sroa.0.1.i" = phi i64 [ %.159.i, %B98.i ], [ %.304.i, %B166.i ]
  %.454.i = icmp slt i64 %"$46call.5.4.sroa.12.1.i", 0
  br i1 %.454.i, label %_ZN8perfdiff6xplane12wire_kernels11field_countB2v8B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx.exit, label %B917.i

B917.i:                                           ; preds = %B813.i
  %.474.i = icmp ult i64 %"$46call.5.4.sroa.0.1.i", 8
  br i1 %.474.i, label %_ZN8perfdiff6xplane12wire_kernels11field_countB2v8B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx.exit, label %B995.i

B995.i:                                           ; preds = %B917.i
  %.493.i = and i64 %"$46call.5.4.sroa.0.1.i", 7
  switch i64 %.493.i, label %_ZN8perfdiff6xplane12wire_kernels11field_countB2v8B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx.exit [
    i64 0, label %B16.i.i
    i64 1, label %B240.i.i
    i64 2, label %B256.i.i
    i64 5, label %B1931.i.i
  ]

B16.i.i:                                          ; preds = %B995.i
  %.99.not.i.i = icmp slt i64 %"$46call.5.4.sroa.12.1.i", %.13.i.i
  br i1 %.99.not.i.i, label %B72.i.i, label %_ZN8perfdiff6xplane12wire_kernels11field_countB2v8B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx.exit

B72.i.i:                                          ; preds = %B16.i.i
  %.153.i.i = getelementptr i8, ptr %arg.a0, i64 %"$46call.5.4.sroa.12.1.i"
  %.154.i.i = load i8, ptr %.153.i.i, align 1, !noalias !6
  %.160.i.i = icmp sgt i8 %.154.i.i, -1
  br i1 %.160.i.i, label %_ZN8perfdiff6xplane12wire_kernels10skip_fieldB3v10B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExxx.exit.thread8.i, label %B96.i.i

_ZN8perfdiff6xplane12wire_kernels10skip_fieldB3v10B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExxx.exit.thread8.i: ; preds = %B72.i.i
  %.174.i.i = add nuw nsw i64 %"$46call.5.4.sroa.12.1.i", 1
  br label %B1021.i

B96.i.i:                                          ; preds = %B72.i.i
  %.218.i.i = add nuw i64 %"$46call.5.4.sroa.12.1.i", 10
  %6 = tail call i64 @llvm.umin.i64(i64 %.13.i.i, i64 %.218.i.i)
  %.210.i.i = add nuw nsw i64 %"$46call.5.4.sroa.12.1.i", 1
  %.254.i.i = icmp samesign ugt i64 %.13.i.i, %.210.i.i
  br i1 %.254.i.i, label %B148.i.i, label %_ZN8perfdiff6xplane12wire_kernels11field_countB2v8B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx.exit

B148.i.i:                                         ; preds = %B96.i.i, %B164.i.i
  %read_varint_v12_at.2.0.i.i = phi i64 [ %.293.i.i, %B164.i.i ], [ %.210.i.i, %B96.i.i ]
  %.290.i.i = getelementptr i8, ptr %arg.a0, i64 %read_varint_v12_at.2.0.i.i
  %.291.i.i = load i8, ptr %.290.i.i, align 1, !noalias !6
  %.293.i.i = add nuw nsw i64 %read_varint_v12_at.2.0.i.i, 1
  %.311.i.i = icmp sgt i8 %.291.i.i, -1
  br i1 %.311.i.i, label %_ZN8perfdiff6xplane12wire_kernels10skip_fieldB3v10B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExxx.exit.i, label %B164.i.i

B164.i.i:                                         ; preds = %B148.i.i
  %.368.i.i = icmp samesign ult i64 %.293.i.i, %6
  br i1 %.368.i.i, label %B148.i.i, label %B178.loopexit.i.i

B178.loopexit.i.i:                                ; preds = %B164.i.i
  %.not17.i.i = icmp ugt i64 %.218.i.i, %.13.i.i
  %7 = select i1 %.not17.i.i, i64 -1, i64 -4
  br label %_ZN8perfdiff6xplane12wire_kernels11field_countB2v8B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx.exit

B240.i.i:                                         ; preds = %B995.i
  %.447.i.i = add nuw nsw i64 %"$46call.5.4.sroa.12.1.i", 8
  br label %B1939.i.i

B256.i.i:                                         ; preds = %B995.i
  %.522.not.i.i = icmp slt i64 %"$46call.5.4.sroa.12.1.i", %.13.i.i
  br i1 %.522.not.i.i, label %B1136.i.i, label %_ZN8perfdiff6xplane12wire_kernels11field_countB2v8B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx.exit

B1136.i.i:                                        ; preds = %B256.i.i
  %.576.i.i = getelementptr i8, ptr %arg.a0, i64 %"$46call.5.4.sroa.12.1.i"
  %.577.i.i = load i8, ptr %.576.i.i, align 1, !noalias !6
  %.582.i.i = zext i8 %.577.i.i to i64
  %.583.i.i = icmp sgt i8 %.577.i.i, -1
  br i1 %.583.i.i, label %B1647.thread.i.i, label %B1214.i.i

B1647.thread.i.i:                                 ; preds = %B1136.i.i
  %.597.i.i = add nuw nsw i64 %"$46call.5.4.sroa.12.1.i", 1
  br label %B1725.i.i

B1214.i.i:                                        ; preds = %B1136.i.i
  %.641.i.i = add nuw i64 %"$46call.5.4.sroa.12.1.i", 10
  %8 = tail call i64 @llvm.umin.i64(i64 %.13.i.i, i64 %.641.i.i)
  %.633.i.i = add nuw nsw i64 %"$46call.5.4.sroa.12.1.i", 1
  %.677.i.i = icmp samesign ugt i64 %.13.i.i, %.633.i.i
  br i1 %.677.i.i, label %B1324.preheader.i.i, label %_ZN8perfdiff6xplane12wire_kernels11field_countB2v8B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx.exit

B1324.preheader.i.i:                              ; preds = %B1214.i.i
  %.623.i.i = and i64 %.582.i.i, 127
  br label %B1324.i.i

B1324.i.i:                                        ; preds = %B1428.i.i, %B1324.preheader.i.i
  %read_varint_v11_result.2.0.i.i = phi i64 [ %.727.i.i, %B1428.i.i ], [ %.623.i.i, %B1324.preheader.i.i ]
  %read_varint_v11_shift.2.0.i.i = phi i64 [ %.786.i.i, %B1428.i.i ], [ 7, %B1324.preheader.i.i ]
  %read_varint_v11_at.2.0.i.i = phi i64 [ %.716.i.i, %B1428.i.i ], [ %.633.i.i, %B1324.preheader.i.i ]
  %.713.i.i = getelementptr i8, ptr %arg.a0, i64 %read_varint_v11_at.2.0.i.i
  %.714.i.i = load i8, ptr %.713.i.i, align 1, !noalias !6
  %.716.i.i = add nuw nsw i64 %read_varint_v11_at.2.0.i.i, 1
  %9 = and i8 %.714.i.i, 127
  %.723.i.i = zext nneg i8 %9 to i64
  %.725.i.i = shl i64 %.723.i.i, %read_varint_v11_shift.2.0.i.i
  %.727.i.i = or i64 %.725.i.i, %read_varint_v11_result.2.0.i.i
  %.734.i.i = icmp sgt i8 %.714.i.i, -1
  br i1 %.734.i.i, label %B1647.i.i, label %B1428.i.i

B1428.i.i:                                        ; preds = %B1324.i.i
  %.786.i.i = add nuw nsw i64 %read_varint_v11_shift.2.0.i.i, 7
  %.791.i.i = icmp samesign ult i64 %.716.i.i, %8
  br i1 %.791.i.i, label %B1324.i.i, label %B1450.loopexit.i.i

B1450.loopexit.i.i:                               ; preds = %B1428.i.i
  %.not.i.i = icmp ugt i64 %.641.i.i, %.13.i.i
  %10 = select i1 %.not.i.i, i64 -1, i64 -4
  br label %_ZN8perfdiff6xplane12wire_kernels11field_countB2v8B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx.exit

B1647.i.i:                                        ; preds = %B1324.i.i
  %.889.i.i = icmp slt i64 %.727.i.i, 0
  br i1 %.889.i.i, label %_ZN8perfdiff6xplane12wire_kernels11field_countB2v8B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx.exit, label %B1725.i.i

B1725.i.i:                                        ; preds = %B1647.i.i, %B1647.thread.i.i
  %"$118call.5.4.sroa.0.09.i.i" = phi i64 [ %.582.i.i, %B1647.thread.i.i ], [ %.727.i.i, %B1647.i.i ]
  %"$118call.5.4.sroa.12.08.i.i" = phi i64 [ %.597.i.i, %B1647.thread.i.i ], [ %.716.i.i, %B1647.i.i ]
  %.901.i.i = add nuw nsw i64 %"$118call.5.4.sroa.12.08.i.i", %"$118call.5.4.sroa.0.09.i.i"
  br label %B1939.i.i

B1931.i.i:                                        ; preds = %B995.i
  %.920.i.i = add nuw nsw i64 %"$46call.5.4.sroa.12.1.i", 4
  br label %B1939.i.i

B1939.i.i:                                        ; preds = %B1931.i.i, %B1725.i.i, %B240.i.i
  %pos.6.0.i.i = phi i64 [ %.447.i.i, %B240.i.i ], [ %.901.i.i, %B1725.i.i ], [ %.920.i.i, %B1931.i.i ]
  %.928.not.i.i = icmp sgt i64 %pos.6.0.i.i, %arg.a2
  br i1 %.928.not.i.i, label %_ZN8perfdiff6xplane12wire_kernels11field_countB2v8B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx.exit, label %_ZN8perfdiff6xplane12wire_kernels10skip_fieldB3v10B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExxx.exit.i

_ZN8perfdiff6xplane12wire_kernels10skip_fieldB3v10B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExxx.exit.i: ; preds = %B148.i.i, %B1939.i.i
  %"$38call.5.4.sroa.12.0.sink.i.i" = phi i64 [ %pos.6.0.i.i, %B1939.i.i ], [ %.293.i.i, %B148.i.i ]
  %.531.i = icmp slt i64 %"$38call.5.4.sroa.12.0.sink.i.i", 0
  br i1 %.531.i, label %_ZN8perfdiff6xplane12wire_kernels11field_countB2v8B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx.exit, label %B1021.i

B1021.i:                                          ; preds = %_ZN8perfdiff6xplane12wire_kernels10skip_fieldB3v10B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExxx.exit.i, %_ZN8perfdiff6xplane12wire_kernels10skip_fieldB3v10B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExxx.exit.thread8.i
  %"$38call.5.4.sroa.12.0.sink.i11.i" = phi i64 [ %.174.i.i, %_ZN8perfdiff6xplane12wire_kernels10skip_fieldB3v10B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExxx.exit.thread8.i ], [ %"$38call.5.4.sroa.12.0.sink.i.i", %_ZN8perfdiff6xplane12wire_kernels10skip_fieldB3v10B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExxx.exit.i ]
  %.551.i = add nuw nsw i64 %count.2.0.i, 1
  %.558.i = icmp slt i64 %"$38call.5.4.sroa.12.0.sink.i11.i", %arg.a2
  br i1 %.558.i, label %B24.i, label %_ZN8perfdiff6xplane12wire_kernels11field_countB2v8B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx.exit

_ZN8perfdiff6xplane12wire_kernels11field_countB2v8B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx.exit: ; preds = %B24.i, %B112.i, %B813.i, %B917.i, %B995.i, %B16.i.i, %B96.i.i, %B256.i.i, %B1214.i.i, %B1647.i.i, %B1939.i.i, %_ZN8perfdiff6xplane12wire_kernels10skip_fieldB3v10B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExxx.exit.i, %B1021.i, %entry, %B571.loopexit.i, %B178.loopexit.i.i, %B1450.loopexit.i.i
  %count.3.1.sink.i = phi i64 [ %10, %B1450.loopexit.i.i ], [ 0, %entry ], [ %7, %B178.loopexit.i.i ], [ %5, %B571.loopexit.i ], [ %.551.i, %B1021.i ], [ -2, %B995.i ], [ -1, %B96.i.i ], [ -1, %B16.i.i ], [ -1, %B1214.i.i ], [ -1, %B256.i.i ], [ -1, %B1647.i.i ], [ -1, %B1939.i.i ], [ %"$46call.5.4.sroa.12.1.i", %B813.i ], [ -1, %B24.i ], [ -1, %B112.i ], [ -3, %B917.i ], [ %"$38call.5.4.sroa.12.0.sink.i.i", %_ZN8perfdiff6xplane12wire_kernels10skip_fieldB3v10B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExxx.exit.i ]
  store i64 %count.3.1.sink.i, ptr %retptr, align 8
  ret void
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define i64 @perfdiff_fields_into(ptr readonly captures(none) %.1, i64 %.2, i64 %.3, i64 %.4, ptr writeonly captures(none) %.5, i64 %.6, i64 %.7) local_unnamed_addr #0 {
entry:
  %.9 = alloca i64, align 8
  store i64 0, ptr %.9, align 8
  call fastcc void @_ZN13_3cdynamic_3e5entryB3v13B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAE8uint8_2axxx8int64_2axx(ptr %.9, ptr %.1, i64 %.2, i64 %.3, i64 %.4, ptr %.5, i64 %.6, i64 %.7) #3
  %.23 = load i64, ptr %.9, align 8
  ret i64 %.23
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define internal fastcc void @_ZN13_3cdynamic_3e5entryB3v13B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAE8uint8_2axxx8int64_2axx(ptr noalias nonnull writeonly captures(none) %retptr, ptr readonly captures(none) %arg.a0, i64 %arg.a0_0, i64 %arg.a1, i64 %arg.a2, ptr writeonly captures(none) %arg.a3, i64 %arg.a3_0, i64 %arg.a3_1) unnamed_addr #0 {
entry:
  %.14115.not.i = icmp slt i64 %arg.a3_0, 1
  br i1 %.14115.not.i, label %_ZN8perfdiff6xplane12wire_kernels11fields_intoB3v15B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi2E1C7mutable7alignedE.exit, label %B60.if.lr.ph.i

B60.if.lr.ph.i:                                   ; preds = %entry
  %.13.i718.i = tail call i64 @llvm.smin.i64(i64 %arg.a0_0, i64 %arg.a2)
  br label %B60.if.i

B294.i:                                           ; preds = %B60.if.i
  %.335.i = icmp slt i64 %pos.4.018.i, 0
  %.336.i = select i1 %.335.i, i64 %arg.a0_0, i64 0
  %0 = getelementptr i8, ptr %arg.a0, i64 %pos.4.018.i
  %.350.i = getelementptr i8, ptr %0, i64 %.336.i
  %.351.i = load i8, ptr %.350.i, align 1, !noalias !9
  %.356.i = zext i8 %.351.i to i64
  %.357.i = icmp sgt i8 %.351.i, -1
  br i1 %.357.i, label %B306.i, label %B358.i

B306.i:                                           ; preds = %B294.i
  %.371.i = add nsw i64 %pos.4.018.i, 1
  br label %B2442.i

B358.i:                                           ; preds = %B294.i
  %.415.i = add i64 %pos.4.018.i, 10
  %.13.i.i = tail call i64 @llvm.smin.i64(i64 %.13.i718.i, i64 %.415.i)
  %.407.i = add nsw i64 %pos.4.018.i, 1
  %.451.i = icmp sgt i64 %.13.i718.i, %.407.i
  br i1 %.451.i, label %B394.preheader.i, label %B2442.thread.i

B394.preheader.i:                                 ; preds = %B358.i
  %.397.i = and i64 %.356.i, 127
  %1 = add nsw i64 %pos.4.018.i, 2
  %smax.i = tail call i64 @llvm.smax.i64(i64 %.13.i.i, i64 %1)
  br label %B394.i

B394.i:                                           ; preds = %B2104.i, %B394.preheader.i
  %read_varint_v18_result.2.1.i = phi i64 [ %.501.i, %B2104.i ], [ %.397.i, %B394.preheader.i ]
  %read_varint_v18_shift.2.1.i = phi i64 [ %.560.i, %B2104.i ], [ 7, %B394.preheader.i ]
  %read_varint_v18_at.2.1.i = phi i64 [ %.490.i, %B2104.i ], [ %.407.i, %B394.preheader.i ]
  %.472.i = icmp slt i64 %read_varint_v18_at.2.1.i, 0
  %.473.i = select i1 %.472.i, i64 %arg.a0_0, i64 0
  %2 = getelementptr i8, ptr %arg.a0, i64 %read_varint_v18_at.2.1.i
  %.487.i = getelementptr i8, ptr %2, i64 %.473.i
  %.488.i = load i8, ptr %.487.i, align 1, !noalias !9
  %.490.i = add nsw i64 %read_varint_v18_at.2.1.i, 1
  %3 = and i8 %.488.i, 127
  %.497.i = zext nneg i8 %3 to i64
  %.499.i = shl i64 %.497.i, %read_varint_v18_shift.2.1.i
  %.501.i = or i64 %.499.i, %read_varint_v18_result.2.1.i
  %.508.i = icmp sgt i8 %.488.i, -1
  br i1 %.508.i, label %B2442.i, label %B2104.i

B2104.i:                                          ; preds = %B394.i
  %.560.i = add nuw nsw i64 %read_varint_v18_shift.2.1.i, 7
  %.565.i = icmp slt i64 %.490.i, %.13.i.i
  br i1 %.565.i, label %B394.i, label %B2158.loopexit.i

B2158.loopexit.i:                                 ; preds = %B2104.i
  %4 = icmp eq i64 %smax.i, %.415.i
  %5 = select i1 %4, i64 -4, i64 -1
  br label %B2442.thread.i

B2442.thread.i:                                   ; preds = %B60.if.i, %B2158.loopexit.i, %B358.i
  %"$110call.12.4.sroa.12.1.ph.i" = phi i64 [ -1, %B60.if.i ], [ -1, %B358.i ], [ %5, %B2158.loopexit.i ]
  %.8166.i = getelementptr i8, ptr %18, i64 40
  store i64 0, ptr %.8166.i, align 8, !noalias !9
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %18, i8 0, i64 16, i1 false), !noalias !9
  br label %B2450.i

B2442.i:                                          ; preds = %B394.i, %B306.i
  %"$110call.12.4.sroa.12.1.i" = phi i64 [ %.371.i, %B306.i ], [ %.490.i, %B394.i ]
  %"$110call.12.4.sroa.0.1.i" = phi i64 [ %.356.i, %B306.i ], [ %.501.i, %B394.i ]
  %.647.i = and i64 %"$110call.12.4.sroa.0.1.i", 7
  %.651.i = ashr i64 %"$110call.12.4.sroa.0.1.i", 3
  store i64 %.651.i, ptr %18, align 8, !noalias !9
  %.761.i = getelementptr i8, ptr %18, i64 8
  store i64 %.647.i, ptr %.761.i, align 8, !noalias !9
  %.816.i = getelementptr i8, ptr %18, i64 40
  store i64 0, ptr %.816.i, align 8, !noalias !9
  switch i64 %.647.i, label %B3576.i [
    i64 0, label %B2450.i
    i64 2, label %B3039.i
    i64 1, label %B1939.i.i
    i64 5, label %B1931.i.i
  ]

B2450.i:                                          ; preds = %B2442.i, %B2442.thread.i
  %.8168.i = phi ptr [ %.8166.i, %B2442.thread.i ], [ %.816.i, %B2442.i ]
  %"$110call.12.4.sroa.12.17.i" = phi i64 [ %"$110call.12.4.sroa.12.1.ph.i", %B2442.thread.i ], [ %"$110call.12.4.sroa.12.1.i", %B2442.i ]
  %.879.not.i = icmp slt i64 %"$110call.12.4.sroa.12.17.i", %.13.i718.i
  br i1 %.879.not.i, label %B2528.i, label %B2961.i

B2528.i:                                          ; preds = %B2450.i
  %.918.i = icmp slt i64 %"$110call.12.4.sroa.12.17.i", 0
  %.919.i = select i1 %.918.i, i64 %arg.a0_0, i64 0
  %6 = getelementptr i8, ptr %arg.a0, i64 %"$110call.12.4.sroa.12.17.i"
  %.933.i = getelementptr i8, ptr %6, i64 %.919.i
  %.934.i = load i8, ptr %.933.i, align 1, !noalias !9
  %.939.i = zext i8 %.934.i to i64
  %.940.i = icmp sgt i8 %.934.i, -1
  br i1 %.940.i, label %B2542.i, label %B2554.i

B2542.i:                                          ; preds = %B2528.i
  %.954.i = add nsw i64 %"$110call.12.4.sroa.12.17.i", 1
  br label %B2961.i

B2554.i:                                          ; preds = %B2528.i
  %.998.i = add i64 %"$110call.12.4.sroa.12.17.i", 10
  %.13.i715.i = tail call i64 @llvm.smin.i64(i64 %.13.i718.i, i64 %.998.i)
  %.990.i = add nsw i64 %"$110call.12.4.sroa.12.17.i", 1
  %.1034.i = icmp sgt i64 %.13.i718.i, %.990.i
  br i1 %.1034.i, label %B2555.preheader.i, label %B2961.i

B2555.preheader.i:                                ; preds = %B2554.i
  %.980.i = and i64 %.939.i, 127
  %7 = add nsw i64 %"$110call.12.4.sroa.12.17.i", 2
  %smax26.i = tail call i64 @llvm.smax.i64(i64 %.13.i715.i, i64 %7)
  br label %B2555.i

B2555.i:                                          ; preds = %B2669.i, %B2555.preheader.i
  %read_varint_v17_result.2.1.i = phi i64 [ %.1084.i, %B2669.i ], [ %.980.i, %B2555.preheader.i ]
  %read_varint_v17_shift.2.1.i = phi i64 [ %.1143.i, %B2669.i ], [ 7, %B2555.preheader.i ]
  %read_varint_v17_at.2.1.i = phi i64 [ %.1073.i, %B2669.i ], [ %.990.i, %B2555.preheader.i ]
  %.1055.i = icmp slt i64 %read_varint_v17_at.2.1.i, 0
  %.1056.i = select i1 %.1055.i, i64 %arg.a0_0, i64 0
  %8 = getelementptr i8, ptr %arg.a0, i64 %read_varint_v17_at.2.1.i
  %.1070.i = getelementptr i8, ptr %8, i64 %.1056.i
  %.1071.i = load i8, ptr %.1070.i, align 1, !noalias !9
  %.1073.i = add nsw i64 %read_varint_v17_at.2.1.i, 1
  %9 = and i8 %.1071.i, 127
  %.1080.i = zext nneg i8 %9 to i64
  %.1082.i = shl i64 %.1080.i, %read_varint_v17_shift.2.1.i
  %.1084.i = or i64 %.1082.i, %read_varint_v17_result.2.1.i
  %.1091.i = icmp sgt i8 %.1071.i, -1
  br i1 %.1091.i, label %B2961.i, label %B2669.i

B2669.i:                                          ; preds = %B2555.i
  %.1143.i = add nuw nsw i64 %read_varint_v17_shift.2.1.i, 7
  %.1148.i = icmp slt i64 %.1073.i, %.13.i715.i
  br i1 %.1148.i, label %B2555.i, label %B2697.loopexit.i

B2697.loopexit.i:                                 ; preds = %B2669.i
  %10 = icmp eq i64 %smax26.i, %.998.i
  %11 = select i1 %10, i64 -4, i64 -1
  br label %B2961.i

B2961.i:                                          ; preds = %B2555.i, %B2697.loopexit.i, %B2554.i, %B2542.i, %B2450.i
  %"$250call.6.4.sroa.12.1.i" = phi i64 [ %11, %B2697.loopexit.i ], [ %.954.i, %B2542.i ], [ -1, %B2450.i ], [ -1, %B2554.i ], [ %.1073.i, %B2555.i ]
  %"$250call.6.4.sroa.0.1.i" = phi i64 [ 0, %B2697.loopexit.i ], [ %.939.i, %B2542.i ], [ 0, %B2450.i ], [ 0, %B2554.i ], [ %.1084.i, %B2555.i ]
  store i64 %"$250call.6.4.sroa.0.1.i", ptr %.8168.i, align 8, !noalias !9
  br label %B3576.i

B3039.i:                                          ; preds = %B2442.i
  %.1355.not.i = icmp slt i64 %"$110call.12.4.sroa.12.1.i", %.13.i718.i
  br i1 %.1355.not.i, label %B3065.i, label %B3550.i

B3065.i:                                          ; preds = %B3039.i
  %.1394.i = icmp slt i64 %"$110call.12.4.sroa.12.1.i", 0
  %.1395.i = select i1 %.1394.i, i64 %arg.a0_0, i64 0
  %12 = getelementptr i8, ptr %arg.a0, i64 %"$110call.12.4.sroa.12.1.i"
  %.1409.i = getelementptr i8, ptr %12, i64 %.1395.i
  %.1410.i = load i8, ptr %.1409.i, align 1, !noalias !9
  %.1415.i = zext i8 %.1410.i to i64
  %.1416.i = icmp sgt i8 %.1410.i, -1
  br i1 %.1416.i, label %B3066.i, label %B3126.i

B3066.i:                                          ; preds = %B3065.i
  %.1430.i = add nsw i64 %"$110call.12.4.sroa.12.1.i", 1
  br label %B3550.i

B3126.i:                                          ; preds = %B3065.i
  %.1474.i = add i64 %"$110call.12.4.sroa.12.1.i", 10
  %.13.i717.i = tail call i64 @llvm.smin.i64(i64 %.13.i718.i, i64 %.1474.i)
  %.1466.i = add nsw i64 %"$110call.12.4.sroa.12.1.i", 1
  %.1510.i = icmp sgt i64 %.13.i718.i, %.1466.i
  br i1 %.1510.i, label %B3180.preheader.i, label %B3550.i

B3180.preheader.i:                                ; preds = %B3126.i
  %.1456.i = and i64 %.1415.i, 127
  %13 = add nsw i64 %"$110call.12.4.sroa.12.1.i", 2
  %smax25.i = tail call i64 @llvm.smax.i64(i64 %.13.i717.i, i64 %13)
  br label %B3180.i

B3180.i:                                          ; preds = %B3258.i, %B3180.preheader.i
  %read_varint_v16_result.2.1.i = phi i64 [ %.1560.i, %B3258.i ], [ %.1456.i, %B3180.preheader.i ]
  %read_varint_v16_shift.2.1.i = phi i64 [ %.1619.i, %B3258.i ], [ 7, %B3180.preheader.i ]
  %read_varint_v16_at.2.1.i = phi i64 [ %.1549.i, %B3258.i ], [ %.1466.i, %B3180.preheader.i ]
  %.1531.i = icmp slt i64 %read_varint_v16_at.2.1.i, 0
  %.1532.i = select i1 %.1531.i, i64 %arg.a0_0, i64 0
  %14 = getelementptr i8, ptr %arg.a0, i64 %read_varint_v16_at.2.1.i
  %.1546.i = getelementptr i8, ptr %14, i64 %.1532.i
  %.1547.i = load i8, ptr %.1546.i, align 1, !noalias !9
  %.1549.i = add nsw i64 %read_varint_v16_at.2.1.i, 1
  %15 = and i8 %.1547.i, 127
  %.1556.i = zext nneg i8 %15 to i64
  %.1558.i = shl i64 %.1556.i, %read_varint_v16_shift.2.1.i
  %.1560.i = or i64 %.1558.i, %read_varint_v16_result.2.1.i
  %.1567.i = icmp sgt i8 %.1547.i, -1
  br i1 %.1567.i, label %B3550.i, label %B3258.i

B3258.i:                                          ; preds = %B3180.i
  %.1619.i = add nuw nsw i64 %read_varint_v16_shift.2.1.i, 7
  %.1624.i = icmp slt i64 %.1549.i, %.13.i717.i
  br i1 %.1624.i, label %B3180.i, label %B3368.loopexit.i

B3368.loopexit.i:                                 ; preds = %B3258.i
  %16 = icmp eq i64 %smax25.i, %.1474.i
  %17 = select i1 %16, i64 -4, i64 -1
  br label %B3550.i

B3550.i:                                          ; preds = %B3180.i, %B3368.loopexit.i, %B3126.i, %B3066.i, %B3039.i
  %"$328call.6.4.sroa.12.1.i" = phi i64 [ %17, %B3368.loopexit.i ], [ %.1430.i, %B3066.i ], [ -1, %B3039.i ], [ -1, %B3126.i ], [ %.1549.i, %B3180.i ]
  %"$328call.6.4.sroa.0.1.i" = phi i64 [ 0, %B3368.loopexit.i ], [ %.1415.i, %B3066.i ], [ 0, %B3039.i ], [ 0, %B3126.i ], [ %.1560.i, %B3180.i ]
  %.1705.i = add nsw i64 %"$328call.6.4.sroa.0.1.i", %"$328call.6.4.sroa.12.1.i"
  br label %B3576.i

B1931.i.i:                                        ; preds = %B2442.i
  br label %B1939.i.i

B1939.i.i:                                        ; preds = %B1931.i.i, %B2442.i
  %.sink.i = phi i64 [ 4, %B1931.i.i ], [ 8, %B2442.i ]
  %.920.i.i = add nsw i64 %.sink.i, %"$110call.12.4.sroa.12.1.i"
  %.928.not.i.i = icmp sgt i64 %.920.i.i, %arg.a2
  %.pos.6.0.i.i = select i1 %.928.not.i.i, i64 -1, i64 %.920.i.i
  br label %B3576.i

B3576.i:                                          ; preds = %B1939.i.i, %B3550.i, %B2961.i, %B2442.i
  %pos.5.1.i = phi i64 [ %"$110call.12.4.sroa.12.17.i", %B2961.i ], [ %"$328call.6.4.sroa.12.1.i", %B3550.i ], [ %"$110call.12.4.sroa.12.1.i", %B2442.i ], [ %"$110call.12.4.sroa.12.1.i", %B1939.i.i ]
  %after.3.1.i = phi i64 [ %"$250call.6.4.sroa.12.1.i", %B2961.i ], [ %.1705.i, %B3550.i ], [ -2, %B2442.i ], [ %.pos.6.0.i.i, %B1939.i.i ]
  %.1804.i = getelementptr i8, ptr %18, i64 24
  store i64 %pos.5.1.i, ptr %.1804.i, align 8, !noalias !9
  %.1864.i = getelementptr i8, ptr %18, i64 32
  store i64 %after.3.1.i, ptr %.1864.i, align 8, !noalias !9
  %exitcond.not.i = icmp eq i64 %.154.i, %arg.a3_0
  br i1 %exitcond.not.i, label %_ZN8perfdiff6xplane12wire_kernels11fields_intoB3v15B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi2E1C7mutable7alignedE.exit, label %B60.if.i

B60.if.i:                                         ; preds = %B3576.i, %B60.if.lr.ph.i
  %pos.4.018.i = phi i64 [ %arg.a1, %B60.if.lr.ph.i ], [ %after.3.1.i, %B3576.i ]
  %.83.017.i = phi i64 [ 0, %B60.if.lr.ph.i ], [ %.154.i, %B3576.i ]
  %.154.i = add nuw nsw i64 %.83.017.i, 1
  %.232.i = mul i64 %.83.017.i, %arg.a3_1
  %18 = getelementptr i64, ptr %arg.a3, i64 %.232.i
  %.236.i = getelementptr i8, ptr %18, i64 16
  store i64 %pos.4.018.i, ptr %.236.i, align 8, !noalias !9
  %.296.not.i = icmp slt i64 %pos.4.018.i, %.13.i718.i
  br i1 %.296.not.i, label %B294.i, label %B2442.thread.i

_ZN8perfdiff6xplane12wire_kernels11fields_intoB3v15B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi2E1C7mutable7alignedE.exit: ; preds = %B3576.i, %entry
  store i64 0, ptr %retptr, align 8
  ret void
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define i64 @perfdiff_line_header_into(ptr readonly captures(none) %.1, i64 %.2, i64 %.3, i64 %.4, ptr writeonly captures(none) initializes((0, 80)) %.5, i64 %.6) local_unnamed_addr #0 {
entry:
  %.8 = alloca i64, align 8
  store i64 0, ptr %.8, align 8
  call fastcc void @_ZN13_3cdynamic_3e5entryB3v19B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAE8uint8_2axxx8int64_2ax(ptr %.8, ptr %.1, i64 %.2, i64 %.3, i64 %.4, ptr %.5) #3
  %.22 = load i64, ptr %.8, align 8
  ret i64 %.22
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define internal fastcc void @_ZN13_3cdynamic_3e5entryB3v19B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAE8uint8_2axxx8int64_2ax(ptr noalias nonnull writeonly captures(none) %retptr, ptr readonly captures(none) %arg.a0, i64 %arg.a0_0, i64 %arg.a1, i64 %arg.a2, ptr writeonly captures(none) initializes((0, 80)) %arg.a3) unnamed_addr #0 {
entry:
  %0 = getelementptr i8, ptr %arg.a3, i64 8
  %1 = getelementptr i8, ptr %arg.a3, i64 16
  %2 = getelementptr i8, ptr %arg.a3, i64 24
  %3 = getelementptr i8, ptr %arg.a3, i64 32
  %4 = getelementptr i8, ptr %arg.a3, i64 40
  %5 = getelementptr i8, ptr %arg.a3, i64 48
  %6 = getelementptr i8, ptr %arg.a3, i64 56
  %7 = getelementptr i8, ptr %arg.a3, i64 64
  %8 = getelementptr i8, ptr %arg.a3, i64 72
  %.199.i = icmp slt i64 %arg.a1, %arg.a2
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(80) %arg.a3, i8 0, i64 80, i1 false), !noalias !12
  br i1 %.199.i, label %B78.preheader.i, label %_ZN8perfdiff6xplane12wire_kernels16line_header_intoB3v20B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedE.exit

B78.preheader.i:                                  ; preds = %entry
  %.13.i.i = tail call i64 @llvm.smin.i64(i64 %arg.a0_0, i64 %arg.a2)
  br label %B78.i

B78.i:                                            ; preds = %B5109.i, %B78.preheader.i
  %.1844.i = phi i64 [ %.184443.i, %B5109.i ], [ 0, %B78.preheader.i ]
  %pos.6.0.i = phi i64 [ %pos.7.117.i, %B5109.i ], [ %arg.a1, %B78.preheader.i ]
  %.262.not.i = icmp slt i64 %pos.6.0.i, %.13.i.i
  br i1 %.262.not.i, label %B154.i, label %common.ret.sink.split.i

B154.i:                                           ; preds = %B78.i
  %.301.i = icmp slt i64 %pos.6.0.i, 0
  %.302.i = select i1 %.301.i, i64 %arg.a0_0, i64 0
  %9 = getelementptr i8, ptr %arg.a0, i64 %pos.6.0.i
  %.316.i = getelementptr i8, ptr %9, i64 %.302.i
  %.317.i = load i8, ptr %.316.i, align 1, !noalias !12
  %.322.i = zext i8 %.317.i to i64
  %.323.i = icmp sgt i8 %.317.i, -1
  br i1 %.323.i, label %B186.i, label %B230.i

B186.i:                                           ; preds = %B154.i
  %.337.i = add nsw i64 %pos.6.0.i, 1
  br label %B396.i

B230.i:                                           ; preds = %B154.i
  %.381.i = add i64 %pos.6.0.i, 10
  %.13.i907.i = tail call i64 @llvm.smin.i64(i64 %.13.i.i, i64 %.381.i)
  %.373.i = add nsw i64 %pos.6.0.i, 1
  %.417.i = icmp sgt i64 %.13.i.i, %.373.i
  br i1 %.417.i, label %B242.preheader.i, label %common.ret.sink.split.i

B242.preheader.i:                                 ; preds = %B230.i
  %.363.i = and i64 %.322.i, 127
  br label %B242.i

B242.i:                                           ; preds = %B316.i, %B242.preheader.i
  %read_varint_v23_result.2.1.i = phi i64 [ %.467.i, %B316.i ], [ %.363.i, %B242.preheader.i ]
  %read_varint_v23_shift.2.1.i = phi i64 [ %.526.i, %B316.i ], [ 7, %B242.preheader.i ]
  %read_varint_v23_at.2.1.i = phi i64 [ %.456.i, %B316.i ], [ %.373.i, %B242.preheader.i ]
  %.438.i = icmp slt i64 %read_varint_v23_at.2.1.i, 0
  %.439.i = select i1 %.438.i, i64 %arg.a0_0, i64 0
  %10 = getelementptr i8, ptr %arg.a0, i64 %read_varint_v23_at.2.1.i
  %.453.i = getelementptr i8, ptr %10, i64 %.439.i
  %.454.i = load i8, ptr %.453.i, align 1, !noalias !12
  %.456.i = add nsw i64 %read_varint_v23_at.2.1.i, 1
  %11 = and i8 %.454.i, 127
  %.463.i = zext nneg i8 %11 to i64
  %.465.i = shl i64 %.463.i, %read_varint_v23_shift.2.1.i
  %.467.i = or i64 %.465.i, %read_varint_v23_result.2.1.i
  %.474.i = icmp sgt i8 %.454.i, -1
  br i1 %.474.i, label %B396.i, label %B316.i

B316.i:                                           ; preds = %B242.i
  %.526.i = add nuw nsw i64 %read_varint_v23_shift.2.1.i, 7
  %.531.i = icmp slt i64 %.456.i, %.13.i907.i
  br i1 %.531.i, label %B242.i, label %B328.loopexit.i

B328.loopexit.i:                                  ; preds = %B316.i
  %12 = add i64 %pos.6.0.i, 2
  %smax.le.i = tail call i64 @llvm.smax.i64(i64 %.13.i907.i, i64 %12)
  %13 = icmp eq i64 %smax.le.i, %.381.i
  %14 = select i1 %13, i64 -4, i64 -1
  br label %common.ret.sink.split.i

B396.i:                                           ; preds = %B242.i, %B186.i
  %"$100call.5.4.sroa.12.1.i" = phi i64 [ %.337.i, %B186.i ], [ %.456.i, %B242.i ]
  %"$100call.5.4.sroa.0.1.i" = phi i64 [ %.322.i, %B186.i ], [ %.467.i, %B242.i ]
  %.617.i = icmp slt i64 %"$100call.5.4.sroa.12.1.i", 0
  br i1 %.617.i, label %common.ret.sink.split.i, label %B418.i

common.ret.sink.split.i:                          ; preds = %B5083.i, %B1939.i.i, %B4598.i, %B4572.i, %B4148.i, %B4061.i, %B482.i, %B418.i, %B396.i, %B230.i, %B78.i, %B4280.i, %B328.loopexit.i
  %pos.7.112.sink.i = phi i64 [ -1, %B4280.i ], [ %14, %B328.loopexit.i ], [ -1, %B1939.i.i ], [ %"$264call.5.4.sroa.12.1.i", %B5083.i ], [ -1, %B4572.i ], [ -1, %B4598.i ], [ -1, %B4061.i ], [ -1, %B4148.i ], [ %"$100call.5.4.sroa.12.1.i", %B396.i ], [ -1, %B78.i ], [ -1, %B230.i ], [ -3, %B418.i ], [ -2, %B482.i ]
  store i64 %pos.7.112.sink.i, ptr %arg.a3, align 8, !noalias !12
  br label %_ZN8perfdiff6xplane12wire_kernels16line_header_intoB3v20B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedE.exit

B418.i:                                           ; preds = %B396.i
  %.670.i = ashr i64 %"$100call.5.4.sroa.0.1.i", 3
  %.682.i = icmp eq i64 %.670.i, 0
  br i1 %.682.i, label %common.ret.sink.split.i, label %B482.i

B482.i:                                           ; preds = %B418.i
  %.672.i = and i64 %"$100call.5.4.sroa.0.1.i", 7
  switch i64 %.672.i, label %common.ret.sink.split.i [
    i64 0, label %B494.i
    i64 2, label %B4061.i
    i64 1, label %B1939.i.i
    i64 5, label %B1931.i.i
  ]

B494.i:                                           ; preds = %B482.i
  %.797.not.i = icmp slt i64 %"$100call.5.4.sroa.12.1.i", %.13.i.i
  br i1 %.797.not.i, label %B556.i, label %B818.i

B556.i:                                           ; preds = %B494.i
  %.851.i = getelementptr i8, ptr %arg.a0, i64 %"$100call.5.4.sroa.12.1.i"
  %.852.i = load i8, ptr %.851.i, align 1, !noalias !12
  %.857.i = zext i8 %.852.i to i64
  %.858.i = icmp sgt i8 %.852.i, -1
  br i1 %.858.i, label %B568.i, label %B612.i

B568.i:                                           ; preds = %B556.i
  %.872.i = add nuw nsw i64 %"$100call.5.4.sroa.12.1.i", 1
  br label %B818.i

B612.i:                                           ; preds = %B556.i
  %.916.i = add nuw i64 %"$100call.5.4.sroa.12.1.i", 10
  %15 = tail call i64 @llvm.umin.i64(i64 %.13.i.i, i64 %.916.i)
  %.908.i = add nuw nsw i64 %"$100call.5.4.sroa.12.1.i", 1
  %.952.i = icmp samesign ugt i64 %.13.i.i, %.908.i
  br i1 %.952.i, label %B624.preheader.i, label %B818.i

B624.preheader.i:                                 ; preds = %B612.i
  %.898.i = and i64 %.857.i, 127
  br label %B624.i

B624.i:                                           ; preds = %B686.i, %B624.preheader.i
  %read_varint_v22_result.2.1.i = phi i64 [ %.1002.i, %B686.i ], [ %.898.i, %B624.preheader.i ]
  %read_varint_v22_shift.2.1.i = phi i64 [ %.1061.i, %B686.i ], [ 7, %B624.preheader.i ]
  %read_varint_v22_at.2.1.i = phi i64 [ %.991.i, %B686.i ], [ %.908.i, %B624.preheader.i ]
  %.988.i = getelementptr i8, ptr %arg.a0, i64 %read_varint_v22_at.2.1.i
  %.989.i = load i8, ptr %.988.i, align 1, !noalias !12
  %.991.i = add nuw nsw i64 %read_varint_v22_at.2.1.i, 1
  %16 = and i8 %.989.i, 127
  %.998.i = zext nneg i8 %16 to i64
  %.1000.i = shl i64 %.998.i, %read_varint_v22_shift.2.1.i
  %.1002.i = or i64 %.1000.i, %read_varint_v22_result.2.1.i
  %.1009.i = icmp sgt i8 %.989.i, -1
  br i1 %.1009.i, label %B818.i, label %B686.i

B686.i:                                           ; preds = %B624.i
  %.1061.i = add nuw nsw i64 %read_varint_v22_shift.2.1.i, 7
  %.1066.i = icmp slt i64 %.991.i, %15
  br i1 %.1066.i, label %B624.i, label %B734.loopexit.i

B734.loopexit.i:                                  ; preds = %B686.i
  %.not.i = icmp ugt i64 %.916.i, %.13.i.i
  %17 = select i1 %.not.i, i64 -1, i64 -4
  br label %B818.i

B818.i:                                           ; preds = %B624.i, %B734.loopexit.i, %B612.i, %B568.i, %B494.i
  %"$264call.5.4.sroa.12.1.i" = phi i64 [ %17, %B734.loopexit.i ], [ %.872.i, %B568.i ], [ -1, %B494.i ], [ -1, %B612.i ], [ %.991.i, %B624.i ]
  %"$264call.5.4.sroa.0.1.i" = phi i64 [ 0, %B734.loopexit.i ], [ %.857.i, %B568.i ], [ 0, %B494.i ], [ 0, %B612.i ], [ %.1002.i, %B624.i ]
  switch i64 %.670.i, label %B5083.i [
    i64 1, label %B832.i
    i64 10, label %B3691.i
    i64 3, label %B3769.i
    i64 9, label %B3975.i
  ]

B832.i:                                           ; preds = %B818.i
  store i64 %"$264call.5.4.sroa.0.1.i", ptr %1, align 8, !noalias !12
  br label %B5083.i

B3691.i:                                          ; preds = %B818.i
  store i64 %"$264call.5.4.sroa.0.1.i", ptr %2, align 8, !noalias !12
  br label %B5083.i

B3769.i:                                          ; preds = %B818.i
  store i64 %"$264call.5.4.sroa.0.1.i", ptr %3, align 8, !noalias !12
  br label %B5083.i

B3975.i:                                          ; preds = %B818.i
  store i64 %"$264call.5.4.sroa.0.1.i", ptr %4, align 8, !noalias !12
  br label %B5083.i

B4061.i:                                          ; preds = %B482.i
  %.1394.not.i = icmp slt i64 %"$100call.5.4.sroa.12.1.i", %.13.i.i
  br i1 %.1394.not.i, label %B4087.i, label %common.ret.sink.split.i

B4087.i:                                          ; preds = %B4061.i
  %.1448.i = getelementptr i8, ptr %arg.a0, i64 %"$100call.5.4.sroa.12.1.i"
  %.1449.i = load i8, ptr %.1448.i, align 1, !noalias !12
  %.1454.i = zext i8 %.1449.i to i64
  %.1455.i = icmp sgt i8 %.1449.i, -1
  br i1 %.1455.i, label %B4572.thread.i, label %B4148.i

B4572.thread.i:                                   ; preds = %B4087.i
  %.1469.i = add nuw nsw i64 %"$100call.5.4.sroa.12.1.i", 1
  br label %B4598.i

B4148.i:                                          ; preds = %B4087.i
  %.1513.i = add nuw nsw i64 %"$100call.5.4.sroa.12.1.i", 10
  %18 = tail call i64 @llvm.umin.i64(i64 %.13.i.i, i64 %.1513.i)
  %.1505.i = add nuw nsw i64 %"$100call.5.4.sroa.12.1.i", 1
  %.1549.i = icmp samesign ugt i64 %.13.i.i, %.1505.i
  br i1 %.1549.i, label %B4202.preheader.i, label %common.ret.sink.split.i

B4202.preheader.i:                                ; preds = %B4148.i
  %.1495.i = and i64 %.1454.i, 127
  br label %B4202.i

B4202.i:                                          ; preds = %B4280.i, %B4202.preheader.i
  %read_varint_v21_result.2.1.i = phi i64 [ %.1599.i, %B4280.i ], [ %.1495.i, %B4202.preheader.i ]
  %read_varint_v21_shift.2.1.i = phi i64 [ %.1658.i, %B4280.i ], [ 7, %B4202.preheader.i ]
  %read_varint_v21_at.2.1.i = phi i64 [ %.1588.i, %B4280.i ], [ %.1505.i, %B4202.preheader.i ]
  %.1585.i = getelementptr i8, ptr %arg.a0, i64 %read_varint_v21_at.2.1.i
  %.1586.i = load i8, ptr %.1585.i, align 1, !noalias !12
  %.1588.i = add nuw nsw i64 %read_varint_v21_at.2.1.i, 1
  %19 = and i8 %.1586.i, 127
  %.1595.i = zext nneg i8 %19 to i64
  %.1597.i = shl i64 %.1595.i, %read_varint_v21_shift.2.1.i
  %.1599.i = or i64 %.1597.i, %read_varint_v21_result.2.1.i
  %.1606.i = icmp sgt i8 %.1586.i, -1
  br i1 %.1606.i, label %B4572.i, label %B4280.i

B4280.i:                                          ; preds = %B4202.i
  %.1658.i = add nuw nsw i64 %read_varint_v21_shift.2.1.i, 7
  %.1663.i = icmp slt i64 %.1588.i, %18
  br i1 %.1663.i, label %B4202.i, label %common.ret.sink.split.i

B4572.i:                                          ; preds = %B4202.i
  %.1752.i = icmp slt i64 %.1599.i, 0
  br i1 %.1752.i, label %common.ret.sink.split.i, label %B4598.i

B4598.i:                                          ; preds = %B4572.i, %B4572.thread.i
  %"$452call.5.4.sroa.0.149.i" = phi i64 [ %.1454.i, %B4572.thread.i ], [ %.1599.i, %B4572.i ]
  %"$452call.5.4.sroa.12.148.i" = phi i64 [ %.1469.i, %B4572.thread.i ], [ %.1588.i, %B4572.i ]
  %.1756.i = add nuw nsw i64 %"$452call.5.4.sroa.12.148.i", %"$452call.5.4.sroa.0.149.i"
  %.1758.i = icmp sgt i64 %.1756.i, %arg.a2
  br i1 %.1758.i, label %common.ret.sink.split.i, label %B4659.i

B4659.i:                                          ; preds = %B4598.i
  switch i64 %.670.i, label %B5109.i [
    i64 4, label %B4713.i
    i64 2, label %B4791.i
    i64 11, label %B4997.i
  ]

B4713.i:                                          ; preds = %B4659.i
  %.1845.i = add nsw i64 %.1844.i, 1
  store i64 %.1845.i, ptr %0, align 8, !noalias !12
  br label %B5109.i

B4791.i:                                          ; preds = %B4659.i
  store i64 %"$452call.5.4.sroa.12.148.i", ptr %5, align 8, !noalias !12
  store i64 %.1756.i, ptr %6, align 8, !noalias !12
  br label %B5109.i

B4997.i:                                          ; preds = %B4659.i
  store i64 %"$452call.5.4.sroa.12.148.i", ptr %7, align 8, !noalias !12
  store i64 %.1756.i, ptr %8, align 8, !noalias !12
  br label %B5109.i

B1931.i.i:                                        ; preds = %B482.i
  br label %B1939.i.i

B1939.i.i:                                        ; preds = %B1931.i.i, %B482.i
  %.sink60.i = phi i64 [ 4, %B1931.i.i ], [ 8, %B482.i ]
  %.920.i.i = add nuw nsw i64 %.sink60.i, %"$100call.5.4.sroa.12.1.i"
  %.928.not.i.i = icmp sgt i64 %.920.i.i, %arg.a2
  br i1 %.928.not.i.i, label %common.ret.sink.split.i, label %B5109.i

B5083.i:                                          ; preds = %B3975.i, %B3769.i, %B3691.i, %B832.i, %B818.i
  %.2068.i = icmp slt i64 %"$264call.5.4.sroa.12.1.i", 0
  br i1 %.2068.i, label %common.ret.sink.split.i, label %B5109.i

B5109.i:                                          ; preds = %B5083.i, %B1939.i.i, %B4997.i, %B4791.i, %B4713.i, %B4659.i
  %.184443.i = phi i64 [ %.1844.i, %B5083.i ], [ %.1845.i, %B4713.i ], [ %.1844.i, %B4659.i ], [ %.1844.i, %B4997.i ], [ %.1844.i, %B4791.i ], [ %.1844.i, %B1939.i.i ]
  %pos.7.117.i = phi i64 [ %"$264call.5.4.sroa.12.1.i", %B5083.i ], [ %.1756.i, %B4713.i ], [ %.1756.i, %B4659.i ], [ %.1756.i, %B4997.i ], [ %.1756.i, %B4791.i ], [ %.920.i.i, %B1939.i.i ]
  %.2123.i = icmp slt i64 %pos.7.117.i, %arg.a2
  br i1 %.2123.i, label %B78.i, label %_ZN8perfdiff6xplane12wire_kernels16line_header_intoB3v20B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedE.exit

_ZN8perfdiff6xplane12wire_kernels16line_header_intoB3v20B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedE.exit: ; preds = %B5109.i, %entry, %common.ret.sink.split.i
  %.sink.i = phi i64 [ %pos.7.112.sink.i, %common.ret.sink.split.i ], [ 0, %entry ], [ 0, %B5109.i ]
  store i64 %.sink.i, ptr %retptr, align 8
  ret void
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define i64 @perfdiff_events_into(ptr readonly captures(none) %.1, i64 %.2, i64 %.3, i64 %.4, ptr readonly captures(none) %.5, i64 %.6, i64 %.7, ptr writeonly captures(none) %.8, i64 %.9, ptr writeonly captures(none) %.10, i64 %.11, ptr writeonly captures(none) %.12, i64 %.13, ptr captures(none) %.14, i64 %.15, i64 %.16, ptr writeonly captures(none) %.17, i64 %.18, i64 %.19) local_unnamed_addr #0 {
entry:
  %.21 = alloca i64, align 8
  store i64 0, ptr %.21, align 8
  call fastcc void @_ZN13_3cdynamic_3e5entryB3v24B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAE8uint8_2axxx8int64_2axx8int64_2ax8int64_2ax8int64_2ax8uint8_2axx8int64_2axx(ptr %.21, ptr %.1, i64 %.2, i64 %.3, i64 %.4, ptr %.5, i64 %.6, i64 %.7, ptr %.8, i64 %.9, ptr %.10, i64 %.11, ptr %.12, i64 %.13, ptr %.14, i64 %.16, ptr %.17, i64 %.19) #3
  %.35 = load i64, ptr %.21, align 8
  ret i64 %.35
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define internal fastcc void @_ZN13_3cdynamic_3e5entryB3v24B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAE8uint8_2axxx8int64_2axx8int64_2ax8int64_2ax8int64_2ax8uint8_2axx8int64_2axx(ptr noalias nonnull writeonly captures(none) %retptr, ptr readonly captures(none) %arg.a0, i64 %arg.a0_0, i64 %arg.a1, i64 %arg.a2, ptr readonly captures(none) %arg.a3, i64 %arg.a3_0, i64 %arg.a4, ptr writeonly captures(none) %arg.a5, i64 %arg.a5_0, ptr writeonly captures(none) %arg.a6, i64 %arg.a6_0, ptr writeonly captures(none) %arg.a7, i64 %arg.a7_0, ptr captures(none) %arg.a8, i64 %arg.a8_1, ptr writeonly captures(none) %arg.a9, i64 %arg.a9_1) unnamed_addr #0 {
entry:
  %.13.i.i = tail call i64 @llvm.smin.i64(i64 %arg.a0_0, i64 %arg.a2)
  %storemerge.i = tail call i64 @llvm.smax.i64(i64 %arg.a3_0, i64 0)
  %.1509196.not.i = icmp slt i64 %arg.a3_0, 1
  %.3183.i = icmp sgt i64 %arg.a3_0, 0
  %.5350.not.i = icmp eq i64 %arg.a4, 0
  br label %B40.i

B40.i:                                            ; preds = %B458.i, %entry
  %row.3.0.i = phi i64 [ 0, %entry ], [ %row.2.1.i, %B458.i ]
  %pos.26.0.i = phi i64 [ %arg.a1, %entry ], [ %"$phi194.0.2.1.i", %B458.i ]
  %.168.i = icmp slt i64 %pos.26.0.i, %arg.a2
  br i1 %.168.i, label %B54.i, label %B9115.i

B54.i:                                            ; preds = %B40.i, %B9093.i
  %row.2.1.i = phi i64 [ %.5724.i, %B9093.i ], [ %row.3.0.i, %B40.i ]
  %pos.27.1.i = phi i64 [ %pos.28.3.i, %B9093.i ], [ %pos.26.0.i, %B40.i ]
  %.239.not.i = icmp slt i64 %pos.27.1.i, %.13.i.i
  br i1 %.239.not.i, label %B110.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit

B110.i:                                           ; preds = %B54.i
  %.278.i = icmp slt i64 %pos.27.1.i, 0
  %.279.i = select i1 %.278.i, i64 %arg.a0_0, i64 0
  %0 = getelementptr i8, ptr %arg.a0, i64 %pos.27.1.i
  %.293.i = getelementptr i8, ptr %0, i64 %.279.i
  %.294.i = load i8, ptr %.293.i, align 1, !noalias !15
  %.299.i = zext i8 %.294.i to i64
  %.300.i = icmp sgt i8 %.294.i, -1
  br i1 %.300.i, label %B122.i, label %B140.i

B122.i:                                           ; preds = %B110.i
  %.314.i = add nsw i64 %pos.27.1.i, 1
  br label %B296.i

B140.i:                                           ; preds = %B110.i
  %.358.i = add i64 %pos.27.1.i, 10
  %.13.i2654.i = tail call i64 @llvm.smin.i64(i64 %.13.i.i, i64 %.358.i)
  %.350.i = add nsw i64 %pos.27.1.i, 1
  %.394.i = icmp sgt i64 %.13.i.i, %.350.i
  br i1 %.394.i, label %B154.preheader.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit

B154.preheader.i:                                 ; preds = %B140.i
  %.340.i = and i64 %.299.i, 127
  br label %B154.i

B154.i:                                           ; preds = %B208.i, %B154.preheader.i
  %read_varint_v34_result.2.2.i = phi i64 [ %.444.i, %B208.i ], [ %.340.i, %B154.preheader.i ]
  %read_varint_v34_shift.2.2.i = phi i64 [ %.503.i, %B208.i ], [ 7, %B154.preheader.i ]
  %read_varint_v34_at.2.2.i = phi i64 [ %.433.i, %B208.i ], [ %.350.i, %B154.preheader.i ]
  %.415.i = icmp slt i64 %read_varint_v34_at.2.2.i, 0
  %.416.i = select i1 %.415.i, i64 %arg.a0_0, i64 0
  %1 = getelementptr i8, ptr %arg.a0, i64 %read_varint_v34_at.2.2.i
  %.430.i = getelementptr i8, ptr %1, i64 %.416.i
  %.431.i = load i8, ptr %.430.i, align 1, !noalias !15
  %.433.i = add nsw i64 %read_varint_v34_at.2.2.i, 1
  %2 = and i8 %.431.i, 127
  %.440.i = zext nneg i8 %2 to i64
  %.442.i = shl i64 %.440.i, %read_varint_v34_shift.2.2.i
  %.444.i = or i64 %.442.i, %read_varint_v34_result.2.2.i
  %.451.i = icmp sgt i8 %.431.i, -1
  br i1 %.451.i, label %B296.i, label %B208.i

B208.i:                                           ; preds = %B154.i
  %.503.i = add nuw nsw i64 %read_varint_v34_shift.2.2.i, 7
  %.508.i = icmp slt i64 %.433.i, %.13.i2654.i
  br i1 %.508.i, label %B154.i, label %B212.loopexit.i

B212.loopexit.i:                                  ; preds = %B208.i
  %3 = add i64 %pos.27.1.i, 2
  %smax.le.i = tail call i64 @llvm.smax.i64(i64 %.13.i2654.i, i64 %3)
  %4 = icmp eq i64 %smax.le.i, %.358.i
  %5 = select i1 %4, i64 -4, i64 -1
  br label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit

B296.i:                                           ; preds = %B154.i, %B122.i
  %"$76call.5.4.sroa.12.2.i" = phi i64 [ %.314.i, %B122.i ], [ %.433.i, %B154.i ]
  %"$76call.5.4.sroa.0.2.i" = phi i64 [ %.299.i, %B122.i ], [ %.444.i, %B154.i ]
  %.594.i = icmp slt i64 %"$76call.5.4.sroa.12.2.i", 0
  br i1 %.594.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit, label %B326.i

B326.i:                                           ; preds = %B296.i
  %.655.not.i = icmp eq i64 %"$76call.5.4.sroa.0.2.i", 34
  br i1 %.655.not.i, label %B528.i, label %B344.i

B344.i:                                           ; preds = %B326.i
  %.659.i = icmp ult i64 %"$76call.5.4.sroa.0.2.i", 8
  br i1 %.659.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit, label %B416.i

B416.i:                                           ; preds = %B344.i
  %.671.i = and i64 %"$76call.5.4.sroa.0.2.i", 7
  switch i64 %.671.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit [
    i64 0, label %B16.i.i
    i64 1, label %B240.i.i
    i64 2, label %B256.i.i
    i64 5, label %B1931.i.i
  ]

B16.i.i:                                          ; preds = %B416.i
  %.99.not.i.i = icmp slt i64 %"$76call.5.4.sroa.12.2.i", %.13.i.i
  br i1 %.99.not.i.i, label %B72.i.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit

B72.i.i:                                          ; preds = %B16.i.i
  %.153.i.i = getelementptr i8, ptr %arg.a0, i64 %"$76call.5.4.sroa.12.2.i"
  %.154.i.i = load i8, ptr %.153.i.i, align 1, !noalias !18
  %.160.i.i = icmp sgt i8 %.154.i.i, -1
  br i1 %.160.i.i, label %B84.i.i, label %B96.i.i

B84.i.i:                                          ; preds = %B72.i.i
  %.174.i.i = add nuw nsw i64 %"$76call.5.4.sroa.12.2.i", 1
  br label %B458.i

B96.i.i:                                          ; preds = %B72.i.i
  %.218.i.i = add nuw i64 %"$76call.5.4.sroa.12.2.i", 10
  %6 = tail call i64 @llvm.umin.i64(i64 %.13.i.i, i64 %.218.i.i)
  %.210.i.i = add nuw nsw i64 %"$76call.5.4.sroa.12.2.i", 1
  %.254.i.i = icmp samesign ugt i64 %.13.i.i, %.210.i.i
  br i1 %.254.i.i, label %B148.i.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit

B148.i.i:                                         ; preds = %B96.i.i, %B164.i.i
  %read_varint_v12_at.2.0.i.i = phi i64 [ %.293.i.i, %B164.i.i ], [ %.210.i.i, %B96.i.i ]
  %.290.i.i = getelementptr i8, ptr %arg.a0, i64 %read_varint_v12_at.2.0.i.i
  %.291.i.i = load i8, ptr %.290.i.i, align 1, !noalias !18
  %.293.i.i = add nuw nsw i64 %read_varint_v12_at.2.0.i.i, 1
  %.311.i.i = icmp sgt i8 %.291.i.i, -1
  br i1 %.311.i.i, label %B458.i, label %B164.i.i

B164.i.i:                                         ; preds = %B148.i.i
  %.368.i.i = icmp samesign ult i64 %.293.i.i, %6
  br i1 %.368.i.i, label %B148.i.i, label %B178.loopexit.i.i

B178.loopexit.i.i:                                ; preds = %B164.i.i
  %.not17.i.i = icmp ugt i64 %.218.i.i, %.13.i.i
  %7 = select i1 %.not17.i.i, i64 -1, i64 -4
  br label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit

B240.i.i:                                         ; preds = %B416.i
  %.447.i.i = add nuw nsw i64 %"$76call.5.4.sroa.12.2.i", 8
  br label %B1939.i.i

B256.i.i:                                         ; preds = %B416.i
  %.522.not.i.i = icmp slt i64 %"$76call.5.4.sroa.12.2.i", %.13.i.i
  br i1 %.522.not.i.i, label %B1136.i.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit

B1136.i.i:                                        ; preds = %B256.i.i
  %.576.i.i = getelementptr i8, ptr %arg.a0, i64 %"$76call.5.4.sroa.12.2.i"
  %.577.i.i = load i8, ptr %.576.i.i, align 1, !noalias !18
  %.582.i.i = zext i8 %.577.i.i to i64
  %.583.i.i = icmp sgt i8 %.577.i.i, -1
  br i1 %.583.i.i, label %B1647.thread.i.i, label %B1214.i.i

B1647.thread.i.i:                                 ; preds = %B1136.i.i
  %.597.i.i = add nuw nsw i64 %"$76call.5.4.sroa.12.2.i", 1
  br label %B1725.i.i

B1214.i.i:                                        ; preds = %B1136.i.i
  %.641.i.i = add nuw i64 %"$76call.5.4.sroa.12.2.i", 10
  %8 = tail call i64 @llvm.umin.i64(i64 %.13.i.i, i64 %.641.i.i)
  %.633.i.i = add nuw nsw i64 %"$76call.5.4.sroa.12.2.i", 1
  %.677.i.i = icmp samesign ugt i64 %.13.i.i, %.633.i.i
  br i1 %.677.i.i, label %B1324.preheader.i.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit

B1324.preheader.i.i:                              ; preds = %B1214.i.i
  %.623.i.i = and i64 %.582.i.i, 127
  br label %B1324.i.i

B1324.i.i:                                        ; preds = %B1428.i.i, %B1324.preheader.i.i
  %read_varint_v11_result.2.0.i.i = phi i64 [ %.727.i.i, %B1428.i.i ], [ %.623.i.i, %B1324.preheader.i.i ]
  %read_varint_v11_shift.2.0.i.i = phi i64 [ %.786.i.i, %B1428.i.i ], [ 7, %B1324.preheader.i.i ]
  %read_varint_v11_at.2.0.i.i = phi i64 [ %.716.i.i, %B1428.i.i ], [ %.633.i.i, %B1324.preheader.i.i ]
  %.713.i.i = getelementptr i8, ptr %arg.a0, i64 %read_varint_v11_at.2.0.i.i
  %.714.i.i = load i8, ptr %.713.i.i, align 1, !noalias !18
  %.716.i.i = add nuw nsw i64 %read_varint_v11_at.2.0.i.i, 1
  %9 = and i8 %.714.i.i, 127
  %.723.i.i = zext nneg i8 %9 to i64
  %.725.i.i = shl i64 %.723.i.i, %read_varint_v11_shift.2.0.i.i
  %.727.i.i = or i64 %.725.i.i, %read_varint_v11_result.2.0.i.i
  %.734.i.i = icmp sgt i8 %.714.i.i, -1
  br i1 %.734.i.i, label %B1647.i.i, label %B1428.i.i

B1428.i.i:                                        ; preds = %B1324.i.i
  %.786.i.i = add nuw nsw i64 %read_varint_v11_shift.2.0.i.i, 7
  %.791.i.i = icmp samesign ult i64 %.716.i.i, %8
  br i1 %.791.i.i, label %B1324.i.i, label %B1450.loopexit.i.i

B1450.loopexit.i.i:                               ; preds = %B1428.i.i
  %.not.i.i = icmp ugt i64 %.641.i.i, %.13.i.i
  %10 = select i1 %.not.i.i, i64 -1, i64 -4
  br label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit

B1647.i.i:                                        ; preds = %B1324.i.i
  %.889.i.i = icmp slt i64 %.727.i.i, 0
  br i1 %.889.i.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit, label %B1725.i.i

B1725.i.i:                                        ; preds = %B1647.i.i, %B1647.thread.i.i
  %"$118call.5.4.sroa.0.09.i.i" = phi i64 [ %.582.i.i, %B1647.thread.i.i ], [ %.727.i.i, %B1647.i.i ]
  %"$118call.5.4.sroa.12.08.i.i" = phi i64 [ %.597.i.i, %B1647.thread.i.i ], [ %.716.i.i, %B1647.i.i ]
  %.901.i.i = add nuw nsw i64 %"$118call.5.4.sroa.12.08.i.i", %"$118call.5.4.sroa.0.09.i.i"
  br label %B1939.i.i

B1931.i.i:                                        ; preds = %B416.i
  %.920.i.i = add nuw nsw i64 %"$76call.5.4.sroa.12.2.i", 4
  br label %B1939.i.i

B1939.i.i:                                        ; preds = %B1931.i.i, %B1725.i.i, %B240.i.i
  %pos.6.0.i.i = phi i64 [ %.447.i.i, %B240.i.i ], [ %.901.i.i, %B1725.i.i ], [ %.920.i.i, %B1931.i.i ]
  %.928.not.i.i = icmp sgt i64 %pos.6.0.i.i, %arg.a2
  br i1 %.928.not.i.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit, label %B458.i

B458.i:                                           ; preds = %B148.i.i, %B1939.i.i, %B84.i.i
  %"$phi194.0.2.1.i" = phi i64 [ %pos.6.0.i.i, %B1939.i.i ], [ %.174.i.i, %B84.i.i ], [ %.293.i.i, %B148.i.i ]
  %.715.i = icmp slt i64 %"$phi194.0.2.1.i", 0
  br i1 %.715.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit, label %B40.i

B528.i:                                           ; preds = %B326.i
  %.844.not.i = icmp slt i64 %"$76call.5.4.sroa.12.2.i", %.13.i.i
  br i1 %.844.not.i, label %B578.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit

B578.i:                                           ; preds = %B528.i
  %.898.i = getelementptr i8, ptr %arg.a0, i64 %"$76call.5.4.sroa.12.2.i"
  %.899.i = load i8, ptr %.898.i, align 1, !noalias !15
  %.904.i = zext i8 %.899.i to i64
  %.905.i = icmp sgt i8 %.899.i, -1
  br i1 %.905.i, label %B734.thread.i, label %B642.i

B734.thread.i:                                    ; preds = %B578.i
  %.919.i = add nuw nsw i64 %"$76call.5.4.sroa.12.2.i", 1
  br label %B800.i

B642.i:                                           ; preds = %B578.i
  %.963.i = add nuw nsw i64 %"$76call.5.4.sroa.12.2.i", 10
  %11 = tail call i64 @llvm.umin.i64(i64 %.13.i.i, i64 %.963.i)
  %.955.i = add nuw nsw i64 %"$76call.5.4.sroa.12.2.i", 1
  %.999.i = icmp samesign ugt i64 %.13.i.i, %.955.i
  br i1 %.999.i, label %B656.preheader.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit

B656.preheader.i:                                 ; preds = %B642.i
  %.945.i = and i64 %.904.i, 127
  br label %B656.i

B656.i:                                           ; preds = %B682.i, %B656.preheader.i
  %read_varint_v33_result.2.2.i = phi i64 [ %.1049.i, %B682.i ], [ %.945.i, %B656.preheader.i ]
  %read_varint_v33_shift.2.2.i = phi i64 [ %.1108.i, %B682.i ], [ 7, %B656.preheader.i ]
  %read_varint_v33_at.2.2.i = phi i64 [ %.1038.i, %B682.i ], [ %.955.i, %B656.preheader.i ]
  %.1035.i = getelementptr i8, ptr %arg.a0, i64 %read_varint_v33_at.2.2.i
  %.1036.i = load i8, ptr %.1035.i, align 1, !noalias !15
  %.1038.i = add nuw nsw i64 %read_varint_v33_at.2.2.i, 1
  %12 = and i8 %.1036.i, 127
  %.1045.i = zext nneg i8 %12 to i64
  %.1047.i = shl i64 %.1045.i, %read_varint_v33_shift.2.2.i
  %.1049.i = or i64 %.1047.i, %read_varint_v33_result.2.2.i
  %.1056.i = icmp sgt i8 %.1036.i, -1
  br i1 %.1056.i, label %B734.i, label %B682.i

B682.i:                                           ; preds = %B656.i
  %.1108.i = add nuw nsw i64 %read_varint_v33_shift.2.2.i, 7
  %.1113.i = icmp slt i64 %.1038.i, %11
  br i1 %.1113.i, label %B656.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit

B734.i:                                           ; preds = %B656.i
  %.1202.i = icmp slt i64 %.1049.i, 0
  br i1 %.1202.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit, label %B800.i

B800.i:                                           ; preds = %B734.i, %B734.thread.i
  %"$236call.5.4.sroa.0.2334.i" = phi i64 [ %.904.i, %B734.thread.i ], [ %.1049.i, %B734.i ]
  %"$236call.5.4.sroa.12.2333.i" = phi i64 [ %.919.i, %B734.thread.i ], [ %.1038.i, %B734.i ]
  %.1206.i = add nuw nsw i64 %"$236call.5.4.sroa.12.2333.i", %"$236call.5.4.sroa.0.2334.i"
  %.1208.i = icmp sgt i64 %.1206.i, %arg.a2
  br i1 %.1208.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit, label %B830.i

B830.i:                                           ; preds = %B800.i
  %.1269.not.i = icmp slt i64 %row.2.1.i, %arg.a5_0
  br i1 %.1269.not.i, label %B872.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit

B872.i:                                           ; preds = %B830.i
  %.1350.i = icmp slt i64 %row.2.1.i, 0
  %.1351.i = select i1 %.1350.i, i64 %arg.a5_0, i64 0
  %13 = getelementptr i64, ptr %arg.a5, i64 %row.2.1.i
  %.1365.i = getelementptr i64, ptr %13, i64 %.1351.i
  store i64 0, ptr %.1365.i, align 8, !noalias !15
  %.1382.i = select i1 %.1350.i, i64 %arg.a6_0, i64 0
  %14 = getelementptr i64, ptr %arg.a6, i64 %row.2.1.i
  %.1396.i = getelementptr i64, ptr %14, i64 %.1382.i
  store i64 0, ptr %.1396.i, align 8, !noalias !15
  %.1413.i = select i1 %.1350.i, i64 %arg.a7_0, i64 0
  %15 = getelementptr i64, ptr %arg.a7, i64 %row.2.1.i
  %.1427.i = getelementptr i64, ptr %15, i64 %.1413.i
  store i64 0, ptr %.1427.i, align 8, !noalias !15
  br i1 %.1509196.not.i, label %B1046.i, label %B886.if.lr.ph.i

B886.if.lr.ph.i:                                  ; preds = %B872.i
  %invariant.gep194.i = getelementptr i64, ptr %arg.a9, i64 %row.2.1.i
  %invariant.gep.i = getelementptr i8, ptr %arg.a8, i64 %row.2.1.i
  %.1576.i = select i1 %.1350.i, i64 %arg.a8_1, i64 0
  %invariant.gep199.i = getelementptr i8, ptr %invariant.gep.i, i64 %.1576.i
  %.1632.i = select i1 %.1350.i, i64 %arg.a9_1, i64 0
  %invariant.gep201.i = getelementptr i64, ptr %invariant.gep194.i, i64 %.1632.i
  br label %B886.if.i

B1046.i:                                          ; preds = %B886.if.i, %B872.i
  %.1673.not.i = icmp eq i64 %"$236call.5.4.sroa.0.2334.i", 0
  br i1 %.1673.not.i, label %B8989.i, label %B1050.preheader.i

B1050.preheader.i:                                ; preds = %B1046.i
  %.13.i2657.i = tail call i64 @llvm.smin.i64(i64 %arg.a0_0, i64 %.1206.i)
  %invariant.gep205.i = getelementptr i8, ptr %arg.a8, i64 %row.2.1.i
  %invariant.gep209.i = getelementptr i64, ptr %arg.a9, i64 %row.2.1.i
  %.5382.i = select i1 %.1350.i, i64 %arg.a8_1, i64 0
  %invariant.gep211.i = getelementptr i8, ptr %invariant.gep205.i, i64 %.5382.i
  %.5504.i = select i1 %.1350.i, i64 %arg.a9_1, i64 0
  %invariant.gep215.i = getelementptr i64, ptr %invariant.gep209.i, i64 %.5504.i
  br label %B1050.i

B1050.i:                                          ; preds = %B8801.i, %B1050.preheader.i
  %pos.32.2.i = phi i64 [ %pos.29.3.i, %B8801.i ], [ %"$236call.5.4.sroa.12.2333.i", %B1050.preheader.i ]
  %.1740.not.i = icmp slt i64 %pos.32.2.i, %.13.i2657.i
  br i1 %.1740.not.i, label %B1100.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit

B1100.i:                                          ; preds = %B1050.i
  %.1794.i = getelementptr i8, ptr %arg.a0, i64 %pos.32.2.i
  %.1795.i = load i8, ptr %.1794.i, align 1, !noalias !15
  %.1800.i = zext i8 %.1795.i to i64
  %.1801.i = icmp sgt i8 %.1795.i, -1
  br i1 %.1801.i, label %B1112.i, label %B1164.i

B1112.i:                                          ; preds = %B1100.i
  %.1815.i = add nuw nsw i64 %pos.32.2.i, 1
  br label %B1302.i

B1164.i:                                          ; preds = %B1100.i
  %.1859.i = add nuw i64 %pos.32.2.i, 10
  %.13.i2658.i = tail call i64 @llvm.smin.i64(i64 %.13.i2657.i, i64 %.1859.i)
  %.1851.i = add nuw nsw i64 %pos.32.2.i, 1
  %.1895.i = icmp sgt i64 %.13.i2657.i, %.1851.i
  br i1 %.1895.i, label %B1172.preheader.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit

B1172.preheader.i:                                ; preds = %B1164.i
  %.1841.i = and i64 %.1800.i, 127
  br label %B1172.i

B1172.i:                                          ; preds = %B1206.i, %B1172.preheader.i
  %read_varint_v32_result.2.3.i = phi i64 [ %.1945.i, %B1206.i ], [ %.1841.i, %B1172.preheader.i ]
  %read_varint_v32_shift.2.3.i = phi i64 [ %.2004.i, %B1206.i ], [ 7, %B1172.preheader.i ]
  %read_varint_v32_at.2.3.i = phi i64 [ %.1934.i, %B1206.i ], [ %.1851.i, %B1172.preheader.i ]
  %.1931.i = getelementptr i8, ptr %arg.a0, i64 %read_varint_v32_at.2.3.i
  %.1932.i = load i8, ptr %.1931.i, align 1, !noalias !15
  %.1934.i = add nuw nsw i64 %read_varint_v32_at.2.3.i, 1
  %16 = and i8 %.1932.i, 127
  %.1941.i = zext nneg i8 %16 to i64
  %.1943.i = shl i64 %.1941.i, %read_varint_v32_shift.2.3.i
  %.1945.i = or i64 %.1943.i, %read_varint_v32_result.2.3.i
  %.1952.i = icmp sgt i8 %.1932.i, -1
  br i1 %.1952.i, label %B1302.i, label %B1206.i

B1206.i:                                          ; preds = %B1172.i
  %.2004.i = add nuw nsw i64 %read_varint_v32_shift.2.3.i, 7
  %.2009.i = icmp slt i64 %.1934.i, %.13.i2658.i
  br i1 %.2009.i, label %B1172.i, label %B1218.loopexit.i

B1218.loopexit.i:                                 ; preds = %B1206.i
  %17 = add nuw nsw i64 %pos.32.2.i, 2
  %smax324.le.i = tail call i64 @llvm.smax.i64(i64 %.13.i2658.i, i64 %17)
  %18 = icmp eq i64 %smax324.le.i, %.1859.i
  %19 = select i1 %18, i64 -4, i64 -1
  br label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit

B1302.i:                                          ; preds = %B1172.i, %B1112.i
  %"$494call.5.4.sroa.12.3.i" = phi i64 [ %.1815.i, %B1112.i ], [ %.1934.i, %B1172.i ]
  %"$494call.5.4.sroa.0.3.i" = phi i64 [ %.1800.i, %B1112.i ], [ %.1945.i, %B1172.i ]
  %.2108.i = ashr i64 %"$494call.5.4.sroa.0.3.i", 3
  %.2120.i = icmp eq i64 %.2108.i, 0
  br i1 %.2120.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit, label %B1330.i

B1330.i:                                          ; preds = %B1302.i
  %.2110.i = and i64 %"$494call.5.4.sroa.0.3.i", 7
  switch i64 %.2110.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit [
    i64 0, label %B1400.i
    i64 2, label %B1796.i
    i64 1, label %B8368.i
    i64 5, label %B8660.i
  ]

B1400.i:                                          ; preds = %B1330.i
  %.2195.not.i = icmp slt i64 %"$494call.5.4.sroa.12.3.i", %.13.i2657.i
  br i1 %.2195.not.i, label %B1482.i, label %B1682.i

B1482.i:                                          ; preds = %B1400.i
  %.2249.i = getelementptr i8, ptr %arg.a0, i64 %"$494call.5.4.sroa.12.3.i"
  %.2250.i = load i8, ptr %.2249.i, align 1, !noalias !15
  %.2255.i = zext i8 %.2250.i to i64
  %.2256.i = icmp sgt i8 %.2250.i, -1
  br i1 %.2256.i, label %B1512.i, label %B1524.i

B1512.i:                                          ; preds = %B1482.i
  %.2270.i = add nuw nsw i64 %"$494call.5.4.sroa.12.3.i", 1
  br label %B1682.i

B1524.i:                                          ; preds = %B1482.i
  %.2314.i = add nuw i64 %"$494call.5.4.sroa.12.3.i", 10
  %20 = tail call i64 @llvm.umin.i64(i64 %.13.i2657.i, i64 %.2314.i)
  %.2306.i = add nuw nsw i64 %"$494call.5.4.sroa.12.3.i", 1
  %.2350.i = icmp ugt i64 %.13.i2657.i, %.2306.i
  br i1 %.2350.i, label %B1536.preheader.i, label %B1682.i

B1536.preheader.i:                                ; preds = %B1524.i
  %.2296.i = and i64 %.2255.i, 127
  %21 = add nuw i64 %"$494call.5.4.sroa.12.3.i", 2
  %smax329.i = tail call i64 @llvm.smax.i64(i64 %20, i64 %21)
  br label %B1536.i

B1536.i:                                          ; preds = %B1604.i, %B1536.preheader.i
  %read_varint_v31_result.2.3.i = phi i64 [ %.2400.i, %B1604.i ], [ %.2296.i, %B1536.preheader.i ]
  %read_varint_v31_shift.2.3.i = phi i64 [ %.2459.i, %B1604.i ], [ 7, %B1536.preheader.i ]
  %read_varint_v31_at.2.3.i = phi i64 [ %.2389.i, %B1604.i ], [ %.2306.i, %B1536.preheader.i ]
  %.2386.i = getelementptr i8, ptr %arg.a0, i64 %read_varint_v31_at.2.3.i
  %.2387.i = load i8, ptr %.2386.i, align 1, !noalias !15
  %.2389.i = add nuw nsw i64 %read_varint_v31_at.2.3.i, 1
  %22 = and i8 %.2387.i, 127
  %.2396.i = zext nneg i8 %22 to i64
  %.2398.i = shl i64 %.2396.i, %read_varint_v31_shift.2.3.i
  %.2400.i = or i64 %.2398.i, %read_varint_v31_result.2.3.i
  %.2407.i = icmp sgt i8 %.2387.i, -1
  br i1 %.2407.i, label %B1682.i, label %B1604.i

B1604.i:                                          ; preds = %B1536.i
  %.2459.i = add nuw nsw i64 %read_varint_v31_shift.2.3.i, 7
  %.2464.i = icmp slt i64 %.2389.i, %20
  br i1 %.2464.i, label %B1536.i, label %B1622.loopexit.i

B1622.loopexit.i:                                 ; preds = %B1604.i
  %23 = icmp eq i64 %smax329.i, %.2314.i
  %24 = select i1 %23, i64 -4, i64 -1
  br label %B1682.i

B1682.i:                                          ; preds = %B1536.i, %B1622.loopexit.i, %B1524.i, %B1512.i, %B1400.i
  %"$612call.5.4.sroa.12.3.i" = phi i64 [ %24, %B1622.loopexit.i ], [ %.2270.i, %B1512.i ], [ -1, %B1400.i ], [ -1, %B1524.i ], [ %.2389.i, %B1536.i ]
  %"$612call.5.4.sroa.0.3.i" = phi i64 [ 0, %B1622.loopexit.i ], [ %.2255.i, %B1512.i ], [ 0, %B1400.i ], [ 0, %B1524.i ], [ %.2400.i, %B1536.i ]
  switch i64 %.2108.i, label %B8801.i [
    i64 1, label %B1700.i
    i64 2, label %B1724.i
    i64 3, label %B1752.i
    i64 5, label %B1768.i
  ]

B1700.i:                                          ; preds = %B1682.i
  store i64 %"$612call.5.4.sroa.0.3.i", ptr %.1365.i, align 8, !noalias !15
  br label %B8801.i

B1724.i:                                          ; preds = %B1682.i
  store i64 %"$612call.5.4.sroa.0.3.i", ptr %.1396.i, align 8, !noalias !15
  br label %B8801.i

B1752.i:                                          ; preds = %B1682.i
  store i64 %"$612call.5.4.sroa.0.3.i", ptr %.1427.i, align 8, !noalias !15
  br label %B8801.i

B1768.i:                                          ; preds = %B1682.i
  store i64 0, ptr %.1396.i, align 8, !noalias !15
  br label %B8801.i

B1796.i:                                          ; preds = %B1330.i
  %.2792.not.i = icmp slt i64 %"$494call.5.4.sroa.12.3.i", %.13.i2657.i
  br i1 %.2792.not.i, label %B1822.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit

B1822.i:                                          ; preds = %B1796.i
  %.2846.i = getelementptr i8, ptr %arg.a0, i64 %"$494call.5.4.sroa.12.3.i"
  %.2847.i = load i8, ptr %.2846.i, align 1, !noalias !15
  %.2852.i = zext i8 %.2847.i to i64
  %.2853.i = icmp sgt i8 %.2847.i, -1
  br i1 %.2853.i, label %B1964.thread.i, label %B1854.i

B1964.thread.i:                                   ; preds = %B1822.i
  %.2867.i = add nuw nsw i64 %"$494call.5.4.sroa.12.3.i", 1
  br label %B1994.i

B1854.i:                                          ; preds = %B1822.i
  %.2911.i = add nuw nsw i64 %"$494call.5.4.sroa.12.3.i", 10
  %25 = tail call i64 @llvm.umin.i64(i64 %.13.i2657.i, i64 %.2911.i)
  %.2903.i = add nuw nsw i64 %"$494call.5.4.sroa.12.3.i", 1
  %.2947.i = icmp ugt i64 %.13.i2657.i, %.2903.i
  br i1 %.2947.i, label %B1856.preheader.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit

B1856.preheader.i:                                ; preds = %B1854.i
  %.2893.i = and i64 %.2852.i, 127
  br label %B1856.i

B1856.i:                                          ; preds = %B1886.i, %B1856.preheader.i
  %read_varint_v30_result.2.3.i = phi i64 [ %.2997.i, %B1886.i ], [ %.2893.i, %B1856.preheader.i ]
  %read_varint_v30_shift.2.3.i = phi i64 [ %.3056.i, %B1886.i ], [ 7, %B1856.preheader.i ]
  %read_varint_v30_at.2.3.i = phi i64 [ %.2986.i, %B1886.i ], [ %.2903.i, %B1856.preheader.i ]
  %.2983.i = getelementptr i8, ptr %arg.a0, i64 %read_varint_v30_at.2.3.i
  %.2984.i = load i8, ptr %.2983.i, align 1, !noalias !15
  %.2986.i = add nuw nsw i64 %read_varint_v30_at.2.3.i, 1
  %26 = and i8 %.2984.i, 127
  %.2993.i = zext nneg i8 %26 to i64
  %.2995.i = shl i64 %.2993.i, %read_varint_v30_shift.2.3.i
  %.2997.i = or i64 %.2995.i, %read_varint_v30_result.2.3.i
  %.3004.i = icmp sgt i8 %.2984.i, -1
  br i1 %.3004.i, label %B1964.i, label %B1886.i

B1886.i:                                          ; preds = %B1856.i
  %.3056.i = add nuw nsw i64 %read_varint_v30_shift.2.3.i, 7
  %.3061.i = icmp slt i64 %.2986.i, %25
  br i1 %.3061.i, label %B1856.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit

B1964.i:                                          ; preds = %B1856.i
  %.3150.i = icmp slt i64 %.2997.i, 0
  br i1 %.3150.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit, label %B1994.i

B1994.i:                                          ; preds = %B1964.i, %B1964.thread.i
  %"$770call.5.4.sroa.0.3339.i" = phi i64 [ %.2852.i, %B1964.thread.i ], [ %.2997.i, %B1964.i ]
  %"$770call.5.4.sroa.12.3338.i" = phi i64 [ %.2867.i, %B1964.thread.i ], [ %.2986.i, %B1964.i ]
  %.3154.i = add nuw nsw i64 %"$770call.5.4.sroa.12.3338.i", %"$770call.5.4.sroa.0.3339.i"
  %.3156.i = icmp sgt i64 %.3154.i, %.1206.i
  br i1 %.3156.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit, label %B2016.i

B2016.i:                                          ; preds = %B1994.i
  %.3178.i = icmp eq i64 %.2108.i, 4
  %or.cond2.i = select i1 %.3178.i, i1 %.3183.i, i1 false
  br i1 %or.cond2.i, label %B2032.i, label %B8801.i

B2032.i:                                          ; preds = %B2016.i
  %.3213.not.i = icmp eq i64 %"$770call.5.4.sroa.0.3339.i", 0
  br i1 %.3213.not.i, label %B8063.i, label %B2050.preheader.i

B2050.preheader.i:                                ; preds = %B2032.i
  %.13.i2663.i = tail call i64 @llvm.smin.i64(i64 %arg.a0_0, i64 %.3154.i)
  br label %B2050.i

B2050.i:                                          ; preds = %B7725.i, %B2050.preheader.i
  %pos.33.3.i = phi i64 [ %pos.31.4.i, %B7725.i ], [ %"$770call.5.4.sroa.12.3338.i", %B2050.preheader.i ]
  %metadata_id.4.3.i = phi i64 [ %metadata_id.3.4.i, %B7725.i ], [ 0, %B2050.preheader.i ]
  %kind.9.3.i = phi i8 [ %kind.8.4.i, %B7725.i ], [ 7, %B2050.preheader.i ]
  %value.10.3.i = phi i64 [ %value.9.4.i, %B7725.i ], [ 0, %B2050.preheader.i ]
  %.3286.not.i = icmp slt i64 %pos.33.3.i, %.13.i2663.i
  br i1 %.3286.not.i, label %B2072.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit

B2072.i:                                          ; preds = %B2050.i
  %.3340.i = getelementptr i8, ptr %arg.a0, i64 %pos.33.3.i
  %.3341.i = load i8, ptr %.3340.i, align 1, !noalias !15
  %.3346.i = zext i8 %.3341.i to i64
  %.3347.i = icmp sgt i8 %.3341.i, -1
  br i1 %.3347.i, label %B2172.thread24.i, label %B2090.i

B2172.thread24.i:                                 ; preds = %B2072.i
  %.3361.i = add nuw nsw i64 %pos.33.3.i, 1
  br label %B2198.i

B2090.i:                                          ; preds = %B2072.i
  %.3405.i = add nuw i64 %pos.33.3.i, 10
  %27 = tail call i64 @llvm.umin.i64(i64 %.13.i2663.i, i64 %.3405.i)
  %.3397.i = add nuw nsw i64 %pos.33.3.i, 1
  %.3441.i = icmp ugt i64 %.13.i2663.i, %.3397.i
  br i1 %.3441.i, label %B2102.preheader.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit

B2102.preheader.i:                                ; preds = %B2090.i
  %.3387.i = and i64 %.3346.i, 127
  br label %B2102.i

B2102.i:                                          ; preds = %B2118.i, %B2102.preheader.i
  %read_varint_v29_result.2.4.i = phi i64 [ %.3491.i, %B2118.i ], [ %.3387.i, %B2102.preheader.i ]
  %read_varint_v29_shift.2.4.i = phi i64 [ %.3550.i, %B2118.i ], [ 7, %B2102.preheader.i ]
  %read_varint_v29_at.2.4.i = phi i64 [ %.3480.i, %B2118.i ], [ %.3397.i, %B2102.preheader.i ]
  %.3477.i = getelementptr i8, ptr %arg.a0, i64 %read_varint_v29_at.2.4.i
  %.3478.i = load i8, ptr %.3477.i, align 1, !noalias !15
  %.3480.i = add nuw nsw i64 %read_varint_v29_at.2.4.i, 1
  %28 = and i8 %.3478.i, 127
  %.3487.i = zext nneg i8 %28 to i64
  %.3489.i = shl i64 %.3487.i, %read_varint_v29_shift.2.4.i
  %.3491.i = or i64 %.3489.i, %read_varint_v29_result.2.4.i
  %.3498.i = icmp sgt i8 %.3478.i, -1
  br i1 %.3498.i, label %B2198.i, label %B2118.i

B2118.i:                                          ; preds = %B2102.i
  %.3550.i = add nuw nsw i64 %read_varint_v29_shift.2.4.i, 7
  %.3555.i = icmp slt i64 %.3480.i, %27
  br i1 %.3555.i, label %B2102.i, label %B2130.loopexit.i

B2130.loopexit.i:                                 ; preds = %B2118.i
  %29 = add nuw i64 %pos.33.3.i, 2
  %smax325.le.i = tail call i64 @llvm.smax.i64(i64 %27, i64 %29)
  %30 = icmp eq i64 %smax325.le.i, %.3405.i
  %31 = select i1 %30, i64 -4, i64 -1
  br label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit

B2198.i:                                          ; preds = %B2102.i, %B2172.thread24.i
  %"$1016call.5.4.sroa.0.429.i" = phi i64 [ %.3346.i, %B2172.thread24.i ], [ %.3491.i, %B2102.i ]
  %"$1016call.5.4.sroa.12.428.i" = phi i64 [ %.3361.i, %B2172.thread24.i ], [ %.3480.i, %B2102.i ]
  %.3667.i = ashr i64 %"$1016call.5.4.sroa.0.429.i", 3
  %.3679.i = icmp eq i64 %.3667.i, 0
  br i1 %.3679.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit, label %B5224.i

B5224.i:                                          ; preds = %B2198.i
  %.3669.i = and i64 %"$1016call.5.4.sroa.0.429.i", 7
  switch i64 %.3669.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit [
    i64 0, label %B5252.i
    i64 1, label %B6192.i
    i64 2, label %B6630.i
    i64 5, label %B7582.i
  ]

B5252.i:                                          ; preds = %B5224.i
  %.3772.not.i = icmp slt i64 %"$1016call.5.4.sroa.12.428.i", %.13.i2663.i
  br i1 %.3772.not.i, label %B5412.i, label %B5763.i

B5412.i:                                          ; preds = %B5252.i
  %.3826.i = getelementptr i8, ptr %arg.a0, i64 %"$1016call.5.4.sroa.12.428.i"
  %.3827.i = load i8, ptr %.3826.i, align 1, !noalias !15
  %.3832.i = zext i8 %.3827.i to i64
  %.3833.i = icmp sgt i8 %.3827.i, -1
  br i1 %.3833.i, label %B5508.i, label %B5516.i

B5508.i:                                          ; preds = %B5412.i
  %.3847.i = add nuw nsw i64 %"$1016call.5.4.sroa.12.428.i", 1
  br label %B5763.i

B5516.i:                                          ; preds = %B5412.i
  %.3891.i = add nuw i64 %"$1016call.5.4.sroa.12.428.i", 10
  %32 = tail call i64 @llvm.umin.i64(i64 %.13.i2663.i, i64 %.3891.i)
  %.3883.i = add nuw nsw i64 %"$1016call.5.4.sroa.12.428.i", 1
  %.3927.i = icmp ugt i64 %.13.i2663.i, %.3883.i
  br i1 %.3927.i, label %B5538.preheader.i, label %B5763.i

B5538.preheader.i:                                ; preds = %B5516.i
  %.3873.i = and i64 %.3832.i, 127
  %33 = add nuw i64 %"$1016call.5.4.sroa.12.428.i", 2
  %smax327.i = tail call i64 @llvm.smax.i64(i64 %32, i64 %33)
  br label %B5538.i

B5538.i:                                          ; preds = %B5608.i, %B5538.preheader.i
  %read_varint_v28_result.2.4.i = phi i64 [ %.3977.i, %B5608.i ], [ %.3873.i, %B5538.preheader.i ]
  %read_varint_v28_shift.2.4.i = phi i64 [ %.4036.i, %B5608.i ], [ 7, %B5538.preheader.i ]
  %read_varint_v28_at.2.4.i = phi i64 [ %.3966.i, %B5608.i ], [ %.3883.i, %B5538.preheader.i ]
  %.3963.i = getelementptr i8, ptr %arg.a0, i64 %read_varint_v28_at.2.4.i
  %.3964.i = load i8, ptr %.3963.i, align 1, !noalias !15
  %.3966.i = add nuw nsw i64 %read_varint_v28_at.2.4.i, 1
  %34 = and i8 %.3964.i, 127
  %.3973.i = zext nneg i8 %34 to i64
  %.3975.i = shl i64 %.3973.i, %read_varint_v28_shift.2.4.i
  %.3977.i = or i64 %.3975.i, %read_varint_v28_result.2.4.i
  %.3984.i = icmp sgt i8 %.3964.i, -1
  br i1 %.3984.i, label %B5763.i, label %B5608.i

B5608.i:                                          ; preds = %B5538.i
  %.4036.i = add nuw nsw i64 %read_varint_v28_shift.2.4.i, 7
  %.4041.i = icmp slt i64 %.3966.i, %32
  br i1 %.4041.i, label %B5538.i, label %B5620.loopexit.i

B5620.loopexit.i:                                 ; preds = %B5608.i
  %35 = icmp eq i64 %smax327.i, %.3891.i
  %36 = select i1 %35, i64 -4, i64 -1
  br label %B5763.i

B5763.i:                                          ; preds = %B5538.i, %B5620.loopexit.i, %B5516.i, %B5508.i, %B5252.i
  %"$1134call.5.4.sroa.12.4.i" = phi i64 [ %36, %B5620.loopexit.i ], [ %.3847.i, %B5508.i ], [ -1, %B5252.i ], [ -1, %B5516.i ], [ %.3966.i, %B5538.i ]
  %"$1134call.5.4.sroa.0.4.i" = phi i64 [ 0, %B5620.loopexit.i ], [ %.3832.i, %B5508.i ], [ 0, %B5252.i ], [ 0, %B5516.i ], [ %.3977.i, %B5538.i ]
  switch i64 %.3667.i, label %B6131.i [
    i64 1, label %B7725.i
    i64 3, label %B6019.i
    i64 4, label %B6049.i
    i64 7, label %B6119.i
  ]

B6019.i:                                          ; preds = %B5763.i
  br label %B7725.i

B6049.i:                                          ; preds = %B5763.i
  br label %B7725.i

B6119.i:                                          ; preds = %B5763.i
  br label %B7725.i

B6131.i:                                          ; preds = %B5763.i
  br label %B7725.i

B6192.i:                                          ; preds = %B5224.i
  %.4262.i = add nuw nsw i64 %"$1016call.5.4.sroa.12.428.i", 8
  %.4264.i = icmp sgt i64 %.4262.i, %.3154.i
  br i1 %.4264.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit, label %B6274.i

B6274.i:                                          ; preds = %B6192.i
  %.4289.i = icmp eq i64 %.3667.i, 2
  br i1 %.4289.i, label %B6434.if.preheader.i, label %B7725.i

B6434.if.preheader.i:                             ; preds = %B6274.i
  %37 = getelementptr i8, ptr %arg.a0, i64 %"$1016call.5.4.sroa.12.428.i"
  %.4448.i = load i64, ptr %37, align 1, !noalias !15
  br label %B7725.i

B6630.i:                                          ; preds = %B5224.i
  %.4569.not.i = icmp slt i64 %"$1016call.5.4.sroa.12.428.i", %.13.i2663.i
  br i1 %.4569.not.i, label %B6643.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit

B6643.i:                                          ; preds = %B6630.i
  %.4623.i = getelementptr i8, ptr %arg.a0, i64 %"$1016call.5.4.sroa.12.428.i"
  %.4624.i = load i8, ptr %.4623.i, align 1, !noalias !15
  %.4629.i = zext i8 %.4624.i to i64
  %.4630.i = icmp sgt i8 %.4624.i, -1
  br i1 %.4630.i, label %B7141.thread.i, label %B6757.i

B7141.thread.i:                                   ; preds = %B6643.i
  %.4644.i = add nuw nsw i64 %"$1016call.5.4.sroa.12.428.i", 1
  br label %B7154.i

B6757.i:                                          ; preds = %B6643.i
  %.4688.i = add nuw nsw i64 %"$1016call.5.4.sroa.12.428.i", 10
  %38 = tail call i64 @llvm.umin.i64(i64 %.13.i2663.i, i64 %.4688.i)
  %.4680.i = add nuw nsw i64 %"$1016call.5.4.sroa.12.428.i", 1
  %.4724.i = icmp ugt i64 %.13.i2663.i, %.4680.i
  br i1 %.4724.i, label %B6785.preheader.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit

B6785.preheader.i:                                ; preds = %B6757.i
  %.4670.i = and i64 %.4629.i, 127
  br label %B6785.i

B6785.i:                                          ; preds = %B6945.i, %B6785.preheader.i
  %read_varint_v27_result.2.4.i = phi i64 [ %.4774.i, %B6945.i ], [ %.4670.i, %B6785.preheader.i ]
  %read_varint_v27_shift.2.4.i = phi i64 [ %.4833.i, %B6945.i ], [ 7, %B6785.preheader.i ]
  %read_varint_v27_at.2.4.i = phi i64 [ %.4763.i, %B6945.i ], [ %.4680.i, %B6785.preheader.i ]
  %.4760.i = getelementptr i8, ptr %arg.a0, i64 %read_varint_v27_at.2.4.i
  %.4761.i = load i8, ptr %.4760.i, align 1, !noalias !15
  %.4763.i = add nuw nsw i64 %read_varint_v27_at.2.4.i, 1
  %39 = and i8 %.4761.i, 127
  %.4770.i = zext nneg i8 %39 to i64
  %.4772.i = shl i64 %.4770.i, %read_varint_v27_shift.2.4.i
  %.4774.i = or i64 %.4772.i, %read_varint_v27_result.2.4.i
  %.4781.i = icmp sgt i8 %.4761.i, -1
  br i1 %.4781.i, label %B7141.i, label %B6945.i

B6945.i:                                          ; preds = %B6785.i
  %.4833.i = add nuw nsw i64 %read_varint_v27_shift.2.4.i, 7
  %.4838.i = icmp slt i64 %.4763.i, %38
  br i1 %.4838.i, label %B6785.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit

B7141.i:                                          ; preds = %B6785.i
  %.4927.i = icmp slt i64 %.4774.i, 0
  br i1 %.4927.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit, label %B7154.i

B7154.i:                                          ; preds = %B7141.i, %B7141.thread.i
  %"$1562call.6.4.sroa.0.4344.i" = phi i64 [ %.4629.i, %B7141.thread.i ], [ %.4774.i, %B7141.i ]
  %"$1562call.6.4.sroa.12.4343.i" = phi i64 [ %.4644.i, %B7141.thread.i ], [ %.4763.i, %B7141.i ]
  %.4931.i = add nuw nsw i64 %"$1562call.6.4.sroa.12.4343.i", %"$1562call.6.4.sroa.0.4344.i"
  %.4933.i = icmp sgt i64 %.4931.i, %.3154.i
  br i1 %.4933.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit, label %B7268.i

B7268.i:                                          ; preds = %B7154.i
  switch i64 %.3667.i, label %B7552.fold.split.i [
    i64 5, label %B7725.i
    i64 6, label %B7456.i
  ]

B7456.i:                                          ; preds = %B7268.i
  br label %B7725.i

B7552.fold.split.i:                               ; preds = %B7268.i
  br label %B7725.i

B7582.i:                                          ; preds = %B5224.i
  %.5038.i = add nuw nsw i64 %"$1016call.5.4.sroa.12.428.i", 4
  %.5040.not.i = icmp sgt i64 %.5038.i, %.3154.i
  %..5038.i = select i1 %.5040.not.i, i64 -1, i64 %.5038.i
  br label %B7725.i

B7725.i:                                          ; preds = %B7582.i, %B7552.fold.split.i, %B7456.i, %B7268.i, %B6434.if.preheader.i, %B6274.i, %B6131.i, %B6119.i, %B6049.i, %B6019.i, %B5763.i
  %metadata_id.3.4.i = phi i64 [ %metadata_id.4.3.i, %B7456.i ], [ %metadata_id.4.3.i, %B6119.i ], [ %metadata_id.4.3.i, %B6019.i ], [ %metadata_id.4.3.i, %B6049.i ], [ %"$1134call.5.4.sroa.0.4.i", %B5763.i ], [ %metadata_id.4.3.i, %B6131.i ], [ %metadata_id.4.3.i, %B7552.fold.split.i ], [ %metadata_id.4.3.i, %B7582.i ], [ %metadata_id.4.3.i, %B6274.i ], [ %metadata_id.4.3.i, %B7268.i ], [ %metadata_id.4.3.i, %B6434.if.preheader.i ]
  %kind.8.4.i = phi i8 [ 5, %B7456.i ], [ 6, %B6119.i ], [ 2, %B6019.i ], [ 3, %B6049.i ], [ %kind.9.3.i, %B5763.i ], [ %kind.9.3.i, %B6131.i ], [ %kind.9.3.i, %B7552.fold.split.i ], [ %kind.9.3.i, %B7582.i ], [ %kind.9.3.i, %B6274.i ], [ 4, %B7268.i ], [ 1, %B6434.if.preheader.i ]
  %value.9.4.i = phi i64 [ %"$1016call.5.4.sroa.12.428.i", %B7456.i ], [ %"$1134call.5.4.sroa.0.4.i", %B6119.i ], [ %"$1134call.5.4.sroa.0.4.i", %B6019.i ], [ %"$1134call.5.4.sroa.0.4.i", %B6049.i ], [ %value.10.3.i, %B5763.i ], [ %value.10.3.i, %B6131.i ], [ %value.10.3.i, %B7552.fold.split.i ], [ %value.10.3.i, %B7582.i ], [ %value.10.3.i, %B6274.i ], [ %"$1016call.5.4.sroa.12.428.i", %B7268.i ], [ %.4448.i, %B6434.if.preheader.i ]
  %pos.31.4.i = phi i64 [ %.4931.i, %B7456.i ], [ %"$1134call.5.4.sroa.12.4.i", %B6119.i ], [ %"$1134call.5.4.sroa.12.4.i", %B6019.i ], [ %"$1134call.5.4.sroa.12.4.i", %B6049.i ], [ %"$1134call.5.4.sroa.12.4.i", %B5763.i ], [ %"$1134call.5.4.sroa.12.4.i", %B6131.i ], [ %.4931.i, %B7552.fold.split.i ], [ %..5038.i, %B7582.i ], [ %.4262.i, %B6274.i ], [ %.4931.i, %B7268.i ], [ %.4262.i, %B6434.if.preheader.i ]
  %.5097.i = icmp sgt i64 %pos.31.4.i, -1
  %.5152.i = icmp slt i64 %pos.31.4.i, %.3154.i
  %or.cond2652.i = and i1 %.5097.i, %.5152.i
  br i1 %or.cond2652.i, label %B2050.i, label %B7857.i

B7857.i:                                          ; preds = %B7725.i
  %.5170.i = icmp slt i64 %pos.31.4.i, 0
  br i1 %.5170.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit, label %B8063.i

B8063.i:                                          ; preds = %B7857.i, %B2032.i
  %value.8.455.i = phi i64 [ %value.9.4.i, %B7857.i ], [ 0, %B2032.i ]
  %kind.7.454.i = phi i8 [ %kind.8.4.i, %B7857.i ], [ 7, %B2032.i ]
  %metadata_id.2.453.i = phi i64 [ %metadata_id.3.4.i, %B7857.i ], [ 0, %B2032.i ]
  br label %B8071.i

B8071.i:                                          ; preds = %B8071.if.i, %B8063.i
  %.5214.0.i = phi i64 [ 0, %B8063.i ], [ %.5283.i, %B8071.if.i ]
  %exitcond328.not.i = icmp eq i64 %.5214.0.i, %storemerge.i
  br i1 %exitcond328.not.i, label %B8801.i, label %B8071.if.i

B8149.i:                                          ; preds = %B8071.if.i
  %.pre.i = mul i64 %.5214.0.i, %arg.a8_1
  br i1 %.5350.not.i, label %B8175.i, label %B8163.i

B8163.i:                                          ; preds = %B8149.i
  %gep212.i = getelementptr i8, ptr %invariant.gep211.i, i64 %.pre.i
  %.5405.i = load i8, ptr %gep212.i, align 1, !noalias !15
  %.5409.not.i = icmp eq i8 %.5405.i, 0
  br i1 %.5409.not.i, label %B8175.i, label %B8801.i

B8175.i:                                          ; preds = %B8163.i, %B8149.i
  %gep214.i = getelementptr i8, ptr %invariant.gep211.i, i64 %.pre.i
  store i8 %kind.7.454.i, ptr %gep214.i, align 1, !noalias !15
  %.5522.i = mul i64 %.5214.0.i, %arg.a9_1
  %gep216.i = getelementptr i64, ptr %invariant.gep215.i, i64 %.5522.i
  store i64 %value.8.455.i, ptr %gep216.i, align 8, !noalias !15
  br label %B8801.i

B8368.i:                                          ; preds = %B1330.i
  %.5569.i = add nuw nsw i64 %"$494call.5.4.sroa.12.3.i", 8
  %.5571.not.i = icmp sgt i64 %.5569.i, %.1206.i
  %..5569.i = select i1 %.5571.not.i, i64 -1, i64 %.5569.i
  br label %B8801.i

B8660.i:                                          ; preds = %B1330.i
  %.5598.i = add nuw nsw i64 %"$494call.5.4.sroa.12.3.i", 4
  %.5600.not.i = icmp sgt i64 %.5598.i, %.1206.i
  %..5598.i = select i1 %.5600.not.i, i64 -1, i64 %.5598.i
  br label %B8801.i

B8801.i:                                          ; preds = %B8071.i, %B8660.i, %B8368.i, %B8175.i, %B8163.i, %B2016.i, %B1768.i, %B1752.i, %B1724.i, %B1700.i, %B1682.i
  %pos.29.3.i = phi i64 [ %.3154.i, %B2016.i ], [ %"$612call.5.4.sroa.12.3.i", %B1700.i ], [ %"$612call.5.4.sroa.12.3.i", %B1724.i ], [ %"$612call.5.4.sroa.12.3.i", %B1752.i ], [ %.3154.i, %B8175.i ], [ %"$612call.5.4.sroa.12.3.i", %B1768.i ], [ %..5569.i, %B8368.i ], [ %..5598.i, %B8660.i ], [ %"$612call.5.4.sroa.12.3.i", %B1682.i ], [ %.3154.i, %B8163.i ], [ %.3154.i, %B8071.i ]
  %.5627.i = icmp sgt i64 %pos.29.3.i, -1
  %.5645.i = icmp slt i64 %pos.29.3.i, %.1206.i
  %or.cond2653.i = and i1 %.5627.i, %.5645.i
  br i1 %or.cond2653.i, label %B1050.i, label %B8989.i

B8989.i:                                          ; preds = %B8801.i, %B1046.i
  %pos.28.3.i = phi i64 [ %"$236call.5.4.sroa.12.2333.i", %B1046.i ], [ %pos.29.3.i, %B8801.i ]
  %.5659.i = icmp slt i64 %pos.28.3.i, 0
  br i1 %.5659.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit, label %B9093.i

B9093.i:                                          ; preds = %B8989.i
  %.5724.i = add nsw i64 %row.2.1.i, 1
  %.5731.i = icmp slt i64 %pos.28.3.i, %arg.a2
  br i1 %.5731.i, label %B54.i, label %B9185.i

B9115.i:                                          ; preds = %B40.i
  %.5790.i = icmp slt i64 %pos.26.0.i, 0
  br i1 %.5790.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit, label %B9185.i

B9185.i:                                          ; preds = %B9093.i, %B9115.i
  %row.4.271.i = phi i64 [ %row.3.0.i, %B9115.i ], [ %.5724.i, %B9093.i ]
  %.5805.not.i = icmp eq i64 %row.4.271.i, %arg.a5_0
  %..i = select i1 %.5805.not.i, i64 0, i64 -5
  br label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit

B886.if.i:                                        ; preds = %B886.if.i, %B886.if.lr.ph.i
  %.1453.0198.i = phi i64 [ 0, %B886.if.lr.ph.i ], [ %.1522.i, %B886.if.i ]
  %.1522.i = add nuw nsw i64 %.1453.0198.i, 1
  %.1594.i = mul i64 %.1453.0198.i, %arg.a8_1
  %gep200.i = getelementptr i8, ptr %invariant.gep199.i, i64 %.1594.i
  store i8 0, ptr %gep200.i, align 1, !noalias !15
  %.1650.i = mul i64 %.1453.0198.i, %arg.a9_1
  %gep.i = getelementptr i64, ptr %invariant.gep201.i, i64 %.1650.i
  store i64 0, ptr %gep.i, align 8, !noalias !15
  %exitcond.not.i = icmp eq i64 %arg.a3_0, %.1522.i
  br i1 %exitcond.not.i, label %B1046.i, label %B886.if.i

B8071.if.i:                                       ; preds = %B8071.i
  %.5283.i = add nuw i64 %.5214.0.i, 1
  %40 = getelementptr i64, ptr %arg.a3, i64 %.5214.0.i
  %.5341.i = load i64, ptr %40, align 8, !noalias !15
  %.5343.i = icmp eq i64 %.5341.i, %metadata_id.2.453.i
  br i1 %.5343.i, label %B8149.i, label %B8071.i

_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit: ; preds = %B344.i, %B416.i, %B16.i.i, %B96.i.i, %B256.i.i, %B1214.i.i, %B1647.i.i, %B1939.i.i, %B458.i, %B54.i, %B140.i, %B296.i, %B528.i, %B642.i, %B734.i, %B800.i, %B830.i, %B8989.i, %B682.i, %B1050.i, %B1164.i, %B1302.i, %B1330.i, %B1796.i, %B1854.i, %B1964.i, %B1994.i, %B7857.i, %B1886.i, %B2050.i, %B2090.i, %B2198.i, %B5224.i, %B6192.i, %B6630.i, %B6757.i, %B7141.i, %B7154.i, %B6945.i, %B212.loopexit.i, %B178.loopexit.i.i, %B1450.loopexit.i.i, %B1218.loopexit.i, %B2130.loopexit.i, %B9115.i, %B9185.i
  %.sink.i = phi i64 [ %7, %B178.loopexit.i.i ], [ %..i, %B9185.i ], [ %pos.26.0.i, %B9115.i ], [ -1, %B1164.i ], [ %5, %B212.loopexit.i ], [ %19, %B1218.loopexit.i ], [ %10, %B1450.loopexit.i.i ], [ %31, %B2130.loopexit.i ], [ -1, %B6945.i ], [ -1, %B682.i ], [ -1, %B1886.i ], [ -1, %B6757.i ], [ -1, %B800.i ], [ -1, %B2090.i ], [ -1, %B2050.i ], [ -3, %B2198.i ], [ -2, %B5224.i ], [ -1, %B7154.i ], [ -1, %B7141.i ], [ -1, %B6192.i ], [ -1, %B6630.i ], [ -2, %B1330.i ], [ %pos.31.4.i, %B7857.i ], [ -1, %B1994.i ], [ -1, %B1964.i ], [ -3, %B1302.i ], [ -1, %B1050.i ], [ -1, %B1796.i ], [ -1, %B1854.i ], [ %pos.28.3.i, %B8989.i ], [ %"$76call.5.4.sroa.12.2.i", %B296.i ], [ -5, %B830.i ], [ -1, %B734.i ], [ -1, %B54.i ], [ -1, %B528.i ], [ -1, %B642.i ], [ -1, %B140.i ], [ %"$phi194.0.2.1.i", %B458.i ], [ -3, %B344.i ], [ -1, %B96.i.i ], [ -1, %B16.i.i ], [ -1, %B1214.i.i ], [ -1, %B256.i.i ], [ -1, %B1647.i.i ], [ -1, %B1939.i.i ], [ -2, %B416.i ]
  store i64 %.sink.i, ptr %retptr, align 8
  ret void
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smin.i64(i64, i64) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #2

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smax.i64(i64, i64) #1

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umin.i64(i64, i64) #1

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) }
attributes #1 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { noinline }

!0 = !{!1}
!1 = distinct !{!1, !2, !"_ZN8perfdiff6xplane12wire_kernels11varint_intoB2v4B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedE: %retptr"}
!2 = distinct !{!2, !"_ZN8perfdiff6xplane12wire_kernels11varint_intoB2v4B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedE"}
!3 = !{!4}
!4 = distinct !{!4, !5, !"_ZN8perfdiff6xplane12wire_kernels11field_countB2v8B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx: %retptr"}
!5 = distinct !{!5, !"_ZN8perfdiff6xplane12wire_kernels11field_countB2v8B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx"}
!6 = !{!7, !4}
!7 = distinct !{!7, !8, !"_ZN8perfdiff6xplane12wire_kernels10skip_fieldB3v10B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExxx: %retptr"}
!8 = distinct !{!8, !"_ZN8perfdiff6xplane12wire_kernels10skip_fieldB3v10B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExxx"}
!9 = !{!10}
!10 = distinct !{!10, !11, !"_ZN8perfdiff6xplane12wire_kernels11fields_intoB3v15B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi2E1C7mutable7alignedE: %retptr"}
!11 = distinct !{!11, !"_ZN8perfdiff6xplane12wire_kernels11fields_intoB3v15B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi2E1C7mutable7alignedE"}
!12 = !{!13}
!13 = distinct !{!13, !14, !"_ZN8perfdiff6xplane12wire_kernels16line_header_intoB3v20B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedE: %retptr"}
!14 = distinct !{!14, !"_ZN8perfdiff6xplane12wire_kernels16line_header_intoB3v20B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedE"}
!15 = !{!16}
!16 = distinct !{!16, !17, !"_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE: %retptr"}
!17 = distinct !{!17, !"_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE"}
!18 = !{!19, !16}
!19 = distinct !{!19, !20, !"_ZN8perfdiff6xplane12wire_kernels10skip_fieldB3v10B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExxx.47: %retptr"}
!20 = distinct !{!20, !"_ZN8perfdiff6xplane12wire_kernels10skip_fieldB3v10B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExxx.47"}
