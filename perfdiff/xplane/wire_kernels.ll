; perfdiff kernels of perfdiff.xplane.wire_kernels: LLVM IR generated from its source by
; python -m perfdiff.compute.native_build (numba 0.68.1, LLVM 22.1.0). Do not edit: edit the source and regenerate.
; source-sha256: 44d03a191f8a2c0a6c33968b19d5a3810a9e2fe8d0992ace34602d29ead1d347

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
  call fastcc void @_ZN13_3cdynamic_3e5entryB2v1B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAE8uint8_2axxx8int64_2ax(ptr %.8, ptr %.1, i64 %.2, i64 %.3, i64 %.4, ptr %.5) #4
  %.22 = load i64, ptr %.8, align 8
  ret i64 %.22
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define i64 @perfdiff_field_count(ptr readonly captures(none) %.1, i64 %.2, i64 %.3, i64 %.4) local_unnamed_addr #0 {
entry:
  %.6 = alloca i64, align 8
  store i64 0, ptr %.6, align 8
  call fastcc void @_ZN13_3cdynamic_3e5entryB2v7B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAE8uint8_2axxx(ptr %.6, ptr %.1, i64 %.2, i64 %.3, i64 %.4) #4
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
  call fastcc void @_ZN13_3cdynamic_3e5entryB3v13B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAE8uint8_2axxx8int64_2axx(ptr %.9, ptr %.1, i64 %.2, i64 %.3, i64 %.4, ptr %.5, i64 %.6, i64 %.7) #4
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
define i64 @perfdiff_line_header_into(ptr readonly captures(none) %.1, i64 %.2, i64 %.3, i64 %.4, i64 %.5, ptr captures(none) initializes((0, 80)) %.6, i64 %.7, ptr writeonly captures(none) %.8, i64 %.9) local_unnamed_addr #0 {
entry:
  %.11 = alloca i64, align 8
  store i64 0, ptr %.11, align 8
  call fastcc void @_ZN13_3cdynamic_3e5entryB3v19B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAE8uint8_2axxxx8int64_2ax8int64_2ax(ptr %.11, ptr %.1, i64 %.2, i64 %.3, i64 %.4, i64 %.5, ptr %.6, ptr %.8, i64 %.9) #4
  %.25 = load i64, ptr %.11, align 8
  ret i64 %.25
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define internal fastcc void @_ZN13_3cdynamic_3e5entryB3v19B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAE8uint8_2axxxx8int64_2ax8int64_2ax(ptr noalias nonnull writeonly captures(none) %retptr, ptr readonly captures(none) %arg.a0, i64 %arg.a0_0, i64 %arg.a1, i64 %arg.a2, i64 %arg.a3, ptr captures(none) initializes((0, 80)) %arg.a4, ptr writeonly captures(none) %arg.a5, i64 %arg.a5_0) unnamed_addr #0 {
entry:
  %0 = getelementptr i8, ptr %arg.a4, i64 8
  %1 = getelementptr i8, ptr %arg.a4, i64 16
  %2 = getelementptr i8, ptr %arg.a4, i64 24
  %3 = getelementptr i8, ptr %arg.a4, i64 32
  %4 = getelementptr i8, ptr %arg.a4, i64 40
  %5 = getelementptr i8, ptr %arg.a4, i64 48
  %6 = getelementptr i8, ptr %arg.a4, i64 56
  %7 = getelementptr i8, ptr %arg.a4, i64 64
  %8 = getelementptr i8, ptr %arg.a4, i64 72
  %.13.i.i = tail call i64 @llvm.smax.i64(i64 %arg.a3, i64 1)
  %.245.i = icmp slt i64 %arg.a1, %arg.a2
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(80) %arg.a4, i8 0, i64 80, i1 false), !noalias !12
  br i1 %.245.i, label %B110.preheader.i, label %_ZN8perfdiff6xplane12wire_kernels16line_header_intoB3v20B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExxx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B110.preheader.i:                                 ; preds = %entry
  %.13.i1042.i = tail call i64 @llvm.smin.i64(i64 %arg.a0_0, i64 %arg.a2)
  br label %B110.i

B110.i:                                           ; preds = %B5109.i, %B110.preheader.i
  %.1923.i = phi i64 [ %.192343.i, %B5109.i ], [ 0, %B110.preheader.i ]
  %pos.6.0.i = phi i64 [ %pos.7.117.i, %B5109.i ], [ %arg.a1, %B110.preheader.i ]
  %.312.not.i = icmp slt i64 %pos.6.0.i, %.13.i1042.i
  br i1 %.312.not.i, label %B190.i, label %common.ret.sink.split.i

B190.i:                                           ; preds = %B110.i
  %.351.i = icmp slt i64 %pos.6.0.i, 0
  %.352.i = select i1 %.351.i, i64 %arg.a0_0, i64 0
  %9 = getelementptr i8, ptr %arg.a0, i64 %pos.6.0.i
  %.366.i = getelementptr i8, ptr %9, i64 %.352.i
  %.367.i = load i8, ptr %.366.i, align 1, !noalias !12
  %.372.i = zext i8 %.367.i to i64
  %.373.i = icmp sgt i8 %.367.i, -1
  br i1 %.373.i, label %B222.i, label %B266.i

B222.i:                                           ; preds = %B190.i
  %.387.i = add nsw i64 %pos.6.0.i, 1
  br label %B438.i

B266.i:                                           ; preds = %B190.i
  %.431.i = add i64 %pos.6.0.i, 10
  %.13.i1043.i = tail call i64 @llvm.smin.i64(i64 %.13.i1042.i, i64 %.431.i)
  %.423.i = add nsw i64 %pos.6.0.i, 1
  %.467.i = icmp sgt i64 %.13.i1042.i, %.423.i
  br i1 %.467.i, label %B278.preheader.i, label %common.ret.sink.split.i

B278.preheader.i:                                 ; preds = %B266.i
  %.413.i = and i64 %.372.i, 127
  br label %B278.i

B278.i:                                           ; preds = %B354.i, %B278.preheader.i
  %read_varint_v23_result.2.1.i = phi i64 [ %.517.i, %B354.i ], [ %.413.i, %B278.preheader.i ]
  %read_varint_v23_shift.2.1.i = phi i64 [ %.576.i, %B354.i ], [ 7, %B278.preheader.i ]
  %read_varint_v23_at.2.1.i = phi i64 [ %.506.i, %B354.i ], [ %.423.i, %B278.preheader.i ]
  %.488.i = icmp slt i64 %read_varint_v23_at.2.1.i, 0
  %.489.i = select i1 %.488.i, i64 %arg.a0_0, i64 0
  %10 = getelementptr i8, ptr %arg.a0, i64 %read_varint_v23_at.2.1.i
  %.503.i = getelementptr i8, ptr %10, i64 %.489.i
  %.504.i = load i8, ptr %.503.i, align 1, !noalias !12
  %.506.i = add nsw i64 %read_varint_v23_at.2.1.i, 1
  %11 = and i8 %.504.i, 127
  %.513.i = zext nneg i8 %11 to i64
  %.515.i = shl i64 %.513.i, %read_varint_v23_shift.2.1.i
  %.517.i = or i64 %.515.i, %read_varint_v23_result.2.1.i
  %.524.i = icmp sgt i8 %.504.i, -1
  br i1 %.524.i, label %B438.i, label %B354.i

B354.i:                                           ; preds = %B278.i
  %.576.i = add nuw nsw i64 %read_varint_v23_shift.2.1.i, 7
  %.581.i = icmp slt i64 %.506.i, %.13.i1043.i
  br i1 %.581.i, label %B278.i, label %B366.loopexit.i

B366.loopexit.i:                                  ; preds = %B354.i
  %12 = add i64 %pos.6.0.i, 2
  %smax.le.i = tail call i64 @llvm.smax.i64(i64 %.13.i1043.i, i64 %12)
  %13 = icmp eq i64 %smax.le.i, %.431.i
  %14 = select i1 %13, i64 -4, i64 -1
  br label %common.ret.sink.split.i

B438.i:                                           ; preds = %B278.i, %B222.i
  %"$136call.6.4.sroa.12.1.i" = phi i64 [ %.387.i, %B222.i ], [ %.506.i, %B278.i ]
  %"$136call.6.4.sroa.0.1.i" = phi i64 [ %.372.i, %B222.i ], [ %.517.i, %B278.i ]
  %.667.i = icmp slt i64 %"$136call.6.4.sroa.12.1.i", 0
  br i1 %.667.i, label %common.ret.sink.split.i, label %B460.i

common.ret.sink.split.i:                          ; preds = %B5083.i, %B1939.i.i, %B4516.i, %B4486.i, %B4075.i, %B3975.i, %B524.i, %B460.i, %B438.i, %B266.i, %B110.i, %B4148.i, %B366.loopexit.i
  %pos.7.112.sink.i = phi i64 [ -1, %B4148.i ], [ %14, %B366.loopexit.i ], [ -1, %B1939.i.i ], [ %"$300call.5.4.sroa.12.1.i", %B5083.i ], [ -1, %B4486.i ], [ -1, %B4516.i ], [ -1, %B3975.i ], [ -1, %B4075.i ], [ %"$136call.6.4.sroa.12.1.i", %B438.i ], [ -1, %B110.i ], [ -1, %B266.i ], [ -3, %B460.i ], [ -2, %B524.i ]
  store i64 %pos.7.112.sink.i, ptr %arg.a4, align 8, !noalias !12
  br label %_ZN8perfdiff6xplane12wire_kernels16line_header_intoB3v20B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExxx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B460.i:                                           ; preds = %B438.i
  %.729.i = ashr i64 %"$136call.6.4.sroa.0.1.i", 3
  %.741.i = icmp eq i64 %.729.i, 0
  br i1 %.741.i, label %common.ret.sink.split.i, label %B524.i

B524.i:                                           ; preds = %B460.i
  %.731.i = and i64 %"$136call.6.4.sroa.0.1.i", 7
  switch i64 %.731.i, label %common.ret.sink.split.i [
    i64 0, label %B536.i
    i64 2, label %B3975.i
    i64 1, label %B1939.i.i
    i64 5, label %B1931.i.i
  ]

B536.i:                                           ; preds = %B524.i
  %.867.not.i = icmp slt i64 %"$136call.6.4.sroa.12.1.i", %.13.i1042.i
  br i1 %.867.not.i, label %B598.i, label %B916.i

B598.i:                                           ; preds = %B536.i
  %.921.i = getelementptr i8, ptr %arg.a0, i64 %"$136call.6.4.sroa.12.1.i"
  %.922.i = load i8, ptr %.921.i, align 1, !noalias !12
  %.927.i = zext i8 %.922.i to i64
  %.928.i = icmp sgt i8 %.922.i, -1
  br i1 %.928.i, label %B610.i, label %B650.i

B610.i:                                           ; preds = %B598.i
  %.942.i = add nuw nsw i64 %"$136call.6.4.sroa.12.1.i", 1
  br label %B916.i

