; perfdiff kernels of perfdiff.compute.nesting: LLVM IR generated from its source by
; python -m perfdiff.compute.native_build (numba 0.68.1, LLVM 22.1.0). Do not edit: edit the source and regenerate.
; source-sha256: 6deceaf5552bd3fc72a60226ff664bece67206423f2756d59ff1aeaa6bb8e79d

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define internal fastcc void @_ZN13_3cdynamic_3e5entryB2v1B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAE8int64_2ax8int64_2ax8int64_2ax8int64_2ax8int64_2ax8int64_2ax8int64_2ax(ptr noalias nonnull writeonly captures(none) %retptr, ptr readonly captures(none) %arg.a0, i64 %arg.a0_0, ptr readonly captures(none) %arg.a1, i64 %arg.a1_0, ptr readonly captures(none) %arg.a2, i64 %arg.a2_0, ptr readonly captures(none) %arg.a3, i64 %arg.a3_0, ptr captures(none) %arg.a4, i64 %arg.a4_0, ptr captures(none) %arg.a5, i64 %arg.a5_0, ptr captures(none) %arg.a6) unnamed_addr #0 {
entry:
  %.119.i = icmp slt i64 %arg.a0_0, 1
  %.20510.not.i = icmp slt i64 %arg.a2_0, 1
  br i1 %.20510.not.i, label %_ZN8perfdiff7compute7nesting15self_times_intoB2v3B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit, label %B70.if.i.preheader

B70.if.i.preheader:                               ; preds = %entry
  %arg.a64 = ptrtoint ptr %arg.a6 to i64
  %arg.a35 = ptrtoint ptr %arg.a3 to i64
  %min.iters.check = icmp ult i64 %arg.a2_0, 4
  %0 = sub i64 %arg.a64, %arg.a35
  %diff.check = icmp ult i64 %0, 32
  %or.cond = select i1 %min.iters.check, i1 true, i1 %diff.check
  br i1 %or.cond, label %B70.if.i.preheader10, label %vector.ph

vector.ph:                                        ; preds = %B70.if.i.preheader
  %n.vec = and i64 %arg.a2_0, 9223372036854775804
  br label %vector.body

vector.body:                                      ; preds = %vector.body, %vector.ph
  %index = phi i64 [ 0, %vector.ph ], [ %index.next, %vector.body ]
  %1 = getelementptr i64, ptr %arg.a3, i64 %index
  %2 = getelementptr i8, ptr %1, i64 16
  %wide.load = load <2 x i64>, ptr %1, align 8, !noalias !0
  %wide.load6 = load <2 x i64>, ptr %2, align 8, !noalias !0
  %3 = tail call <2 x i64> @llvm.smax.v2i64(<2 x i64> %wide.load, <2 x i64> zeroinitializer)
  %4 = tail call <2 x i64> @llvm.smax.v2i64(<2 x i64> %wide.load6, <2 x i64> zeroinitializer)
  %5 = getelementptr i64, ptr %arg.a6, i64 %index
  %6 = getelementptr i8, ptr %5, i64 16
  store <2 x i64> %3, ptr %5, align 8, !noalias !0
  store <2 x i64> %4, ptr %6, align 8, !noalias !0
  %index.next = add nuw i64 %index, 4
  %7 = icmp eq i64 %index.next, %n.vec
  br i1 %7, label %middle.block, label %vector.body, !llvm.loop !3

middle.block:                                     ; preds = %vector.body
  %cmp.n = icmp eq i64 %arg.a2_0, %n.vec
  br i1 %cmp.n, label %B158.if.i.preheader, label %B70.if.i.preheader10

B70.if.i.preheader10:                             ; preds = %B70.if.i.preheader, %middle.block
  %.147.011.i.ph = phi i64 [ 0, %B70.if.i.preheader ], [ %n.vec, %middle.block ]
  br label %B70.if.i

B166.i:                                           ; preds = %B158.if.i
  %8 = getelementptr i64, ptr %arg.a0, i64 %.382.014.i
  %.512.i = load i64, ptr %8, align 8, !noalias !0
  br label %B184.i

B184.i:                                           ; preds = %B158.if.i, %B166.i
  %"$phi184.1.2.1.i" = phi i64 [ %.512.i, %B166.i ], [ %.382.014.i, %B158.if.i ]
  %.545.i = icmp slt i64 %"$phi184.1.2.1.i", 0
  %.546.i = select i1 %.545.i, i64 %arg.a2_0, i64 0
  %9 = getelementptr i64, ptr %arg.a2, i64 %"$phi184.1.2.1.i"
  %.560.i = getelementptr i64, ptr %9, i64 %.546.i
  %.561.i = load i64, ptr %.560.i, align 8, !noalias !0
  %.580.i = select i1 %.545.i, i64 %arg.a3_0, i64 0
  %10 = getelementptr i64, ptr %arg.a3, i64 %"$phi184.1.2.1.i"
  %.594.i = getelementptr i64, ptr %10, i64 %.580.i
  %.595.i = load i64, ptr %.594.i, align 8, !noalias !0
  %.630.i = tail call i64 @llvm.smax.i64(i64 %.595.i, i64 0)
  %"$phi250.1.2.1.i" = add nsw i64 %.630.i, %.561.i
  %.647.not.i = icmp slt i64 %.595.i, 1
  %.655.i = add nsw i64 %.561.i, 1
  %"$phi276.1.2.1.i" = select i1 %.647.not.i, i64 %.655.i, i64 %"$phi250.1.2.1.i"
  %.680.i = select i1 %.545.i, i64 %arg.a1_0, i64 0
  %11 = getelementptr i64, ptr %arg.a1, i64 %"$phi184.1.2.1.i"
  %.694.i = getelementptr i64, ptr %11, i64 %.680.i
  %.695.i = load i64, ptr %.694.i, align 8, !noalias !0
  %.713.i = icmp slt i64 %.695.i, 0
  %.714.i = select i1 %.713.i, i64 %arg.a4_0, i64 0
  %12 = getelementptr i64, ptr %arg.a4, i64 %.695.i
  %.728.i = getelementptr i64, ptr %12, i64 %.714.i
  %.729.i = load i64, ptr %.728.i, align 8, !noalias !0
  %.736.i = icmp sgt i64 %.729.i, -1
  %or.cond.i = select i1 %.119.i, i1 %.736.i, i1 false
  br i1 %or.cond.i, label %B326.i, label %B430.i

