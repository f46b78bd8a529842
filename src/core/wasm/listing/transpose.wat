(module
  (type (;0;) (func (param i32 i32 i32 i32)))
  (import "env" "memory" (memory (;0;) 0 65536 shared))
  (func $run (export "run") (type 0) (param $ROWS i32) (param $COLS i32) (param $SOURCE i32) (param $TARGET i32)
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