B650.i:                                           ; preds = %B598.i
  %.986.i = add nuw i64 %"$136call.6.4.sroa.12.1.i", 10
  %15 = tail call i64 @llvm.umin.i64(i64 %.13.i1042.i, i64 %.986.i)
  %.978.i = add nuw nsw i64 %"$136call.6.4.sroa.12.1.i", 1
  %.1022.i = icmp samesign ugt i64 %.13.i1042.i, %.978.i
  br i1 %.1022.i, label %B700.preheader.i, label %B916.i

B700.preheader.i:                                 ; preds = %B650.i
  %.968.i = and i64 %.927.i, 127
  br label %B700.i

B700.i:                                           ; preds = %B782.i, %B700.preheader.i
  %read_varint_v22_result.2.1.i = phi i64 [ %.1072.i, %B782.i ], [ %.968.i, %B700.preheader.i ]
  %read_varint_v22_shift.2.1.i = phi i64 [ %.1131.i, %B782.i ], [ 7, %B700.preheader.i ]
  %read_varint_v22_at.2.1.i = phi i64 [ %.1061.i, %B782.i ], [ %.978.i, %B700.preheader.i ]
  %.1058.i = getelementptr i8, ptr %arg.a0, i64 %read_varint_v22_at.2.1.i
  %.1059.i = load i8, ptr %.1058.i, align 1, !noalias !12
  %.1061.i = add nuw nsw i64 %read_varint_v22_at.2.1.i, 1
  %16 = and i8 %.1059.i, 127
  %.1068.i = zext nneg i8 %16 to i64
  %.1070.i = shl i64 %.1068.i, %read_varint_v22_shift.2.1.i
  %.1072.i = or i64 %.1070.i, %read_varint_v22_result.2.1.i
  %.1079.i = icmp sgt i8 %.1059.i, -1
  br i1 %.1079.i, label %B916.i, label %B782.i

B782.i:                                           ; preds = %B700.i
  %.1131.i = add nuw nsw i64 %read_varint_v22_shift.2.1.i, 7
  %.1136.i = icmp slt i64 %.1061.i, %15
  br i1 %.1136.i, label %B700.i, label %B794.loopexit.i

B794.loopexit.i:                                  ; preds = %B782.i
  %.not.i = icmp ugt i64 %.986.i, %.13.i1042.i
  %17 = select i1 %.not.i, i64 -1, i64 -4
  br label %B916.i

B916.i:                                           ; preds = %B700.i, %B794.loopexit.i, %B650.i, %B610.i, %B536.i
  %"$300call.5.4.sroa.12.1.i" = phi i64 [ %17, %B794.loopexit.i ], [ %.942.i, %B610.i ], [ -1, %B536.i ], [ -1, %B650.i ], [ %.1061.i, %B700.i ]
  %"$300call.5.4.sroa.0.1.i" = phi i64 [ 0, %B794.loopexit.i ], [ %.927.i, %B610.i ], [ 0, %B536.i ], [ 0, %B650.i ], [ %.1072.i, %B700.i ]
  switch i64 %.729.i, label %B5083.i [
    i64 1, label %B952.i
    i64 10, label %B988.i
    i64 3, label %B3637.i
    i64 9, label %B3719.i
  ]

B952.i:                                           ; preds = %B916.i
  store i64 %"$300call.5.4.sroa.0.1.i", ptr %1, align 8, !noalias !12
  br label %B5083.i

B988.i:                                           ; preds = %B916.i
  store i64 %"$300call.5.4.sroa.0.1.i", ptr %2, align 8, !noalias !12
  br label %B5083.i

B3637.i:                                          ; preds = %B916.i
  store i64 %"$300call.5.4.sroa.0.1.i", ptr %3, align 8, !noalias !12
  br label %B5083.i

B3719.i:                                          ; preds = %B916.i
  store i64 %"$300call.5.4.sroa.0.1.i", ptr %4, align 8, !noalias !12
  br label %B5083.i

B3975.i:                                          ; preds = %B524.i
  %.1464.not.i = icmp slt i64 %"$136call.6.4.sroa.12.1.i", %.13.i1042.i
  br i1 %.1464.not.i, label %B4005.i, label %common.ret.sink.split.i

B4005.i:                                          ; preds = %B3975.i
  %.1518.i = getelementptr i8, ptr %arg.a0, i64 %"$136call.6.4.sroa.12.1.i"
  %.1519.i = load i8, ptr %.1518.i, align 1, !noalias !12
  %.1524.i = zext i8 %.1519.i to i64
  %.1525.i = icmp sgt i8 %.1519.i, -1
  br i1 %.1525.i, label %B4486.thread.i, label %B4075.i

B4486.thread.i:                                   ; preds = %B4005.i
  %.1539.i = add nuw nsw i64 %"$136call.6.4.sroa.12.1.i", 1
  br label %B4516.i

B4075.i:                                          ; preds = %B4005.i
  %.1583.i = add nuw nsw i64 %"$136call.6.4.sroa.12.1.i", 10
  %18 = tail call i64 @llvm.umin.i64(i64 %.13.i1042.i, i64 %.1583.i)
  %.1575.i = add nuw nsw i64 %"$136call.6.4.sroa.12.1.i", 1
  %.1619.i = icmp samesign ugt i64 %.13.i1042.i, %.1575.i
  br i1 %.1619.i, label %B4087.preheader.i, label %common.ret.sink.split.i

B4087.preheader.i:                                ; preds = %B4075.i
  %.1565.i = and i64 %.1524.i, 127
  br label %B4087.i

B4087.i:                                          ; preds = %B4148.i, %B4087.preheader.i
  %read_varint_v21_result.2.1.i = phi i64 [ %.1669.i, %B4148.i ], [ %.1565.i, %B4087.preheader.i ]
  %read_varint_v21_shift.2.1.i = phi i64 [ %.1728.i, %B4148.i ], [ 7, %B4087.preheader.i ]
  %read_varint_v21_at.2.1.i = phi i64 [ %.1658.i, %B4148.i ], [ %.1575.i, %B4087.preheader.i ]
  %.1655.i = getelementptr i8, ptr %arg.a0, i64 %read_varint_v21_at.2.1.i
  %.1656.i = load i8, ptr %.1655.i, align 1, !noalias !12
  %.1658.i = add nuw nsw i64 %read_varint_v21_at.2.1.i, 1
  %19 = and i8 %.1656.i, 127
  %.1665.i = zext nneg i8 %19 to i64
  %.1667.i = shl i64 %.1665.i, %read_varint_v21_shift.2.1.i
  %.1669.i = or i64 %.1667.i, %read_varint_v21_result.2.1.i
  %.1676.i = icmp sgt i8 %.1656.i, -1
  br i1 %.1676.i, label %B4486.i, label %B4148.i

B4148.i:                                          ; preds = %B4087.i
  %.1728.i = add nuw nsw i64 %read_varint_v21_shift.2.1.i, 7
  %.1733.i = icmp slt i64 %.1658.i, %18
  br i1 %.1733.i, label %B4087.i, label %common.ret.sink.split.i

B4486.i:                                          ; preds = %B4087.i
  %.1822.i = icmp slt i64 %.1669.i, 0
  br i1 %.1822.i, label %common.ret.sink.split.i, label %B4516.i

B4516.i:                                          ; preds = %B4486.i, %B4486.thread.i
  %"$494call.5.4.sroa.0.150.i" = phi i64 [ %.1524.i, %B4486.thread.i ], [ %.1669.i, %B4486.i ]
  %"$494call.5.4.sroa.12.149.i" = phi i64 [ %.1539.i, %B4486.thread.i ], [ %.1658.i, %B4486.i ]
  %.1826.i = add nuw nsw i64 %"$494call.5.4.sroa.12.149.i", %"$494call.5.4.sroa.0.150.i"
  %.1828.i = icmp sgt i64 %.1826.i, %arg.a2
  br i1 %.1828.i, label %common.ret.sink.split.i, label %B4586.i

B4586.i:                                          ; preds = %B4516.i
  switch i64 %.729.i, label %B5109.i [
    i64 4, label %B4598.else.endif.i
    i64 2, label %B4791.i
    i64 11, label %B4997.i
  ]

B4713.i:                                          ; preds = %B4659.endif.i, %B4599.endif.i, %B4598.else.endif.i
  %.2183.i = phi i64 [ %.2183.pre.i, %B4659.endif.i ], [ %.1923.i, %B4599.endif.i ], [ %.1923.i, %B4598.else.endif.i ]
  %.2184.i = add nsw i64 %.2183.i, 1
  store i64 %.2184.i, ptr %0, align 8, !noalias !12
  br label %B5109.i

B4791.i:                                          ; preds = %B4586.i
  store i64 %"$494call.5.4.sroa.12.149.i", ptr %5, align 8, !noalias !12
  store i64 %.1826.i, ptr %6, align 8, !noalias !12
  br label %B5109.i

B4997.i:                                          ; preds = %B4586.i
  store i64 %"$494call.5.4.sroa.12.149.i", ptr %7, align 8, !noalias !12
  store i64 %.1826.i, ptr %8, align 8, !noalias !12
  br label %B5109.i

B1931.i.i:                                        ; preds = %B524.i
  br label %B1939.i.i

B1939.i.i:                                        ; preds = %B1931.i.i, %B524.i
  %.sink61.i = phi i64 [ 4, %B1931.i.i ], [ 8, %B524.i ]
  %.920.i.i = add nuw nsw i64 %.sink61.i, %"$136call.6.4.sroa.12.1.i"
  %.928.not.i.i = icmp sgt i64 %.920.i.i, %arg.a2
  br i1 %.928.not.i.i, label %common.ret.sink.split.i, label %B5109.i

B5083.i:                                          ; preds = %B3719.i, %B3637.i, %B988.i, %B952.i, %B916.i
  %.2411.i = icmp slt i64 %"$300call.5.4.sroa.12.1.i", 0
  br i1 %.2411.i, label %common.ret.sink.split.i, label %B5109.i

B5109.i:                                          ; preds = %B5083.i, %B1939.i.i, %B4997.i, %B4791.i, %B4713.i, %B4586.i
  %.192343.i = phi i64 [ %.1923.i, %B5083.i ], [ %.2184.i, %B4713.i ], [ %.1923.i, %B4586.i ], [ %.1923.i, %B4997.i ], [ %.1923.i, %B4791.i ], [ %.1923.i, %B1939.i.i ]
  %pos.7.117.i = phi i64 [ %"$300call.5.4.sroa.12.1.i", %B5083.i ], [ %.1826.i, %B4713.i ], [ %.1826.i, %B4586.i ], [ %.1826.i, %B4997.i ], [ %.1826.i, %B4791.i ], [ %.920.i.i, %B1939.i.i ]
  %.2473.i = icmp slt i64 %pos.7.117.i, %arg.a2
  br i1 %.2473.i, label %B110.i, label %_ZN8perfdiff6xplane12wire_kernels16line_header_intoB3v20B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExxx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B4598.else.endif.i:                               ; preds = %B4586.i
  %.1944.i = srem i64 %.1923.i, %.13.i.i
  %.2016.i = sdiv i64 %.1923.i, %.13.i.i
  %.1946.i = icmp slt i64 %.1944.i, 0
  %.1955.i = select i1 %.1946.i, i64 %.13.i.i, i64 0
  %spec.select.i = sub nsw i64 0, %.1955.i
  %20 = icmp eq i64 %.1944.i, %spec.select.i
  br i1 %20, label %B4599.endif.i, label %B4713.i