B326.i:                                           ; preds = %B184.i
  %.767.i = getelementptr i64, ptr %arg.a2, i64 %.729.i
  %.768.i = load i64, ptr %.767.i, align 8, !noalias !0
  %.774.i = icmp sgt i64 %.768.i, %.561.i
  br i1 %.774.i, label %_ZN8perfdiff7compute7nesting15self_times_intoB2v3B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit, label %B354.i

B354.i:                                           ; preds = %B326.i
  %.778.i = icmp eq i64 %.768.i, %.561.i
  br i1 %.778.i, label %B366.i, label %B442.i

B366.i:                                           ; preds = %B354.i
  %.809.i = getelementptr i64, ptr %arg.a3, i64 %.729.i
  %.810.i = load i64, ptr %.809.i, align 8, !noalias !0
  %.810..i = tail call i64 @llvm.smax.i64(i64 %.810.i, i64 0)
  %.865.i = icmp sgt i64 %.595.i, %.810..i
  br i1 %.865.i, label %_ZN8perfdiff7compute7nesting15self_times_intoB2v3B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit, label %B442.i

B430.i:                                           ; preds = %B184.i
  br i1 %.736.i, label %B430.B442_crit_edge.i, label %B840.i

B430.B442_crit_edge.i:                            ; preds = %B430.i
  %.964.phi.trans.insert.i = getelementptr i64, ptr %arg.a2, i64 %.729.i
  %.965.pre.i = load i64, ptr %.964.phi.trans.insert.i, align 8, !noalias !0
  br label %B442.i

B442.i:                                           ; preds = %B430.B442_crit_edge.i, %B366.i, %B354.i
  %.965.i = phi i64 [ %.965.pre.i, %B430.B442_crit_edge.i ], [ %.768.i, %B354.i ], [ %.561.i, %B366.i ]
  %.995.i = getelementptr i64, ptr %arg.a3, i64 %.729.i
  %.996.i = load i64, ptr %.995.i, align 8, !noalias !0
  %spec.select.i = tail call i64 @llvm.smax.i64(i64 %.996.i, i64 0)
  %.1051.i = add nsw i64 %spec.select.i, %.965.i
  %.1057.i = icmp slt i64 %.1051.i, %"$phi276.1.2.1.i"
  br i1 %.1057.i, label %B512.i, label %B622.i

B512.i:                                           ; preds = %B442.i, %B540.i
  %i.5.2.i = phi i64 [ %.1092.i, %B540.i ], [ %.729.i, %B442.i ]
  %.1091.i = getelementptr i64, ptr %arg.a5, i64 %i.5.2.i
  %.1092.i = load i64, ptr %.1091.i, align 8, !noalias !0
  %.1102.i = icmp sgt i64 %.1092.i, -1
  br i1 %.1102.i, label %B540.i, label %B840.i

B540.i:                                           ; preds = %B512.i
  %.1135.i = getelementptr i64, ptr %arg.a2, i64 %.1092.i
  %.1136.i = load i64, ptr %.1135.i, align 8, !noalias !0
  %.1166.i = getelementptr i64, ptr %arg.a3, i64 %.1092.i
  %.1167.i = load i64, ptr %.1166.i, align 8, !noalias !0
  %spec.select4.i = tail call i64 @llvm.smax.i64(i64 %.1167.i, i64 0)
  %.1221.i = add nsw i64 %spec.select4.i, %.1136.i
  %.1227.i = icmp slt i64 %.1221.i, %"$phi276.1.2.1.i"
  br i1 %.1227.i, label %B512.i, label %B622.i

B622.i:                                           ; preds = %B540.i, %B442.i
  %i.6.1.ph.i = phi i64 [ %.729.i, %B442.i ], [ %.1092.i, %B540.i ]
  %.1274.i = getelementptr i64, ptr %arg.a6, i64 %i.6.1.ph.i
  %.1275.i = load i64, ptr %.1274.i, align 8, !noalias !0
  %.1281.i = sub i64 %.1275.i, %.630.i
  store i64 %.1281.i, ptr %.1274.i, align 8, !noalias !0
  %.1354.i = getelementptr i64, ptr %arg.a2, i64 %i.6.1.ph.i
  %.1355.i = load i64, ptr %.1354.i, align 8, !noalias !0
  %.1385.i = getelementptr i64, ptr %arg.a3, i64 %i.6.1.ph.i
  %.1386.i = load i64, ptr %.1385.i, align 8, !noalias !0
  %spec.select5.i = tail call i64 @llvm.smax.i64(i64 %.1386.i, i64 0)
  %.1441.i = add nsw i64 %spec.select5.i, %.1355.i
  %.1447.not.i = icmp sgt i64 %.1441.i, %"$phi250.1.2.1.i"
  br i1 %.1447.not.i, label %B840.i, label %B742.i

B742.i:                                           ; preds = %B622.i, %B770.i
  %i.7.2.i = phi i64 [ %.1482.i, %B770.i ], [ %i.6.1.ph.i, %B622.i ]
  %.1481.i = getelementptr i64, ptr %arg.a5, i64 %i.7.2.i
  %.1482.i = load i64, ptr %.1481.i, align 8, !noalias !0
  %.1492.i = icmp sgt i64 %.1482.i, -1
  br i1 %.1492.i, label %B770.i, label %B840.i

