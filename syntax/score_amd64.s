//go:build !purego

#include "textflag.h"

// func addWordsAVX2(dst, src *uint64, n int)
//
// dst[i] += src[i] for i < n, eight and then four words at a time in
// 256-bit registers.
TEXT ·addWordsAVX2(SB), NOSPLIT, $0-24
	MOVQ dst+0(FP), DI
	MOVQ src+8(FP), SI
	MOVQ n+16(FP), CX

by8:
	CMPQ    CX, $8
	JLT     by4
	VMOVDQU (SI), Y0
	VMOVDQU 32(SI), Y1
	VPADDQ  (DI), Y0, Y0
	VPADDQ  32(DI), Y1, Y1
	VMOVDQU Y0, (DI)
	VMOVDQU Y1, 32(DI)
	ADDQ    $64, SI
	ADDQ    $64, DI
	SUBQ    $8, CX
	JMP     by8

by4:
	CMPQ    CX, $4
	JLT     by1
	VMOVDQU (SI), Y0
	VPADDQ  (DI), Y0, Y0
	VMOVDQU Y0, (DI)
	ADDQ    $32, SI
	ADDQ    $32, DI
	SUBQ    $4, CX

by1:
	TESTQ CX, CX
	JEQ   done
	MOVQ  (SI), AX
	ADDQ  AX, (DI)
	ADDQ  $8, SI
	ADDQ  $8, DI
	DECQ  CX
	JMP   by1

done:
	VZEROUPPER
	RET

// func prefetchSlots(slots *slot, mask uint64, keys *uint64, n int)
//
// Prefetches into the cache the slot keys[i]&mask of slots (16 bytes each)
// for i < n. A prefetch never faults.
TEXT ·prefetchSlots(SB), NOSPLIT, $0-32
	MOVQ slots+0(FP), DI
	MOVQ mask+8(FP), DX
	MOVQ keys+16(FP), SI
	MOVQ n+24(FP), CX

next:
	TESTQ      CX, CX
	JEQ        end
	MOVQ       (SI), AX
	ANDQ       DX, AX
	SHLQ       $4, AX
	PREFETCHT0 (DI)(AX*1)
	ADDQ       $8, SI
	DECQ       CX
	JMP        next

end:
	RET
