; perfdiff kernels of perfdiff.xplane.wire_kernels: LLVM IR generated from its source by
; python -m perfdiff.xplane.native_build (numba 0.68.1, LLVM 22.1.0). Do not edit: edit the source and regenerate.
; source-sha256: 5015575ef3ccc4f4306d8da1c1a8b692f40bc24df68672d566d99b26f461333e

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
  %.2856.i = icmp sgt i64 %arg.a3_0, 0
  %.5023.not.i = icmp eq i64 %arg.a4, 0
  br label %B40.i

B40.i:                                            ; preds = %B424.i, %entry
  %row.3.0.i = phi i64 [ 0, %entry ], [ %row.2.1.i, %B424.i ]
  %pos.26.0.i = phi i64 [ %arg.a1, %entry ], [ %"$phi194.0.2.1.i", %B424.i ]
  %.168.i = icmp slt i64 %pos.26.0.i, %arg.a2
  br i1 %.168.i, label %B54.i, label %B9115.i

B54.i:                                            ; preds = %B40.i, %B9093.i
  %row.2.1.i = phi i64 [ %.5397.i, %B9093.i ], [ %row.3.0.i, %B40.i ]
  %pos.27.1.i = phi i64 [ %pos.28.372.i, %B9093.i ], [ %pos.26.0.i, %B40.i ]
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
  %.13.i2536.i = tail call i64 @llvm.smin.i64(i64 %.13.i.i, i64 %.358.i)
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
  %.508.i = icmp slt i64 %.433.i, %.13.i2536.i
  br i1 %.508.i, label %B154.i, label %B212.loopexit.i

B212.loopexit.i:                                  ; preds = %B208.i
  %3 = add i64 %pos.27.1.i, 2
  %smax.le.i = tail call i64 @llvm.smax.i64(i64 %.13.i2536.i, i64 %3)
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
  br i1 %.655.not.i, label %B486.i, label %B344.i

B344.i:                                           ; preds = %B326.i
  %.659.i = icmp ult i64 %"$76call.5.4.sroa.0.2.i", 8
  br i1 %.659.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit, label %B420.i

B420.i:                                           ; preds = %B344.i
  %.671.i = and i64 %"$76call.5.4.sroa.0.2.i", 7
  switch i64 %.671.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit [
    i64 0, label %B16.i.i
    i64 1, label %B240.i.i
    i64 2, label %B256.i.i
    i64 5, label %B1931.i.i
  ]

B16.i.i:                                          ; preds = %B420.i
  %.99.not.i.i = icmp slt i64 %"$76call.5.4.sroa.12.2.i", %.13.i.i
  br i1 %.99.not.i.i, label %B72.i.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit

B72.i.i:                                          ; preds = %B16.i.i
  %.153.i.i = getelementptr i8, ptr %arg.a0, i64 %"$76call.5.4.sroa.12.2.i"
  %.154.i.i = load i8, ptr %.153.i.i, align 1, !noalias !18
  %.160.i.i = icmp sgt i8 %.154.i.i, -1
  br i1 %.160.i.i, label %B84.i.i, label %B96.i.i

B84.i.i:                                          ; preds = %B72.i.i
  %.174.i.i = add nuw nsw i64 %"$76call.5.4.sroa.12.2.i", 1
  br label %B424.i

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
  br i1 %.311.i.i, label %B424.i, label %B164.i.i

B164.i.i:                                         ; preds = %B148.i.i
  %.368.i.i = icmp samesign ult i64 %.293.i.i, %6
  br i1 %.368.i.i, label %B148.i.i, label %B178.loopexit.i.i

B178.loopexit.i.i:                                ; preds = %B164.i.i
  %.not17.i.i = icmp ugt i64 %.218.i.i, %.13.i.i
  %7 = select i1 %.not17.i.i, i64 -1, i64 -4
  br label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit

B240.i.i:                                         ; preds = %B420.i
  %.447.i.i = add nuw nsw i64 %"$76call.5.4.sroa.12.2.i", 8
  br label %B1939.i.i

B256.i.i:                                         ; preds = %B420.i
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

B1931.i.i:                                        ; preds = %B420.i
  %.920.i.i = add nuw nsw i64 %"$76call.5.4.sroa.12.2.i", 4
  br label %B1939.i.i

B1939.i.i:                                        ; preds = %B1931.i.i, %B1725.i.i, %B240.i.i
  %pos.6.0.i.i = phi i64 [ %.447.i.i, %B240.i.i ], [ %.901.i.i, %B1725.i.i ], [ %.920.i.i, %B1931.i.i ]
  %.928.not.i.i = icmp sgt i64 %pos.6.0.i.i, %arg.a2
  br i1 %.928.not.i.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit, label %B424.i

B424.i:                                           ; preds = %B148.i.i, %B1939.i.i, %B84.i.i
  %"$phi194.0.2.1.i" = phi i64 [ %pos.6.0.i.i, %B1939.i.i ], [ %.174.i.i, %B84.i.i ], [ %.293.i.i, %B148.i.i ]
  %.715.i = icmp slt i64 %"$phi194.0.2.1.i", 0
  br i1 %.715.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit, label %B40.i

B486.i:                                           ; preds = %B326.i
  %.844.not.i = icmp slt i64 %"$76call.5.4.sroa.12.2.i", %.13.i.i
  br i1 %.844.not.i, label %B552.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit

B552.i:                                           ; preds = %B486.i
  %.898.i = getelementptr i8, ptr %arg.a0, i64 %"$76call.5.4.sroa.12.2.i"
  %.899.i = load i8, ptr %.898.i, align 1, !noalias !15
  %.904.i = zext i8 %.899.i to i64
  %.905.i = icmp sgt i8 %.899.i, -1
  br i1 %.905.i, label %B708.thread.i, label %B578.i

B708.thread.i:                                    ; preds = %B552.i
  %.919.i = add nuw nsw i64 %"$76call.5.4.sroa.12.2.i", 1
  br label %B744.i

B578.i:                                           ; preds = %B552.i
  %.963.i = add nuw nsw i64 %"$76call.5.4.sroa.12.2.i", 10
  %11 = tail call i64 @llvm.umin.i64(i64 %.13.i.i, i64 %.963.i)
  %.955.i = add nuw nsw i64 %"$76call.5.4.sroa.12.2.i", 1
  %.999.i = icmp samesign ugt i64 %.13.i.i, %.955.i
  br i1 %.999.i, label %B590.preheader.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit

B590.preheader.i:                                 ; preds = %B578.i
  %.945.i = and i64 %.904.i, 127
  br label %B590.i

B590.i:                                           ; preds = %B616.i, %B590.preheader.i
  %read_varint_v33_result.2.2.i = phi i64 [ %.1049.i, %B616.i ], [ %.945.i, %B590.preheader.i ]
  %read_varint_v33_shift.2.2.i = phi i64 [ %.1108.i, %B616.i ], [ 7, %B590.preheader.i ]
  %read_varint_v33_at.2.2.i = phi i64 [ %.1038.i, %B616.i ], [ %.955.i, %B590.preheader.i ]
  %.1035.i = getelementptr i8, ptr %arg.a0, i64 %read_varint_v33_at.2.2.i
  %.1036.i = load i8, ptr %.1035.i, align 1, !noalias !15
  %.1038.i = add nuw nsw i64 %read_varint_v33_at.2.2.i, 1
  %12 = and i8 %.1036.i, 127
  %.1045.i = zext nneg i8 %12 to i64
  %.1047.i = shl i64 %.1045.i, %read_varint_v33_shift.2.2.i
  %.1049.i = or i64 %.1047.i, %read_varint_v33_result.2.2.i
  %.1056.i = icmp sgt i8 %.1036.i, -1
  br i1 %.1056.i, label %B708.i, label %B616.i

B616.i:                                           ; preds = %B590.i
  %.1108.i = add nuw nsw i64 %read_varint_v33_shift.2.2.i, 7
  %.1113.i = icmp slt i64 %.1038.i, %11
  br i1 %.1113.i, label %B590.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit

B708.i:                                           ; preds = %B590.i
  %.1202.i = icmp slt i64 %.1049.i, 0
  br i1 %.1202.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit, label %B744.i

B744.i:                                           ; preds = %B708.i, %B708.thread.i
  %"$236call.5.4.sroa.0.2333.i" = phi i64 [ %.904.i, %B708.thread.i ], [ %.1049.i, %B708.i ]
  %"$236call.5.4.sroa.12.2332.i" = phi i64 [ %.919.i, %B708.thread.i ], [ %.1038.i, %B708.i ]
  %.1206.i = add nuw nsw i64 %"$236call.5.4.sroa.12.2332.i", %"$236call.5.4.sroa.0.2333.i"
  %.1208.i = icmp sgt i64 %.1206.i, %arg.a2
  br i1 %.1208.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit, label %B782.i

B782.i:                                           ; preds = %B744.i
  %.1269.not.i = icmp slt i64 %row.2.1.i, %arg.a5_0
  br i1 %.1269.not.i, label %B942.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit

B942.i:                                           ; preds = %B782.i
  %.1346.not.i = icmp eq i64 %"$236call.5.4.sroa.0.2333.i", 0
  br i1 %.1346.not.i, label %B9093.i, label %B946.preheader.i

B946.preheader.i:                                 ; preds = %B942.i
  %.13.i2539.i = tail call i64 @llvm.smin.i64(i64 %arg.a0_0, i64 %.1206.i)
  %invariant.gep.i = getelementptr i8, ptr %arg.a8, i64 %row.2.1.i
  %invariant.gep210.i = getelementptr i64, ptr %arg.a9, i64 %row.2.1.i
  %.5054.i = icmp slt i64 %row.2.1.i, 0
  %.5055.i = select i1 %.5054.i, i64 %arg.a8_1, i64 0
  %invariant.gep212.i = getelementptr i8, ptr %invariant.gep.i, i64 %.5055.i
  %.5177.i = select i1 %.5054.i, i64 %arg.a9_1, i64 0
  %invariant.gep215.i = getelementptr i64, ptr %invariant.gep210.i, i64 %.5177.i
  %.2379.i = select i1 %.5054.i, i64 %arg.a6_0, i64 0
  %13 = getelementptr i64, ptr %arg.a6, i64 %row.2.1.i
  %.2393.i = getelementptr i64, ptr %13, i64 %.2379.i
  %.2338.i = select i1 %.5054.i, i64 %arg.a7_0, i64 0
  %14 = getelementptr i64, ptr %arg.a7, i64 %row.2.1.i
  %.2352.i = getelementptr i64, ptr %14, i64 %.2338.i
  %.2248.i = select i1 %.5054.i, i64 %arg.a5_0, i64 0
  %15 = getelementptr i64, ptr %arg.a5, i64 %row.2.1.i
  %.2262.i = getelementptr i64, ptr %15, i64 %.2248.i
  br label %B946.i

B946.i:                                           ; preds = %B8801.i, %B946.preheader.i
  %pos.32.2.i = phi i64 [ %pos.29.3.i, %B8801.i ], [ %"$236call.5.4.sroa.12.2332.i", %B946.preheader.i ]
  %.1413.not.i = icmp slt i64 %pos.32.2.i, %.13.i2539.i
  br i1 %.1413.not.i, label %B996.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit

B996.i:                                           ; preds = %B946.i
  %.1467.i = getelementptr i8, ptr %arg.a0, i64 %pos.32.2.i
  %.1468.i = load i8, ptr %.1467.i, align 1, !noalias !15
  %.1473.i = zext i8 %.1468.i to i64
  %.1474.i = icmp sgt i8 %.1468.i, -1
  br i1 %.1474.i, label %B1168.thread16.i, label %B1060.i

B1168.thread16.i:                                 ; preds = %B996.i
  %.1488.i = add nuw nsw i64 %pos.32.2.i, 1
  br label %B1198.i

B1060.i:                                          ; preds = %B996.i
  %.1532.i = add nuw i64 %pos.32.2.i, 10
  %16 = tail call i64 @llvm.umin.i64(i64 %.13.i2539.i, i64 %.1532.i)
  %.1524.i = add nuw nsw i64 %pos.32.2.i, 1
  %.1568.i = icmp ugt i64 %.13.i2539.i, %.1524.i
  br i1 %.1568.i, label %B1068.preheader.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit

B1068.preheader.i:                                ; preds = %B1060.i
  %.1514.i = and i64 %.1473.i, 127
  br label %B1068.i