B4599.endif.i:                                    ; preds = %B4598.else.endif.i
  %.2017.lobit.i = ashr i64 %.1944.i, 63
  %spec.select1040.i = add nsw i64 %.2016.i, %.2017.lobit.i
  %.2045.i = icmp slt i64 %spec.select1040.i, %arg.a5_0
  br i1 %.2045.i, label %B4659.endif.i, label %B4713.i

B4659.endif.i:                                    ; preds = %B4599.endif.i
  %.2132.i = icmp slt i64 %spec.select1040.i, 0
  %.2133.i = select i1 %.2132.i, i64 %arg.a5_0, i64 0
  %21 = getelementptr i64, ptr %arg.a5, i64 %spec.select1040.i
  %.2147.i = getelementptr i64, ptr %21, i64 %.2133.i
  store i64 %pos.6.0.i, ptr %.2147.i, align 8, !noalias !12
  %.2183.pre.i = load i64, ptr %0, align 8, !noalias !12
  br label %B4713.i

_ZN8perfdiff6xplane12wire_kernels16line_header_intoB3v20B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExxx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit: ; preds = %B5109.i, %entry, %common.ret.sink.split.i
  %.sink.i = phi i64 [ %pos.7.112.sink.i, %common.ret.sink.split.i ], [ 0, %entry ], [ 0, %B5109.i ]
  store i64 %.sink.i, ptr %retptr, align 8
  ret void
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define i64 @perfdiff_events_into(ptr readonly captures(none) %.1, i64 %.2, i64 %.3, i64 %.4, ptr readonly captures(none) %.5, i64 %.6, i64 %.7, i64 %.8, i64 %.9, ptr writeonly captures(none) %.10, i64 %.11, ptr writeonly captures(none) %.12, i64 %.13, ptr writeonly captures(none) %.14, i64 %.15, ptr captures(none) %.16, i64 %.17, i64 %.18, ptr writeonly captures(none) %.19, i64 %.20, i64 %.21) local_unnamed_addr #0 {
entry:
  %.23 = alloca i64, align 8
  store i64 0, ptr %.23, align 8
  call fastcc void @_ZN13_3cdynamic_3e5entryB3v25B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAE8uint8_2axxx8int64_2axxxx8int64_2ax8int64_2ax8int64_2ax8uint8_2axx8int64_2axx(ptr %.23, ptr %.1, i64 %.2, i64 %.3, i64 %.4, ptr %.5, i64 %.6, i64 %.7, i64 %.8, i64 %.9, ptr %.10, i64 %.11, ptr %.12, i64 %.13, ptr %.14, i64 %.15, ptr %.16, i64 %.17, i64 %.18, ptr %.19, i64 %.20, i64 %.21) #4
  %.37 = load i64, ptr %.23, align 8
  ret i64 %.37
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define internal fastcc void @_ZN13_3cdynamic_3e5entryB3v25B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAE8uint8_2axxx8int64_2axxxx8int64_2ax8int64_2ax8int64_2ax8uint8_2axx8int64_2axx(ptr noalias nonnull writeonly captures(none) %retptr, ptr readonly captures(none) %arg.a0, i64 %arg.a0_0, i64 %arg.a1, i64 %arg.a2, ptr readonly captures(none) %arg.a3, i64 %arg.a3_0, i64 %arg.a4, i64 %arg.a5, i64 %arg.a6, ptr writeonly captures(none) %arg.a7, i64 %arg.a7_0, ptr writeonly captures(none) %arg.a8, i64 %arg.a8_0, ptr writeonly captures(none) %arg.a9, i64 %arg.a9_0, ptr captures(none) %arg.a10, i64 %arg.a10_0, i64 %arg.a10_1, ptr writeonly captures(none) %arg.a11, i64 %arg.a11_0, i64 %arg.a11_1) unnamed_addr #0 {
entry:
  %.898.i = alloca i64, align 8
  call void @llvm.lifetime.start.p0(ptr nonnull %.898.i)
  %.144.i = icmp slt i64 %arg.a5, 0
  %.148.i = icmp slt i64 %arg.a6, %arg.a5
  %or.cond2829.i = select i1 %.144.i, i1 true, i1 %.148.i
  br i1 %or.cond2829.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v27B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedExxx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit, label %B46.i

B46.i:                                            ; preds = %entry
  %.25.i.i = tail call i64 @llvm.smin.i64(i64 %arg.a8_0, i64 %arg.a7_0)
  %.27.i.i = tail call i64 @llvm.smin.i64(i64 %arg.a9_0, i64 %.25.i.i)
  %.29.i.i = tail call i64 @llvm.smin.i64(i64 %arg.a10_1, i64 %.27.i.i)
  %.31.i.i = tail call i64 @llvm.smin.i64(i64 %arg.a11_1, i64 %.29.i.i)
  %.238.i = icmp slt i64 %.31.i.i, %arg.a6
  %.13.i.i = tail call i64 @llvm.smin.i64(i64 %arg.a11_0, i64 %arg.a10_0)
  %.301.i = icmp slt i64 %.13.i.i, %arg.a3_0
  %or.cond.i = select i1 %.238.i, i1 true, i1 %.301.i
  br i1 %or.cond.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v27B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedExxx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit, label %B272.preheader.i

B272.preheader.i:                                 ; preds = %B46.i
  %.13.i2839.i = tail call i64 @llvm.smin.i64(i64 %arg.a0_0, i64 %arg.a2)
  %storemerge.i = tail call i64 @llvm.smax.i64(i64 %arg.a3_0, i64 0)
  %.1730174.not.i = icmp slt i64 %arg.a3_0, 1
  %.3404.i = icmp sgt i64 %arg.a3_0, 0
  %.5571.not.i = icmp eq i64 %arg.a4, 0
  br label %B272.i

B272.i:                                           ; preds = %B690.i, %B272.preheader.i
  %row.3.0.i = phi i64 [ %row.2.1.i, %B690.i ], [ %arg.a5, %B272.preheader.i ]
  %pos.26.0.i = phi i64 [ %.914.i, %B690.i ], [ %arg.a1, %B272.preheader.i ]
  %.391.i = icmp slt i64 %pos.26.0.i, %arg.a2
  br i1 %.391.i, label %B286.i, label %B9115.i

B286.i:                                           ; preds = %B272.i, %B9093.i
  %row.2.1.i = phi i64 [ %.5945.i, %B9093.i ], [ %row.3.0.i, %B272.i ]
  %pos.27.1.i = phi i64 [ %pos.28.3.i, %B9093.i ], [ %pos.26.0.i, %B272.i ]
  %.460.not.i = icmp slt i64 %pos.27.1.i, %.13.i2839.i
  br i1 %.460.not.i, label %B342.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v27B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedExxx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit

B342.i:                                           ; preds = %B286.i
  %.499.i = icmp slt i64 %pos.27.1.i, 0
  %.500.i = select i1 %.499.i, i64 %arg.a0_0, i64 0
  %0 = getelementptr i8, ptr %arg.a0, i64 %pos.27.1.i
  %.514.i = getelementptr i8, ptr %0, i64 %.500.i
  %.515.i = load i8, ptr %.514.i, align 1, !noalias !15
  %.520.i = zext i8 %.515.i to i64
  %.521.i = icmp sgt i8 %.515.i, -1
  br i1 %.521.i, label %B354.i, label %B372.i

B354.i:                                           ; preds = %B342.i
  %.535.i = add nsw i64 %pos.27.1.i, 1
  br label %B528.i

B372.i:                                           ; preds = %B342.i
  %.579.i = add i64 %pos.27.1.i, 10
  %.13.i2840.i = tail call i64 @llvm.smin.i64(i64 %.13.i2839.i, i64 %.579.i)
  %.571.i = add nsw i64 %pos.27.1.i, 1
  %.615.i = icmp sgt i64 %.13.i2839.i, %.571.i
  br i1 %.615.i, label %B386.preheader.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v27B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedExxx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit

B386.preheader.i:                                 ; preds = %B372.i
  %.561.i = and i64 %.520.i, 127
  br label %B386.i

B386.i:                                           ; preds = %B440.i, %B386.preheader.i
  %read_varint_v35_result.2.2.i = phi i64 [ %.665.i, %B440.i ], [ %.561.i, %B386.preheader.i ]
  %read_varint_v35_shift.2.2.i = phi i64 [ %.724.i, %B440.i ], [ 7, %B386.preheader.i ]
  %read_varint_v35_at.2.2.i = phi i64 [ %.654.i, %B440.i ], [ %.571.i, %B386.preheader.i ]
  %.636.i = icmp slt i64 %read_varint_v35_at.2.2.i, 0
  %.637.i = select i1 %.636.i, i64 %arg.a0_0, i64 0
  %1 = getelementptr i8, ptr %arg.a0, i64 %read_varint_v35_at.2.2.i
  %.651.i = getelementptr i8, ptr %1, i64 %.637.i
  %.652.i = load i8, ptr %.651.i, align 1, !noalias !15
  %.654.i = add nsw i64 %read_varint_v35_at.2.2.i, 1
  %2 = and i8 %.652.i, 127
  %.661.i = zext nneg i8 %2 to i64
  %.663.i = shl i64 %.661.i, %read_varint_v35_shift.2.2.i
  %.665.i = or i64 %.663.i, %read_varint_v35_result.2.2.i
  %.672.i = icmp sgt i8 %.652.i, -1
  br i1 %.672.i, label %B528.i, label %B440.i

B440.i:                                           ; preds = %B386.i
  %.724.i = add nuw nsw i64 %read_varint_v35_shift.2.2.i, 7
  %.729.i = icmp slt i64 %.654.i, %.13.i2840.i
  br i1 %.729.i, label %B386.i, label %B444.loopexit.i

B444.loopexit.i:                                  ; preds = %B440.i
  %3 = add i64 %pos.27.1.i, 2
  %smax.le.i = tail call i64 @llvm.smax.i64(i64 %.13.i2840.i, i64 %3)
  %4 = icmp eq i64 %smax.le.i, %.579.i
  %5 = select i1 %4, i64 -4, i64 -1
  br label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v27B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedExxx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit

B528.i:                                           ; preds = %B386.i, %B354.i
  %"$308call.5.4.sroa.12.2.i" = phi i64 [ %.535.i, %B354.i ], [ %.654.i, %B386.i ]
  %"$308call.5.4.sroa.0.2.i" = phi i64 [ %.520.i, %B354.i ], [ %.665.i, %B386.i ]
  %.815.i = icmp slt i64 %"$308call.5.4.sroa.12.2.i", 0
  br i1 %.815.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v27B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedExxx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit, label %B558.i

B558.i:                                           ; preds = %B528.i
  %.876.not.i = icmp eq i64 %"$308call.5.4.sroa.0.2.i", 34
  br i1 %.876.not.i, label %B760.i, label %B576.i

