; perfdiff kernels of perfdiff.xplane.line_kernels: LLVM IR generated from its source by
; python -m perfdiff.compute.native_build (numba 0.68.1, LLVM 22.1.0). Do not edit: edit the source and regenerate.
; source-sha256: e8663d7b223212ff19542ceb9be6dcecfc22901246344e9267a4d600d8c7255f

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define internal fastcc void @_ZN13_3cdynamic_3e5entryB2v1B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAE8int64_2ax8int64_2ax8int64_2ax8uint8_2axx8int64_2axxxx8int32_2ax8int64_2axxx8int32_2ax8int64_2ax8int64_2ax8int64_2ax(ptr noalias nonnull writeonly captures(none) %retptr, ptr readonly captures(none) %arg.a0, i64 %arg.a0_0, ptr captures(none) %arg.a1, i64 %arg.a1_0, ptr readonly captures(none) %arg.a2, i64 %arg.a2_0, ptr readonly captures(none) %arg.a3, i64 %arg.a3_0, i64 %arg.a3_1, ptr readonly captures(none) %arg.a4, i64 %arg.a4_0, i64 %arg.a4_1, i64 %arg.a5, i64 %arg.a6, ptr readonly captures(none) %arg.a7, i64 %arg.a7_0, ptr readonly captures(none) %arg.a8, i64 %arg.a8_0, i64 %arg.a9, i64 %arg.a10, ptr writeonly captures(none) %arg.a11, i64 %arg.a11_0, ptr writeonly captures(none) %arg.a12, i64 %arg.a12_0, ptr writeonly captures(none) %arg.a13, i64 %arg.a13_0, ptr writeonly captures(none) %arg.a14, i64 %arg.a14_0) unnamed_addr #0 {
entry:
  %.183.i = icmp slt i64 %arg.a9, 0
  %.187.i = icmp slt i64 %arg.a10, %arg.a9
  %or.cond.i = select i1 %.183.i, i1 true, i1 %.187.i
  br i1 %or.cond.i, label %_ZN8perfdiff6xplane12line_kernels8ops_intoB2v6B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit, label %B32.i

B32.i:                                            ; preds = %entry
  %.33.i.i = tail call i64 @llvm.smin.i64(i64 %arg.a1_0, i64 %arg.a0_0)
  %.35.i.i = tail call i64 @llvm.smin.i64(i64 %arg.a2_0, i64 %.33.i.i)
  %.37.i.i = tail call i64 @llvm.smin.i64(i64 %arg.a11_0, i64 %.35.i.i)
  %.39.i.i = tail call i64 @llvm.smin.i64(i64 %arg.a12_0, i64 %.37.i.i)
  %.41.i.i = tail call i64 @llvm.smin.i64(i64 %arg.a13_0, i64 %.39.i.i)
  %.43.i.i = tail call i64 @llvm.smin.i64(i64 %arg.a14_0, i64 %.41.i.i)
  %.348.i = icmp slt i64 %.43.i.i, %arg.a10
  br i1 %.348.i, label %_ZN8perfdiff6xplane12line_kernels8ops_intoB2v6B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit, label %B156.i

B156.i:                                           ; preds = %B32.i
  %.13.i.i = tail call i64 @llvm.smin.i64(i64 %arg.a4_0, i64 %arg.a3_0)
  %.477.i = icmp sgt i64 %.13.i.i, 1
  %.13.i1301.i = tail call i64 @llvm.smin.i64(i64 %arg.a4_1, i64 %arg.a3_1)
  %.541.i = icmp sge i64 %.13.i1301.i, %arg.a10
  %"$phi322.0.2.0.i" = select i1 %.477.i, i1 %.541.i, i1 false
  %.552.not.i = icmp eq i64 %arg.a6, 0
  %brmerge.i = select i1 %.552.not.i, i1 true, i1 %"$phi322.0.2.0.i"
  %.647.not.i = icmp eq i64 %arg.a8_0, %arg.a7_0
  %or.cond4.i = select i1 %brmerge.i, i1 %.647.not.i, i1 false
  br i1 %or.cond4.i, label %B384.i, label %_ZN8perfdiff6xplane12line_kernels8ops_intoB2v6B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B384.i:                                           ; preds = %B156.i
  %.758.i = sub nsw i64 %arg.a10, %arg.a9
  br label %B416.i