B1068.i:                                          ; preds = %B1102.i, %B1068.preheader.i
  %read_varint_v32_result.2.3.i = phi i64 [ %.1618.i, %B1102.i ], [ %.1514.i, %B1068.preheader.i ]
  %read_varint_v32_shift.2.3.i = phi i64 [ %.1677.i, %B1102.i ], [ 7, %B1068.preheader.i ]
  %read_varint_v32_at.2.3.i = phi i64 [ %.1607.i, %B1102.i ], [ %.1524.i, %B1068.preheader.i ]
  %.1604.i = getelementptr i8, ptr %arg.a0, i64 %read_varint_v32_at.2.3.i
  %.1605.i = load i8, ptr %.1604.i, align 1, !noalias !15
  %.1607.i = add nuw nsw i64 %read_varint_v32_at.2.3.i, 1
  %17 = and i8 %.1605.i, 127
  %.1614.i = zext nneg i8 %17 to i64
  %.1616.i = shl i64 %.1614.i, %read_varint_v32_shift.2.3.i
  %.1618.i = or i64 %.1616.i, %read_varint_v32_result.2.3.i
  %.1625.i = icmp sgt i8 %.1605.i, -1
  br i1 %.1625.i, label %B1198.i, label %B1102.i

B1102.i:                                          ; preds = %B1068.i
  %.1677.i = add nuw nsw i64 %read_varint_v32_shift.2.3.i, 7
  %.1682.i = icmp slt i64 %.1607.i, %16
  br i1 %.1682.i, label %B1068.i, label %B1114.loopexit.i

B1114.loopexit.i:                                 ; preds = %B1102.i
  %18 = add nuw i64 %pos.32.2.i, 2
  %smax325.le.i = tail call i64 @llvm.smax.i64(i64 %16, i64 %18)
  %19 = icmp eq i64 %smax325.le.i, %.1532.i
  %20 = select i1 %19, i64 -4, i64 -1
  br label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit

B1198.i:                                          ; preds = %B1068.i, %B1168.thread16.i
  %"$390call.5.4.sroa.0.321.i" = phi i64 [ %.1473.i, %B1168.thread16.i ], [ %.1618.i, %B1068.i ]
  %"$390call.5.4.sroa.12.320.i" = phi i64 [ %.1488.i, %B1168.thread16.i ], [ %.1607.i, %B1068.i ]
  %.1781.i = ashr i64 %"$390call.5.4.sroa.0.321.i", 3
  %.1793.i = icmp eq i64 %.1781.i, 0
  br i1 %.1793.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit, label %B1226.i

B1226.i:                                          ; preds = %B1198.i
  %.1783.i = and i64 %"$390call.5.4.sroa.0.321.i", 7
  switch i64 %.1783.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit [
    i64 0, label %B1296.i
    i64 2, label %B1692.i
    i64 1, label %B8368.i
    i64 5, label %B8660.i
  ]

B1296.i:                                          ; preds = %B1226.i
  %.1868.not.i = icmp slt i64 %"$390call.5.4.sroa.12.320.i", %.13.i2539.i
  br i1 %.1868.not.i, label %B1378.i, label %B1578.i

B1378.i:                                          ; preds = %B1296.i
  %.1922.i = getelementptr i8, ptr %arg.a0, i64 %"$390call.5.4.sroa.12.320.i"
  %.1923.i = load i8, ptr %.1922.i, align 1, !noalias !15
  %.1928.i = zext i8 %.1923.i to i64
  %.1929.i = icmp sgt i8 %.1923.i, -1
  br i1 %.1929.i, label %B1408.i, label %B1420.i

B1408.i:                                          ; preds = %B1378.i
  %.1943.i = add nuw nsw i64 %"$390call.5.4.sroa.12.320.i", 1
  br label %B1578.i

B1420.i:                                          ; preds = %B1378.i
  %.1987.i = add nuw i64 %"$390call.5.4.sroa.12.320.i", 10
  %21 = tail call i64 @llvm.umin.i64(i64 %.13.i2539.i, i64 %.1987.i)
  %.1979.i = add nuw nsw i64 %"$390call.5.4.sroa.12.320.i", 1
  %.2023.i = icmp ugt i64 %.13.i2539.i, %.1979.i
  br i1 %.2023.i, label %B1432.preheader.i, label %B1578.i

B1432.preheader.i:                                ; preds = %B1420.i
  %.1969.i = and i64 %.1928.i, 127
  %22 = add nuw i64 %"$390call.5.4.sroa.12.320.i", 2
  %smax328.i = tail call i64 @llvm.smax.i64(i64 %21, i64 %22)
  br label %B1432.i

B1432.i:                                          ; preds = %B1500.i, %B1432.preheader.i
  %read_varint_v31_result.2.3.i = phi i64 [ %.2073.i, %B1500.i ], [ %.1969.i, %B1432.preheader.i ]
  %read_varint_v31_shift.2.3.i = phi i64 [ %.2132.i, %B1500.i ], [ 7, %B1432.preheader.i ]
  %read_varint_v31_at.2.3.i = phi i64 [ %.2062.i, %B1500.i ], [ %.1979.i, %B1432.preheader.i ]
  %.2059.i = getelementptr i8, ptr %arg.a0, i64 %read_varint_v31_at.2.3.i
  %.2060.i = load i8, ptr %.2059.i, align 1, !noalias !15
  %.2062.i = add nuw nsw i64 %read_varint_v31_at.2.3.i, 1
  %23 = and i8 %.2060.i, 127
  %.2069.i = zext nneg i8 %23 to i64
  %.2071.i = shl i64 %.2069.i, %read_varint_v31_shift.2.3.i
  %.2073.i = or i64 %.2071.i, %read_varint_v31_result.2.3.i
  %.2080.i = icmp sgt i8 %.2060.i, -1
  br i1 %.2080.i, label %B1578.i, label %B1500.i

B1500.i:                                          ; preds = %B1432.i
  %.2132.i = add nuw nsw i64 %read_varint_v31_shift.2.3.i, 7
  %.2137.i = icmp slt i64 %.2062.i, %21
  br i1 %.2137.i, label %B1432.i, label %B1518.loopexit.i

B1518.loopexit.i:                                 ; preds = %B1500.i
  %24 = icmp eq i64 %smax328.i, %.1987.i
  %25 = select i1 %24, i64 -4, i64 -1
  br label %B1578.i

