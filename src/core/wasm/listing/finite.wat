(module
  (type (;0;) (func (param i32 i32) (result i32)))
  (import "env" "memory" (memory (;0;) 0 65536 shared))
  (func $run (export "run") (type 0) (param $N i32) (param $AT i32) (result i32)
    (local $I i32) (local $MAIN i32) (local $ALL v128) (local $X v128)
    (local.set $ALL
      (f32x4.eq
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)))
    (local.set $MAIN
      (i32.and
        (i32.shl
          (local.get $N)
          (i32.const 2))
        (i32.const -16)))
    (local.set $I
      (i32.const 0))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.ge_u
            (local.get $I)
            (local.get $MAIN)))
        (local.set $X
          (v128.load
            (i32.add
              (local.get $AT)
              (local.get $I))))
        (local.set $ALL
          (v128.and
            (local.get $ALL)
            (f32x4.eq
              (f32x4.sub
                (local.get $X)
                (local.get $X))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))
        (local.set $I
          (i32.add
            (local.get $I)
            (i32.const 16)))
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
        (local.set $X
          (v128.load32_zero
            (i32.add
              (local.get $AT)
              (local.get $I))))
        (local.set $ALL
          (v128.and
            (local.get $ALL)
            (f32x4.eq
              (f32x4.sub
                (local.get $X)
                (local.get $X))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))
        (local.set $I
          (i32.add
            (local.get $I)
            (i32.const 4)))
        (br 0 (;@2;))))
    (i32x4.all_true
      (local.get $ALL))))