B416.i:                                           ; preds = %B416.if.i, %B384.i
  %.745.0.i = phi i64 [ %arg.a9, %B384.i ], [ %.814.i, %B416.if.i ]
  %.748.0.i = phi i64 [ %.758.i, %B384.i ], [ %.810.i, %B416.if.i ]
  %.801.i = icmp sgt i64 %.748.0.i, 0
  br i1 %.801.i, label %B416.if.i, label %B508.preheader.i

B508.preheader.i:                                 ; preds = %B416.i
  %.10781.i = icmp sgt i64 %.758.i, 0
  br i1 %.10781.i, label %B508.if.lr.ph.i, label %_ZN8perfdiff6xplane12line_kernels8ops_intoB2v6B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B508.if.lr.ph.i:                                  ; preds = %B508.preheader.i
  %0 = getelementptr i8, ptr %arg.a3, i64 %arg.a3_1
  %1 = getelementptr i64, ptr %arg.a4, i64 %arg.a4_1
  br label %B508.if.i

B620.i:                                           ; preds = %B508.if.i
  %.1408.i = select i1 %.1133.i, i64 %arg.a3_1, i64 0
  %.1409.i = add i64 %.1408.i, %.1022.02.i
  %.1430.i = getelementptr i8, ptr %arg.a3, i64 %.1409.i
  %.1431.i = load i8, ptr %.1430.i, align 1, !noalias !0
  %.1469.i = select i1 %.1133.i, i64 %arg.a4_1, i64 0
  %.1470.i = add i64 %.1469.i, %.1022.02.i
  %.1491.i = getelementptr i64, ptr %arg.a4, i64 %.1470.i
  %.1492.i = load i64, ptr %.1491.i, align 8, !noalias !0
  %2 = and i8 %.1431.i, -2
  %switch.i = icmp ne i8 %2, 2
  %.1514.not.i = icmp eq i64 %.1492.i, 0
  %or.cond1298.i = select i1 %switch.i, i1 true, i1 %.1514.not.i
  %offset.4.2.i = select i1 %or.cond1298.i, i64 %.1302.i, i64 %.1492.i
  %.1604.i = getelementptr i8, ptr %0, i64 %.1409.i
  %.1605.i = load i8, ptr %.1604.i, align 1, !noalias !0
  %.1665.i = getelementptr i64, ptr %1, i64 %.1470.i
  %.1666.i = load i64, ptr %.1665.i, align 8, !noalias !0
  %3 = and i8 %.1605.i, -2
  %switch1299.i = icmp ne i8 %3, 2
  %.1688.not.i = icmp eq i64 %.1666.i, 0
  %or.cond1300.i = select i1 %switch1299.i, i1 true, i1 %.1688.not.i
  %spec.select.i = select i1 %or.cond1300.i, i64 %.1344.i, i64 %.1666.i
  br label %B986.else.if.i

B416.if.i:                                        ; preds = %B416.i
  %.810.i = add nsw i64 %.748.0.i, -1
  %.814.i = add i64 %.745.0.i, 1
  %.856.i = icmp slt i64 %.745.0.i, 0
  %.857.i = select i1 %.856.i, i64 %arg.a0_0, i64 0
  %4 = getelementptr i64, ptr %arg.a0, i64 %.745.0.i
  %.871.i = getelementptr i64, ptr %4, i64 %.857.i
  %.872.i = load i64, ptr %.871.i, align 8, !noalias !0
  %.873.i = icmp sgt i64 %.872.i, -1
  %.909.not.i = icmp slt i64 %.872.i, %arg.a8_0
  %or.cond1297.i = select i1 %.873.i, i1 %.909.not.i, i1 false
  br i1 %or.cond1297.i, label %B416.i, label %_ZN8perfdiff6xplane12line_kernels8ops_intoB2v6B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