B1578.i:                                          ; preds = %B1432.i, %B1518.loopexit.i, %B1420.i, %B1408.i, %B1296.i
  %"$508call.5.4.sroa.12.3.i" = phi i64 [ %25, %B1518.loopexit.i ], [ %.1943.i, %B1408.i ], [ -1, %B1296.i ], [ -1, %B1420.i ], [ %.2062.i, %B1432.i ]
  %"$508call.5.4.sroa.0.3.i" = phi i64 [ 0, %B1518.loopexit.i ], [ %.1928.i, %B1408.i ], [ 0, %B1296.i ], [ 0, %B1420.i ], [ %.2073.i, %B1432.i ]
  switch i64 %.1781.i, label %B8801.i [
    i64 1, label %B1596.i
    i64 2, label %B1620.i
    i64 3, label %B1648.i
    i64 5, label %B1664.i
  ]

B1596.i:                                          ; preds = %B1578.i
  store i64 %"$508call.5.4.sroa.0.3.i", ptr %.2262.i, align 8, !noalias !15
  br label %B8801.i

B1620.i:                                          ; preds = %B1578.i
  store i64 %"$508call.5.4.sroa.0.3.i", ptr %.2393.i, align 8, !noalias !15
  br label %B8801.i

B1648.i:                                          ; preds = %B1578.i
  store i64 %"$508call.5.4.sroa.0.3.i", ptr %.2352.i, align 8, !noalias !15
  br label %B8801.i

B1664.i:                                          ; preds = %B1578.i
  store i64 0, ptr %.2393.i, align 8, !noalias !15
  br label %B8801.i

B1692.i:                                          ; preds = %B1226.i
  %.2465.not.i = icmp slt i64 %"$390call.5.4.sroa.12.320.i", %.13.i2539.i
  br i1 %.2465.not.i, label %B1718.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit

B1718.i:                                          ; preds = %B1692.i
  %.2519.i = getelementptr i8, ptr %arg.a0, i64 %"$390call.5.4.sroa.12.320.i"
  %.2520.i = load i8, ptr %.2519.i, align 1, !noalias !15
  %.2525.i = zext i8 %.2520.i to i64
  %.2526.i = icmp sgt i8 %.2520.i, -1
  br i1 %.2526.i, label %B1860.thread.i, label %B1750.i

B1860.thread.i:                                   ; preds = %B1718.i
  %.2540.i = add nuw nsw i64 %"$390call.5.4.sroa.12.320.i", 1
  br label %B1890.i

B1750.i:                                          ; preds = %B1718.i
  %.2584.i = add nuw nsw i64 %"$390call.5.4.sroa.12.320.i", 10
  %26 = tail call i64 @llvm.umin.i64(i64 %.13.i2539.i, i64 %.2584.i)
  %.2576.i = add nuw nsw i64 %"$390call.5.4.sroa.12.320.i", 1
  %.2620.i = icmp ugt i64 %.13.i2539.i, %.2576.i
  br i1 %.2620.i, label %B1752.preheader.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit

B1752.preheader.i:                                ; preds = %B1750.i
  %.2566.i = and i64 %.2525.i, 127
  br label %B1752.i

B1752.i:                                          ; preds = %B1782.i, %B1752.preheader.i
  %read_varint_v30_result.2.3.i = phi i64 [ %.2670.i, %B1782.i ], [ %.2566.i, %B1752.preheader.i ]
  %read_varint_v30_shift.2.3.i = phi i64 [ %.2729.i, %B1782.i ], [ 7, %B1752.preheader.i ]
  %read_varint_v30_at.2.3.i = phi i64 [ %.2659.i, %B1782.i ], [ %.2576.i, %B1752.preheader.i ]
  %.2656.i = getelementptr i8, ptr %arg.a0, i64 %read_varint_v30_at.2.3.i
  %.2657.i = load i8, ptr %.2656.i, align 1, !noalias !15
  %.2659.i = add nuw nsw i64 %read_varint_v30_at.2.3.i, 1
  %27 = and i8 %.2657.i, 127
  %.2666.i = zext nneg i8 %27 to i64
  %.2668.i = shl i64 %.2666.i, %read_varint_v30_shift.2.3.i
  %.2670.i = or i64 %.2668.i, %read_varint_v30_result.2.3.i
  %.2677.i = icmp sgt i8 %.2657.i, -1
  br i1 %.2677.i, label %B1860.i, label %B1782.i

B1782.i:                                          ; preds = %B1752.i
  %.2729.i = add nuw nsw i64 %read_varint_v30_shift.2.3.i, 7
  %.2734.i = icmp slt i64 %.2659.i, %26
  br i1 %.2734.i, label %B1752.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit

B1860.i:                                          ; preds = %B1752.i
  %.2823.i = icmp slt i64 %.2670.i, 0
  br i1 %.2823.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit, label %B1890.i

B1890.i:                                          ; preds = %B1860.i, %B1860.thread.i
  %"$666call.5.4.sroa.0.3338.i" = phi i64 [ %.2525.i, %B1860.thread.i ], [ %.2670.i, %B1860.i ]
  %"$666call.5.4.sroa.12.3337.i" = phi i64 [ %.2540.i, %B1860.thread.i ], [ %.2659.i, %B1860.i ]
  %.2827.i = add nuw nsw i64 %"$666call.5.4.sroa.12.3337.i", %"$666call.5.4.sroa.0.3338.i"
  %.2829.i = icmp sgt i64 %.2827.i, %.1206.i
  br i1 %.2829.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit, label %B1912.i

B1912.i:                                          ; preds = %B1890.i
  %.2851.i = icmp eq i64 %.1781.i, 4
  %or.cond2.i = select i1 %.2851.i, i1 %.2856.i, i1 false
  br i1 %or.cond2.i, label %B1928.i, label %B8801.i

B1928.i:                                          ; preds = %B1912.i
  %.2886.not.i = icmp eq i64 %"$666call.5.4.sroa.0.3338.i", 0
  br i1 %.2886.not.i, label %B8063.i, label %B1946.preheader.i

B1946.preheader.i:                                ; preds = %B1928.i
  %.13.i2545.i = tail call i64 @llvm.smin.i64(i64 %arg.a0_0, i64 %.2827.i)
  br label %B1946.i

B1946.i:                                          ; preds = %B7725.i, %B1946.preheader.i
  %pos.33.3.i = phi i64 [ %pos.31.4.i, %B7725.i ], [ %"$666call.5.4.sroa.12.3337.i", %B1946.preheader.i ]
  %metadata_id.3.3.i = phi i64 [ %metadata_id.4.4.i, %B7725.i ], [ 0, %B1946.preheader.i ]
  %kind.8.3.i = phi i8 [ %kind.9.4.i, %B7725.i ], [ 7, %B1946.preheader.i ]
  %value.9.3.i = phi i64 [ %value.10.4.i, %B7725.i ], [ 0, %B1946.preheader.i ]
  %.2959.not.i = icmp slt i64 %pos.33.3.i, %.13.i2545.i
  br i1 %.2959.not.i, label %B1968.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit

B1968.i:                                          ; preds = %B1946.i
  %.3013.i = getelementptr i8, ptr %arg.a0, i64 %pos.33.3.i
  %.3014.i = load i8, ptr %.3013.i, align 1, !noalias !15
  %.3019.i = zext i8 %.3014.i to i64
  %.3020.i = icmp sgt i8 %.3014.i, -1
  br i1 %.3020.i, label %B2068.thread30.i, label %B1986.i

B2068.thread30.i:                                 ; preds = %B1968.i
  %.3034.i = add nuw nsw i64 %pos.33.3.i, 1
  br label %B2094.i

B1986.i:                                          ; preds = %B1968.i
  %.3078.i = add nuw i64 %pos.33.3.i, 10
  %28 = tail call i64 @llvm.umin.i64(i64 %.13.i2545.i, i64 %.3078.i)
  %.3070.i = add nuw nsw i64 %pos.33.3.i, 1
  %.3114.i = icmp ugt i64 %.13.i2545.i, %.3070.i
  br i1 %.3114.i, label %B1998.preheader.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit

B1998.preheader.i:                                ; preds = %B1986.i
  %.3060.i = and i64 %.3019.i, 127
  br label %B1998.i

B1998.i:                                          ; preds = %B2014.i, %B1998.preheader.i
  %read_varint_v29_result.2.4.i = phi i64 [ %.3164.i, %B2014.i ], [ %.3060.i, %B1998.preheader.i ]
  %read_varint_v29_shift.2.4.i = phi i64 [ %.3223.i, %B2014.i ], [ 7, %B1998.preheader.i ]
  %read_varint_v29_at.2.4.i = phi i64 [ %.3153.i, %B2014.i ], [ %.3070.i, %B1998.preheader.i ]
  %.3150.i = getelementptr i8, ptr %arg.a0, i64 %read_varint_v29_at.2.4.i
  %.3151.i = load i8, ptr %.3150.i, align 1, !noalias !15
  %.3153.i = add nuw nsw i64 %read_varint_v29_at.2.4.i, 1
  %29 = and i8 %.3151.i, 127
  %.3160.i = zext nneg i8 %29 to i64
  %.3162.i = shl i64 %.3160.i, %read_varint_v29_shift.2.4.i
  %.3164.i = or i64 %.3162.i, %read_varint_v29_result.2.4.i
  %.3171.i = icmp sgt i8 %.3151.i, -1
  br i1 %.3171.i, label %B2094.i, label %B2014.i

B2014.i:                                          ; preds = %B1998.i
  %.3223.i = add nuw nsw i64 %read_varint_v29_shift.2.4.i, 7
  %.3228.i = icmp slt i64 %.3153.i, %28
  br i1 %.3228.i, label %B1998.i, label %B2026.loopexit.i

B2026.loopexit.i:                                 ; preds = %B2014.i
  %30 = add nuw i64 %pos.33.3.i, 2
  %smax326.le.i = tail call i64 @llvm.smax.i64(i64 %28, i64 %30)
  %31 = icmp eq i64 %smax326.le.i, %.3078.i
  %32 = select i1 %31, i64 -4, i64 -1
  br label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit

B2094.i:                                          ; preds = %B1998.i, %B2068.thread30.i
  %"$912call.5.4.sroa.0.435.i" = phi i64 [ %.3019.i, %B2068.thread30.i ], [ %.3164.i, %B1998.i ]
  %"$912call.5.4.sroa.12.434.i" = phi i64 [ %.3034.i, %B2068.thread30.i ], [ %.3153.i, %B1998.i ]
  %.3340.i = ashr i64 %"$912call.5.4.sroa.0.435.i", 3
  %.3352.i = icmp eq i64 %.3340.i, 0
  br i1 %.3352.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit, label %B5224.i

B5224.i:                                          ; preds = %B2094.i
  %.3342.i = and i64 %"$912call.5.4.sroa.0.435.i", 7
  switch i64 %.3342.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit [
    i64 0, label %B5252.i
    i64 1, label %B6192.i
    i64 2, label %B6630.i
    i64 5, label %B7582.i
  ]

B5252.i:                                          ; preds = %B5224.i
  %.3445.not.i = icmp slt i64 %"$912call.5.4.sroa.12.434.i", %.13.i2545.i
  br i1 %.3445.not.i, label %B5412.i, label %B5763.i

B5412.i:                                          ; preds = %B5252.i
  %.3499.i = getelementptr i8, ptr %arg.a0, i64 %"$912call.5.4.sroa.12.434.i"
  %.3500.i = load i8, ptr %.3499.i, align 1, !noalias !15
  %.3505.i = zext i8 %.3500.i to i64
  %.3506.i = icmp sgt i8 %.3500.i, -1
  br i1 %.3506.i, label %B5508.i, label %B5516.i

B5508.i:                                          ; preds = %B5412.i
  %.3520.i = add nuw nsw i64 %"$912call.5.4.sroa.12.434.i", 1
  br label %B5763.i

B5516.i:                                          ; preds = %B5412.i
  %.3564.i = add nuw i64 %"$912call.5.4.sroa.12.434.i", 10
  %33 = tail call i64 @llvm.umin.i64(i64 %.13.i2545.i, i64 %.3564.i)
  %.3556.i = add nuw nsw i64 %"$912call.5.4.sroa.12.434.i", 1
  %.3600.i = icmp ugt i64 %.13.i2545.i, %.3556.i
  br i1 %.3600.i, label %B5538.preheader.i, label %B5763.i

B5538.preheader.i:                                ; preds = %B5516.i
  %.3546.i = and i64 %.3505.i, 127
  %34 = add nuw i64 %"$912call.5.4.sroa.12.434.i", 2
  %smax327.i = tail call i64 @llvm.smax.i64(i64 %33, i64 %34)
  br label %B5538.i