B576.i:                                           ; preds = %B558.i
  %.880.i = icmp ult i64 %"$308call.5.4.sroa.0.2.i", 8
  br i1 %.880.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v27B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedExxx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit, label %B690.i

B690.i:                                           ; preds = %B576.i
  %.892.i = and i64 %"$308call.5.4.sroa.0.2.i", 7
  store i64 0, ptr %.898.i, align 8, !noalias !15
  call fastcc void @_ZN8perfdiff6xplane12wire_kernels10skip_fieldB3v10B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExxx.47(ptr %.898.i, i64 %arg.a0_0, ptr nonnull readonly %arg.a0, i64 %"$308call.5.4.sroa.12.2.i", i64 %arg.a2, i64 %.892.i)
  %.914.i = load i64, ptr %.898.i, align 8, !noalias !15
  %.936.i = icmp slt i64 %.914.i, 0
  br i1 %.936.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v27B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedExxx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit, label %B272.i

B760.i:                                           ; preds = %B558.i
  %.1065.not.i = icmp slt i64 %"$308call.5.4.sroa.12.2.i", %.13.i2839.i
  br i1 %.1065.not.i, label %B810.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v27B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedExxx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit

B810.i:                                           ; preds = %B760.i
  %.1119.i = getelementptr i8, ptr %arg.a0, i64 %"$308call.5.4.sroa.12.2.i"
  %.1120.i = load i8, ptr %.1119.i, align 1, !noalias !15
  %.1125.i = zext i8 %.1120.i to i64
  %.1126.i = icmp sgt i8 %.1120.i, -1
  br i1 %.1126.i, label %B966.thread.i, label %B874.i

B966.thread.i:                                    ; preds = %B810.i
  %.1140.i = add nuw nsw i64 %"$308call.5.4.sroa.12.2.i", 1
  br label %B1032.i

B874.i:                                           ; preds = %B810.i
  %.1184.i = add nuw nsw i64 %"$308call.5.4.sroa.12.2.i", 10
  %6 = tail call i64 @llvm.umin.i64(i64 %.13.i2839.i, i64 %.1184.i)
  %.1176.i = add nuw nsw i64 %"$308call.5.4.sroa.12.2.i", 1
  %.1220.i = icmp samesign ugt i64 %.13.i2839.i, %.1176.i
  br i1 %.1220.i, label %B888.preheader.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v27B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedExxx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit

B888.preheader.i:                                 ; preds = %B874.i
  %.1166.i = and i64 %.1125.i, 127
  br label %B888.i

B888.i:                                           ; preds = %B914.i, %B888.preheader.i
  %read_varint_v34_result.2.2.i = phi i64 [ %.1270.i, %B914.i ], [ %.1166.i, %B888.preheader.i ]
  %read_varint_v34_shift.2.2.i = phi i64 [ %.1329.i, %B914.i ], [ 7, %B888.preheader.i ]
  %read_varint_v34_at.2.2.i = phi i64 [ %.1259.i, %B914.i ], [ %.1176.i, %B888.preheader.i ]
  %.1256.i = getelementptr i8, ptr %arg.a0, i64 %read_varint_v34_at.2.2.i
  %.1257.i = load i8, ptr %.1256.i, align 1, !noalias !15
  %.1259.i = add nuw nsw i64 %read_varint_v34_at.2.2.i, 1
  %7 = and i8 %.1257.i, 127
  %.1266.i = zext nneg i8 %7 to i64
  %.1268.i = shl i64 %.1266.i, %read_varint_v34_shift.2.2.i
  %.1270.i = or i64 %.1268.i, %read_varint_v34_result.2.2.i
  %.1277.i = icmp sgt i8 %.1257.i, -1
  br i1 %.1277.i, label %B966.i, label %B914.i

B914.i:                                           ; preds = %B888.i
  %.1329.i = add nuw nsw i64 %read_varint_v34_shift.2.2.i, 7
  %.1334.i = icmp slt i64 %.1259.i, %6
  br i1 %.1334.i, label %B888.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v27B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedExxx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit

B966.i:                                           ; preds = %B888.i
  %.1423.i = icmp slt i64 %.1270.i, 0
  br i1 %.1423.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v27B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedExxx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit, label %B1032.i

B1032.i:                                          ; preds = %B966.i, %B966.thread.i
  %"$468call.5.4.sroa.0.2296.i" = phi i64 [ %.1125.i, %B966.thread.i ], [ %.1270.i, %B966.i ]
  %"$468call.5.4.sroa.12.2295.i" = phi i64 [ %.1140.i, %B966.thread.i ], [ %.1259.i, %B966.i ]
  %.1427.i = add nuw nsw i64 %"$468call.5.4.sroa.12.2295.i", %"$468call.5.4.sroa.0.2296.i"
  %.1429.i = icmp sgt i64 %.1427.i, %arg.a2
  br i1 %.1429.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v27B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedExxx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit, label %B1062.i

B1062.i:                                          ; preds = %B1032.i
  %.1490.not.i = icmp slt i64 %row.2.1.i, %arg.a6
  br i1 %.1490.not.i, label %B1104.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v27B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedExxx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit

B1104.i:                                          ; preds = %B1062.i
  %.1586.i = getelementptr i64, ptr %arg.a7, i64 %row.2.1.i
  store i64 0, ptr %.1586.i, align 8, !noalias !15
  %.1617.i = getelementptr i64, ptr %arg.a8, i64 %row.2.1.i
  store i64 0, ptr %.1617.i, align 8, !noalias !15
  %.1648.i = getelementptr i64, ptr %arg.a9, i64 %row.2.1.i
  store i64 0, ptr %.1648.i, align 8, !noalias !15
  %invariant.gep.i = getelementptr i8, ptr %arg.a10, i64 %row.2.1.i
  %invariant.gep172.i = getelementptr i64, ptr %arg.a11, i64 %row.2.1.i
  br i1 %.1730174.not.i, label %B1278.i, label %B1118.if.i

B1278.i:                                          ; preds = %B1118.if.i, %B1104.i
  %.1894.not.i = icmp eq i64 %"$468call.5.4.sroa.0.2296.i", 0
  br i1 %.1894.not.i, label %B8989.i, label %B1282.preheader.i

B1282.preheader.i:                                ; preds = %B1278.i
  %.13.i2843.i = tail call i64 @llvm.smin.i64(i64 %arg.a0_0, i64 %.1427.i)
  br label %B1282.i

B1282.i:                                          ; preds = %B8801.i, %B1282.preheader.i
  %pos.32.2.i = phi i64 [ %pos.29.3.i, %B8801.i ], [ %"$468call.5.4.sroa.12.2295.i", %B1282.preheader.i ]
  %.1961.not.i = icmp slt i64 %pos.32.2.i, %.13.i2843.i
  br i1 %.1961.not.i, label %B1332.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v27B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedExxx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit

B1332.i:                                          ; preds = %B1282.i
  %.2015.i = getelementptr i8, ptr %arg.a0, i64 %pos.32.2.i
  %.2016.i = load i8, ptr %.2015.i, align 1, !noalias !15
  %.2021.i = zext i8 %.2016.i to i64
  %.2022.i = icmp sgt i8 %.2016.i, -1
  br i1 %.2022.i, label %B1344.i, label %B1396.i

B1344.i:                                          ; preds = %B1332.i
  %.2036.i = add nuw nsw i64 %pos.32.2.i, 1
  br label %B1534.i

B1396.i:                                          ; preds = %B1332.i
  %.2080.i = add nuw i64 %pos.32.2.i, 10
  %.13.i2844.i = tail call i64 @llvm.smin.i64(i64 %.13.i2843.i, i64 %.2080.i)
  %.2072.i = add nuw nsw i64 %pos.32.2.i, 1
  %.2116.i = icmp sgt i64 %.13.i2843.i, %.2072.i
  br i1 %.2116.i, label %B1404.preheader.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v27B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedExxx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit

B1404.preheader.i:                                ; preds = %B1396.i
  %.2062.i = and i64 %.2021.i, 127
  br label %B1404.i

B1404.i:                                          ; preds = %B1438.i, %B1404.preheader.i
  %read_varint_v33_result.2.3.i = phi i64 [ %.2166.i, %B1438.i ], [ %.2062.i, %B1404.preheader.i ]
  %read_varint_v33_shift.2.3.i = phi i64 [ %.2225.i, %B1438.i ], [ 7, %B1404.preheader.i ]
  %read_varint_v33_at.2.3.i = phi i64 [ %.2155.i, %B1438.i ], [ %.2072.i, %B1404.preheader.i ]
  %.2152.i = getelementptr i8, ptr %arg.a0, i64 %read_varint_v33_at.2.3.i
  %.2153.i = load i8, ptr %.2152.i, align 1, !noalias !15
  %.2155.i = add nuw nsw i64 %read_varint_v33_at.2.3.i, 1
  %8 = and i8 %.2153.i, 127
  %.2162.i = zext nneg i8 %8 to i64
  %.2164.i = shl i64 %.2162.i, %read_varint_v33_shift.2.3.i
  %.2166.i = or i64 %.2164.i, %read_varint_v33_result.2.3.i
  %.2173.i = icmp sgt i8 %.2153.i, -1
  br i1 %.2173.i, label %B1534.i, label %B1438.i

B1438.i:                                          ; preds = %B1404.i
  %.2225.i = add nuw nsw i64 %read_varint_v33_shift.2.3.i, 7
  %.2230.i = icmp slt i64 %.2155.i, %.13.i2844.i
  br i1 %.2230.i, label %B1404.i, label %B1450.loopexit.i

B1450.loopexit.i:                                 ; preds = %B1438.i
  %9 = add nuw nsw i64 %pos.32.2.i, 2
  %smax286.le.i = tail call i64 @llvm.smax.i64(i64 %.13.i2844.i, i64 %9)
  %10 = icmp eq i64 %smax286.le.i, %.2080.i
  %11 = select i1 %10, i64 -4, i64 -1
  br label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v27B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedExxx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit

B1534.i:                                          ; preds = %B1404.i, %B1344.i
  %"$726call.5.4.sroa.12.3.i" = phi i64 [ %.2036.i, %B1344.i ], [ %.2155.i, %B1404.i ]
  %"$726call.5.4.sroa.0.3.i" = phi i64 [ %.2021.i, %B1344.i ], [ %.2166.i, %B1404.i ]
  %.2329.i = ashr i64 %"$726call.5.4.sroa.0.3.i", 3
  %.2341.i = icmp eq i64 %.2329.i, 0
  br i1 %.2341.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v27B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedExxx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit, label %B1562.i

B1562.i:                                          ; preds = %B1534.i
  %.2331.i = and i64 %"$726call.5.4.sroa.0.3.i", 7
  switch i64 %.2331.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v27B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedExxx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit [
    i64 0, label %B1632.i
    i64 2, label %B2028.i
    i64 1, label %B8368.i
    i64 5, label %B8660.i
  ]

B1632.i:                                          ; preds = %B1562.i
  %.2416.not.i = icmp slt i64 %"$726call.5.4.sroa.12.3.i", %.13.i2843.i
  br i1 %.2416.not.i, label %B1714.i, label %B1914.i