B508.if.i:                                        ; preds = %B986.else.if.i, %B508.if.lr.ph.i
  %.1025.03.i = phi i64 [ %.758.i, %B508.if.lr.ph.i ], [ %.1087.i, %B986.else.if.i ]
  %.1022.02.i = phi i64 [ %arg.a9, %B508.if.lr.ph.i ], [ %.1091.i, %B986.else.if.i ]
  %.1087.i = add nsw i64 %.1025.03.i, -1
  %.1091.i = add i64 %.1022.02.i, 1
  %.1133.i = icmp slt i64 %.1022.02.i, 0
  %.1134.i = select i1 %.1133.i, i64 %arg.a0_0, i64 0
  %5 = getelementptr i64, ptr %arg.a0, i64 %.1022.02.i
  %.1148.i = getelementptr i64, ptr %5, i64 %.1134.i
  %.1149.i = load i64, ptr %.1148.i, align 8, !noalias !0
  %.1163.i = icmp slt i64 %.1149.i, 0
  %.1164.i = select i1 %.1163.i, i64 %arg.a8_0, i64 0
  %6 = getelementptr i32, ptr %arg.a7, i64 %.1149.i
  %.1178.i = getelementptr i32, ptr %6, i64 %.1164.i
  %.1179.i = load i32, ptr %.1178.i, align 4, !noalias !0
  %.1195.i = select i1 %.1133.i, i64 %arg.a11_0, i64 0
  %7 = getelementptr i32, ptr %arg.a11, i64 %.1022.02.i
  %.1209.i = getelementptr i32, ptr %7, i64 %.1195.i
  store i32 %.1179.i, ptr %.1209.i, align 4, !noalias !0
  %8 = getelementptr i64, ptr %arg.a8, i64 %.1149.i
  %.1239.i = getelementptr i64, ptr %8, i64 %.1164.i
  %.1240.i = load i64, ptr %.1239.i, align 8, !noalias !0
  %.1256.i = select i1 %.1133.i, i64 %arg.a12_0, i64 0
  %9 = getelementptr i64, ptr %arg.a12, i64 %.1022.02.i
  %.1270.i = getelementptr i64, ptr %9, i64 %.1256.i
  store i64 %.1240.i, ptr %.1270.i, align 8, !noalias !0
  %.1287.i = select i1 %.1133.i, i64 %arg.a1_0, i64 0
  %10 = getelementptr i64, ptr %arg.a1, i64 %.1022.02.i
  %.1301.i = getelementptr i64, ptr %10, i64 %.1287.i
  %.1302.i = load i64, ptr %.1301.i, align 8, !noalias !0
  %.1329.i = select i1 %.1133.i, i64 %arg.a2_0, i64 0
  %11 = getelementptr i64, ptr %arg.a2, i64 %.1022.02.i
  %.1343.i = getelementptr i64, ptr %11, i64 %.1329.i
  %.1344.i = load i64, ptr %.1343.i, align 8, !noalias !0
  br i1 %.552.not.i, label %B986.else.if.i, label %B620.i

B986.else.if.i:                                   ; preds = %B508.if.i, %B620.i
  %offset.3.1.i = phi i64 [ %.1302.i, %B508.if.i ], [ %offset.4.2.i, %B620.i ]
  %duration.3.1.i = phi i64 [ %.1344.i, %B508.if.i ], [ %spec.select.i, %B620.i ]
  %.1741.i = sdiv i64 %offset.3.1.i, 1000
  %.1742.i = srem i64 %offset.3.1.i, 1000
  %.1742.lobit.i = ashr i64 %.1742.i, 63
  %.1730.0.i = add nsw i64 %.1742.lobit.i, %.1741.i
  %.1764.i = add nsw i64 %.1730.0.i, %arg.a5
  %.1780.i = select i1 %.1133.i, i64 %arg.a13_0, i64 0
  %12 = getelementptr i64, ptr %arg.a13, i64 %.1022.02.i
  %.1794.i = getelementptr i64, ptr %12, i64 %.1780.i
  store i64 %.1764.i, ptr %.1794.i, align 8, !noalias !0
  %.1798.i = add nsw i64 %duration.3.1.i, %offset.3.1.i
  %.1821.i = sdiv i64 %.1798.i, 1000
  %.1822.i = srem i64 %.1798.i, 1000
  %.1822.lobit.i = ashr i64 %.1822.i, 63
  %.1810.0.i = sub nsw i64 %.1821.i, %.1730.0.i
  %.1843.i = add nsw i64 %.1810.0.i, %.1822.lobit.i
  %.1859.i = select i1 %.1133.i, i64 %arg.a14_0, i64 0
  %13 = getelementptr i64, ptr %arg.a14, i64 %.1022.02.i
  %.1873.i = getelementptr i64, ptr %13, i64 %.1859.i
  store i64 %.1843.i, ptr %.1873.i, align 8, !noalias !0
  %.1894.i = sdiv i64 %.1302.i, 1000
  %.1895.i = srem i64 %.1302.i, 1000
  %.1895.lobit.i = ashr i64 %.1895.i, 63
  %.1883.0.i = add i64 %.1894.i, %arg.a5
  %.1919.i = add i64 %.1883.0.i, %.1895.lobit.i
  store i64 %.1919.i, ptr %.1301.i, align 8, !noalias !0
  %.1078.i = icmp samesign ugt i64 %.1025.03.i, 1
  br i1 %.1078.i, label %B508.if.i, label %_ZN8perfdiff6xplane12line_kernels8ops_intoB2v6B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit

_ZN8perfdiff6xplane12line_kernels8ops_intoB2v6B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE.exit: ; preds = %B416.if.i, %B986.else.if.i, %entry, %B32.i, %B156.i, %B508.preheader.i
  %.sink.i = phi i64 [ 0, %B986.else.if.i ], [ 0, %B508.preheader.i ], [ -2, %B156.i ], [ -2, %B32.i ], [ -2, %entry ], [ -2, %B416.if.i ]
  store i64 %.sink.i, ptr %retptr, align 8
  ret void
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define i64 @perfdiff_ops_into(ptr readonly captures(none) %.1, i64 %.2, ptr captures(none) %.3, i64 %.4, ptr readonly captures(none) %.5, i64 %.6, ptr readonly captures(none) %.7, i64 %.8, i64 %.9, ptr readonly captures(none) %.10, i64 %.11, i64 %.12, i64 %.13, i64 %.14, ptr readonly captures(none) %.15, i64 %.16, ptr readonly captures(none) %.17, i64 %.18, i64 %.19, i64 %.20, ptr writeonly captures(none) %.21, i64 %.22, ptr writeonly captures(none) %.23, i64 %.24, ptr writeonly captures(none) %.25, i64 %.26, ptr writeonly captures(none) %.27, i64 %.28) local_unnamed_addr #0 {
entry:
  %.30 = alloca i64, align 8
  store i64 0, ptr %.30, align 8
  call fastcc void @_ZN13_3cdynamic_3e5entryB2v1B56c8tJTIeFIjxB2IKSgI4CrvQCk0Z4yRYcWsBAg6cJqBrMeIZJFEGM0QQAE8int64_2ax8int64_2ax8int64_2ax8uint8_2axx8int64_2axxxx8int32_2ax8int64_2axxx8int32_2ax8int64_2ax8int64_2ax8int64_2ax(ptr %.30, ptr %.1, i64 %.2, ptr %.3, i64 %.4, ptr %.5, i64 %.6, ptr %.7, i64 %.8, i64 %.9, ptr %.10, i64 %.11, i64 %.12, i64 %.13, i64 %.14, ptr %.15, i64 %.16, ptr %.17, i64 %.18, i64 %.19, i64 %.20, ptr %.21, i64 %.22, ptr %.23, i64 %.24, ptr %.25, i64 %.26, ptr %.27, i64 %.28) #2
  %.44 = load i64, ptr %.30, align 8
  ret i64 %.44
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smin.i64(i64, i64) #1

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) }
attributes #1 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { noinline }

!0 = !{!1}
!1 = distinct !{!1, !2, !"_ZN8perfdiff6xplane12line_kernels8ops_intoB2v6B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE: %retptr"}
!2 = distinct !{!2, !"_ZN8perfdiff6xplane12line_kernels8ops_intoB2v6B56c8tJTIeFIjxB2IKSgI4CrvSCKg1MMbCQQPKkLTj8gMFYBFOOlH7AIpoAE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIhLi2E1C7mutable7alignedE5ArrayIxLi2E1C7mutable7alignedExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedExx5ArrayIiLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE5ArrayIxLi1E1C7mutable7alignedE"}