B770.i:                                           ; preds = %B742.i
  %.1525.i = getelementptr i64, ptr %arg.a2, i64 %.1482.i
  %.1526.i = load i64, ptr %.1525.i, align 8, !noalias !0
  %.1556.i = getelementptr i64, ptr %arg.a3, i64 %.1482.i
  %.1557.i = load i64, ptr %.1556.i, align 8, !noalias !0
  %spec.select6.i = tail call i64 @llvm.smax.i64(i64 %.1557.i, i64 0)
  %.1611.i = add nsw i64 %spec.select6.i, %.1526.i
  %.1617.not.i = icmp sgt i64 %.1611.i, %"$phi250.1.2.1.i"
  br i1 %.1617.not.i, label %B840.i, label %B742.i

B840.i:                                           ; preds = %B512.i, %B770.i, %B742.i, %B622.i, %B430.i
  %i.8.1.i = phi i64 [ %.729.i, %B430.i ], [ %.1482.i, %B770.i ], [ %i.6.1.ph.i, %B622.i ], [ %.1482.i, %B742.i ], [ %.1092.i, %B512.i ]
  %.1648.i = select i1 %.545.i, i64 %arg.a5_0, i64 0
  %13 = getelementptr i64, ptr %arg.a5, i64 %"$phi184.1.2.1.i"
  %.1662.i = getelementptr i64, ptr %13, i64 %.1648.i
  store i64 %i.8.1.i, ptr %.1662.i, align 8, !noalias !0
  store i64 %"$phi184.1.2.1.i", ptr %.728.i, align 8, !noalias !0
  %exitcond22.not.i = icmp eq i64 %arg.a2_0, %.452.i
  br i1 %exitcond22.not.i, label %B894.if.i, label %B158.if.i

B922.i:                                           ; preds = %B894.if.i
  store i64 0, ptr %16, align 8, !noalias !0
  br label %B932.i

B932.i:                                           ; preds = %B894.if.i, %B922.i
  %exitcond23.not.i = icmp eq i64 %arg.a2_0, %.1834.i
  br i1 %exitcond23.not.i, label %_ZN8perfdiff7compute7nesting15self_times_intoB2v3B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit, label %B894.if.i

B70.if.i:                                         ; preds = %B70.if.i.preheader10, %B70.if.i
  %.147.011.i = phi i64 [ %.218.i, %B70.if.i ], [ %.147.011.i.ph, %B70.if.i.preheader10 ]
  %.218.i = add nuw nsw i64 %.147.011.i, 1
  %14 = getelementptr i64, ptr %arg.a3, i64 %.147.011.i
  %.276.i = load i64, ptr %14, align 8, !noalias !0
  %.276..i = tail call i64 @llvm.smax.i64(i64 %.276.i, i64 0)
  %15 = getelementptr i64, ptr %arg.a6, i64 %.147.011.i
  store i64 %.276..i, ptr %15, align 8, !noalias !0
  %exitcond.not.i = icmp eq i64 %arg.a2_0, %.218.i
  br i1 %exitcond.not.i, label %B158.if.i.preheader, label %B70.if.i, !llvm.loop !6

B158.if.i.preheader:                              ; preds = %B70.if.i, %middle.block
  br label %B158.if.i

B158.if.i:                                        ; preds = %B158.if.i.preheader, %B840.i
  %.382.014.i = phi i64 [ %.452.i, %B840.i ], [ 0, %B158.if.i.preheader ]
  %.452.i = add nuw nsw i64 %.382.014.i, 1
  br i1 %.119.i, label %B184.i, label %B166.i

B894.if.i:                                        ; preds = %B840.i, %B932.i
  %.1765.017.i = phi i64 [ %.1834.i, %B932.i ], [ 0, %B840.i ]
  %.1834.i = add nuw nsw i64 %.1765.017.i, 1
  %16 = getelementptr i64, ptr %arg.a6, i64 %.1765.017.i
  %.1892.i = load i64, ptr %16, align 8, !noalias !0
  %.1893.i = icmp slt i64 %.1892.i, 0
  br i1 %.1893.i, label %B922.i, label %B932.i

_ZN8perfdiff7compute7nesting15self_times_intoB2v3B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit: ; preds = %B326.i, %B366.i, %B932.i, %entry
  %storemerge832.i = phi i64 [ 0, %entry ], [ 0, %B932.i ], [ -1, %B366.i ], [ -1, %B326.i ]
  store i64 %storemerge832.i, ptr %retptr, align 8
  ret void
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define i64 @perfdiff_self_times_into(ptr readonly captures(none) %.1, i64 %.2, ptr readonly captures(none) %.3, i64 %.4, ptr readonly captures(none) %.5, i64 %.6, ptr readonly captures(none) %.7, i64 %.8, ptr captures(none) %.9, i64 %.10, ptr captures(none) %.11, i64 %.12, ptr captures(none) %.13, i64 %.14) local_unnamed_addr #0 {
entry:
  %.16 = alloca i64, align 8
  store i64 0, ptr %.16, align 8
  call fastcc void @_ZN13_3cdynamic_3e5entryB2v1B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAE8int64_2ax8int64_2ax8int64_2ax8int64_2ax8int64_2ax8int64_2ax8int64_2ax(ptr %.16, ptr %.1, i64 %.2, ptr %.3, i64 %.4, ptr %.5, i64 %.6, ptr %.7, i64 %.8, ptr %.9, i64 %.10, ptr %.11, i64 %.12, ptr %.13) #3
  %.30 = load i64, ptr %.16, align 8
  ret i64 %.30
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define i64 @perfdiff_covered_into(ptr readonly captures(none) %.1, i64 %.2, ptr readonly captures(none) %.3, i64 %.4, ptr readonly captures(none) %.5, i64 %.6, ptr readonly captures(none) %.7, i64 %.8, ptr readonly captures(none) %.9, i64 %.10, ptr captures(none) %.11, i64 %.12, ptr captures(none) %.13, i64 %.14, ptr captures(none) %.15, i64 %.16) local_unnamed_addr #0 {
entry:
  %.18 = alloca i64, align 8
  store i64 0, ptr %.18, align 8
  call fastcc void @_ZN13_3cdynamic_3e5entryB2v4B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAE8int64_2ax8int32_2ax8int64_2ax8int64_2ax8int64_2ax8int64_2ax8int64_2ax8int64_2ax(ptr %.18, ptr %.1, i64 %.2, ptr %.3, i64 %.4, ptr %.5, i64 %.6, ptr %.7, i64 %.8, ptr %.9, i64 %.10, ptr %.11, i64 %.12, ptr %.13, i64 %.14, ptr %.15, i64 %.16) #3
  %.32 = load i64, ptr %.18, align 8
  ret i64 %.32
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define internal fastcc void @_ZN13_3cdynamic_3e5entryB2v4B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAE8int64_2ax8int32_2ax8int64_2ax8int64_2ax8int64_2ax8int64_2ax8int64_2ax8int64_2ax(ptr noalias nonnull writeonly captures(none) %retptr, ptr readonly captures(none) %arg.a0, i64 %arg.a0_0, ptr readonly captures(none) %arg.a1, i64 %arg.a1_0, ptr readonly captures(none) %arg.a2, i64 %arg.a2_0, ptr readonly captures(none) %arg.a3, i64 %arg.a3_0, ptr readonly captures(none) %arg.a4, i64 %arg.a4_0, ptr captures(none) %arg.a5, i64 %arg.a5_0, ptr captures(none) %arg.a6, i64 %arg.a6_0, ptr captures(none) %arg.a7, i64 %arg.a7_0) unnamed_addr #0 {
entry:
  %.123.i = icmp sgt i64 %arg.a0_0, 0
  %.145.i = icmp slt i64 %arg.a1_0, %arg.a3_0
  %.155.i = icmp slt i64 %arg.a4_0, %arg.a3_0
  %or.cond.i = select i1 %.145.i, i1 true, i1 %.155.i
  %.167.i = icmp slt i64 %arg.a0_0, %arg.a3_0
  %or.cond1002.i = and i1 %.123.i, %.167.i
  %or.cond1007.i = select i1 %or.cond.i, i1 true, i1 %or.cond1002.i
  br i1 %or.cond1007.i, label %_ZN8perfdiff7compute7nesting12covered_intoB2v6B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit, label %B114.i

