(module
  (type (;0;) (func (param i32 i32 i32 i32 i32 i32 i32 i32)))
  (import "env" "memory" (memory (;0;) 0 65536 shared))
  (func $run (export "run") (type 0) (param $ROWS i32) (param $NP i32) (param $LOGITS i32) (param $POSITIONS i32) (param $OUT i32) (param $PARTS i32) (param $SUMS i32) (param $SCRATCH i32)
    (local $ROW i32) (local $J i32) (local $END i32) (local $Q i32) (local $QEND i32) (local $NB i32) (local $X v128) (local $Y v128) (local $MIN v128) (local $MAX v128) (local $SC v128) (local $SS v128) (local $SE v128) (local $HALF_SCALE v128) (local $RATIO v128) (local $SHIFT v128) (local $INVY v128) (local $INVE v128) (local $SUM v128) (local $EX v128) (local $EK v128) (local $ER v128) (local $EXP_MIN v128) (local $LOG2E v128) (local $MINUS_LN2_HI v128) (local $MINUS_LN2_LO v128) (local $P0 v128) (local $P1 v128) (local $P2 v128) (local $P3 v128) (local $P4 v128) (local $P5 v128) (local $ONE v128) (local $ROUNDER v128) (local $EXP_BIAS v128)
    (local.set $NB
      (i32.shl
        (local.get $NP)
        (i32.const 2)))
    (local.set $HALF_SCALE
      (f32x4.mul
        (v128.load32_splat
          (local.get $SCRATCH))
        (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)))
    (local.set $EXP_MIN
      (v128.const i32x4 0xc2aea8f6 0xc2aea8f6 0xc2aea8f6 0xc2aea8f6))
    (local.set $LOG2E
      (v128.const i32x4 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b))
    (local.set $MINUS_LN2_HI
      (v128.const i32x4 0xbf318000 0xbf318000 0xbf318000 0xbf318000))
    (local.set $MINUS_LN2_LO
      (v128.const i32x4 0x395e8083 0x395e8083 0x395e8083 0x395e8083))
    (local.set $P0
      (v128.const i32x4 0x39506967 0x39506967 0x39506967 0x39506967))
    (local.set $P1
      (v128.const i32x4 0x3ab743ce 0x3ab743ce 0x3ab743ce 0x3ab743ce))
    (local.set $P2
      (v128.const i32x4 0x3c088908 0x3c088908 0x3c088908 0x3c088908))
    (local.set $P3
      (v128.const i32x4 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1))
    (local.set $P4
      (v128.const i32x4 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa))
    (local.set $P5
      (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000))
    (local.set $ONE
      (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000))
    (local.set $ROUNDER
      (v128.const i32x4 0x4b400000 0x4b400000 0x4b400000 0x4b400000))
    (local.set $EXP_BIAS
      (v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f))
    (local.set $END
      (i32.add
        (i32.add
          (local.get $SCRATCH)
          (i32.const 16))
        (i32.mul
          (i32.shr_u
            (i32.add
              (local.get $NP)
              (i32.const 3))
            (i32.const 2))
          (i32.const 128))))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.ge_u
            (local.get $ROW)
            (local.get $ROWS)))
        (local.set $Q
          (i32.add
            (local.get $LOGITS)
            (i32.mul
              (local.get $ROW)
              (local.get $NB))))
        (local.set $QEND
          (i32.add
            (local.get $Q)
            (local.get $NB)))
        (local.set $J
          (i32.add
            (local.get $SCRATCH)
            (i32.const 16)))
        (block  ;; label = @3
          (loop  ;; label = @4
            (br_if 1 (;@3;)
              (i32.gt_u
                (i32.add
                  (local.get $Q)
                  (i32.const 16))
                (local.get $QEND)))
            (v128.store offset=48
              (local.get $J)
              (v128.load
                (local.get $Q)))
            (local.set $Q
              (i32.add
                (local.get $Q)
                (i32.const 16)))
            (local.set $J
              (i32.add
                (local.get $J)
                (i32.const 128)))
            (br 0 (;@4;))))
        (block  ;; label = @3
          (loop  ;; label = @4
            (br_if 1 (;@3;)
              (i32.ge_u
                (local.get $Q)
                (local.get $QEND)))
            (f32.store offset=48
              (local.get $J)
              (f32.load
                (local.get $Q)))
            (local.set $Q
              (i32.add
                (local.get $Q)
                (i32.const 4)))
            (local.set $J
              (i32.add
                (local.get $J)
                (i32.const 4)))
            (br 0 (;@4;))))
        (local.set $X
          (v128.load32_splat
            (i32.add
              (local.get $POSITIONS)
              (i32.mul
                (local.get $ROW)
                (i32.const 8)))))
        (local.set $Y
          (v128.load32_splat offset=4
            (i32.add
              (local.get $POSITIONS)
              (i32.mul
                (local.get $ROW)
                (i32.const 8)))))
        (local.set $MIN
          (v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000))
        (local.set $MAX
          (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000))
        (local.set $J
          (i32.add
            (local.get $SCRATCH)
            (i32.const 16)))
        (block  ;; label = @3
          (loop  ;; label = @4
            (br_if 1 (;@3;)
              (i32.ge_u
                (local.get $J)
                (local.get $END)))
            (v128.store offset=64
              (local.get $J)
              (f32x4.relaxed_madd
                (f32x4.sub
                  (local.get $X)
                  (v128.load
                    (local.get $J)))
                (f32x4.sub
                  (local.get $X)
                  (v128.load
                    (local.get $J)))
                (f32x4.mul
                  (f32x4.sub
                    (local.get $Y)
                    (v128.load offset=16
                      (local.get $J)))
                  (f32x4.sub
                    (local.get $Y)
                    (v128.load offset=16
                      (local.get $J))))))
            (local.set $MIN
              (f32x4.pmin
                (local.get $MIN)
                (v128.load offset=64
                  (local.get $J))))
            (local.set $MAX
              (f32x4.pmax
                (local.get $MAX)
                (v128.load offset=48
                  (local.get $J))))
            (local.set $J
              (i32.add
                (local.get $J)
                (i32.const 128)))
            (br 0 (;@4;))))
        (local.set $MIN
          (f32x4.pmin
            (local.get $MIN)
            (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7
              (local.get $MIN)
              (local.get $MIN))))
        (local.set $MIN
          (f32x4.pmin
            (local.get $MIN)
            (i8x16.shuffle 4 5 6 7 0 1 2 3 12 13 14 15 8 9 10 11
              (local.get $MIN)
              (local.get $MIN))))
        (local.set $MAX
          (f32x4.pmax
            (local.get $MAX)
            (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7
              (local.get $MAX)
              (local.get $MAX))))
        (local.set $MAX
          (f32x4.pmax
            (local.get $MAX)
            (i8x16.shuffle 4 5 6 7 0 1 2 3 12 13 14 15 8 9 10 11
              (local.get $MAX)
              (local.get $MAX))))
        (local.set $SC
          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))
        (local.set $SS
          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))
        (local.set $SE
          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))
        (local.set $J
          (i32.add
            (local.get $SCRATCH)
            (i32.const 16)))
        (block  ;; label = @3
          (loop  ;; label = @4
            (br_if 1 (;@3;)
              (i32.ge_u
                (local.get $J)
                (local.get $END)))
            (local.get $J)
            (local.set $EX
              (f32x4.pmax
                (local.get $EXP_MIN)
                (f32x4.mul
                  (f32x4.sub
                    (v128.load offset=64
                      (local.get $J))
                    (local.get $MIN))
                  (local.get $HALF_SCALE))))
            (local.set $EK
              (f32x4.relaxed_madd
                (local.get $EX)
                (local.get $LOG2E)
                (local.get $ROUNDER)))
            (local.set $ER
              (f32x4.relaxed_madd
                (f32x4.sub
                  (local.get $EK)
                  (local.get $ROUNDER))
                (local.get $MINUS_LN2_HI)
                (local.get $EX)))
            (local.set $ER
              (f32x4.relaxed_madd
                (f32x4.sub
                  (local.get $EK)
                  (local.get $ROUNDER))
                (local.get $MINUS_LN2_LO)
                (local.get $ER)))
            (v128.and
              (f32x4.mul
                (f32x4.add
                  (f32x4.relaxed_madd
                    (f32x4.relaxed_madd
                      (f32x4.relaxed_madd
                        (f32x4.relaxed_madd
                          (f32x4.relaxed_madd
                            (f32x4.relaxed_madd
                              (local.get $P0)
                              (local.get $ER)
                              (local.get $P1))
                            (local.get $ER)
                            (local.get $P2))
                          (local.get $ER)
                          (local.get $P3))
                        (local.get $ER)
                        (local.get $P4))
                      (local.get $ER)
                      (local.get $P5))
                    (f32x4.mul
                      (local.get $ER)
                      (local.get $ER))
                    (local.get $ER))
                  (local.get $ONE))
                (i32x4.shl
                  (i32x4.add
                    (local.get $EK)
                    (local.get $EXP_BIAS))
                  (i32.const 23)))
              (f32x4.gt
                (local.get $EX)
                (local.get $EXP_MIN)))
            (v128.store offset=80)
            (v128.store offset=64
              (local.get $J)
              (f32x4.mul
                (local.tee $EX
                  (v128.and
                    (f32x4.gt
                      (v128.load offset=80
                        (local.get $J))
                      (v128.load32_splat offset=12
                        (local.get $SCRATCH)))
                    (v128.load offset=80
                      (local.get $J))))
                (local.get $EX)))
            (local.get $J)
            (local.set $EX
              (f32x4.pmax
                (local.get $EXP_MIN)
                (f32x4.sub
                  (v128.load offset=48
                    (local.get $J))
                  (local.get $MAX))))
            (local.set $EK
              (f32x4.relaxed_madd
                (local.get $EX)
                (local.get $LOG2E)
                (local.get $ROUNDER)))
            (local.set $ER
              (f32x4.relaxed_madd
                (f32x4.sub
                  (local.get $EK)
                  (local.get $ROUNDER))
                (local.get $MINUS_LN2_HI)
                (local.get $EX)))
            (local.set $ER
              (f32x4.relaxed_madd
                (f32x4.sub
                  (local.get $EK)
                  (local.get $ROUNDER))
                (local.get $MINUS_LN2_LO)
                (local.get $ER)))
            (v128.and
              (f32x4.mul
                (f32x4.add
                  (f32x4.relaxed_madd
                    (f32x4.relaxed_madd
                      (f32x4.relaxed_madd
                        (f32x4.relaxed_madd
                          (f32x4.relaxed_madd
                            (f32x4.relaxed_madd
                              (local.get $P0)
                              (local.get $ER)
                              (local.get $P1))
                            (local.get $ER)
                            (local.get $P2))
                          (local.get $ER)
                          (local.get $P3))
                        (local.get $ER)
                        (local.get $P4))
                      (local.get $ER)
                      (local.get $P5))
                    (f32x4.mul
                      (local.get $ER)
                      (local.get $ER))
                    (local.get $ER))
                  (local.get $ONE))
                (i32x4.shl
                  (i32x4.add
                    (local.get $EK)
                    (local.get $EXP_BIAS))
                  (i32.const 23)))
              (f32x4.gt
                (local.get $EX)
                (local.get $EXP_MIN)))
            (v128.store offset=96)
            (local.set $SC
              (f32x4.add
                (local.get $SC)
                (v128.load offset=64
                  (local.get $J))))
            (local.set $SS
              (f32x4.add
                (local.get $SS)
                (v128.load offset=80
                  (local.get $J))))
            (local.set $SE
              (f32x4.add
                (local.get $SE)
                (v128.load offset=96
                  (local.get $J))))
            (local.set $J
              (i32.add
                (local.get $J)
                (i32.const 128)))
            (br 0 (;@4;))))
        (local.set $SC
          (f32x4.add
            (local.get $SC)
            (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7
              (local.get $SC)
              (local.get $SC))))
        (local.set $SC
          (f32x4.add
            (local.get $SC)
            (i8x16.shuffle 4 5 6 7 0 1 2 3 12 13 14 15 8 9 10 11
              (local.get $SC)
              (local.get $SC))))
        (local.set $SS
          (f32x4.add
            (local.get $SS)
            (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7
              (local.get $SS)
              (local.get $SS))))
        (local.set $SS
          (f32x4.add
            (local.get $SS)
            (i8x16.shuffle 4 5 6 7 0 1 2 3 12 13 14 15 8 9 10 11
              (local.get $SS)
              (local.get $SS))))
        (local.set $SE
          (f32x4.add
            (local.get $SE)
            (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7
              (local.get $SE)
              (local.get $SE))))
        (local.set $SE
          (f32x4.add
            (local.get $SE)
            (i8x16.shuffle 4 5 6 7 0 1 2 3 12 13 14 15 8 9 10 11
              (local.get $SE)
              (local.get $SE))))
        (local.set $RATIO
          (f32x4.div
            (local.get $SS)
            (local.get $SC)))
        (local.set $SHIFT
          (v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000))
        (local.set $SUM
          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))
        (local.set $J
          (i32.add
            (local.get $SCRATCH)
            (i32.const 16)))
        (block  ;; label = @3
          (loop  ;; label = @4
            (br_if 1 (;@3;)
              (i32.ge_u
                (local.get $J)
                (local.get $END)))
            (v128.store offset=64
              (local.get $J)
              (f32x4.sub
                (f32x4.mul
                  (v128.load offset=64
                    (local.get $J))
                  (local.get $RATIO))
                (v128.load offset=80
                  (local.get $J))))
            (local.set $SHIFT
              (f32x4.pmin
                (local.get $SHIFT)
                (v128.load offset=64
                  (local.get $J))))
            (local.set $SUM
              (f32x4.add
                (local.get $SUM)
                (v128.load offset=64
                  (local.get $J))))
            (local.set $J
              (i32.add
                (local.get $J)
                (i32.const 128)))
            (br 0 (;@4;))))
        (local.set $SHIFT
          (f32x4.pmin
            (local.get $SHIFT)
            (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7
              (local.get $SHIFT)
              (local.get $SHIFT))))
        (local.set $SHIFT
          (f32x4.pmin
            (local.get $SHIFT)
            (i8x16.shuffle 4 5 6 7 0 1 2 3 12 13 14 15 8 9 10 11
              (local.get $SHIFT)
              (local.get $SHIFT))))
        (local.set $SUM
          (f32x4.add
            (local.get $SUM)
            (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7
              (local.get $SUM)
              (local.get $SUM))))
        (local.set $SUM
          (f32x4.add
            (local.get $SUM)
            (i8x16.shuffle 4 5 6 7 0 1 2 3 12 13 14 15 8 9 10 11
              (local.get $SUM)
              (local.get $SUM))))
        (local.set $SHIFT
          (f32x4.abs
            (local.get $SHIFT)))
        (local.set $INVY
          (f32x4.div
            (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
            (f32x4.add
              (f32x4.mul
                (v128.load32_splat offset=8
                  (local.get $SCRATCH))
                (local.get $SHIFT))
              (local.get $SUM))))
        (local.set $INVE
          (f32x4.div
            (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
            (local.get $SE)))
        (local.set $SUM
          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))
        (local.set $J
          (i32.add
            (local.get $SCRATCH)
            (i32.const 16)))
        (block  ;; label = @3
          (loop  ;; label = @4
            (br_if 1 (;@3;)
              (i32.ge_u
                (local.get $J)
                (local.get $END)))
            (v128.store offset=64
              (local.get $J)
              (f32x4.mul
                (f32x4.mul
                  (f32x4.add
                    (v128.load offset=64
                      (local.get $J))
                    (local.get $SHIFT))
                  (local.get $INVY))
                (v128.load offset=32
                  (local.get $J))))
            (v128.store offset=112
              (local.get $J)
              (f32x4.mul
                (f32x4.sub
                  (f32x4.mul
                    (v128.load offset=96
                      (local.get $J))
                    (local.get $INVE))
                  (v128.load offset=64
                    (local.get $J)))
                (v128.load32_splat offset=4
                  (local.get $SCRATCH))))
            (local.set $SUM
              (f32x4.relaxed_madd
                (v128.load offset=64
                  (local.get $J))
                (v128.load offset=48
                  (local.get $J))
                (local.get $SUM)))
            (local.set $J
              (i32.add
                (local.get $J)
                (i32.const 128)))
            (br 0 (;@4;))))
        (local.set $SUM
          (f32x4.add
            (local.get $SUM)
            (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7
              (local.get $SUM)
              (local.get $SUM))))
        (local.set $SUM
          (f32x4.add
            (local.get $SUM)
            (i8x16.shuffle 4 5 6 7 0 1 2 3 12 13 14 15 8 9 10 11
              (local.get $SUM)
              (local.get $SUM))))
        (v128.store32_lane 0
          (i32.add
            (local.get $PARTS)
            (i32.mul
              (local.get $ROW)
              (i32.const 4)))
          (f32x4.sub
            (local.get $MAX)
            (local.get $SUM)))
        (v128.store32_lane 0
          (i32.add
            (local.get $SUMS)
            (i32.mul
              (local.get $ROW)
              (i32.const 4)))
          (local.get $SE))
        (local.set $Q
          (i32.add
            (local.get $OUT)
            (i32.mul
              (local.get $ROW)
              (local.get $NB))))
        (local.set $QEND
          (i32.add
            (local.get $Q)
            (local.get $NB)))
        (local.set $J
          (i32.add
            (local.get $SCRATCH)
            (i32.const 16)))
        (block  ;; label = @3
          (loop  ;; label = @4
            (br_if 1 (;@3;)
              (i32.gt_u
                (i32.add
                  (local.get $Q)
                  (i32.const 16))
                (local.get $QEND)))
            (v128.store
              (local.get $Q)
              (v128.load offset=112
                (local.get $J)))
            (local.set $Q
              (i32.add
                (local.get $Q)
                (i32.const 16)))
            (local.set $J
              (i32.add
                (local.get $J)
                (i32.const 128)))
            (br 0 (;@4;))))
        (block  ;; label = @3
          (loop  ;; label = @4
            (br_if 1 (;@3;)
              (i32.ge_u
                (local.get $Q)
                (local.get $QEND)))
            (f32.store
              (local.get $Q)
              (f32.load offset=112
                (local.get $J)))
            (local.set $Q
              (i32.add
                (local.get $Q)
                (i32.const 4)))
            (local.set $J
              (i32.add
                (local.get $J)
                (i32.const 4)))
            (br 0 (;@4;))))
        (local.set $ROW
          (i32.add
            (local.get $ROW)
            (i32.const 1)))
        (br 0 (;@2;))))))
