(module
  (type (;0;) (func (param i32 i32 i32)))
  (import "env" "memory" (memory (;0;) 0 65536 shared))
  (func $run (export "run") (type 0) (param $N i32) (param $SOURCE i32) (param $TARGET i32)
    (local $ROW_BYTES i32) (local $I i32) (local $J i32) (local $P i32) (local $Q i32) (local $O i32) (local $A v128) (local $B v128) (local $C v128) (local $D v128) (local $T0 v128) (local $T1 v128) (local $T2 v128) (local $T3 v128)
    (local.set $ROW_BYTES
      (i32.shl
        (local.get $N)
        (i32.const 2)))
    (local.set $I
      (i32.const 0))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.ge_u
            (local.get $I)
            (local.get $N)))
        (local.set $P
          (i32.mul
            (local.get $I)
            (local.get $ROW_BYTES)))
        (local.set $O
          (i32.add
            (local.get $TARGET)
            (local.get $P)))
        (local.set $P
          (i32.add
            (local.get $SOURCE)
            (local.get $P)))
        (local.set $Q
          (i32.add
            (local.get $SOURCE)
            (i32.mul
              (local.get $I)
              (i32.const 4))))
        (local.set $J
          (i32.const 0))
        (block  ;; label = @3
          (loop  ;; label = @4
            (br_if 1 (;@3;)
              (i32.ge_u
                (local.get $J)
                (local.get $N)))
            (local.set $A
              (v128.load
                (local.get $Q)))
            (local.set $B
              (v128.load
                (i32.add
                  (local.get $Q)
                  (i32.mul
                    (local.get $ROW_BYTES)
                    (i32.const 1)))))
            (local.set $C
              (v128.load
                (i32.add
                  (local.get $Q)
                  (i32.mul
                    (local.get $ROW_BYTES)
                    (i32.const 2)))))
            (local.set $D
              (v128.load
                (i32.add
                  (local.get $Q)
                  (i32.mul
                    (local.get $ROW_BYTES)
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
              (f32x4.add
                (v128.load
                  (local.get $P))
                (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
                  (local.get $T0)
                  (local.get $T2))))
            (v128.store
              (i32.add
                (local.get $O)
                (i32.mul
                  (local.get $ROW_BYTES)
                  (i32.const 1)))
              (f32x4.add
                (v128.load
                  (i32.add
                    (local.get $P)
                    (i32.mul
                      (local.get $ROW_BYTES)
                      (i32.const 1))))
                (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
                  (local.get $T0)
                  (local.get $T2))))
            (v128.store
              (i32.add
                (local.get $O)
                (i32.mul
                  (local.get $ROW_BYTES)
                  (i32.const 2)))
              (f32x4.add
                (v128.load
                  (i32.add
                    (local.get $P)
                    (i32.mul
                      (local.get $ROW_BYTES)
                      (i32.const 2))))
                (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
                  (local.get $T1)
                  (local.get $T3))))
            (v128.store
              (i32.add
                (local.get $O)
                (i32.mul
                  (local.get $ROW_BYTES)
                  (i32.const 3)))
              (f32x4.add
                (v128.load
                  (i32.add
                    (local.get $P)
                    (i32.mul
                      (local.get $ROW_BYTES)
                      (i32.const 3))))
                (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31
                  (local.get $T1)
                  (local.get $T3))))
            (local.set $P
              (i32.add
                (local.get $P)
                (i32.const 16)))
            (local.set $O
              (i32.add
                (local.get $O)
                (i32.const 16)))
            (local.set $Q
              (i32.add
                (local.get $Q)
                (i32.mul
                  (local.get $ROW_BYTES)
                  (i32.const 4))))
            (local.set $J
              (i32.add
                (local.get $J)
                (i32.const 4)))
            (br 0 (;@4;))))
        (local.set $I
          (i32.add
            (local.get $I)
            (i32.const 4)))
        (br 0 (;@2;))))))