B114.i:                                           ; preds = %entry
  %.233.i = icmp slt i64 %arg.a5_0, %arg.a7_0
  %.243.i = icmp slt i64 %arg.a6_0, %arg.a7_0
  %or.cond1003.i = select i1 %.233.i, i1 true, i1 %.243.i
  br i1 %or.cond1003.i, label %_ZN8perfdiff7compute7nesting12covered_intoB2v6B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit, label %B176.i

B176.i:                                           ; preds = %B114.i
  %.3751.not.i = icmp slt i64 %arg.a3_0, 1
  br i1 %.3751.not.i, label %_ZN8perfdiff7compute7nesting12covered_intoB2v6B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit, label %B206.if.lr.ph.i

B206.if.lr.ph.i:                                  ; preds = %B176.i
  br i1 %.123.i, label %B206.if.us.i, label %B264.i

B206.if.us.i:                                     ; preds = %B206.if.lr.ph.i, %B564.us.i
  %.317.02.us.i = phi i64 [ %.388.us.i, %B564.us.i ], [ 0, %B206.if.lr.ph.i ]
  %.388.us.i = add nuw nsw i64 %.317.02.us.i, 1
  %0 = getelementptr i64, ptr %arg.a0, i64 %.317.02.us.i
  %.448.us.i = load i64, ptr %0, align 8, !noalias !7
  %or.cond1004.us.i = icmp ult i64 %.448.us.i, %arg.a3_0
  br i1 %or.cond1004.us.i, label %B264.us.i, label %_ZN8perfdiff7compute7nesting12covered_intoB2v6B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B264.us.i:                                        ; preds = %B206.if.us.i
  %.555.us.i = getelementptr i32, ptr %arg.a1, i64 %.448.us.i
  %.556.us.i = load i32, ptr %.555.us.i, align 4, !noalias !7
  %.561.us.i = sext i32 %.556.us.i to i64
  %.562.us.i = icmp sgt i32 %.556.us.i, -1
  %.573.not.us.i = icmp sgt i64 %arg.a2_0, %.561.us.i
  %or.cond1005.us.i = select i1 %.562.us.i, i1 %.573.not.us.i, i1 false
  br i1 %or.cond1005.us.i, label %B320.us.i, label %_ZN8perfdiff7compute7nesting12covered_intoB2v6B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B320.us.i:                                        ; preds = %B264.us.i
  %.659.us.i = getelementptr i64, ptr %arg.a2, i64 %.561.us.i
  %.660.us.i = load i64, ptr %.659.us.i, align 8, !noalias !7
  %.667.us.i = icmp sgt i64 %.660.us.i, -1
  %.671.not.us.i = icmp slt i64 %.660.us.i, %arg.a7_0
  %or.cond1006.us.i = select i1 %.667.us.i, i1 %.671.not.us.i, i1 false
  br i1 %or.cond1006.us.i, label %B366.us.i, label %_ZN8perfdiff7compute7nesting12covered_intoB2v6B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B366.us.i:                                        ; preds = %B320.us.i
  %.756.us.i = getelementptr i64, ptr %arg.a3, i64 %.448.us.i
  %.757.us.i = load i64, ptr %.756.us.i, align 8, !noalias !7
  %.790.us.i = getelementptr i64, ptr %arg.a5, i64 %.660.us.i
  %.791.us.i = load i64, ptr %.790.us.i, align 8, !noalias !7
  %.793.us.i = icmp slt i64 %.757.us.i, %.791.us.i
  br i1 %.793.us.i, label %_ZN8perfdiff7compute7nesting12covered_intoB2v6B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit, label %B412.us.i

