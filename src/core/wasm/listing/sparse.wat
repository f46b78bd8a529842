(module
  (type (;0;) (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)))
  (type (;1;) (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)))
  (type (;2;) (func (param i32 i32 i32 i32)))
  (import "env" "memory" (memory (;0;) 0 65536 shared))
  (func $spmm (export "spmm") (type 0) (param $ROWS i32) (param $STRIDE i32) (param $LANES i32) (param $ROW_PTR i32) (param $COL_OFF i32) (param $VALUES i32) (param $X i32) (param $BIAS i32) (param $RELU i32) (param $STEPS i32) (param $SLOT i32)
    (local $J i32) (local $Q i32) (local $Q_END i32) (local $Q_START i32) (local $OUT_ROW i32) (local $ROW_BYTES i32) (local $C i32) (local $X_ROW i32) (local $LANE_BYTES i32) (local $STEP i32) (local $OUT i32) (local $W v128) (local $BIAS_V v128) (local $FLOOR v128) (local $ACC0 v128) (local $ACC1 v128) (local $ACC2 v128) (local $ACC3 v128) (local $ACC4 v128) (local $ACC5 v128)
    (local.set $ROW_BYTES
      (i32.shl
        (local.get $STRIDE)
        (i32.const 2)))
    (local.set $LANE_BYTES
      (i32.shl
        (local.get $LANES)
        (i32.const 2)))
    (local.set $FLOOR
      (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000))
    (if  ;; label = @1
      (local.get $RELU)
      (then
        (local.set $FLOOR
          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))
    (local.set $STEP
      (i32.const 0))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.ge_u
            (local.get $STEP)
            (local.get $STEPS)))
        (local.set $OUT
          (i32.add
            (local.get $X)
            (local.get $SLOT)))
        (local.set $J
          (i32.const 0))
        (block  ;; label = @3
          (loop  ;; label = @4
            (br_if 1 (;@3;)
              (i32.ge_u
                (local.get $J)
                (local.get $ROWS)))
            (local.set $Q_START
              (i32.shl
                (i32.load
                  (local.tee $Q_END
                    (i32.add
                      (local.get $ROW_PTR)
                      (i32.shl
                        (local.get $J)
                        (i32.const 2)))))
                (i32.const 2)))
            (local.set $Q_END
              (i32.shl
                (i32.load offset=4
                  (local.get $Q_END))
                (i32.const 2)))
            (local.set $Q
              (local.get $Q_START))
            (local.set $OUT_ROW
              (i32.add
                (local.get $OUT)
                (i32.mul
                  (local.get $J)
                  (local.get $ROW_BYTES))))
            (local.set $BIAS_V
              (v128.load32_splat
                (i32.add
                  (local.get $BIAS)
                  (i32.shl
                    (local.get $J)
                    (i32.const 2)))))
            (local.set $C
              (i32.const 0))
            (block  ;; label = @5
              (loop  ;; label = @6
                (br_if 1 (;@5;)
                  (i32.gt_u
                    (i32.add
                      (local.get $C)
                      (i32.const 96))
                    (local.get $LANE_BYTES)))
                (local.set $ACC0
                  (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))
                (local.set $ACC1
                  (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))
                (local.set $ACC2
                  (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))
                (local.set $ACC3
                  (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))
                (local.set $ACC4
                  (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))
                (local.set $ACC5
                  (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))
                (local.set $Q
                  (local.get $Q_START))
                (block  ;; label = @7
                  (loop  ;; label = @8
                    (br_if 1 (;@7;)
                      (i32.ge_u
                        (local.get $Q)
                        (local.get $Q_END)))
                    (local.set $W
                      (v128.load32_splat
                        (i32.add
                          (local.get $VALUES)
                          (local.get $Q))))
                    (local.set $X_ROW
                      (i32.add
                        (i32.add
                          (i32.mul
                            (i32.load
                              (i32.add
                                (local.get $COL_OFF)
                                (local.get $Q)))
                            (local.get $STRIDE))
                          (local.get $X))
                        (local.get $C)))
                    (local.set $ACC0
                      (f32x4.relaxed_madd
                        (local.get $W)
                        (v128.load
                          (local.get $X_ROW))
                        (local.get $ACC0)))
                    (local.set $ACC1
                      (f32x4.relaxed_madd
                        (local.get $W)
                        (v128.load offset=16
                          (local.get $X_ROW))
                        (local.get $ACC1)))
                    (local.set $ACC2
                      (f32x4.relaxed_madd
                        (local.get $W)
                        (v128.load offset=32
                          (local.get $X_ROW))
                        (local.get $ACC2)))
                    (local.set $ACC3
                      (f32x4.relaxed_madd
                        (local.get $W)
                        (v128.load offset=48
                          (local.get $X_ROW))
                        (local.get $ACC3)))
                    (local.set $ACC4
                      (f32x4.relaxed_madd
                        (local.get $W)
                        (v128.load offset=64
                          (local.get $X_ROW))
                        (local.get $ACC4)))
                    (local.set $ACC5
                      (f32x4.relaxed_madd
                        (local.get $W)
                        (v128.load offset=80
                          (local.get $X_ROW))
                        (local.get $ACC5)))
                    (local.set $Q
                      (i32.add
                        (local.get $Q)
                        (i32.const 4)))
                    (br 0 (;@8;))))
                (v128.store
                  (i32.add
                    (local.get $OUT_ROW)
                    (local.get $C))
                  (f32x4.pmax
                    (f32x4.add
                      (local.get $ACC0)
                      (local.get $BIAS_V))
                    (local.get $FLOOR)))
                (v128.store offset=16
                  (i32.add
                    (local.get $OUT_ROW)
                    (local.get $C))
                  (f32x4.pmax
                    (f32x4.add
                      (local.get $ACC1)
                      (local.get $BIAS_V))
                    (local.get $FLOOR)))
                (v128.store offset=32
                  (i32.add
                    (local.get $OUT_ROW)
                    (local.get $C))
                  (f32x4.pmax
                    (f32x4.add
                      (local.get $ACC2)
                      (local.get $BIAS_V))
                    (local.get $FLOOR)))
                (v128.store offset=48
                  (i32.add
                    (local.get $OUT_ROW)
                    (local.get $C))
                  (f32x4.pmax
                    (f32x4.add
                      (local.get $ACC3)
                      (local.get $BIAS_V))
                    (local.get $FLOOR)))
                (v128.store offset=64
                  (i32.add
                    (local.get $OUT_ROW)
                    (local.get $C))
                  (f32x4.pmax
                    (f32x4.add
                      (local.get $ACC4)
                      (local.get $BIAS_V))
                    (local.get $FLOOR)))
                (v128.store offset=80
                  (i32.add
                    (local.get $OUT_ROW)
                    (local.get $C))
                  (f32x4.pmax
                    (f32x4.add
                      (local.get $ACC5)
                      (local.get $BIAS_V))
                    (local.get $FLOOR)))
                (local.set $C
                  (i32.add
                    (local.get $C)
                    (i32.const 96)))
                (br 0 (;@6;))))
            (block  ;; label = @5
              (loop  ;; label = @6
                (br_if 1 (;@5;)
                  (i32.gt_u
                    (i32.add
                      (local.get $C)
                      (i32.const 64))
                    (local.get $LANE_BYTES)))
                (local.set $ACC0
                  (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))
                (local.set $ACC1
                  (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))
                (local.set $ACC2
                  (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))
                (local.set $ACC3
                  (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))
                (local.set $Q
                  (local.get $Q_START))
                (block  ;; label = @7
                  (loop  ;; label = @8
                    (br_if 1 (;@7;)
                      (i32.ge_u
                        (local.get $Q)
                        (local.get $Q_END)))
                    (local.set $W
                      (v128.load32_splat
                        (i32.add
                          (local.get $VALUES)
                          (local.get $Q))))
                    (local.set $X_ROW
                      (i32.add
                        (i32.add
                          (i32.mul
                            (i32.load
                              (i32.add
                                (local.get $COL_OFF)
                                (local.get $Q)))
                            (local.get $STRIDE))
                          (local.get $X))
                        (local.get $C)))
                    (local.set $ACC0
                      (f32x4.relaxed_madd
                        (local.get $W)
                        (v128.load
                          (local.get $X_ROW))
                        (local.get $ACC0)))
                    (local.set $ACC1
                      (f32x4.relaxed_madd
                        (local.get $W)
                        (v128.load offset=16
                          (local.get $X_ROW))
                        (local.get $ACC1)))
                    (local.set $ACC2
                      (f32x4.relaxed_madd
                        (local.get $W)
                        (v128.load offset=32
                          (local.get $X_ROW))
                        (local.get $ACC2)))
                    (local.set $ACC3
                      (f32x4.relaxed_madd
                        (local.get $W)
                        (v128.load offset=48
                          (local.get $X_ROW))
                        (local.get $ACC3)))
                    (local.set $Q
                      (i32.add
                        (local.get $Q)
                        (i32.const 4)))
                    (br 0 (;@8;))))
                (v128.store
                  (i32.add
                    (local.get $OUT_ROW)
                    (local.get $C))
                  (f32x4.pmax
                    (f32x4.add
                      (local.get $ACC0)
                      (local.get $BIAS_V))
                    (local.get $FLOOR)))
                (v128.store offset=16
                  (i32.add
                    (local.get $OUT_ROW)
                    (local.get $C))
                  (f32x4.pmax
                    (f32x4.add
                      (local.get $ACC1)
                      (local.get $BIAS_V))
                    (local.get $FLOOR)))
                (v128.store offset=32
                  (i32.add
                    (local.get $OUT_ROW)
                    (local.get $C))
                  (f32x4.pmax
                    (f32x4.add
                      (local.get $ACC2)
                      (local.get $BIAS_V))
                    (local.get $FLOOR)))
                (v128.store offset=48
                  (i32.add
                    (local.get $OUT_ROW)
                    (local.get $C))
                  (f32x4.pmax
                    (f32x4.add
                      (local.get $ACC3)
                      (local.get $BIAS_V))
                    (local.get $FLOOR)))
                (local.set $C
                  (i32.add
                    (local.get $C)
                    (i32.const 64)))
                (br 0 (;@6;))))
            (block  ;; label = @5
              (loop  ;; label = @6
                (br_if 1 (;@5;)
                  (i32.gt_u
                    (i32.add
                      (local.get $C)
                      (i32.const 32))
                    (local.get $LANE_BYTES)))
                (local.set $ACC0
                  (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))
                (local.set $ACC1
                  (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))
                (local.set $Q
                  (local.get $Q_START))
                (block  ;; label = @7
                  (loop  ;; label = @8
                    (br_if 1 (;@7;)
                      (i32.ge_u
                        (local.get $Q)
                        (local.get $Q_END)))
                    (local.set $W
                      (v128.load32_splat
                        (i32.add
                          (local.get $VALUES)
                          (local.get $Q))))
                    (local.set $X_ROW
                      (i32.add
                        (i32.add
                          (i32.mul
                            (i32.load
                              (i32.add
                                (local.get $COL_OFF)
                                (local.get $Q)))
                            (local.get $STRIDE))
                          (local.get $X))
                        (local.get $C)))
                    (local.set $ACC0
                      (f32x4.relaxed_madd
                        (local.get $W)
                        (v128.load
                          (local.get $X_ROW))
                        (local.get $ACC0)))
                    (local.set $ACC1
                      (f32x4.relaxed_madd
                        (local.get $W)
                        (v128.load offset=16
                          (local.get $X_ROW))
                        (local.get $ACC1)))
                    (local.set $Q
                      (i32.add
                        (local.get $Q)
                        (i32.const 4)))
                    (br 0 (;@8;))))
                (v128.store
                  (i32.add
                    (local.get $OUT_ROW)
                    (local.get $C))
                  (f32x4.pmax
                    (f32x4.add
                      (local.get $ACC0)
                      (local.get $BIAS_V))
                    (local.get $FLOOR)))
                (v128.store offset=16
                  (i32.add
                    (local.get $OUT_ROW)
                    (local.get $C))
                  (f32x4.pmax
                    (f32x4.add
                      (local.get $ACC1)
                      (local.get $BIAS_V))
                    (local.get $FLOOR)))
                (local.set $C
                  (i32.add
                    (local.get $C)
                    (i32.const 32)))
                (br 0 (;@6;))))
            (block  ;; label = @5
              (loop  ;; label = @6
                (br_if 1 (;@5;)
                  (i32.gt_u
                    (i32.add
                      (local.get $C)
                      (i32.const 16))
                    (local.get $LANE_BYTES)))
                (local.set $ACC0
                  (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))
                (local.set $Q
                  (local.get $Q_START))
                (block  ;; label = @7
                  (loop  ;; label = @8
                    (br_if 1 (;@7;)
                      (i32.ge_u
                        (local.get $Q)
                        (local.get $Q_END)))
                    (local.set $W
                      (v128.load32_splat
                        (i32.add
                          (local.get $VALUES)
                          (local.get $Q))))
                    (local.set $X_ROW
                      (i32.add
                        (i32.add
                          (i32.mul
                            (i32.load
                              (i32.add
                                (local.get $COL_OFF)
                                (local.get $Q)))
                            (local.get $STRIDE))
                          (local.get $X))
                        (local.get $C)))
                    (local.set $ACC0
                      (f32x4.relaxed_madd
                        (local.get $W)
                        (v128.load
                          (local.get $X_ROW))
                        (local.get $ACC0)))
                    (local.set $Q
                      (i32.add
                        (local.get $Q)
                        (i32.const 4)))
                    (br 0 (;@8;))))
                (v128.store
                  (i32.add
                    (local.get $OUT_ROW)
                    (local.get $C))
                  (f32x4.pmax
                    (f32x4.add
                      (local.get $ACC0)
                      (local.get $BIAS_V))
                    (local.get $FLOOR)))
                (local.set $C
                  (i32.add
                    (local.get $C)
                    (i32.const 16)))
                (br 0 (;@6;))))
            (local.set $J
              (i32.add
                (local.get $J)
                (i32.const 1)))
            (br 0 (;@4;))))
        (local.set $X
          (local.get $OUT))
        (local.set $STEP
          (i32.add
            (local.get $STEP)
            (i32.const 1)))
        (br 0 (;@2;)))))
  (func $spmv (export "spmv") (type 1) (param $SLICES i32) (param $SLICE_PTR i32) (param $COL_OFF i32) (param $VALUES i32) (param $X i32) (param $BIAS i32) (param $RELU i32) (param $ROW_OFF i32) (param $STEPS i32) (param $SLOT i32)
    (local $S i32) (local $SQ i32) (local $SQ_END i32) (local $STEP_V i32) (local $OUT_V i32) (local $V_ACC v128) (local $V_ACC2 v128) (local $V_X v128) (local $V_FLOOR v128)
    (local.set $V_FLOOR
      (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000))
    (if  ;; label = @1
      (local.get $RELU)
      (then
        (local.set $V_FLOOR
          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))
    (local.set $STEP_V
      (i32.const 0))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.ge_u
            (local.get $STEP_V)
            (local.get $STEPS)))
        (local.set $OUT_V
          (i32.add
            (local.get $X)
            (local.get $SLOT)))
        (local.set $S
          (i32.const 0))
        (block  ;; label = @3
          (loop  ;; label = @4
            (br_if 1 (;@3;)
              (i32.ge_u
                (local.get $S)
                (local.get $SLICES)))
            (local.set $SQ
              (i32.shl
                (i32.load
                  (i32.add
                    (local.get $SLICE_PTR)
                    (i32.shl
                      (local.get $S)
                      (i32.const 2))))
                (i32.const 4)))
            (local.set $SQ_END
              (i32.shl
                (i32.load offset=4
                  (i32.add
                    (local.get $SLICE_PTR)
                    (i32.shl
                      (local.get $S)
                      (i32.const 2))))
                (i32.const 4)))
            (local.set $V_ACC
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))
            (local.set $V_ACC2
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))
            (block  ;; label = @5
              (loop  ;; label = @6
                (br_if 1 (;@5;)
                  (i32.ge_u
                    (local.get $SQ)
                    (local.get $SQ_END)))
                (v128.load
                  (i32.add
                    (local.get $VALUES)
                    (local.get $SQ)))
                (local.set $V_X
                  (v128.load32_zero
                    (i32.add
                      (local.get $X)
                      (i32.load
                        (i32.add
                          (local.get $COL_OFF)
                          (local.get $SQ))))))
                (local.set $V_X
                  (v128.load32_lane 1
                    (i32.add
                      (local.get $X)
                      (i32.load offset=4
                        (i32.add
                          (local.get $COL_OFF)
                          (local.get $SQ))))
                    (local.get $V_X)))
                (local.set $V_X
                  (v128.load32_lane 2
                    (i32.add
                      (local.get $X)
                      (i32.load offset=8
                        (i32.add
                          (local.get $COL_OFF)
                          (local.get $SQ))))
                    (local.get $V_X)))
                (v128.load32_lane 3
                  (i32.add
                    (local.get $X)
                    (i32.load offset=12
                      (i32.add
                        (local.get $COL_OFF)
                        (local.get $SQ))))
                  (local.get $V_X))
                (local.get $V_ACC)
                (local.set $V_ACC
                  (f32x4.relaxed_madd))
                (v128.load offset=16
                  (i32.add
                    (local.get $VALUES)
                    (local.get $SQ)))
                (local.set $V_X
                  (v128.load32_zero
                    (i32.add
                      (local.get $X)
                      (i32.load offset=16
                        (i32.add
                          (local.get $COL_OFF)
                          (local.get $SQ))))))
                (local.set $V_X
                  (v128.load32_lane 1
                    (i32.add
                      (local.get $X)
                      (i32.load offset=20
                        (i32.add
                          (local.get $COL_OFF)
                          (local.get $SQ))))
                    (local.get $V_X)))
                (local.set $V_X
                  (v128.load32_lane 2
                    (i32.add
                      (local.get $X)
                      (i32.load offset=24
                        (i32.add
                          (local.get $COL_OFF)
                          (local.get $SQ))))
                    (local.get $V_X)))
                (v128.load32_lane 3
                  (i32.add
                    (local.get $X)
                    (i32.load offset=28
                      (i32.add
                        (local.get $COL_OFF)
                        (local.get $SQ))))
                  (local.get $V_X))
                (local.get $V_ACC2)
                (local.set $V_ACC2
                  (f32x4.relaxed_madd))
                (local.set $SQ
                  (i32.add
                    (local.get $SQ)
                    (i32.const 32)))
                (br 0 (;@6;))))
            (local.set $V_ACC
              (f32x4.pmax
                (f32x4.add
                  (f32x4.add
                    (local.get $V_ACC)
                    (local.get $V_ACC2))
                  (v128.load
                    (i32.add
                      (local.get $BIAS)
                      (i32.shl
                        (local.get $S)
                        (i32.const 4)))))
                (local.get $V_FLOOR)))
            (v128.store32_lane 0
              (i32.add
                (local.get $OUT_V)
                (i32.load
                  (i32.add
                    (local.get $ROW_OFF)
                    (i32.shl
                      (local.get $S)
                      (i32.const 4)))))
              (local.get $V_ACC))
            (v128.store32_lane 1
              (i32.add
                (local.get $OUT_V)
                (i32.load offset=4
                  (i32.add
                    (local.get $ROW_OFF)
                    (i32.shl
                      (local.get $S)
                      (i32.const 4)))))
              (local.get $V_ACC))
            (v128.store32_lane 2
              (i32.add
                (local.get $OUT_V)
                (i32.load offset=8
                  (i32.add
                    (local.get $ROW_OFF)
                    (i32.shl
                      (local.get $S)
                      (i32.const 4)))))
              (local.get $V_ACC))
            (v128.store32_lane 3
              (i32.add
                (local.get $OUT_V)
                (i32.load offset=12
                  (i32.add
                    (local.get $ROW_OFF)
                    (i32.shl
                      (local.get $S)
                      (i32.const 4)))))
              (local.get $V_ACC))
            (local.set $S
              (i32.add
                (local.get $S)
                (i32.const 1)))
            (br 0 (;@4;))))
        (local.set $X
          (local.get $OUT_V))
        (local.set $STEP_V
          (i32.add
            (local.get $STEP_V)
            (i32.const 1)))
        (br 0 (;@2;)))))
  (func $transpose (export "transpose") (type 2) (param $ROWS i32) (param $COLS i32) (param $SOURCE i32) (param $TARGET i32)
    (local $I i32) (local $J i32) (local $SOURCE_ROW i32) (local $TARGET_ROW i32) (local $P i32) (local $O i32) (local $J0 i32) (local $WIDTH i32) (local $I0 i32) (local $HEIGHT i32) (local $A v128) (local $B v128) (local $C v128) (local $D v128) (local $T0 v128) (local $T1 v128) (local $T2 v128) (local $T3 v128)
    (local.set $SOURCE_ROW
      (i32.shl
        (local.get $COLS)
        (i32.const 2)))
    (local.set $TARGET_ROW
      (i32.shl
        (local.get $ROWS)
        (i32.const 2)))
    (local.set $I0
      (i32.const 0))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.ge_u
            (local.get $I0)
            (local.get $ROWS)))
        (local.set $HEIGHT
          (i32.sub
            (local.get $ROWS)
            (local.get $I0)))
        (if  ;; label = @3
          (i32.gt_u
            (local.get $HEIGHT)
            (i32.const 8))
          (then
            (local.set $HEIGHT
              (i32.const 8))))
        (local.set $J0
          (i32.const 0))
        (block  ;; label = @3
          (loop  ;; label = @4
            (br_if 1 (;@3;)
              (i32.ge_u
                (local.get $J0)
                (local.get $COLS)))
            (local.set $WIDTH
              (i32.sub
                (local.get $COLS)
                (local.get $J0)))
            (if  ;; label = @5
              (i32.gt_u
                (local.get $WIDTH)
                (i32.const 32))
              (then
                (local.set $WIDTH
                  (i32.const 32))))
            (local.set $I
              (i32.const 0))
            (block  ;; label = @5
              (loop  ;; label = @6
                (br_if 1 (;@5;)
                  (i32.ge_u
                    (local.get $I)
                    (local.get $HEIGHT)))
                (local.set $P
                  (i32.add
                    (i32.add
                      (local.get $SOURCE)
                      (i32.mul
                        (i32.add
                          (local.get $I0)
                          (local.get $I))
                        (local.get $SOURCE_ROW)))
                    (i32.shl
                      (local.get $J0)
                      (i32.const 2))))
                (local.set $O
                  (i32.add
                    (i32.add
                      (local.get $TARGET)
                      (i32.mul
                        (local.get $J0)
                        (local.get $TARGET_ROW)))
                    (i32.mul
                      (i32.add
                        (local.get $I0)
                        (local.get $I))
                      (i32.const 4))))
                (local.set $J
                  (i32.const 0))
                (block  ;; label = @7
                  (loop  ;; label = @8
                    (br_if 1 (;@7;)
                      (i32.ge_u
                        (local.get $J)
                        (local.get $WIDTH)))
                    (local.set $A
                      (v128.load
                        (local.get $P)))
                    (local.set $B
                      (v128.load
                        (i32.add
                          (local.get $P)
                          (i32.mul
                            (local.get $SOURCE_ROW)
                            (i32.const 1)))))
                    (local.set $C
                      (v128.load
                        (i32.add
                          (local.get $P)
                          (i32.mul
                            (local.get $SOURCE_ROW)
                            (i32.const 2)))))
                    (local.set $D
                      (v128.load
                        (i32.add
                          (local.get $P)
                          (i32.mul
                            (local.get $SOURCE_ROW)
                            (i32.const 3)))))
                    (local.set $T0
                      (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
                        (local.get $A)
                        (local.get $B)))
                    (local.set $T1
                      (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
                        (local.get $A)
                        (local.get $B)))
                    (local.set $T2
                      (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23
                        (local.get $C)
                        (local.get $D)))
                    (local.set $T3
                      (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31
                        (local.get $C)
                        (local.get $D)))
                    (v128.store
                      (local.get $O)
                      (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
                        (local.get $T0)
                        (local.get $T2)))
                    (v128.store
                      (i32.add
                        (local.get $O)
                        (i32.mul
                          (local.get $TARGET_ROW)
                          (i32.const 1)))
                      (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
                        (local.get $T0)
                        (local.get $T2)))
                    (v128.store
                      (i32.add
                        (local.get $O)
                        (i32.mul
                          (local.get $TARGET_ROW)
                          (i32.const 2)))
                      (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
                        (local.get $T1)
                        (local.get $T3)))
                    (v128.store
                      (i32.add
                        (local.get $O)
                        (i32.mul
                          (local.get $TARGET_ROW)
                          (i32.const 3)))
                      (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
                        (local.get $T1)
                        (local.get $T3)))
                    (local.set $P
                      (i32.add
                        (local.get $P)
                        (i32.const 16)))
                    (local.set $O
                      (i32.add
                        (local.get $O)
                        (i32.mul
                          (local.get $TARGET_ROW)
                          (i32.const 4))))
                    (local.set $J
                      (i32.add
                        (local.get $J)
                        (i32.const 4)))
                    (br 0 (;@8;))))
                (local.set $I
                  (i32.add
                    (local.get $I)
                    (i32.const 4)))
                (br 0 (;@6;))))
            (local.set $J0
              (i32.add
                (local.get $J0)
                (i32.const 32)))
            (br 0 (;@4;))))
        (local.set $I0
          (i32.add
            (local.get $I0)
            (i32.const 8)))
        (br 0 (;@2;))))))