B5538.i:                                          ; preds = %B5608.i, %B5538.preheader.i
  %read_varint_v28_result.2.4.i = phi i64 [ %.3650.i, %B5608.i ], [ %.3546.i, %B5538.preheader.i ]
  %read_varint_v28_shift.2.4.i = phi i64 [ %.3709.i, %B5608.i ], [ 7, %B5538.preheader.i ]
  %read_varint_v28_at.2.4.i = phi i64 [ %.3639.i, %B5608.i ], [ %.3556.i, %B5538.preheader.i ]
  %.3636.i = getelementptr i8, ptr %arg.a0, i64 %read_varint_v28_at.2.4.i
  %.3637.i = load i8, ptr %.3636.i, align 1, !noalias !15
  %.3639.i = add nuw nsw i64 %read_varint_v28_at.2.4.i, 1
  %35 = and i8 %.3637.i, 127
  %.3646.i = zext nneg i8 %35 to i64
  %.3648.i = shl i64 %.3646.i, %read_varint_v28_shift.2.4.i
  %.3650.i = or i64 %.3648.i, %read_varint_v28_result.2.4.i
  %.3657.i = icmp sgt i8 %.3637.i, -1
  br i1 %.3657.i, label %B5763.i, label %B5608.i

B5608.i:                                          ; preds = %B5538.i
  %.3709.i = add nuw nsw i64 %read_varint_v28_shift.2.4.i, 7
  %.3714.i = icmp slt i64 %.3639.i, %33
  br i1 %.3714.i, label %B5538.i, label %B5620.loopexit.i

B5620.loopexit.i:                                 ; preds = %B5608.i
  %36 = icmp eq i64 %smax327.i, %.3564.i
  %37 = select i1 %36, i64 -4, i64 -1
  br label %B5763.i