B412.us.i:                                        ; preds = %B366.us.i
  store i64 %.757.us.i, ptr %.790.us.i, align 8, !noalias !7
  %.912.us.i = getelementptr i64, ptr %arg.a4, i64 %.448.us.i
  %.913.us.i = load i64, ptr %.912.us.i, align 8, !noalias !7
  %.950.us.i = tail call i64 @llvm.smax.i64(i64 %.913.us.i, i64 0)
  %"$phi470.1.2.1.us.i" = add nsw i64 %.950.us.i, %.757.us.i
  %.996.us.i = getelementptr i64, ptr %arg.a6, i64 %.660.us.i
  %.997.us.i = load i64, ptr %.996.us.i, align 8, !noalias !7
  %.1003.us.i = icmp sgt i64 %"$phi470.1.2.1.us.i", %.997.us.i
  br i1 %.1003.us.i, label %B500.us.i, label %B564.us.i

B500.us.i:                                        ; preds = %B412.us.i
  %.1034.us.i = getelementptr i64, ptr %arg.a7, i64 %.660.us.i
  %.1035.us.i = load i64, ptr %.1034.us.i, align 8, !noalias !7
  %.757..997.us.i = tail call i64 @llvm.smax.i64(i64 %.757.us.i, i64 %.997.us.i)
  %.1080.us.i = sub i64 %"$phi470.1.2.1.us.i", %.757..997.us.i
  %.1086.us.i = add nsw i64 %.1080.us.i, %.1035.us.i
  store i64 %.1086.us.i, ptr %.1034.us.i, align 8, !noalias !7
  store i64 %"$phi470.1.2.1.us.i", ptr %.996.us.i, align 8, !noalias !7
  br label %B564.us.i

B564.us.i:                                        ; preds = %B500.us.i, %B412.us.i
  %exitcond9.not.i = icmp eq i64 %.388.us.i, %arg.a3_0
  br i1 %exitcond9.not.i, label %_ZN8perfdiff7compute7nesting12covered_intoB2v6B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit, label %B206.if.us.i

B264.i:                                           ; preds = %B206.if.lr.ph.i, %B564.i
  %.317.02.i = phi i64 [ %.388.i, %B564.i ], [ 0, %B206.if.lr.ph.i ]
  %.388.i = add nuw nsw i64 %.317.02.i, 1
  %.555.i = getelementptr i32, ptr %arg.a1, i64 %.317.02.i
  %.556.i = load i32, ptr %.555.i, align 4, !noalias !7
  %.561.i = sext i32 %.556.i to i64
  %.562.i = icmp sgt i32 %.556.i, -1
  %.573.not.i = icmp sgt i64 %arg.a2_0, %.561.i
  %or.cond1005.i = select i1 %.562.i, i1 %.573.not.i, i1 false
  br i1 %or.cond1005.i, label %B320.i, label %_ZN8perfdiff7compute7nesting12covered_intoB2v6B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B320.i:                                           ; preds = %B264.i
  %.659.i = getelementptr i64, ptr %arg.a2, i64 %.561.i
  %.660.i = load i64, ptr %.659.i, align 8, !noalias !7
  %.667.i = icmp sgt i64 %.660.i, -1
  %.671.not.i = icmp slt i64 %.660.i, %arg.a7_0
  %or.cond1006.i = select i1 %.667.i, i1 %.671.not.i, i1 false
  br i1 %or.cond1006.i, label %B366.i, label %_ZN8perfdiff7compute7nesting12covered_intoB2v6B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B366.i:                                           ; preds = %B320.i
  %.756.i = getelementptr i64, ptr %arg.a3, i64 %.317.02.i
  %.757.i = load i64, ptr %.756.i, align 8, !noalias !7
  %.790.i = getelementptr i64, ptr %arg.a5, i64 %.660.i
  %.791.i = load i64, ptr %.790.i, align 8, !noalias !7
  %.793.i = icmp slt i64 %.757.i, %.791.i
  br i1 %.793.i, label %_ZN8perfdiff7compute7nesting12covered_intoB2v6B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit, label %B412.i

B412.i:                                           ; preds = %B366.i
  store i64 %.757.i, ptr %.790.i, align 8, !noalias !7
  %.912.i = getelementptr i64, ptr %arg.a4, i64 %.317.02.i
  %.913.i = load i64, ptr %.912.i, align 8, !noalias !7
  %.950.i = tail call i64 @llvm.smax.i64(i64 %.913.i, i64 0)
  %"$phi470.1.2.1.i" = add nsw i64 %.950.i, %.757.i
  %.996.i = getelementptr i64, ptr %arg.a6, i64 %.660.i
  %.997.i = load i64, ptr %.996.i, align 8, !noalias !7
  %.1003.i = icmp sgt i64 %"$phi470.1.2.1.i", %.997.i
  br i1 %.1003.i, label %B500.i, label %B564.i

B500.i:                                           ; preds = %B412.i
  %.1034.i = getelementptr i64, ptr %arg.a7, i64 %.660.i
  %.1035.i = load i64, ptr %.1034.i, align 8, !noalias !7
  %.757..997.i = tail call i64 @llvm.smax.i64(i64 %.757.i, i64 %.997.i)
  %.1080.i = sub i64 %"$phi470.1.2.1.i", %.757..997.i
  %.1086.i = add nsw i64 %.1080.i, %.1035.i
  store i64 %.1086.i, ptr %.1034.i, align 8, !noalias !7
  store i64 %"$phi470.1.2.1.i", ptr %.996.i, align 8, !noalias !7
  br label %B564.i

B564.i:                                           ; preds = %B500.i, %B412.i
  %exitcond.not.i = icmp eq i64 %.388.i, %arg.a3_0
  br i1 %exitcond.not.i, label %_ZN8perfdiff7compute7nesting12covered_intoB2v6B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit, label %B264.i