B1714.i:                                          ; preds = %B1632.i
  %.2470.i = getelementptr i8, ptr %arg.a0, i64 %"$726call.5.4.sroa.12.3.i"
  %.2471.i = load i8, ptr %.2470.i, align 1, !noalias !15
  %.2476.i = zext i8 %.2471.i to i64
  %.2477.i = icmp sgt i8 %.2471.i, -1
  br i1 %.2477.i, label %B1744.i, label %B1756.i

B1744.i:                                          ; preds = %B1714.i
  %.2491.i = add nuw nsw i64 %"$726call.5.4.sroa.12.3.i", 1
  br label %B1914.i

B1756.i:                                          ; preds = %B1714.i
  %.2535.i = add nuw i64 %"$726call.5.4.sroa.12.3.i", 10
  %12 = tail call i64 @llvm.umin.i64(i64 %.13.i2843.i, i64 %.2535.i)
  %.2527.i = add nuw nsw i64 %"$726call.5.4.sroa.12.3.i", 1
  %.2571.i = icmp ugt i64 %.13.i2843.i, %.2527.i
  br i1 %.2571.i, label %B1768.preheader.i, label %B1914.i

B1768.preheader.i:                                ; preds = %B1756.i
  %.2517.i = and i64 %.2476.i, 127
  %13 = add nuw i64 %"$726call.5.4.sroa.12.3.i", 2
  %smax291.i = tail call i64 @llvm.smax.i64(i64 %12, i64 %13)
  br label %B1768.i

B1768.i:                                          ; preds = %B1836.i, %B1768.preheader.i
  %read_varint_v32_result.2.3.i = phi i64 [ %.2621.i, %B1836.i ], [ %.2517.i, %B1768.preheader.i ]
  %read_varint_v32_shift.2.3.i = phi i64 [ %.2680.i, %B1836.i ], [ 7, %B1768.preheader.i ]
  %read_varint_v32_at.2.3.i = phi i64 [ %.2610.i, %B1836.i ], [ %.2527.i, %B1768.preheader.i ]
  %.2607.i = getelementptr i8, ptr %arg.a0, i64 %read_varint_v32_at.2.3.i
  %.2608.i = load i8, ptr %.2607.i, align 1, !noalias !15
  %.2610.i = add nuw nsw i64 %read_varint_v32_at.2.3.i, 1
  %14 = and i8 %.2608.i, 127
  %.2617.i = zext nneg i8 %14 to i64
  %.2619.i = shl i64 %.2617.i, %read_varint_v32_shift.2.3.i
  %.2621.i = or i64 %.2619.i, %read_varint_v32_result.2.3.i
  %.2628.i = icmp sgt i8 %.2608.i, -1
  br i1 %.2628.i, label %B1914.i, label %B1836.i

B1836.i:                                          ; preds = %B1768.i
  %.2680.i = add nuw nsw i64 %read_varint_v32_shift.2.3.i, 7
  %.2685.i = icmp slt i64 %.2610.i, %12
  br i1 %.2685.i, label %B1768.i, label %B1854.loopexit.i

B1854.loopexit.i:                                 ; preds = %B1836.i
  %15 = icmp eq i64 %smax291.i, %.2535.i
  %16 = select i1 %15, i64 -4, i64 -1
  br label %B1914.i

B1914.i:                                          ; preds = %B1768.i, %B1854.loopexit.i, %B1756.i, %B1744.i, %B1632.i
  %"$844call.5.4.sroa.12.3.i" = phi i64 [ %16, %B1854.loopexit.i ], [ %.2491.i, %B1744.i ], [ -1, %B1632.i ], [ -1, %B1756.i ], [ %.2610.i, %B1768.i ]
  %"$844call.5.4.sroa.0.3.i" = phi i64 [ 0, %B1854.loopexit.i ], [ %.2476.i, %B1744.i ], [ 0, %B1632.i ], [ 0, %B1756.i ], [ %.2621.i, %B1768.i ]
  switch i64 %.2329.i, label %B8801.i [
    i64 1, label %B1932.i
    i64 2, label %B1956.i
    i64 3, label %B1984.i
    i64 5, label %B2000.i
  ]

B1932.i:                                          ; preds = %B1914.i
  store i64 %"$844call.5.4.sroa.0.3.i", ptr %.1586.i, align 8, !noalias !15
  br label %B8801.i

B1956.i:                                          ; preds = %B1914.i
  store i64 %"$844call.5.4.sroa.0.3.i", ptr %.1617.i, align 8, !noalias !15
  br label %B8801.i

B1984.i:                                          ; preds = %B1914.i
  store i64 %"$844call.5.4.sroa.0.3.i", ptr %.1648.i, align 8, !noalias !15
  br label %B8801.i

B2000.i:                                          ; preds = %B1914.i
  store i64 0, ptr %.1617.i, align 8, !noalias !15
  br label %B8801.i

B2028.i:                                          ; preds = %B1562.i
  %.3013.not.i = icmp slt i64 %"$726call.5.4.sroa.12.3.i", %.13.i2843.i
  br i1 %.3013.not.i, label %B2054.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v27B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedExxx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit

B2054.i:                                          ; preds = %B2028.i
  %.3067.i = getelementptr i8, ptr %arg.a0, i64 %"$726call.5.4.sroa.12.3.i"
  %.3068.i = load i8, ptr %.3067.i, align 1, !noalias !15
  %.3073.i = zext i8 %.3068.i to i64
  %.3074.i = icmp sgt i8 %.3068.i, -1
  br i1 %.3074.i, label %B2196.thread.i, label %B2086.i

B2196.thread.i:                                   ; preds = %B2054.i
  %.3088.i = add nuw nsw i64 %"$726call.5.4.sroa.12.3.i", 1
  br label %B2226.i

B2086.i:                                          ; preds = %B2054.i
  %.3132.i = add nuw nsw i64 %"$726call.5.4.sroa.12.3.i", 10
  %17 = tail call i64 @llvm.umin.i64(i64 %.13.i2843.i, i64 %.3132.i)
  %.3124.i = add nuw nsw i64 %"$726call.5.4.sroa.12.3.i", 1
  %.3168.i = icmp ugt i64 %.13.i2843.i, %.3124.i
  br i1 %.3168.i, label %B2088.preheader.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v27B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedExxx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit

B2088.preheader.i:                                ; preds = %B2086.i
  %.3114.i = and i64 %.3073.i, 127
  br label %B2088.i

B2088.i:                                          ; preds = %B2118.i, %B2088.preheader.i
  %read_varint_v31_result.2.3.i = phi i64 [ %.3218.i, %B2118.i ], [ %.3114.i, %B2088.preheader.i ]
  %read_varint_v31_shift.2.3.i = phi i64 [ %.3277.i, %B2118.i ], [ 7, %B2088.preheader.i ]
  %read_varint_v31_at.2.3.i = phi i64 [ %.3207.i, %B2118.i ], [ %.3124.i, %B2088.preheader.i ]
  %.3204.i = getelementptr i8, ptr %arg.a0, i64 %read_varint_v31_at.2.3.i
  %.3205.i = load i8, ptr %.3204.i, align 1, !noalias !15
  %.3207.i = add nuw nsw i64 %read_varint_v31_at.2.3.i, 1
  %18 = and i8 %.3205.i, 127
  %.3214.i = zext nneg i8 %18 to i64
  %.3216.i = shl i64 %.3214.i, %read_varint_v31_shift.2.3.i
  %.3218.i = or i64 %.3216.i, %read_varint_v31_result.2.3.i
  %.3225.i = icmp sgt i8 %.3205.i, -1
  br i1 %.3225.i, label %B2196.i, label %B2118.i

B2118.i:                                          ; preds = %B2088.i
  %.3277.i = add nuw nsw i64 %read_varint_v31_shift.2.3.i, 7
  %.3282.i = icmp slt i64 %.3207.i, %17
  br i1 %.3282.i, label %B2088.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v27B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedExxx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit

B2196.i:                                          ; preds = %B2088.i
  %.3371.i = icmp slt i64 %.3218.i, 0
  br i1 %.3371.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v27B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedExxx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit, label %B2226.i

B2226.i:                                          ; preds = %B2196.i, %B2196.thread.i
  %"$1002call.5.4.sroa.0.3301.i" = phi i64 [ %.3073.i, %B2196.thread.i ], [ %.3218.i, %B2196.i ]
  %"$1002call.5.4.sroa.12.3300.i" = phi i64 [ %.3088.i, %B2196.thread.i ], [ %.3207.i, %B2196.i ]
  %.3375.i = add nuw nsw i64 %"$1002call.5.4.sroa.12.3300.i", %"$1002call.5.4.sroa.0.3301.i"
  %.3377.i = icmp sgt i64 %.3375.i, %.1427.i
  br i1 %.3377.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v27B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedExxx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit, label %B2248.i

B2248.i:                                          ; preds = %B2226.i
  %.3399.i = icmp eq i64 %.2329.i, 4
  %or.cond2.i = select i1 %.3399.i, i1 %.3404.i, i1 false
  br i1 %or.cond2.i, label %B2264.i, label %B8801.i

B2264.i:                                          ; preds = %B2248.i
  %.3434.not.i = icmp eq i64 %"$1002call.5.4.sroa.0.3301.i", 0
  br i1 %.3434.not.i, label %B8063.i, label %B2282.preheader.i

B2282.preheader.i:                                ; preds = %B2264.i
  %.13.i2849.i = tail call i64 @llvm.smin.i64(i64 %arg.a0_0, i64 %.3375.i)
  br label %B2282.i

B2282.i:                                          ; preds = %B7725.i, %B2282.preheader.i
  %pos.33.3.i = phi i64 [ %pos.31.4.i, %B7725.i ], [ %"$1002call.5.4.sroa.12.3300.i", %B2282.preheader.i ]
  %metadata_id.4.3.i = phi i64 [ %metadata_id.3.4.i, %B7725.i ], [ 0, %B2282.preheader.i ]
  %kind.9.3.i = phi i8 [ %kind.8.4.i, %B7725.i ], [ 7, %B2282.preheader.i ]
  %value.10.3.i = phi i64 [ %value.9.4.i, %B7725.i ], [ 0, %B2282.preheader.i ]
  %.3507.not.i = icmp slt i64 %pos.33.3.i, %.13.i2849.i
  br i1 %.3507.not.i, label %B2304.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v27B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedExxx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit

B2304.i:                                          ; preds = %B2282.i
  %.3561.i = getelementptr i8, ptr %arg.a0, i64 %pos.33.3.i
  %.3562.i = load i8, ptr %.3561.i, align 1, !noalias !15
  %.3567.i = zext i8 %.3562.i to i64
  %.3568.i = icmp sgt i8 %.3562.i, -1
  br i1 %.3568.i, label %B2404.thread24.i, label %B2322.i

B2404.thread24.i:                                 ; preds = %B2304.i
  %.3582.i = add nuw nsw i64 %pos.33.3.i, 1
  br label %B2430.i

B2322.i:                                          ; preds = %B2304.i
  %.3626.i = add nuw i64 %pos.33.3.i, 10
  %19 = tail call i64 @llvm.umin.i64(i64 %.13.i2849.i, i64 %.3626.i)
  %.3618.i = add nuw nsw i64 %pos.33.3.i, 1
  %.3662.i = icmp ugt i64 %.13.i2849.i, %.3618.i
  br i1 %.3662.i, label %B2334.preheader.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v27B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedExxx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit

B2334.preheader.i:                                ; preds = %B2322.i
  %.3608.i = and i64 %.3567.i, 127
  br label %B2334.i

B2334.i:                                          ; preds = %B2350.i, %B2334.preheader.i
  %read_varint_v30_result.2.4.i = phi i64 [ %.3712.i, %B2350.i ], [ %.3608.i, %B2334.preheader.i ]
  %read_varint_v30_shift.2.4.i = phi i64 [ %.3771.i, %B2350.i ], [ 7, %B2334.preheader.i ]
  %read_varint_v30_at.2.4.i = phi i64 [ %.3701.i, %B2350.i ], [ %.3618.i, %B2334.preheader.i ]
  %.3698.i = getelementptr i8, ptr %arg.a0, i64 %read_varint_v30_at.2.4.i
  %.3699.i = load i8, ptr %.3698.i, align 1, !noalias !15
  %.3701.i = add nuw nsw i64 %read_varint_v30_at.2.4.i, 1
  %20 = and i8 %.3699.i, 127
  %.3708.i = zext nneg i8 %20 to i64
  %.3710.i = shl i64 %.3708.i, %read_varint_v30_shift.2.4.i
  %.3712.i = or i64 %.3710.i, %read_varint_v30_result.2.4.i
  %.3719.i = icmp sgt i8 %.3699.i, -1
  br i1 %.3719.i, label %B2430.i, label %B2350.i

B2350.i:                                          ; preds = %B2334.i
  %.3771.i = add nuw nsw i64 %read_varint_v30_shift.2.4.i, 7
  %.3776.i = icmp slt i64 %.3701.i, %19
  br i1 %.3776.i, label %B2334.i, label %B2362.loopexit.i

B2362.loopexit.i:                                 ; preds = %B2350.i
  %21 = add nuw i64 %pos.33.3.i, 2
  %smax287.le.i = tail call i64 @llvm.smax.i64(i64 %19, i64 %21)
  %22 = icmp eq i64 %smax287.le.i, %.3626.i
  %23 = select i1 %22, i64 -4, i64 -1
  br label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v27B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedExxx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit

B2430.i:                                          ; preds = %B2334.i, %B2404.thread24.i
  %"$1248call.5.4.sroa.0.429.i" = phi i64 [ %.3567.i, %B2404.thread24.i ], [ %.3712.i, %B2334.i ]
  %"$1248call.5.4.sroa.12.428.i" = phi i64 [ %.3582.i, %B2404.thread24.i ], [ %.3701.i, %B2334.i ]
  %.3888.i = ashr i64 %"$1248call.5.4.sroa.0.429.i", 3
  %.3900.i = icmp eq i64 %.3888.i, 0
  br i1 %.3900.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v27B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedExxx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit, label %B5224.i

B5224.i:                                          ; preds = %B2430.i
  %.3890.i = and i64 %"$1248call.5.4.sroa.0.429.i", 7
  switch i64 %.3890.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v27B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedExxx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit [
    i64 0, label %B5252.i
    i64 1, label %B6192.i
    i64 2, label %B6630.i
    i64 5, label %B7582.i
  ]

B5252.i:                                          ; preds = %B5224.i
  %.3993.not.i = icmp slt i64 %"$1248call.5.4.sroa.12.428.i", %.13.i2849.i
  br i1 %.3993.not.i, label %B5412.i, label %B5763.i

B5412.i:                                          ; preds = %B5252.i
  %.4047.i = getelementptr i8, ptr %arg.a0, i64 %"$1248call.5.4.sroa.12.428.i"
  %.4048.i = load i8, ptr %.4047.i, align 1, !noalias !15
  %.4053.i = zext i8 %.4048.i to i64
  %.4054.i = icmp sgt i8 %.4048.i, -1
  br i1 %.4054.i, label %B5508.i, label %B5516.i

B5508.i:                                          ; preds = %B5412.i
  %.4068.i = add nuw nsw i64 %"$1248call.5.4.sroa.12.428.i", 1
  br label %B5763.i

B5516.i:                                          ; preds = %B5412.i
  %.4112.i = add nuw i64 %"$1248call.5.4.sroa.12.428.i", 10
  %24 = tail call i64 @llvm.umin.i64(i64 %.13.i2849.i, i64 %.4112.i)
  %.4104.i = add nuw nsw i64 %"$1248call.5.4.sroa.12.428.i", 1
  %.4148.i = icmp ugt i64 %.13.i2849.i, %.4104.i
  br i1 %.4148.i, label %B5538.preheader.i, label %B5763.i

B5538.preheader.i:                                ; preds = %B5516.i
  %.4094.i = and i64 %.4053.i, 127
  %25 = add nuw i64 %"$1248call.5.4.sroa.12.428.i", 2
  %smax289.i = tail call i64 @llvm.smax.i64(i64 %24, i64 %25)
  br label %B5538.i

B5538.i:                                          ; preds = %B5608.i, %B5538.preheader.i
  %read_varint_v29_result.2.4.i = phi i64 [ %.4198.i, %B5608.i ], [ %.4094.i, %B5538.preheader.i ]
  %read_varint_v29_shift.2.4.i = phi i64 [ %.4257.i, %B5608.i ], [ 7, %B5538.preheader.i ]
  %read_varint_v29_at.2.4.i = phi i64 [ %.4187.i, %B5608.i ], [ %.4104.i, %B5538.preheader.i ]
  %.4184.i = getelementptr i8, ptr %arg.a0, i64 %read_varint_v29_at.2.4.i
  %.4185.i = load i8, ptr %.4184.i, align 1, !noalias !15
  %.4187.i = add nuw nsw i64 %read_varint_v29_at.2.4.i, 1
  %26 = and i8 %.4185.i, 127
  %.4194.i = zext nneg i8 %26 to i64
  %.4196.i = shl i64 %.4194.i, %read_varint_v29_shift.2.4.i
  %.4198.i = or i64 %.4196.i, %read_varint_v29_result.2.4.i
  %.4205.i = icmp sgt i8 %.4185.i, -1
  br i1 %.4205.i, label %B5763.i, label %B5608.i

B5608.i:                                          ; preds = %B5538.i
  %.4257.i = add nuw nsw i64 %read_varint_v29_shift.2.4.i, 7
  %.4262.i = icmp slt i64 %.4187.i, %24
  br i1 %.4262.i, label %B5538.i, label %B5620.loopexit.i

B5620.loopexit.i:                                 ; preds = %B5608.i
  %27 = icmp eq i64 %smax289.i, %.4112.i
  %28 = select i1 %27, i64 -4, i64 -1
  br label %B5763.i

