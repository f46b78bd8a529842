(module
  (type (;0;) (func (param i32 i32 i32) (result f32)))
  (import "env" "memory" (memory (;0;) 0 65536 shared))
  (func $run (export "run") (type 0) (param $N i32) (param $A i32) (param $B i32) (result f32)
    (local $I i32) (local $MAIN i32) (local $ACC v128) (local $ACC2 v128)
    (local.set $MAIN
      (i32.and
        (i32.shl
          (local.get $N)
          (i32.const 2))
        (i32.const -32)))
    (local.set $I
      (i32.const 0))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.ge_u
            (local.get $I)
            (local.get $MAIN)))
        (local.set $ACC
          (f32x4.add
            (local.get $ACC)
            (f32x4.mul
              (v128.load
                (i32.add
                  (local.get $A)
                  (local.get $I)))
              (v128.load
                (i32.add
                  (local.get $B)
                  (local.get $I))))))
        (local.set $ACC2
          (f32x4.add
            (local.get $ACC2)
            (f32x4.mul
              (v128.load
                (i32.add
                  (i32.add
                    (local.get $A)
                    (local.get $I))
                  (i32.const 16)))
              (v128.load
                (i32.add
                  (i32.add
                    (local.get $B)
                    (local.get $I))
                  (i32.const 16))))))
        (local.set $I
          (i32.add
            (local.get $I)
            (i32.const 32)))
        (br 0 (;@2;))))
    (local.set $I
      (local.get $MAIN))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.ge_u
            (local.get $I)
            (i32.shl
              (local.get $N)
              (i32.const 2))))
        (local.set $ACC
          (f32x4.add
            (local.get $ACC)
            (f32x4.mul
              (v128.load32_zero
                (i32.add
                  (local.get $A)
                  (local.get $I)))
              (v128.load32_zero
                (i32.add
                  (local.get $B)
                  (local.get $I))))))
        (local.set $I
          (i32.add
            (local.get $I)
            (i32.const 4)))
        (br 0 (;@2;))))
    (local.set $ACC
      (f32x4.add
        (local.get $ACC)
        (local.get $ACC2)))
    (local.set $ACC
      (f32x4.add
        (local.get $ACC)
        (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7
          (local.get $ACC)
          (local.get $ACC))))
    (local.set $ACC
      (f32x4.add
        (local.get $ACC)
        (i8x16.shuffle 4 5 6 7 0 1 2 3 12 13 14 15 8 9 10 11
          (local.get $ACC)
          (local.get $ACC))))
    (f32x4.extract_lane 0
      (local.get $ACC))))