_ZN8perfdiff7compute7nesting12covered_intoB2v6B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit: ; preds = %B264.i, %B320.i, %B366.i, %B564.i, %B206.if.us.i, %B264.us.i, %B320.us.i, %B366.us.i, %B564.us.i, %entry, %B114.i, %B176.i
  %.sink.i = phi i64 [ -2, %B114.i ], [ -2, %entry ], [ -1, %B366.us.i ], [ 0, %B176.i ], [ 0, %B564.us.i ], [ -2, %B206.if.us.i ], [ -2, %B264.us.i ], [ -2, %B320.us.i ], [ -2, %B264.i ], [ 0, %B564.i ], [ -1, %B366.i ], [ -2, %B320.i ]
  store i64 %.sink.i, ptr %retptr, align 8
  ret void
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define i64 @perfdiff_steps_into(ptr readonly captures(none) %.1, i64 %.2, ptr readonly captures(none) %.3, i64 %.4, ptr readonly captures(none) %.5, i64 %.6, ptr readonly captures(none) %.7, i64 %.8, ptr writeonly captures(none) %.9, i64 %.10) local_unnamed_addr #0 {
entry:
  %.12 = alloca i64, align 8
  store i64 0, ptr %.12, align 8
  call fastcc void @_ZN13_3cdynamic_3e5entryB2v7B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAE8int64_2ax8int64_2ax8int64_2ax8int64_2ax8int64_2ax(ptr %.12, ptr %.1, i64 %.2, ptr %.3, i64 %.4, ptr %.5, ptr %.7, ptr %.9) #3
  %.26 = load i64, ptr %.12, align 8
  ret i64 %.26
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define internal fastcc void @_ZN13_3cdynamic_3e5entryB2v7B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAE8int64_2ax8int64_2ax8int64_2ax8int64_2ax8int64_2ax(ptr noalias nonnull writeonly captures(none) %retptr, ptr readonly captures(none) %arg.a0, i64 %arg.a0_0, ptr readonly captures(none) %arg.a1, i64 %arg.a1_0, ptr readonly captures(none) %arg.a2, ptr readonly captures(none) %arg.a3, ptr writeonly captures(none) %arg.a4) unnamed_addr #0 {
entry:
  %arg.step_start.2.fr.i = freeze i64 %arg.a1_0
  %.94.not.i = icmp eq i64 %arg.a0_0, 0
  br i1 %.94.not.i, label %_ZN8perfdiff7compute7nesting10steps_intoB2v8B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit, label %B96.preheader.i

B96.preheader.i:                                  ; preds = %entry
  %.125.i = load i64, ptr %arg.a0, align 8, !noalias !10
  %spec.select.i = tail call i64 @llvm.smax.i64(i64 %arg.a0_0, i64 0)
  %.2334.not.i = icmp eq i64 %spec.select.i, 0
  br i1 %.2334.not.i, label %_ZN8perfdiff7compute7nesting10steps_intoB2v8B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit, label %B96.if.lr.ph.i

B96.if.lr.ph.i:                                   ; preds = %B96.preheader.i
  %.326.i = icmp sgt i64 %arg.step_start.2.fr.i, 0
  br i1 %.326.i, label %B96.if.us.preheader.i, label %B96.if.i.preheader

B96.if.i.preheader:                               ; preds = %B96.if.lr.ph.i
  %0 = shl nuw i64 %arg.a0_0, 3
  tail call void @llvm.memset.p0.i64(ptr align 8 %arg.a4, i8 -1, i64 %0, i1 false), !noalias !10
  br label %_ZN8perfdiff7compute7nesting10steps_intoB2v8B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B96.if.us.preheader.i:                            ; preds = %B96.if.lr.ph.i
  %1 = add nsw i64 %arg.step_start.2.fr.i, -1
  br label %B96.if.us.i

B96.if.us.i:                                      ; preds = %B392.us.i, %B96.if.us.preheader.i
  %previous.2.08.us.i = phi i64 [ %.304.us.i, %B392.us.i ], [ %.125.i, %B96.if.us.preheader.i ]
  %k.3.07.us.i = phi i64 [ %k.4.2.us.i, %B392.us.i ], [ -1, %B96.if.us.preheader.i ]
  %.175.05.us.i = phi i64 [ %.246.us.i, %B392.us.i ], [ 0, %B96.if.us.preheader.i ]
  %.246.us.i = add nuw nsw i64 %.175.05.us.i, 1
  %2 = getelementptr i64, ptr %arg.a0, i64 %.175.05.us.i
  %.304.us.i = load i64, ptr %2, align 8, !noalias !10
  %.310.us.i = icmp slt i64 %.304.us.i, %previous.2.08.us.i
  br i1 %.310.us.i, label %B148.us.i, label %B228.us.i

B228.us.i:                                        ; preds = %B96.if.us.i
  %.480.us.i = add nsw i64 %k.3.07.us.i, 1
  %.482.us.i = icmp slt i64 %.480.us.i, %arg.step_start.2.fr.i
  br i1 %.482.us.i, label %B246.us.i, label %B334.us.i

B246.us.i:                                        ; preds = %B228.us.i
  %3 = getelementptr i64, ptr %arg.a1, i64 %.480.us.i
  %.524.us.i = load i64, ptr %3, align 8, !noalias !10
  %.526.not.us.i = icmp sgt i64 %.524.us.i, %.304.us.i
  br i1 %.526.not.us.i, label %B334.us.i, label %B276.us.i

B276.us.i:                                        ; preds = %B246.us.i, %B304.us.i
  %k.5.1.us.i = phi i64 [ %.532.us.i, %B304.us.i ], [ %k.3.07.us.i, %B246.us.i ]
  %.542.us.i = add nsw i64 %k.5.1.us.i, 2
  %.544.us.i = icmp slt i64 %.542.us.i, %arg.step_start.2.fr.i
  br i1 %.544.us.i, label %B304.us.i, label %B334.us.i

B304.us.i:                                        ; preds = %B276.us.i
  %.532.us.i = add nsw i64 %k.5.1.us.i, 1
  %4 = getelementptr i64, ptr %arg.a1, i64 %.542.us.i
  %.585.us.i = load i64, ptr %4, align 8, !noalias !10
  %.587.not.us.i = icmp sgt i64 %.585.us.i, %.304.us.i
  br i1 %.587.not.us.i, label %B334.us.i, label %B276.us.i