B5763.i:                                          ; preds = %B5538.i, %B5620.loopexit.i, %B5516.i, %B5508.i, %B5252.i
  %"$1366call.5.4.sroa.12.4.i" = phi i64 [ %28, %B5620.loopexit.i ], [ %.4068.i, %B5508.i ], [ -1, %B5252.i ], [ -1, %B5516.i ], [ %.4187.i, %B5538.i ]
  %"$1366call.5.4.sroa.0.4.i" = phi i64 [ 0, %B5620.loopexit.i ], [ %.4053.i, %B5508.i ], [ 0, %B5252.i ], [ 0, %B5516.i ], [ %.4198.i, %B5538.i ]
  switch i64 %.3888.i, label %B6131.i [
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
  %.4483.i = add nuw nsw i64 %"$1248call.5.4.sroa.12.428.i", 8
  %.4485.i = icmp sgt i64 %.4483.i, %.3375.i
  br i1 %.4485.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v27B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedExxx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit, label %B6274.i

B6274.i:                                          ; preds = %B6192.i
  %.4510.i = icmp eq i64 %.3888.i, 2
  br i1 %.4510.i, label %B6434.if.preheader.i, label %B7725.i

B6434.if.preheader.i:                             ; preds = %B6274.i
  %29 = getelementptr i8, ptr %arg.a0, i64 %"$1248call.5.4.sroa.12.428.i"
  %.4669.i = load i64, ptr %29, align 1, !noalias !15
  br label %B7725.i

B6630.i:                                          ; preds = %B5224.i
  %.4790.not.i = icmp slt i64 %"$1248call.5.4.sroa.12.428.i", %.13.i2849.i
  br i1 %.4790.not.i, label %B6643.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v27B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedExxx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit

B6643.i:                                          ; preds = %B6630.i
  %.4844.i = getelementptr i8, ptr %arg.a0, i64 %"$1248call.5.4.sroa.12.428.i"
  %.4845.i = load i8, ptr %.4844.i, align 1, !noalias !15
  %.4850.i = zext i8 %.4845.i to i64
  %.4851.i = icmp sgt i8 %.4845.i, -1
  br i1 %.4851.i, label %B7141.thread.i, label %B6757.i

B7141.thread.i:                                   ; preds = %B6643.i
  %.4865.i = add nuw nsw i64 %"$1248call.5.4.sroa.12.428.i", 1
  br label %B7154.i

B6757.i:                                          ; preds = %B6643.i
  %.4909.i = add nuw nsw i64 %"$1248call.5.4.sroa.12.428.i", 10
  %30 = tail call i64 @llvm.umin.i64(i64 %.13.i2849.i, i64 %.4909.i)
  %.4901.i = add nuw nsw i64 %"$1248call.5.4.sroa.12.428.i", 1
  %.4945.i = icmp ugt i64 %.13.i2849.i, %.4901.i
  br i1 %.4945.i, label %B6785.preheader.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v27B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedExxx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit

B6785.preheader.i:                                ; preds = %B6757.i
  %.4891.i = and i64 %.4850.i, 127
  br label %B6785.i

B6785.i:                                          ; preds = %B6945.i, %B6785.preheader.i
  %read_varint_v28_result.2.4.i = phi i64 [ %.4995.i, %B6945.i ], [ %.4891.i, %B6785.preheader.i ]
  %read_varint_v28_shift.2.4.i = phi i64 [ %.5054.i, %B6945.i ], [ 7, %B6785.preheader.i ]
  %read_varint_v28_at.2.4.i = phi i64 [ %.4984.i, %B6945.i ], [ %.4901.i, %B6785.preheader.i ]
  %.4981.i = getelementptr i8, ptr %arg.a0, i64 %read_varint_v28_at.2.4.i
  %.4982.i = load i8, ptr %.4981.i, align 1, !noalias !15
  %.4984.i = add nuw nsw i64 %read_varint_v28_at.2.4.i, 1
  %31 = and i8 %.4982.i, 127
  %.4991.i = zext nneg i8 %31 to i64
  %.4993.i = shl i64 %.4991.i, %read_varint_v28_shift.2.4.i
  %.4995.i = or i64 %.4993.i, %read_varint_v28_result.2.4.i
  %.5002.i = icmp sgt i8 %.4982.i, -1
  br i1 %.5002.i, label %B7141.i, label %B6945.i

B6945.i:                                          ; preds = %B6785.i
  %.5054.i = add nuw nsw i64 %read_varint_v28_shift.2.4.i, 7
  %.5059.i = icmp slt i64 %.4984.i, %30
  br i1 %.5059.i, label %B6785.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v27B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedExxx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit

B7141.i:                                          ; preds = %B6785.i
  %.5148.i = icmp slt i64 %.4995.i, 0
  br i1 %.5148.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v27B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedExxx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit, label %B7154.i

B7154.i:                                          ; preds = %B7141.i, %B7141.thread.i
  %"$1794call.6.4.sroa.0.4306.i" = phi i64 [ %.4850.i, %B7141.thread.i ], [ %.4995.i, %B7141.i ]
  %"$1794call.6.4.sroa.12.4305.i" = phi i64 [ %.4865.i, %B7141.thread.i ], [ %.4984.i, %B7141.i ]
  %.5152.i = add nuw nsw i64 %"$1794call.6.4.sroa.12.4305.i", %"$1794call.6.4.sroa.0.4306.i"
  %.5154.i = icmp sgt i64 %.5152.i, %.3375.i
  br i1 %.5154.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v27B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedExxx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit, label %B7268.i

B7268.i:                                          ; preds = %B7154.i
  switch i64 %.3888.i, label %B7552.fold.split.i [
    i64 5, label %B7725.i
    i64 6, label %B7456.i
  ]

B7456.i:                                          ; preds = %B7268.i
  br label %B7725.i

B7552.fold.split.i:                               ; preds = %B7268.i
  br label %B7725.i

B7582.i:                                          ; preds = %B5224.i
  %.5259.i = add nuw nsw i64 %"$1248call.5.4.sroa.12.428.i", 4
  %.5261.not.i = icmp sgt i64 %.5259.i, %.3375.i
  %..5259.i = select i1 %.5261.not.i, i64 -1, i64 %.5259.i
  br label %B7725.i

B7725.i:                                          ; preds = %B7582.i, %B7552.fold.split.i, %B7456.i, %B7268.i, %B6434.if.preheader.i, %B6274.i, %B6131.i, %B6119.i, %B6049.i, %B6019.i, %B5763.i
  %metadata_id.3.4.i = phi i64 [ %metadata_id.4.3.i, %B7456.i ], [ %metadata_id.4.3.i, %B6119.i ], [ %metadata_id.4.3.i, %B6019.i ], [ %metadata_id.4.3.i, %B6049.i ], [ %"$1366call.5.4.sroa.0.4.i", %B5763.i ], [ %metadata_id.4.3.i, %B6131.i ], [ %metadata_id.4.3.i, %B7552.fold.split.i ], [ %metadata_id.4.3.i, %B7582.i ], [ %metadata_id.4.3.i, %B6274.i ], [ %metadata_id.4.3.i, %B7268.i ], [ %metadata_id.4.3.i, %B6434.if.preheader.i ]
  %kind.8.4.i = phi i8 [ 5, %B7456.i ], [ 6, %B6119.i ], [ 2, %B6019.i ], [ 3, %B6049.i ], [ %kind.9.3.i, %B5763.i ], [ %kind.9.3.i, %B6131.i ], [ %kind.9.3.i, %B7552.fold.split.i ], [ %kind.9.3.i, %B7582.i ], [ %kind.9.3.i, %B6274.i ], [ 4, %B7268.i ], [ 1, %B6434.if.preheader.i ]
  %value.9.4.i = phi i64 [ %"$1248call.5.4.sroa.12.428.i", %B7456.i ], [ %"$1366call.5.4.sroa.0.4.i", %B6119.i ], [ %"$1366call.5.4.sroa.0.4.i", %B6019.i ], [ %"$1366call.5.4.sroa.0.4.i", %B6049.i ], [ %value.10.3.i, %B5763.i ], [ %value.10.3.i, %B6131.i ], [ %value.10.3.i, %B7552.fold.split.i ], [ %value.10.3.i, %B7582.i ], [ %value.10.3.i, %B6274.i ], [ %"$1248call.5.4.sroa.12.428.i", %B7268.i ], [ %.4669.i, %B6434.if.preheader.i ]
  %pos.31.4.i = phi i64 [ %.5152.i, %B7456.i ], [ %"$1366call.5.4.sroa.12.4.i", %B6119.i ], [ %"$1366call.5.4.sroa.12.4.i", %B6019.i ], [ %"$1366call.5.4.sroa.12.4.i", %B6049.i ], [ %"$1366call.5.4.sroa.12.4.i", %B5763.i ], [ %"$1366call.5.4.sroa.12.4.i", %B6131.i ], [ %.5152.i, %B7552.fold.split.i ], [ %..5259.i, %B7582.i ], [ %.4483.i, %B6274.i ], [ %.5152.i, %B7268.i ], [ %.4483.i, %B6434.if.preheader.i ]
  %.5318.i = icmp sgt i64 %pos.31.4.i, -1
  %.5373.i = icmp slt i64 %pos.31.4.i, %.3375.i
  %or.cond2837.i = and i1 %.5318.i, %.5373.i
  br i1 %or.cond2837.i, label %B2282.i, label %B7857.i

B7857.i:                                          ; preds = %B7725.i
  %.5391.i = icmp slt i64 %pos.31.4.i, 0
  br i1 %.5391.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v27B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedExxx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit, label %B8063.i

B8063.i:                                          ; preds = %B7857.i, %B2264.i
  %value.8.455.i = phi i64 [ %value.9.4.i, %B7857.i ], [ 0, %B2264.i ]
  %kind.7.454.i = phi i8 [ %kind.8.4.i, %B7857.i ], [ 7, %B2264.i ]
  %metadata_id.2.453.i = phi i64 [ %metadata_id.3.4.i, %B7857.i ], [ 0, %B2264.i ]
  br label %B8071.i

B8071.i:                                          ; preds = %B8071.if.i, %B8063.i
  %.5435.0.i = phi i64 [ 0, %B8063.i ], [ %.5504.i, %B8071.if.i ]
  %exitcond290.not.i = icmp eq i64 %.5435.0.i, %storemerge.i
  br i1 %exitcond290.not.i, label %B8801.i, label %B8071.if.i

B8149.i:                                          ; preds = %B8071.if.i
  %.pre.i = mul i64 %.5435.0.i, %arg.a10_1
  br i1 %.5571.not.i, label %B8175.i, label %B8163.i

B8163.i:                                          ; preds = %B8149.i
  %gep181.i = getelementptr i8, ptr %invariant.gep.i, i64 %.pre.i
  %.5626.i = load i8, ptr %gep181.i, align 1, !noalias !15
  %.5630.not.i = icmp eq i8 %.5626.i, 0
  br i1 %.5630.not.i, label %B8175.i, label %B8801.i

B8175.i:                                          ; preds = %B8163.i, %B8149.i
  %gep183.i = getelementptr i8, ptr %invariant.gep.i, i64 %.pre.i
  store i8 %kind.7.454.i, ptr %gep183.i, align 1, !noalias !15
  %.5743.i = mul i64 %.5435.0.i, %arg.a11_1
  %gep185.i = getelementptr i64, ptr %invariant.gep172.i, i64 %.5743.i
  store i64 %value.8.455.i, ptr %gep185.i, align 8, !noalias !15
  br label %B8801.i

B8368.i:                                          ; preds = %B1562.i
  %.5790.i = add nuw nsw i64 %"$726call.5.4.sroa.12.3.i", 8
  %.5792.not.i = icmp sgt i64 %.5790.i, %.1427.i
  %..5790.i = select i1 %.5792.not.i, i64 -1, i64 %.5790.i
  br label %B8801.i

B8660.i:                                          ; preds = %B1562.i
  %.5819.i = add nuw nsw i64 %"$726call.5.4.sroa.12.3.i", 4
  %.5821.not.i = icmp sgt i64 %.5819.i, %.1427.i
  %..5819.i = select i1 %.5821.not.i, i64 -1, i64 %.5819.i
  br label %B8801.i

B8801.i:                                          ; preds = %B8071.i, %B8660.i, %B8368.i, %B8175.i, %B8163.i, %B2248.i, %B2000.i, %B1984.i, %B1956.i, %B1932.i, %B1914.i
  %pos.29.3.i = phi i64 [ %.3375.i, %B2248.i ], [ %"$844call.5.4.sroa.12.3.i", %B1932.i ], [ %"$844call.5.4.sroa.12.3.i", %B1956.i ], [ %"$844call.5.4.sroa.12.3.i", %B1984.i ], [ %.3375.i, %B8175.i ], [ %"$844call.5.4.sroa.12.3.i", %B2000.i ], [ %..5790.i, %B8368.i ], [ %..5819.i, %B8660.i ], [ %"$844call.5.4.sroa.12.3.i", %B1914.i ], [ %.3375.i, %B8163.i ], [ %.3375.i, %B8071.i ]
  %.5848.i = icmp sgt i64 %pos.29.3.i, -1
  %.5866.i = icmp slt i64 %pos.29.3.i, %.1427.i
  %or.cond2838.i = and i1 %.5848.i, %.5866.i
  br i1 %or.cond2838.i, label %B1282.i, label %B8989.i

B8989.i:                                          ; preds = %B8801.i, %B1278.i
  %pos.28.3.i = phi i64 [ %"$468call.5.4.sroa.12.2295.i", %B1278.i ], [ %pos.29.3.i, %B8801.i ]
  %.5880.i = icmp slt i64 %pos.28.3.i, 0
  br i1 %.5880.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v27B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedExxx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit, label %B9093.i

B9093.i:                                          ; preds = %B8989.i
  %.5945.i = add nuw nsw i64 %row.2.1.i, 1
  %.5952.i = icmp slt i64 %pos.28.3.i, %arg.a2
  br i1 %.5952.i, label %B286.i, label %B9185.i

B9115.i:                                          ; preds = %B272.i
  %.6011.i = icmp slt i64 %pos.26.0.i, 0
  br i1 %.6011.i, label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v27B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedExxx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit, label %B9185.i

B9185.i:                                          ; preds = %B9093.i, %B9115.i
  %row.4.271.i = phi i64 [ %row.3.0.i, %B9115.i ], [ %.5945.i, %B9093.i ]
  %.6026.not.i = icmp eq i64 %row.4.271.i, %arg.a6
  %..i = select i1 %.6026.not.i, i64 0, i64 -5
  br label %_ZN8perfdiff6xplane12wire_kernels11events_intoB3v27B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedExxx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit

B1118.if.i:                                       ; preds = %B1104.i, %B1118.if.i
  %.1674.0176.i = phi i64 [ %.1743.i, %B1118.if.i ], [ 0, %B1104.i ]
  %.1743.i = add nuw nsw i64 %.1674.0176.i, 1
  %.1815.i = mul i64 %.1674.0176.i, %arg.a10_1
  %gep.i = getelementptr i8, ptr %invariant.gep.i, i64 %.1815.i
  store i8 0, ptr %gep.i, align 1, !noalias !15
  %.1871.i = mul i64 %.1674.0176.i, %arg.a11_1
  %gep173.i = getelementptr i64, ptr %invariant.gep172.i, i64 %.1871.i
  store i64 0, ptr %gep173.i, align 8, !noalias !15
  %exitcond.not.i = icmp eq i64 %arg.a3_0, %.1743.i
  br i1 %exitcond.not.i, label %B1278.i, label %B1118.if.i

B8071.if.i:                                       ; preds = %B8071.i
  %.5504.i = add nuw i64 %.5435.0.i, 1
  %32 = getelementptr i64, ptr %arg.a3, i64 %.5435.0.i
  %.5562.i = load i64, ptr %32, align 8, !noalias !15
  %.5564.i = icmp eq i64 %.5562.i, %metadata_id.2.453.i
  br i1 %.5564.i, label %B8149.i, label %B8071.i

_ZN8perfdiff6xplane12wire_kernels11events_intoB3v27B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedExxx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE.exit: ; preds = %B576.i, %B690.i, %B286.i, %B372.i, %B528.i, %B760.i, %B874.i, %B966.i, %B1032.i, %B1062.i, %B8989.i, %B914.i, %B1282.i, %B1396.i, %B1534.i, %B1562.i, %B2028.i, %B2086.i, %B2196.i, %B2226.i, %B7857.i, %B2118.i, %B2282.i, %B2322.i, %B2430.i, %B5224.i, %B6192.i, %B6630.i, %B6757.i, %B7141.i, %B7154.i, %B6945.i, %entry, %B46.i, %B444.loopexit.i, %B1450.loopexit.i, %B2362.loopexit.i, %B9115.i, %B9185.i
  %.sink.i = phi i64 [ -1, %B2118.i ], [ %..i, %B9185.i ], [ -6, %entry ], [ -6, %B46.i ], [ %pos.26.0.i, %B9115.i ], [ %pos.28.3.i, %B8989.i ], [ %5, %B444.loopexit.i ], [ %11, %B1450.loopexit.i ], [ %23, %B2362.loopexit.i ], [ -1, %B1396.i ], [ -1, %B6757.i ], [ -1, %B914.i ], [ -1, %B6945.i ], [ -1, %B2322.i ], [ -1, %B2282.i ], [ -3, %B2430.i ], [ -2, %B5224.i ], [ -1, %B7154.i ], [ -1, %B7141.i ], [ -1, %B6192.i ], [ -1, %B6630.i ], [ -2, %B1562.i ], [ %pos.31.4.i, %B7857.i ], [ -1, %B2226.i ], [ -1, %B2196.i ], [ -3, %B1534.i ], [ -1, %B1282.i ], [ -1, %B2028.i ], [ -1, %B2086.i ], [ %"$308call.5.4.sroa.12.2.i", %B528.i ], [ -1, %B1032.i ], [ -1, %B372.i ], [ -5, %B1062.i ], [ -1, %B966.i ], [ -1, %B286.i ], [ -1, %B760.i ], [ -1, %B874.i ], [ %.914.i, %B690.i ], [ -3, %B576.i ]
  call void @llvm.lifetime.end.p0(ptr nonnull %.898.i)
  store i64 %.sink.i, ptr %retptr, align 8
  ret void
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define internal fastcc void @_ZN8perfdiff6xplane12wire_kernels10skip_fieldB3v10B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExxx.47(ptr noalias nonnull writeonly captures(none) %retptr, i64 %arg.buf.2, ptr readonly captures(none) %arg.buf.4, i64 range(i64 0, -9223372036854775808) %arg.pos, i64 %arg.end, i64 range(i64 0, 8) %arg.wire) unnamed_addr #0 {
entry:
  switch i64 %arg.wire, label %common.ret [
    i64 0, label %B16
    i64 1, label %B240
    i64 2, label %B256
    i64 5, label %B1931
  ]

B16:                                              ; preds = %entry
  %.13.i = tail call i64 @llvm.smin.i64(i64 %arg.buf.2, i64 %arg.end)
  %.99.not = icmp slt i64 %arg.pos, %.13.i
  br i1 %.99.not, label %B72, label %common.ret

B72:                                              ; preds = %B16
  %.153 = getelementptr i8, ptr %arg.buf.4, i64 %arg.pos
  %.154 = load i8, ptr %.153, align 1
  %.160 = icmp sgt i8 %.154, -1
  br i1 %.160, label %B84, label %B96

B84:                                              ; preds = %B72
  %.174 = add nuw nsw i64 %arg.pos, 1
  br label %common.ret

B96:                                              ; preds = %B72
  %.218 = add nuw i64 %arg.pos, 10
  %0 = tail call i64 @llvm.umin.i64(i64 %.13.i, i64 %.218)
  %.210 = add nuw nsw i64 %arg.pos, 1
  %.254 = icmp samesign ugt i64 %.13.i, %.210
  br i1 %.254, label %B148, label %common.ret

B148:                                             ; preds = %B96, %B164
  %read_varint_v12_at.2.0 = phi i64 [ %.293, %B164 ], [ %.210, %B96 ]
  %.290 = getelementptr i8, ptr %arg.buf.4, i64 %read_varint_v12_at.2.0
  %.291 = load i8, ptr %.290, align 1
  %.293 = add nuw nsw i64 %read_varint_v12_at.2.0, 1
  %.311 = icmp sgt i8 %.291, -1
  br i1 %.311, label %common.ret, label %B164

B164:                                             ; preds = %B148
  %.368 = icmp samesign ult i64 %.293, %0
  br i1 %.368, label %B148, label %B178.loopexit

B178.loopexit:                                    ; preds = %B164
  %.not17 = icmp ugt i64 %.218, %.13.i
  %1 = select i1 %.not17, i64 -1, i64 -4
  br label %common.ret

B240:                                             ; preds = %entry
  %.447 = add nuw nsw i64 %arg.pos, 8
  br label %B1939

B256:                                             ; preds = %entry
  %.13.i396 = tail call i64 @llvm.smin.i64(i64 %arg.buf.2, i64 %arg.end)
  %.522.not = icmp slt i64 %arg.pos, %.13.i396
  br i1 %.522.not, label %B1136, label %common.ret

B1136:                                            ; preds = %B256
  %.576 = getelementptr i8, ptr %arg.buf.4, i64 %arg.pos
  %.577 = load i8, ptr %.576, align 1
  %.582 = zext i8 %.577 to i64
  %.583 = icmp sgt i8 %.577, -1
  br i1 %.583, label %B1647.thread, label %B1214

B1647.thread:                                     ; preds = %B1136
  %.597 = add nuw nsw i64 %arg.pos, 1
  br label %B1725

B1214:                                            ; preds = %B1136
  %.641 = add nuw i64 %arg.pos, 10
  %2 = tail call i64 @llvm.umin.i64(i64 %.13.i396, i64 %.641)
  %.633 = add nuw nsw i64 %arg.pos, 1
  %.677 = icmp samesign ugt i64 %.13.i396, %.633
  br i1 %.677, label %B1324.preheader, label %common.ret

B1324.preheader:                                  ; preds = %B1214
  %.623 = and i64 %.582, 127
  br label %B1324

B1324:                                            ; preds = %B1324.preheader, %B1428
  %read_varint_v11_result.2.0 = phi i64 [ %.727, %B1428 ], [ %.623, %B1324.preheader ]
  %read_varint_v11_shift.2.0 = phi i64 [ %.786, %B1428 ], [ 7, %B1324.preheader ]
  %read_varint_v11_at.2.0 = phi i64 [ %.716, %B1428 ], [ %.633, %B1324.preheader ]
  %.713 = getelementptr i8, ptr %arg.buf.4, i64 %read_varint_v11_at.2.0
  %.714 = load i8, ptr %.713, align 1
  %.716 = add nuw nsw i64 %read_varint_v11_at.2.0, 1
  %3 = and i8 %.714, 127
  %.723 = zext nneg i8 %3 to i64
  %.725 = shl i64 %.723, %read_varint_v11_shift.2.0
  %.727 = or i64 %.725, %read_varint_v11_result.2.0
  %.734 = icmp sgt i8 %.714, -1
  br i1 %.734, label %B1647, label %B1428

B1428:                                            ; preds = %B1324
  %.786 = add nuw nsw i64 %read_varint_v11_shift.2.0, 7
  %.791 = icmp samesign ult i64 %.716, %2
  br i1 %.791, label %B1324, label %B1450.loopexit

B1450.loopexit:                                   ; preds = %B1428
  %.not = icmp ugt i64 %.641, %.13.i396
  %4 = select i1 %.not, i64 -1, i64 -4
  br label %common.ret

common.ret:                                       ; preds = %B148, %B84, %B16, %B178.loopexit, %B96, %entry, %B1647, %B256, %B1450.loopexit, %B1214, %B1939
  %"$38call.5.4.sroa.12.0.sink" = phi i64 [ -2, %entry ], [ -1, %B1647 ], [ %.pos.6.0, %B1939 ], [ %4, %B1450.loopexit ], [ -1, %B256 ], [ -1, %B1214 ], [ %1, %B178.loopexit ], [ %.174, %B84 ], [ -1, %B16 ], [ -1, %B96 ], [ %.293, %B148 ]
  store i64 %"$38call.5.4.sroa.12.0.sink", ptr %retptr, align 8
  ret void

B1647:                                            ; preds = %B1324
  %.889 = icmp slt i64 %.727, 0
  br i1 %.889, label %common.ret, label %B1725

B1725:                                            ; preds = %B1647.thread, %B1647
  %"$118call.5.4.sroa.0.09" = phi i64 [ %.582, %B1647.thread ], [ %.727, %B1647 ]
  %"$118call.5.4.sroa.12.08" = phi i64 [ %.597, %B1647.thread ], [ %.716, %B1647 ]
  %.901 = add nuw nsw i64 %"$118call.5.4.sroa.12.08", %"$118call.5.4.sroa.0.09"
  br label %B1939

B1931:                                            ; preds = %entry
  %.920 = add nuw nsw i64 %arg.pos, 4
  br label %B1939

B1939:                                            ; preds = %B1931, %B1725, %B240
  %pos.6.0 = phi i64 [ %.447, %B240 ], [ %.901, %B1725 ], [ %.920, %B1931 ]
  %.928.not = icmp sgt i64 %pos.6.0, %arg.end
  %.pos.6.0 = select i1 %.928.not, i64 -1, i64 %pos.6.0
  br label %common.ret
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smin.i64(i64, i64) #1

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smax.i64(i64, i64) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #2

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umin.i64(i64, i64) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #3

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #3

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) }
attributes #1 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { noinline }

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
!13 = distinct !{!13, !14, !"_ZN8perfdiff6xplane12wire_kernels16line_header_intoB3v20B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExxx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE: %retptr"}
!14 = distinct !{!14, !"_ZN8perfdiff6xplane12wire_kernels16line_header_intoB3v20B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExxx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE"}
!15 = !{!16}
!16 = distinct !{!16, !17, !"_ZN8perfdiff6xplane12wire_kernels11events_intoB3v27B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedExxx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE: %retptr"}
!17 = distinct !{!17, !"_ZN8perfdiff6xplane12wire_kernels11events_intoB3v27B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIhLi1E1C7mutable7alignedExx5ArrayIxLi1E1C7mutable7alignedExxx5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedE"}