B5763.i:                                          ; preds = %B5538.i, %B5620.loopexit.i, %B5516.i, %B5508.i, %B5252.i
  %"$1030call.5.4.sroa.12.4.i" = phi i64 [ %37, %B5620.loopexit.i ], [ %.3520.i, %B5508.i ], [ -1, %B5252.i ], [ -1, %B5516.i ], [ %.3639.i, %B5538.i ]
  %"$1030call.5.4.sroa.0.4.i" = phi i64 [ 0, %B5620.loopexit.i ], [ %.3505.i, %B5508.i ], [ 0, %B5252.i ], [ 0, %B5516.i ], [ %.3650.i, %B5538.i ]
  switch i64 %.3340.i, label %B6131.i [
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
  %.3935.i = add nuw nsw i64 %"$912call.5.4.sroa.12.434.i", 8
  %.3937.i = icmp sgt i64 %.3935.i, %.2827.i
  br i1 %.3937.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit, label %B6274.i

B6274.i:                                          ; preds = %B6192.i
  %.3962.i = icmp eq i64 %.3340.i, 2
  br i1 %.3962.i, label %B6434.if.preheader.i, label %B7725.i

B6434.if.preheader.i:                             ; preds = %B6274.i
  %38 = getelementptr i8, ptr %arg.a0, i64 %"$912call.5.4.sroa.12.434.i"
  %.4121.i = load i64, ptr %38, align 1, !noalias !15
  br label %B7725.i

B6630.i:                                          ; preds = %B5224.i
  %.4242.not.i = icmp slt i64 %"$912call.5.4.sroa.12.434.i", %.13.i2545.i
  br i1 %.4242.not.i, label %B6643.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit

B6643.i:                                          ; preds = %B6630.i
  %.4296.i = getelementptr i8, ptr %arg.a0, i64 %"$912call.5.4.sroa.12.434.i"
  %.4297.i = load i8, ptr %.4296.i, align 1, !noalias !15
  %.4302.i = zext i8 %.4297.i to i64
  %.4303.i = icmp sgt i8 %.4297.i, -1
  br i1 %.4303.i, label %B7141.thread.i, label %B6757.i

B7141.thread.i:                                   ; preds = %B6643.i
  %.4317.i = add nuw nsw i64 %"$912call.5.4.sroa.12.434.i", 1
  br label %B7154.i

B6757.i:                                          ; preds = %B6643.i
  %.4361.i = add nuw nsw i64 %"$912call.5.4.sroa.12.434.i", 10
  %39 = tail call i64 @llvm.umin.i64(i64 %.13.i2545.i, i64 %.4361.i)
  %.4353.i = add nuw nsw i64 %"$912call.5.4.sroa.12.434.i", 1
  %.4397.i = icmp ugt i64 %.13.i2545.i, %.4353.i
  br i1 %.4397.i, label %B6785.preheader.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit

B6785.preheader.i:                                ; preds = %B6757.i
  %.4343.i = and i64 %.4302.i, 127
  br label %B6785.i

B6785.i:                                          ; preds = %B6945.i, %B6785.preheader.i
  %read_varint_v27_result.2.4.i = phi i64 [ %.4447.i, %B6945.i ], [ %.4343.i, %B6785.preheader.i ]
  %read_varint_v27_shift.2.4.i = phi i64 [ %.4506.i, %B6945.i ], [ 7, %B6785.preheader.i ]
  %read_varint_v27_at.2.4.i = phi i64 [ %.4436.i, %B6945.i ], [ %.4353.i, %B6785.preheader.i ]
  %.4433.i = getelementptr i8, ptr %arg.a0, i64 %read_varint_v27_at.2.4.i
  %.4434.i = load i8, ptr %.4433.i, align 1, !noalias !15
  %.4436.i = add nuw nsw i64 %read_varint_v27_at.2.4.i, 1
  %40 = and i8 %.4434.i, 127
  %.4443.i = zext nneg i8 %40 to i64
  %.4445.i = shl i64 %.4443.i, %read_varint_v27_shift.2.4.i
  %.4447.i = or i64 %.4445.i, %read_varint_v27_result.2.4.i
  %.4454.i = icmp sgt i8 %.4434.i, -1
  br i1 %.4454.i, label %B7141.i, label %B6945.i

B6945.i:                                          ; preds = %B6785.i
  %.4506.i = add nuw nsw i64 %read_varint_v27_shift.2.4.i, 7
  %.4511.i = icmp slt i64 %.4436.i, %39
  br i1 %.4511.i, label %B6785.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit

B7141.i:                                          ; preds = %B6785.i
  %.4600.i = icmp slt i64 %.4447.i, 0
  br i1 %.4600.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit, label %B7154.i

B7154.i:                                          ; preds = %B7141.i, %B7141.thread.i
  %"$1458call.6.4.sroa.0.4343.i" = phi i64 [ %.4302.i, %B7141.thread.i ], [ %.4447.i, %B7141.i ]
  %"$1458call.6.4.sroa.12.4342.i" = phi i64 [ %.4317.i, %B7141.thread.i ], [ %.4436.i, %B7141.i ]
  %.4604.i = add nuw nsw i64 %"$1458call.6.4.sroa.12.4342.i", %"$1458call.6.4.sroa.0.4343.i"
  %.4606.i = icmp sgt i64 %.4604.i, %.2827.i
  br i1 %.4606.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit, label %B7268.i

B7268.i:                                          ; preds = %B7154.i
  switch i64 %.3340.i, label %B7552.fold.split.i [
    i64 5, label %B7725.i
    i64 6, label %B7456.i
  ]

B7456.i:                                          ; preds = %B7268.i
  br label %B7725.i

B7552.fold.split.i:                               ; preds = %B7268.i
  br label %B7725.i

B7582.i:                                          ; preds = %B5224.i
  %.4711.i = add nuw nsw i64 %"$912call.5.4.sroa.12.434.i", 4
  %.4713.not.i = icmp sgt i64 %.4711.i, %.2827.i
  %..4711.i = select i1 %.4713.not.i, i64 -1, i64 %.4711.i
  br label %B7725.i

B7725.i:                                          ; preds = %B7582.i, %B7552.fold.split.i, %B7456.i, %B7268.i, %B6434.if.preheader.i, %B6274.i, %B6131.i, %B6119.i, %B6049.i, %B6019.i, %B5763.i
  %metadata_id.4.4.i = phi i64 [ %metadata_id.3.3.i, %B7456.i ], [ %metadata_id.3.3.i, %B6119.i ], [ %metadata_id.3.3.i, %B6019.i ], [ %metadata_id.3.3.i, %B6049.i ], [ %"$1030call.5.4.sroa.0.4.i", %B5763.i ], [ %metadata_id.3.3.i, %B6131.i ], [ %metadata_id.3.3.i, %B7552.fold.split.i ], [ %metadata_id.3.3.i, %B7582.i ], [ %metadata_id.3.3.i, %B6274.i ], [ %metadata_id.3.3.i, %B7268.i ], [ %metadata_id.3.3.i, %B6434.if.preheader.i ]
  %kind.9.4.i = phi i8 [ 5, %B7456.i ], [ 6, %B6119.i ], [ 2, %B6019.i ], [ 3, %B6049.i ], [ %kind.8.3.i, %B5763.i ], [ %kind.8.3.i, %B6131.i ], [ %kind.8.3.i, %B7552.fold.split.i ], [ %kind.8.3.i, %B7582.i ], [ %kind.8.3.i, %B6274.i ], [ 4, %B7268.i ], [ 1, %B6434.if.preheader.i ]
  %value.10.4.i = phi i64 [ %"$912call.5.4.sroa.12.434.i", %B7456.i ], [ %"$1030call.5.4.sroa.0.4.i", %B6119.i ], [ %"$1030call.5.4.sroa.0.4.i", %B6019.i ], [ %"$1030call.5.4.sroa.0.4.i", %B6049.i ], [ %value.9.3.i, %B5763.i ], [ %value.9.3.i, %B6131.i ], [ %value.9.3.i, %B7552.fold.split.i ], [ %value.9.3.i, %B7582.i ], [ %value.9.3.i, %B6274.i ], [ %"$912call.5.4.sroa.12.434.i", %B7268.i ], [ %.4121.i, %B6434.if.preheader.i ]
  %pos.31.4.i = phi i64 [ %.4604.i, %B7456.i ], [ %"$1030call.5.4.sroa.12.4.i", %B6119.i ], [ %"$1030call.5.4.sroa.12.4.i", %B6019.i ], [ %"$1030call.5.4.sroa.12.4.i", %B6049.i ], [ %"$1030call.5.4.sroa.12.4.i", %B5763.i ], [ %"$1030call.5.4.sroa.12.4.i", %B6131.i ], [ %.4604.i, %B7552.fold.split.i ], [ %..4711.i, %B7582.i ], [ %.3935.i, %B6274.i ], [ %.4604.i, %B7268.i ], [ %.3935.i, %B6434.if.preheader.i ]
  %or.cond2534.i = icmp ult i64 %pos.31.4.i, %.2827.i
  br i1 %or.cond2534.i, label %B1946.i, label %B7857.i

B7857.i:                                          ; preds = %B7725.i
  %.4843.i = icmp slt i64 %pos.31.4.i, 0
  br i1 %.4843.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit, label %B8063.i

B8063.i:                                          ; preds = %B7857.i, %B1928.i
  %value.8.461.i = phi i64 [ %value.10.4.i, %B7857.i ], [ 0, %B1928.i ]
  %kind.7.460.i = phi i8 [ %kind.9.4.i, %B7857.i ], [ 7, %B1928.i ]
  %metadata_id.2.459.i = phi i64 [ %metadata_id.4.4.i, %B7857.i ], [ 0, %B1928.i ]
  br label %B8071.i

B8071.i:                                          ; preds = %B8071.if.i, %B8063.i
  %.4887.0.i = phi i64 [ 0, %B8063.i ], [ %.4956.i, %B8071.if.i ]
  %.4890.0.i = phi i64 [ %arg.a3_0, %B8063.i ], [ %.4952.i, %B8071.if.i ]
  %.4943.i = icmp sgt i64 %.4890.0.i, 0
  br i1 %.4943.i, label %B8071.if.i, label %B8801.i

B8149.i:                                          ; preds = %B8071.if.i
  %.pre.i = mul i64 %.4887.0.i, %arg.a8_1
  br i1 %.5023.not.i, label %B8175.i, label %B8163.i

B8163.i:                                          ; preds = %B8149.i
  %gep213.i = getelementptr i8, ptr %invariant.gep212.i, i64 %.pre.i
  %.5078.i = load i8, ptr %gep213.i, align 1, !noalias !15
  %.5082.not.i = icmp eq i8 %.5078.i, 0
  br i1 %.5082.not.i, label %B8175.i, label %B8801.i

B8175.i:                                          ; preds = %B8163.i, %B8149.i
  %gep.i = getelementptr i8, ptr %invariant.gep212.i, i64 %.pre.i
  store i8 %kind.7.460.i, ptr %gep.i, align 1, !noalias !15
  %.5195.i = mul i64 %.4887.0.i, %arg.a9_1
  %gep216.i = getelementptr i64, ptr %invariant.gep215.i, i64 %.5195.i
  store i64 %value.8.461.i, ptr %gep216.i, align 8, !noalias !15
  br label %B8801.i

B8368.i:                                          ; preds = %B1226.i
  %.5242.i = add nuw nsw i64 %"$390call.5.4.sroa.12.320.i", 8
  %.5244.not.i = icmp sgt i64 %.5242.i, %.1206.i
  %..5242.i = select i1 %.5244.not.i, i64 -1, i64 %.5242.i
  br label %B8801.i

B8660.i:                                          ; preds = %B1226.i
  %.5271.i = add nuw nsw i64 %"$390call.5.4.sroa.12.320.i", 4
  %.5273.not.i = icmp sgt i64 %.5271.i, %.1206.i
  %..5271.i = select i1 %.5273.not.i, i64 -1, i64 %.5271.i
  br label %B8801.i

B8801.i:                                          ; preds = %B8071.i, %B8660.i, %B8368.i, %B8175.i, %B8163.i, %B1912.i, %B1664.i, %B1648.i, %B1620.i, %B1596.i, %B1578.i
  %pos.29.3.i = phi i64 [ %.2827.i, %B1912.i ], [ %"$508call.5.4.sroa.12.3.i", %B1596.i ], [ %"$508call.5.4.sroa.12.3.i", %B1620.i ], [ %"$508call.5.4.sroa.12.3.i", %B1648.i ], [ %.2827.i, %B8175.i ], [ %"$508call.5.4.sroa.12.3.i", %B1664.i ], [ %..5242.i, %B8368.i ], [ %..5271.i, %B8660.i ], [ %"$508call.5.4.sroa.12.3.i", %B1578.i ], [ %.2827.i, %B8163.i ], [ %.2827.i, %B8071.i ]
  %.5300.i = icmp sgt i64 %pos.29.3.i, -1
  %.5318.i = icmp slt i64 %pos.29.3.i, %.1206.i
  %or.cond2535.i = and i1 %.5300.i, %.5318.i
  br i1 %or.cond2535.i, label %B946.i, label %B8989.i

B8989.i:                                          ; preds = %B8801.i
  %.5332.i = icmp slt i64 %pos.29.3.i, 0
  br i1 %.5332.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit, label %B9093.i

B9093.i:                                          ; preds = %B8989.i, %B942.i
  %pos.28.372.i = phi i64 [ %pos.29.3.i, %B8989.i ], [ %"$236call.5.4.sroa.12.2332.i", %B942.i ]
  %.5397.i = add nsw i64 %row.2.1.i, 1
  %.5404.i = icmp slt i64 %pos.28.372.i, %arg.a2
  br i1 %.5404.i, label %B54.i, label %B9185.i

B9115.i:                                          ; preds = %B40.i
  %.5463.i = icmp slt i64 %pos.26.0.i, 0
  br i1 %.5463.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit, label %B9185.i

B9185.i:                                          ; preds = %B9093.i, %B9115.i
  %row.4.281.i = phi i64 [ %row.3.0.i, %B9115.i ], [ %.5397.i, %B9093.i ]
  %.5478.not.i = icmp eq i64 %row.4.281.i, %arg.a5_0
  %..i = select i1 %.5478.not.i, i64 0, i64 -5
  br label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit

B8071.if.i:                                       ; preds = %B8071.i
  %.4952.i = add nsw i64 %.4890.0.i, -1
  %.4956.i = add nuw i64 %.4887.0.i, 1
  %41 = getelementptr i64, ptr %arg.a3, i64 %.4887.0.i
  %.5014.i = load i64, ptr %41, align 8, !noalias !15
  %.5016.i = icmp eq i64 %.5014.i, %metadata_id.2.459.i
  br i1 %.5016.i, label %B8149.i, label %B8071.i

_ZN8perfdiff6xplane12wire_kernels11events_intoB3v26B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedEx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit: ; preds = %B344.i, %B420.i, %B16.i.i, %B96.i.i, %B256.i.i, %B1214.i.i, %B1647.i.i, %B1939.i.i, %B424.i, %B54.i, %B140.i, %B296.i, %B486.i, %B578.i, %B708.i, %B744.i, %B782.i, %B8989.i, %B616.i, %B946.i, %B1060.i, %B1198.i, %B1226.i, %B1692.i, %B1750.i, %B1860.i, %B1890.i, %B7857.i, %B1782.i, %B1946.i, %B1986.i, %B2094.i, %B5224.i, %B6192.i, %B6630.i, %B6757.i, %B7141.i, %B7154.i, %B6945.i, %B212.loopexit.i, %B178.loopexit.i.i, %B1450.loopexit.i.i, %B1114.loopexit.i, %B2026.loopexit.i, %B9115.i, %B9185.i
  %.sink.i = phi i64 [ %7, %B178.loopexit.i.i ], [ %..i, %B9185.i ], [ %pos.26.0.i, %B9115.i ], [ -1, %B1060.i ], [ %5, %B212.loopexit.i ], [ %20, %B1114.loopexit.i ], [ %10, %B1450.loopexit.i.i ], [ %32, %B2026.loopexit.i ], [ -1, %B6945.i ], [ -1, %B616.i ], [ -1, %B1782.i ], [ -1, %B6757.i ], [ -1, %B744.i ], [ -1, %B1986.i ], [ -1, %B1946.i ], [ -3, %B2094.i ], [ -2, %B5224.i ], [ -1, %B7154.i ], [ -1, %B7141.i ], [ -1, %B6192.i ], [ -1, %B6630.i ], [ -2, %B1226.i ], [ %pos.31.4.i, %B7857.i ], [ -1, %B1890.i ], [ -1, %B1860.i ], [ -3, %B1198.i ], [ -1, %B946.i ], [ -1, %B1692.i ], [ -1, %B1750.i ], [ %pos.29.3.i, %B8989.i ], [ %"$76call.5.4.sroa.12.2.i", %B296.i ], [ -5, %B782.i ], [ -1, %B708.i ], [ -1, %B54.i ], [ -1, %B486.i ], [ -1, %B578.i ], [ -1, %B140.i ], [ %"$phi194.0.2.1.i", %B424.i ], [ -3, %B344.i ], [ -1, %B96.i.i ], [ -1, %B16.i.i ], [ -1, %B1214.i.i ], [ -1, %B256.i.i ], [ -1, %B1647.i.i ], [ -1, %B1939.i.i ], [ -2, %B420.i ]
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