B148.us.i:                                        ; preds = %B96.if.us.i, %B148.us.i
  %high.2.1.us.i = phi i64 [ %high.3.2.us.i, %B148.us.i ], [ %arg.step_start.2.fr.i, %B96.if.us.i ]
  %low.2.1.us.i = phi i64 [ %low.3.2.us.i, %B148.us.i ], [ 0, %B96.if.us.i ]
  %.335.us.i = add nuw nsw i64 %low.2.1.us.i, %high.2.1.us.i
  %.354295.us.i = lshr i64 %.335.us.i, 1
  %.408.us.i = getelementptr i64, ptr %arg.a1, i64 %.354295.us.i
  %.409.us.i = load i64, ptr %.408.us.i, align 8, !noalias !10
  %.411.not.us.i = icmp sgt i64 %.409.us.i, %.304.us.i
  %.422.us.i = add nuw nsw i64 %.354295.us.i, 1
  %high.3.2.us.i = select i1 %.411.not.us.i, i64 %.354295.us.i, i64 %high.2.1.us.i
  %low.3.2.us.i = select i1 %.411.not.us.i, i64 %low.2.1.us.i, i64 %.422.us.i
  %.453.us.i = icmp slt i64 %low.3.2.us.i, %high.3.2.us.i
  br i1 %.453.us.i, label %B148.us.i, label %B216.loopexit.us.i

B334.us.i:                                        ; preds = %B304.us.i, %B276.us.i, %B216.loopexit.us.i, %B246.us.i, %B228.us.i
  %k.4.2.us.i = phi i64 [ %.469.us.i, %B216.loopexit.us.i ], [ %k.3.07.us.i, %B246.us.i ], [ %k.3.07.us.i, %B228.us.i ], [ %.532.us.i, %B304.us.i ], [ %1, %B276.us.i ]
  %.605.us.i = icmp sgt i64 %k.4.2.us.i, -1
  br i1 %.605.us.i, label %B350.us.i, label %B392.us.i

B350.us.i:                                        ; preds = %B334.us.i
  %.636.us.i = getelementptr i64, ptr %arg.a2, i64 %k.4.2.us.i
  %.637.us.i = load i64, ptr %.636.us.i, align 8, !noalias !10
  %.639.us.i = icmp slt i64 %.304.us.i, %.637.us.i
  br i1 %.639.us.i, label %B374.us.i, label %B392.us.i

B374.us.i:                                        ; preds = %B350.us.i
  %.672.us.i = getelementptr i64, ptr %arg.a3, i64 %k.4.2.us.i
  %.673.us.i = load i64, ptr %.672.us.i, align 8, !noalias !10
  br label %B392.us.i

B392.us.i:                                        ; preds = %B374.us.i, %B350.us.i, %B334.us.i
  %"$phi392.1.2.1.us.i" = phi i64 [ %.673.us.i, %B374.us.i ], [ -1, %B350.us.i ], [ -1, %B334.us.i ]
  %5 = getelementptr i64, ptr %arg.a4, i64 %.175.05.us.i
  store i64 %"$phi392.1.2.1.us.i", ptr %5, align 8, !noalias !10
  %exitcond10.not.i = icmp eq i64 %arg.a0_0, %.246.us.i
  br i1 %exitcond10.not.i, label %_ZN8perfdiff7compute7nesting10steps_intoB2v8B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit, label %B96.if.us.i

B216.loopexit.us.i:                               ; preds = %B148.us.i
  %.469.us.i = add nsw i64 %low.3.2.us.i, -1
  br label %B334.us.i

_ZN8perfdiff7compute7nesting10steps_intoB2v8B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit: ; preds = %B392.us.i, %B96.if.i.preheader, %entry, %B96.preheader.i
  store i64 0, ptr %retptr, align 8
  ret void
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define i64 @perfdiff_nearly_start_order_into(ptr readonly captures(none) %.1, i64 %.2, ptr readonly captures(none) %.3, i64 %.4, ptr captures(none) %.5, i64 %.6, i64 %.7) local_unnamed_addr #0 {
entry:
  %.9 = alloca i64, align 8
  store i64 0, ptr %.9, align 8
  call fastcc void @_ZN13_3cdynamic_3e5entryB2v9B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAE8int64_2ax8int64_2ax8int64_2axx(ptr %.9, ptr %.1, i64 %.2, ptr %.3, i64 %.4, ptr %.5, i64 %.6, i64 %.7) #3
  %.23 = load i64, ptr %.9, align 8
  ret i64 %.23
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define internal fastcc void @_ZN13_3cdynamic_3e5entryB2v9B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAE8int64_2ax8int64_2ax8int64_2axx(ptr noalias nonnull writeonly captures(none) %retptr, ptr readonly captures(none) %arg.a0, i64 %arg.a0_0, ptr readonly captures(none) %arg.a1, i64 %arg.a1_0, ptr captures(none) %arg.a2, i64 %arg.a2_0, i64 %arg.a3) unnamed_addr #0 {
entry:
  %.67.not.i = icmp eq i64 %arg.a1_0, %arg.a0_0
  %.77.not.i = icmp eq i64 %arg.a2_0, %arg.a0_0
  %or.cond.i = select i1 %.67.not.i, i1 %.77.not.i, i1 false
  br i1 %or.cond.i, label %B66.i, label %_ZN8perfdiff7compute7nesting23nearly_start_order_intoB3v10B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedEx.exit

B66.i:                                            ; preds = %entry
  %spec.select.i = tail call i64 @llvm.smax.i64(i64 %arg.a1_0, i64 0)
  br label %B100.i

B100.i:                                           ; preds = %B356.thread.i, %B66.i
  %.129.0.i = phi i64 [ 0, %B66.i ], [ %.200.i, %B356.thread.i ]
  %moves.3.0.i = phi i64 [ 0, %B66.i ], [ %moves.4.25.i, %B356.thread.i ]
  %exitcond.not.i = icmp eq i64 %.129.0.i, %spec.select.i
  br i1 %exitcond.not.i, label %_ZN8perfdiff7compute7nesting23nearly_start_order_intoB3v10B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedEx.exit, label %B100.if.i

