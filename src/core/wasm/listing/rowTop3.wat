(module
  (type (;0;) (func (param i32 i32 i32 i32)))
  (import "env" "memory" (memory (;0;) 0 65536 shared))
  (func $run (export "run") (type 0) (param $ROWS i32) (param $COLS i32) (param $SOURCE i32) (param $TARGET i32)
    (local $R i32) (local $J i32) (local $P i32) (local $I1 i32) (local $I2 i32) (local $I3 i32) (local $INDEX i32) (local $B1 f32) (local $B2 f32) (local $B3 f32) (local $S f32) (local $THIRD v128)
    (local.set $P
      (local.get $SOURCE))
    (local.set $R
      (i32.const 0))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.ge_u
            (local.get $R)
            (local.get $ROWS)))
        (local.set $B1
          (f32.const -inf (;=-inf;)))
        (local.set $B2
          (f32.const -inf (;=-inf;)))
        (local.set $B3
          (f32.const -inf (;=-inf;)))
        (local.set $I1
          (i32.const 0))
        (local.set $I2
          (i32.const 0))
        (local.set $I3
          (i32.const 0))
        (local.set $THIRD
          (f32x4.splat
            (local.get $B3)))
        (local.set $J
          (i32.const 0))
        (block  ;; label = @3
          (loop  ;; label = @4
            (br_if 1 (;@3;)
              (i32.gt_u
                (i32.add
                  (local.get $J)
                  (i32.const 4))
                (local.get $COLS)))
            (if  ;; label = @5
              (v128.any_true
                (f32x4.gt
                  (v128.load
                    (local.get $P))
                  (local.get $THIRD)))
              (then
                (local.set $S
                  (f32.load
                    (local.get $P)))
                (local.set $INDEX
                  (i32.add
                    (local.get $J)
                    (i32.const 0)))
                (if  ;; label = @6
                  (f32.gt
                    (local.get $S)
                    (local.get $B3))
                  (then
                    (if  ;; label = @7
                      (f32.gt
                        (local.get $S)
                        (local.get $B1))
                      (then
                        (local.set $B3
                          (local.get $B2))
                        (local.set $I3
                          (local.get $I2))
                        (local.set $B2
                          (local.get $B1))
                        (local.set $I2
                          (local.get $I1))
                        (local.set $B1
                          (local.get $S))
                        (local.set $I1
                          (local.get $INDEX)))
                      (else
                        (if  ;; label = @8
                          (f32.gt
                            (local.get $S)
                            (local.get $B2))
                          (then
                            (local.set $B3
                              (local.get $B2))
                            (local.set $I3
                              (local.get $I2))
                            (local.set $B2
                              (local.get $S))
                            (local.set $I2
                              (local.get $INDEX)))
                          (else
                            (local.set $B3
                              (local.get $S))
                            (local.set $I3
                              (local.get $INDEX))))))))
                (local.set $S
                  (f32.load offset=4
                    (local.get $P)))
                (local.set $INDEX
                  (i32.add
                    (local.get $J)
                    (i32.const 1)))
                (if  ;; label = @6
                  (f32.gt
                    (local.get $S)
                    (local.get $B3))
                  (then
                    (if  ;; label = @7
                      (f32.gt
                        (local.get $S)
                        (local.get $B1))
                      (then
                        (local.set $B3
                          (local.get $B2))
                        (local.set $I3
                          (local.get $I2))
                        (local.set $B2
                          (local.get $B1))
                        (local.set $I2
                          (local.get $I1))
                        (local.set $B1
                          (local.get $S))
                        (local.set $I1
                          (local.get $INDEX)))
                      (else
                        (if  ;; label = @8
                          (f32.gt
                            (local.get $S)
                            (local.get $B2))
                          (then
                            (local.set $B3
                              (local.get $B2))
                            (local.set $I3
                              (local.get $I2))
                            (local.set $B2
                              (local.get $S))
                            (local.set $I2
                              (local.get $INDEX)))
                          (else
                            (local.set $B3
                              (local.get $S))
                            (local.set $I3
                              (local.get $INDEX))))))))
                (local.set $S
                  (f32.load offset=8
                    (local.get $P)))
                (local.set $INDEX
                  (i32.add
                    (local.get $J)
                    (i32.const 2)))
                (if  ;; label = @6
                  (f32.gt
                    (local.get $S)
                    (local.get $B3))
                  (then
                    (if  ;; label = @7
                      (f32.gt
                        (local.get $S)
                        (local.get $B1))
                      (then
                        (local.set $B3
                          (local.get $B2))
                        (local.set $I3
                          (local.get $I2))
                        (local.set $B2
                          (local.get $B1))
                        (local.set $I2
                          (local.get $I1))
                        (local.set $B1
                          (local.get $S))
                        (local.set $I1
                          (local.get $INDEX)))
                      (else
                        (if  ;; label = @8
                          (f32.gt
                            (local.get $S)
                            (local.get $B2))
                          (then
                            (local.set $B3
                              (local.get $B2))
                            (local.set $I3
                              (local.get $I2))
                            (local.set $B2
                              (local.get $S))
                            (local.set $I2
                              (local.get $INDEX)))
                          (else
                            (local.set $B3
                              (local.get $S))
                            (local.set $I3
                              (local.get $INDEX))))))))
                (local.set $S
                  (f32.load offset=12
                    (local.get $P)))
                (local.set $INDEX
                  (i32.add
                    (local.get $J)
                    (i32.const 3)))
                (if  ;; label = @6
                  (f32.gt
                    (local.get $S)
                    (local.get $B3))
                  (then
                    (if  ;; label = @7
                      (f32.gt
                        (local.get $S)
                        (local.get $B1))
                      (then
                        (local.set $B3
                          (local.get $B2))
                        (local.set $I3
                          (local.get $I2))
                        (local.set $B2
                          (local.get $B1))
                        (local.set $I2
                          (local.get $I1))
                        (local.set $B1
                          (local.get $S))
                        (local.set $I1
                          (local.get $INDEX)))
                      (else
                        (if  ;; label = @8
                          (f32.gt
                            (local.get $S)
                            (local.get $B2))
                          (then
                            (local.set $B3
                              (local.get $B2))
                            (local.set $I3
                              (local.get $I2))
                            (local.set $B2
                              (local.get $S))
                            (local.set $I2
                              (local.get $INDEX)))
                          (else
                            (local.set $B3
                              (local.get $S))
                            (local.set $I3
                              (local.get $INDEX))))))))
                (local.set $THIRD
                  (f32x4.splat
                    (local.get $B3)))))
            (local.set $P
              (i32.add
                (local.get $P)
                (i32.const 16)))
            (local.set $J
              (i32.add
                (local.get $J)
                (i32.const 4)))
            (br 0 (;@4;))))
        (block  ;; label = @3
          (loop  ;; label = @4
            (br_if 1 (;@3;)
              (i32.ge_u
                (local.get $J)
                (local.get $COLS)))
            (local.set $S
              (f32.load
                (local.get $P)))
            (local.set $INDEX
              (i32.add
                (local.get $J)
                (i32.const 0)))
            (if  ;; label = @5
              (f32.gt
                (local.get $S)
                (local.get $B3))
              (then
                (if  ;; label = @6
                  (f32.gt
                    (local.get $S)
                    (local.get $B1))
                  (then
                    (local.set $B3
                      (local.get $B2))
                    (local.set $I3
                      (local.get $I2))
                    (local.set $B2
                      (local.get $B1))
                    (local.set $I2
                      (local.get $I1))
                    (local.set $B1
                      (local.get $S))
                    (local.set $I1
                      (local.get $INDEX)))
                  (else
                    (if  ;; label = @7
                      (f32.gt
                        (local.get $S)
                        (local.get $B2))
                      (then
                        (local.set $B3
                          (local.get $B2))
                        (local.set $I3
                          (local.get $I2))
                        (local.set $B2
                          (local.get $S))
                        (local.set $I2
                          (local.get $INDEX)))
                      (else
                        (local.set $B3
                          (local.get $S))
                        (local.set $I3
                          (local.get $INDEX))))))))
            (local.set $P
              (i32.add
                (local.get $P)
                (i32.const 4)))
            (local.set $J
              (i32.add
                (local.get $J)
                (i32.const 1)))
            (br 0 (;@4;))))
        (i32.store
          (local.get $TARGET)
          (local.get $I1))
        (i32.store offset=4
          (local.get $TARGET)
          (local.get $I2))
        (i32.store offset=8
          (local.get $TARGET)
          (local.get $I3))
        (local.set $TARGET
          (i32.add
            (local.get $TARGET)
            (i32.const 12)))
        (local.set $R
          (i32.add
            (local.get $R)
            (i32.const 1)))
        (br 0 (;@2;))))))