B186.i:                                           ; preds = %B186.preheader.i, %B314.i
  %moves.2.1.i = phi i64 [ %.608.i, %B314.i ], [ %moves.3.0.i, %B186.preheader.i ]
  %u.2.1.i = phi i64 [ %.369.i, %B314.i ], [ %.129.0.i, %B186.preheader.i ]
  %.369.i = add nsw i64 %u.2.1.i, -1
  %.398.i = getelementptr i64, ptr %arg.a2, i64 %.369.i
  %.399.i = load i64, ptr %.398.i, align 8, !noalias !13
  %.417.i = icmp slt i64 %.399.i, 0
  %.418.i = select i1 %.417.i, i64 %arg.a1_0, i64 0
  %0 = getelementptr i64, ptr %arg.a0, i64 %.399.i
  %.432.i = getelementptr i64, ptr %0, i64 %.418.i
  %.433.i = load i64, ptr %.432.i, align 8, !noalias !13
  %.439.i = icmp slt i64 %.433.i, %.258.i
  br i1 %.439.i, label %B356.thread.i, label %B238.i

B238.i:                                           ; preds = %B186.i
  %.462.i = icmp eq i64 %.433.i, %.258.i
  br i1 %.462.i, label %B250.i, label %B314.i

B250.i:                                           ; preds = %B238.i
  %1 = getelementptr i64, ptr %arg.a1, i64 %.399.i
  %.493.i = getelementptr i64, ptr %1, i64 %.418.i
  %.494.i = load i64, ptr %.493.i, align 8, !noalias !13
  %.529.i = tail call i64 @llvm.smax.i64(i64 %.494.i, i64 0)
  %.546.not.i = icmp sgt i64 %.292.i, %.529.i
  br i1 %.546.not.i, label %B314.i, label %B356.thread.i

B314.i:                                           ; preds = %B250.i, %B238.i
  %.597.i = getelementptr i64, ptr %arg.a2, i64 %u.2.1.i
  store i64 %.399.i, ptr %.597.i, align 8, !noalias !13
  %.608.i = add nsw i64 %moves.2.1.i, 1
  %.613.i = icmp samesign ugt i64 %u.2.1.i, 1
  br i1 %.613.i, label %B186.i, label %B356.thread.i

B356.thread.i:                                    ; preds = %B314.i, %B250.i, %B186.i, %B100.if.i
  %u.3.26.i = phi i64 [ 0, %B100.if.i ], [ %u.2.1.i, %B186.i ], [ %u.2.1.i, %B250.i ], [ 0, %B314.i ]
  %moves.4.25.i = phi i64 [ %moves.3.0.i, %B100.if.i ], [ %moves.2.1.i, %B186.i ], [ %moves.2.1.i, %B250.i ], [ %5, %B314.i ]
  %2 = getelementptr i64, ptr %arg.a2, i64 %u.3.26.i
  store i64 %.129.0.i, ptr %2, align 8, !noalias !13
  %.666.i = icmp sgt i64 %moves.4.25.i, %arg.a3
  br i1 %.666.i, label %_ZN8perfdiff7compute7nesting23nearly_start_order_intoB3v10B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedEx.exit, label %B100.i

B100.if.i:                                        ; preds = %B100.i
  %.200.i = add nuw i64 %.129.0.i, 1
  %3 = getelementptr i64, ptr %arg.a0, i64 %.129.0.i
  %.258.i = load i64, ptr %3, align 8, !noalias !13
  %4 = getelementptr i64, ptr %arg.a1, i64 %.129.0.i
  %.292.i = load i64, ptr %4, align 8, !noalias !13
  %.359.not.i = icmp eq i64 %.129.0.i, 0
  br i1 %.359.not.i, label %B356.thread.i, label %B186.preheader.i

B186.preheader.i:                                 ; preds = %B100.if.i
  %5 = add i64 %moves.3.0.i, %.129.0.i
  br label %B186.i

_ZN8perfdiff7compute7nesting23nearly_start_order_intoB3v10B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedEx.exit: ; preds = %B100.i, %B356.thread.i, %entry
  %moves.3.0.lcssa.sink.i = phi i64 [ -2, %entry ], [ %moves.3.0.i, %B100.i ], [ -1, %B356.thread.i ]
  store i64 %moves.3.0.lcssa.sink.i, ptr %retptr, align 8
  ret void
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #1

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smax.i64(i64, i64) #2

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare <2 x i64> @llvm.smax.v2i64(<2 x i64>, <2 x i64>) #2

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #2 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { noinline }

!0 = !{!1}
!1 = distinct !{!1, !2, !"_ZN8perfdiff7compute7nesting15self_times_intoB2v3B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE: %retptr"}
!2 = distinct !{!2, !"_ZN8perfdiff7compute7nesting15self_times_intoB2v3B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE"}
!3 = distinct !{!3, !4, !5}
!4 = !{!"llvm.loop.isvectorized", i32 1}
!5 = !{!"llvm.loop.unroll.runtime.disable"}
!6 = distinct !{!6, !4}
!7 = !{!8}
!8 = distinct !{!8, !9, !"_ZN8perfdiff7compute7nesting12covered_intoB2v6B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE: %retptr"}
!9 = distinct !{!9, !"_ZN8perfdiff7compute7nesting12covered_intoB2v6B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE"}
!10 = !{!11}
!11 = distinct !{!11, !12, !"_ZN8perfdiff7compute7nesting10steps_intoB2v8B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE: %retptr"}
!12 = distinct !{!12, !"_ZN8perfdiff7compute7nesting10steps_intoB2v8B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE"}
!13 = !{!14}
!14 = distinct !{!14, !15, !"_ZN8perfdiff7compute7nesting23nearly_start_order_intoB3v10B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedEx: %retptr"}
!15 = distinct !{!15, !"_ZN8perfdiff7compute7nesting23nearly_start_order_intoB3v10B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAK4JJIqUWsIgmAA_3d_3dE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedEx"}
