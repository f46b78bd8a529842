(module
  (type (;0;) (func (param i32 i32 i32 i32 i32 i32)))
  (type (;1;) (func (param i32 i32 i32 i32 i32)))
  (type (;2;) (func (param i32 i32 i32 i32)))
  (type (;3;) (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)))
  (type (;4;) (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)))
  (import "env" "memory" (memory (;0;) 0 65536 shared))
  (func $kernel1x8 (type 0) (param $K i32) (param $A i32) (param $B i32) (param $LDB i32) (param $C i32) (param $LDC i32)
    (local $B_END i32) (local $BP i32) (local $AV v128) (local $BV0 v128) (local $BV1 v128) (local $ACC0 v128) (local $ACC1 v128)
    (local.set $BP
      (local.get $B))
    (local.set $B_END
      (i32.add
        (local.get $B)
        (i32.mul
          (local.get $K)
          (local.get $LDB))))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.eq
            (local.get $BP)
            (local.get $B_END)))
        (local.set $BV0
          (v128.load
            (local.get $BP)))
        (local.set $BV1
          (v128.load offset=16
            (local.get $BP)))
        (local.set $AV
          (v128.load32_splat
            (local.get $A)))
        (local.set $ACC0
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC0)))
        (local.set $ACC1
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV1)
            (local.get $ACC1)))
        (local.set $A
          (i32.add
            (local.get $A)
            (i32.const 4)))
        (local.set $BP
          (i32.add
            (local.get $BP)
            (local.get $LDB)))
        (br 0 (;@2;))))
    (v128.store
      (local.get $C)
      (local.get $ACC0))
    (v128.store offset=16
      (local.get $C)
      (local.get $ACC1)))
  (func $kernel1x8Accumulate (type 0) (param $K i32) (param $A i32) (param $B i32) (param $LDB i32) (param $C i32) (param $LDC i32)
    (local $B_END i32) (local $BP i32) (local $AV v128) (local $BV0 v128) (local $BV1 v128) (local $ACC0 v128) (local $ACC1 v128)
    (local.set $ACC0
      (v128.load
        (local.get $C)))
    (local.set $ACC1
      (v128.load offset=16
        (local.get $C)))
    (local.set $BP
      (local.get $B))
    (local.set $B_END
      (i32.add
        (local.get $B)
        (i32.mul
          (local.get $K)
          (local.get $LDB))))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.eq
            (local.get $BP)
            (local.get $B_END)))
        (local.set $BV0
          (v128.load
            (local.get $BP)))
        (local.set $BV1
          (v128.load offset=16
            (local.get $BP)))
        (local.set $AV
          (v128.load32_splat
            (local.get $A)))
        (local.set $ACC0
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC0)))
        (local.set $ACC1
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV1)
            (local.get $ACC1)))
        (local.set $A
          (i32.add
            (local.get $A)
            (i32.const 4)))
        (local.set $BP
          (i32.add
            (local.get $BP)
            (local.get $LDB)))
        (br 0 (;@2;))))
    (v128.store
      (local.get $C)
      (local.get $ACC0))
    (v128.store offset=16
      (local.get $C)
      (local.get $ACC1)))
  (func $kernel1x4 (type 0) (param $K i32) (param $A i32) (param $B i32) (param $LDB i32) (param $C i32) (param $LDC i32)
    (local $B_END i32) (local $BP i32) (local $AV v128) (local $BV0 v128) (local $ACC0 v128)
    (local.set $BP
      (local.get $B))
    (local.set $B_END
      (i32.add
        (local.get $B)
        (i32.mul
          (local.get $K)
          (local.get $LDB))))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.eq
            (local.get $BP)
            (local.get $B_END)))
        (local.set $BV0
          (v128.load
            (local.get $BP)))
        (local.set $AV
          (v128.load32_splat
            (local.get $A)))
        (local.set $ACC0
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC0)))
        (local.set $A
          (i32.add
            (local.get $A)
            (i32.const 4)))
        (local.set $BP
          (i32.add
            (local.get $BP)
            (local.get $LDB)))
        (br 0 (;@2;))))
    (v128.store
      (local.get $C)
      (local.get $ACC0)))
  (func $kernel1x4Accumulate (type 0) (param $K i32) (param $A i32) (param $B i32) (param $LDB i32) (param $C i32) (param $LDC i32)
    (local $B_END i32) (local $BP i32) (local $AV v128) (local $BV0 v128) (local $ACC0 v128)
    (local.set $ACC0
      (v128.load
        (local.get $C)))
    (local.set $BP
      (local.get $B))
    (local.set $B_END
      (i32.add
        (local.get $B)
        (i32.mul
          (local.get $K)
          (local.get $LDB))))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.eq
            (local.get $BP)
            (local.get $B_END)))
        (local.set $BV0
          (v128.load
            (local.get $BP)))
        (local.set $AV
          (v128.load32_splat
            (local.get $A)))
        (local.set $ACC0
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC0)))
        (local.set $A
          (i32.add
            (local.get $A)
            (i32.const 4)))
        (local.set $BP
          (i32.add
            (local.get $BP)
            (local.get $LDB)))
        (br 0 (;@2;))))
    (v128.store
      (local.get $C)
      (local.get $ACC0)))
  (func $kernel1x1 (type 0) (param $K i32) (param $A i32) (param $B i32) (param $LDB i32) (param $C i32) (param $LDC i32)
    (local $B_END i32) (local $BP i32) (local $AV v128) (local $BV0 v128) (local $ACC0 v128)
    (local.set $BP
      (local.get $B))
    (local.set $B_END
      (i32.add
        (local.get $B)
        (i32.mul
          (local.get $K)
          (local.get $LDB))))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.eq
            (local.get $BP)
            (local.get $B_END)))
        (local.set $BV0
          (v128.load32_zero
            (local.get $BP)))
        (local.set $AV
          (v128.load32_splat
            (local.get $A)))
        (local.set $ACC0
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC0)))
        (local.set $A
          (i32.add
            (local.get $A)
            (i32.const 4)))
        (local.set $BP
          (i32.add
            (local.get $BP)
            (local.get $LDB)))
        (br 0 (;@2;))))
    (v128.store32_lane 0
      (local.get $C)
      (local.get $ACC0)))
  (func $kernel1x1Accumulate (type 0) (param $K i32) (param $A i32) (param $B i32) (param $LDB i32) (param $C i32) (param $LDC i32)
    (local $B_END i32) (local $BP i32) (local $AV v128) (local $BV0 v128) (local $ACC0 v128)
    (local.set $ACC0
      (v128.load32_zero
        (local.get $C)))
    (local.set $BP
      (local.get $B))
    (local.set $B_END
      (i32.add
        (local.get $B)
        (i32.mul
          (local.get $K)
          (local.get $LDB))))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.eq
            (local.get $BP)
            (local.get $B_END)))
        (local.set $BV0
          (v128.load32_zero
            (local.get $BP)))
        (local.set $AV
          (v128.load32_splat
            (local.get $A)))
        (local.set $ACC0
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC0)))
        (local.set $A
          (i32.add
            (local.get $A)
            (i32.const 4)))
        (local.set $BP
          (i32.add
            (local.get $BP)
            (local.get $LDB)))
        (br 0 (;@2;))))
    (v128.store32_lane 0
      (local.get $C)
      (local.get $ACC0)))
  (func $kernel1x2 (type 0) (param $K i32) (param $A i32) (param $B i32) (param $LDB i32) (param $C i32) (param $LDC i32)
    (local $B_END i32) (local $BP i32) (local $AV v128) (local $BV0 v128) (local $ACC0 v128)
    (local.set $BP
      (local.get $B))
    (local.set $B_END
      (i32.add
        (local.get $B)
        (i32.mul
          (local.get $K)
          (local.get $LDB))))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.eq
            (local.get $BP)
            (local.get $B_END)))
        (local.set $BV0
          (v128.load64_zero
            (local.get $BP)))
        (local.set $AV
          (v128.load32_splat
            (local.get $A)))
        (local.set $ACC0
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC0)))
        (local.set $A
          (i32.add
            (local.get $A)
            (i32.const 4)))
        (local.set $BP
          (i32.add
            (local.get $BP)
            (local.get $LDB)))
        (br 0 (;@2;))))
    (v128.store64_lane 0
      (local.get $C)
      (local.get $ACC0)))
  (func $kernel1x2Accumulate (type 0) (param $K i32) (param $A i32) (param $B i32) (param $LDB i32) (param $C i32) (param $LDC i32)
    (local $B_END i32) (local $BP i32) (local $AV v128) (local $BV0 v128) (local $ACC0 v128)
    (local.set $ACC0
      (v128.load64_zero
        (local.get $C)))
    (local.set $BP
      (local.get $B))
    (local.set $B_END
      (i32.add
        (local.get $B)
        (i32.mul
          (local.get $K)
          (local.get $LDB))))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.eq
            (local.get $BP)
            (local.get $B_END)))
        (local.set $BV0
          (v128.load64_zero
            (local.get $BP)))
        (local.set $AV
          (v128.load32_splat
            (local.get $A)))
        (local.set $ACC0
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC0)))
        (local.set $A
          (i32.add
            (local.get $A)
            (i32.const 4)))
        (local.set $BP
          (i32.add
            (local.get $BP)
            (local.get $LDB)))
        (br 0 (;@2;))))
    (v128.store64_lane 0
      (local.get $C)
      (local.get $ACC0)))
  (func $kernel1x3 (type 0) (param $K i32) (param $A i32) (param $B i32) (param $LDB i32) (param $C i32) (param $LDC i32)
    (local $B_END i32) (local $BP i32) (local $AV v128) (local $BV0 v128) (local $ACC0 v128)
    (local.set $BP
      (local.get $B))
    (local.set $B_END
      (i32.add
        (local.get $B)
        (i32.mul
          (local.get $K)
          (local.get $LDB))))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.eq
            (local.get $BP)
            (local.get $B_END)))
        (local.set $BV0
          (v128.load32_lane offset=8 2
            (local.get $BP)
            (v128.load64_zero
              (local.get $BP))))
        (local.set $AV
          (v128.load32_splat
            (local.get $A)))
        (local.set $ACC0
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC0)))
        (local.set $A
          (i32.add
            (local.get $A)
            (i32.const 4)))
        (local.set $BP
          (i32.add
            (local.get $BP)
            (local.get $LDB)))
        (br 0 (;@2;))))
    (v128.store64_lane 0
      (local.get $C)
      (local.get $ACC0))
    (v128.store32_lane offset=8 2
      (local.get $C)
      (local.get $ACC0)))
  (func $kernel1x3Accumulate (type 0) (param $K i32) (param $A i32) (param $B i32) (param $LDB i32) (param $C i32) (param $LDC i32)
    (local $B_END i32) (local $BP i32) (local $AV v128) (local $BV0 v128) (local $ACC0 v128)
    (local.set $ACC0
      (v128.load32_lane offset=8 2
        (local.get $C)
        (v128.load64_zero
          (local.get $C))))
    (local.set $BP
      (local.get $B))
    (local.set $B_END
      (i32.add
        (local.get $B)
        (i32.mul
          (local.get $K)
          (local.get $LDB))))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.eq
            (local.get $BP)
            (local.get $B_END)))
        (local.set $BV0
          (v128.load32_lane offset=8 2
            (local.get $BP)
            (v128.load64_zero
              (local.get $BP))))
        (local.set $AV
          (v128.load32_splat
            (local.get $A)))
        (local.set $ACC0
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC0)))
        (local.set $A
          (i32.add
            (local.get $A)
            (i32.const 4)))
        (local.set $BP
          (i32.add
            (local.get $BP)
            (local.get $LDB)))
        (br 0 (;@2;))))
    (v128.store64_lane 0
      (local.get $C)
      (local.get $ACC0))
    (v128.store32_lane offset=8 2
      (local.get $C)
      (local.get $ACC0)))
  (func $kernel2x8 (type 0) (param $K i32) (param $A i32) (param $B i32) (param $LDB i32) (param $C i32) (param $LDC i32)
    (local $B_END i32) (local $BP i32) (local $AV v128) (local $BV0 v128) (local $BV1 v128) (local $ACC0 v128) (local $ACC1 v128) (local $ACC2 v128) (local $ACC3 v128)
    (local.set $BP
      (local.get $B))
    (local.set $B_END
      (i32.add
        (local.get $B)
        (i32.mul
          (local.get $K)
          (local.get $LDB))))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.eq
            (local.get $BP)
            (local.get $B_END)))
        (local.set $BV0
          (v128.load
            (local.get $BP)))
        (local.set $BV1
          (v128.load offset=16
            (local.get $BP)))
        (local.set $AV
          (v128.load32_splat
            (local.get $A)))
        (local.set $ACC0
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC0)))
        (local.set $ACC1
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV1)
            (local.get $ACC1)))
        (local.set $AV
          (v128.load32_splat offset=4
            (local.get $A)))
        (local.set $ACC2
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC2)))
        (local.set $ACC3
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV1)
            (local.get $ACC3)))
        (local.set $A
          (i32.add
            (local.get $A)
            (i32.const 8)))
        (local.set $BP
          (i32.add
            (local.get $BP)
            (local.get $LDB)))
        (br 0 (;@2;))))
    (v128.store
      (local.get $C)
      (local.get $ACC0))
    (v128.store offset=16
      (local.get $C)
      (local.get $ACC1))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $ACC2))
    (v128.store offset=16
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $ACC3)))
  (func $kernel2x8Accumulate (type 0) (param $K i32) (param $A i32) (param $B i32) (param $LDB i32) (param $C i32) (param $LDC i32)
    (local $B_END i32) (local $BP i32) (local $AV v128) (local $BV0 v128) (local $BV1 v128) (local $ACC0 v128) (local $ACC1 v128) (local $ACC2 v128) (local $ACC3 v128)
    (local.set $ACC0
      (v128.load
        (local.get $C)))
    (local.set $ACC1
      (v128.load offset=16
        (local.get $C)))
    (local.set $ACC2
      (v128.load
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 1)))))
    (local.set $ACC3
      (v128.load offset=16
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 1)))))
    (local.set $BP
      (local.get $B))
    (local.set $B_END
      (i32.add
        (local.get $B)
        (i32.mul
          (local.get $K)
          (local.get $LDB))))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.eq
            (local.get $BP)
            (local.get $B_END)))
        (local.set $BV0
          (v128.load
            (local.get $BP)))
        (local.set $BV1
          (v128.load offset=16
            (local.get $BP)))
        (local.set $AV
          (v128.load32_splat
            (local.get $A)))
        (local.set $ACC0
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC0)))
        (local.set $ACC1
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV1)
            (local.get $ACC1)))
        (local.set $AV
          (v128.load32_splat offset=4
            (local.get $A)))
        (local.set $ACC2
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC2)))
        (local.set $ACC3
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV1)
            (local.get $ACC3)))
        (local.set $A
          (i32.add
            (local.get $A)
            (i32.const 8)))
        (local.set $BP
          (i32.add
            (local.get $BP)
            (local.get $LDB)))
        (br 0 (;@2;))))
    (v128.store
      (local.get $C)
      (local.get $ACC0))
    (v128.store offset=16
      (local.get $C)
      (local.get $ACC1))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $ACC2))
    (v128.store offset=16
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $ACC3)))
  (func $kernel2x4 (type 0) (param $K i32) (param $A i32) (param $B i32) (param $LDB i32) (param $C i32) (param $LDC i32)
    (local $B_END i32) (local $BP i32) (local $AV v128) (local $BV0 v128) (local $ACC0 v128) (local $ACC1 v128)
    (local.set $BP
      (local.get $B))
    (local.set $B_END
      (i32.add
        (local.get $B)
        (i32.mul
          (local.get $K)
          (local.get $LDB))))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.eq
            (local.get $BP)
            (local.get $B_END)))
        (local.set $BV0
          (v128.load
            (local.get $BP)))
        (local.set $AV
          (v128.load32_splat
            (local.get $A)))
        (local.set $ACC0
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC0)))
        (local.set $AV
          (v128.load32_splat offset=4
            (local.get $A)))
        (local.set $ACC1
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC1)))
        (local.set $A
          (i32.add
            (local.get $A)
            (i32.const 8)))
        (local.set $BP
          (i32.add
            (local.get $BP)
            (local.get $LDB)))
        (br 0 (;@2;))))
    (v128.store
      (local.get $C)
      (local.get $ACC0))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $ACC1)))
  (func $kernel2x4Accumulate (type 0) (param $K i32) (param $A i32) (param $B i32) (param $LDB i32) (param $C i32) (param $LDC i32)
    (local $B_END i32) (local $BP i32) (local $AV v128) (local $BV0 v128) (local $ACC0 v128) (local $ACC1 v128)
    (local.set $ACC0
      (v128.load
        (local.get $C)))
    (local.set $ACC1
      (v128.load
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 1)))))
    (local.set $BP
      (local.get $B))
    (local.set $B_END
      (i32.add
        (local.get $B)
        (i32.mul
          (local.get $K)
          (local.get $LDB))))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.eq
            (local.get $BP)
            (local.get $B_END)))
        (local.set $BV0
          (v128.load
            (local.get $BP)))
        (local.set $AV
          (v128.load32_splat
            (local.get $A)))
        (local.set $ACC0
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC0)))
        (local.set $AV
          (v128.load32_splat offset=4
            (local.get $A)))
        (local.set $ACC1
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC1)))
        (local.set $A
          (i32.add
            (local.get $A)
            (i32.const 8)))
        (local.set $BP
          (i32.add
            (local.get $BP)
            (local.get $LDB)))
        (br 0 (;@2;))))
    (v128.store
      (local.get $C)
      (local.get $ACC0))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $ACC1)))
  (func $kernel2x1 (type 0) (param $K i32) (param $A i32) (param $B i32) (param $LDB i32) (param $C i32) (param $LDC i32)
    (local $B_END i32) (local $BP i32) (local $AV v128) (local $BV0 v128) (local $ACC0 v128) (local $ACC1 v128)
    (local.set $BP
      (local.get $B))
    (local.set $B_END
      (i32.add
        (local.get $B)
        (i32.mul
          (local.get $K)
          (local.get $LDB))))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.eq
            (local.get $BP)
            (local.get $B_END)))
        (local.set $BV0
          (v128.load32_zero
            (local.get $BP)))
        (local.set $AV
          (v128.load32_splat
            (local.get $A)))
        (local.set $ACC0
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC0)))
        (local.set $AV
          (v128.load32_splat offset=4
            (local.get $A)))
        (local.set $ACC1
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC1)))
        (local.set $A
          (i32.add
            (local.get $A)
            (i32.const 8)))
        (local.set $BP
          (i32.add
            (local.get $BP)
            (local.get $LDB)))
        (br 0 (;@2;))))
    (v128.store32_lane 0
      (local.get $C)
      (local.get $ACC0))
    (v128.store32_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $ACC1)))
  (func $kernel2x1Accumulate (type 0) (param $K i32) (param $A i32) (param $B i32) (param $LDB i32) (param $C i32) (param $LDC i32)
    (local $B_END i32) (local $BP i32) (local $AV v128) (local $BV0 v128) (local $ACC0 v128) (local $ACC1 v128)
    (local.set $ACC0
      (v128.load32_zero
        (local.get $C)))
    (local.set $ACC1
      (v128.load32_zero
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 1)))))
    (local.set $BP
      (local.get $B))
    (local.set $B_END
      (i32.add
        (local.get $B)
        (i32.mul
          (local.get $K)
          (local.get $LDB))))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.eq
            (local.get $BP)
            (local.get $B_END)))
        (local.set $BV0
          (v128.load32_zero
            (local.get $BP)))
        (local.set $AV
          (v128.load32_splat
            (local.get $A)))
        (local.set $ACC0
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC0)))
        (local.set $AV
          (v128.load32_splat offset=4
            (local.get $A)))
        (local.set $ACC1
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC1)))
        (local.set $A
          (i32.add
            (local.get $A)
            (i32.const 8)))
        (local.set $BP
          (i32.add
            (local.get $BP)
            (local.get $LDB)))
        (br 0 (;@2;))))
    (v128.store32_lane 0
      (local.get $C)
      (local.get $ACC0))
    (v128.store32_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $ACC1)))
  (func $kernel2x2 (type 0) (param $K i32) (param $A i32) (param $B i32) (param $LDB i32) (param $C i32) (param $LDC i32)
    (local $B_END i32) (local $BP i32) (local $AV v128) (local $BV0 v128) (local $ACC0 v128) (local $ACC1 v128)
    (local.set $BP
      (local.get $B))
    (local.set $B_END
      (i32.add
        (local.get $B)
        (i32.mul
          (local.get $K)
          (local.get $LDB))))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.eq
            (local.get $BP)
            (local.get $B_END)))
        (local.set $BV0
          (v128.load64_zero
            (local.get $BP)))
        (local.set $AV
          (v128.load32_splat
            (local.get $A)))
        (local.set $ACC0
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC0)))
        (local.set $AV
          (v128.load32_splat offset=4
            (local.get $A)))
        (local.set $ACC1
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC1)))
        (local.set $A
          (i32.add
            (local.get $A)
            (i32.const 8)))
        (local.set $BP
          (i32.add
            (local.get $BP)
            (local.get $LDB)))
        (br 0 (;@2;))))
    (v128.store64_lane 0
      (local.get $C)
      (local.get $ACC0))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $ACC1)))
  (func $kernel2x2Accumulate (type 0) (param $K i32) (param $A i32) (param $B i32) (param $LDB i32) (param $C i32) (param $LDC i32)
    (local $B_END i32) (local $BP i32) (local $AV v128) (local $BV0 v128) (local $ACC0 v128) (local $ACC1 v128)
    (local.set $ACC0
      (v128.load64_zero
        (local.get $C)))
    (local.set $ACC1
      (v128.load64_zero
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 1)))))
    (local.set $BP
      (local.get $B))
    (local.set $B_END
      (i32.add
        (local.get $B)
        (i32.mul
          (local.get $K)
          (local.get $LDB))))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.eq
            (local.get $BP)
            (local.get $B_END)))
        (local.set $BV0
          (v128.load64_zero
            (local.get $BP)))
        (local.set $AV
          (v128.load32_splat
            (local.get $A)))
        (local.set $ACC0
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC0)))
        (local.set $AV
          (v128.load32_splat offset=4
            (local.get $A)))
        (local.set $ACC1
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC1)))
        (local.set $A
          (i32.add
            (local.get $A)
            (i32.const 8)))
        (local.set $BP
          (i32.add
            (local.get $BP)
            (local.get $LDB)))
        (br 0 (;@2;))))
    (v128.store64_lane 0
      (local.get $C)
      (local.get $ACC0))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $ACC1)))
  (func $kernel2x3 (type 0) (param $K i32) (param $A i32) (param $B i32) (param $LDB i32) (param $C i32) (param $LDC i32)
    (local $B_END i32) (local $BP i32) (local $AV v128) (local $BV0 v128) (local $ACC0 v128) (local $ACC1 v128)
    (local.set $BP
      (local.get $B))
    (local.set $B_END
      (i32.add
        (local.get $B)
        (i32.mul
          (local.get $K)
          (local.get $LDB))))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.eq
            (local.get $BP)
            (local.get $B_END)))
        (local.set $BV0
          (v128.load32_lane offset=8 2
            (local.get $BP)
            (v128.load64_zero
              (local.get $BP))))
        (local.set $AV
          (v128.load32_splat
            (local.get $A)))
        (local.set $ACC0
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC0)))
        (local.set $AV
          (v128.load32_splat offset=4
            (local.get $A)))
        (local.set $ACC1
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC1)))
        (local.set $A
          (i32.add
            (local.get $A)
            (i32.const 8)))
        (local.set $BP
          (i32.add
            (local.get $BP)
            (local.get $LDB)))
        (br 0 (;@2;))))
    (v128.store64_lane 0
      (local.get $C)
      (local.get $ACC0))
    (v128.store32_lane offset=8 2
      (local.get $C)
      (local.get $ACC0))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $ACC1))
    (v128.store32_lane offset=8 2
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $ACC1)))
  (func $kernel2x3Accumulate (type 0) (param $K i32) (param $A i32) (param $B i32) (param $LDB i32) (param $C i32) (param $LDC i32)
    (local $B_END i32) (local $BP i32) (local $AV v128) (local $BV0 v128) (local $ACC0 v128) (local $ACC1 v128)
    (local.set $ACC0
      (v128.load32_lane offset=8 2
        (local.get $C)
        (v128.load64_zero
          (local.get $C))))
    (local.set $ACC1
      (v128.load32_lane offset=8 2
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 1)))
        (v128.load64_zero
          (i32.add
            (local.get $C)
            (i32.mul
              (local.get $LDC)
              (i32.const 1))))))
    (local.set $BP
      (local.get $B))
    (local.set $B_END
      (i32.add
        (local.get $B)
        (i32.mul
          (local.get $K)
          (local.get $LDB))))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.eq
            (local.get $BP)
            (local.get $B_END)))
        (local.set $BV0
          (v128.load32_lane offset=8 2
            (local.get $BP)
            (v128.load64_zero
              (local.get $BP))))
        (local.set $AV
          (v128.load32_splat
            (local.get $A)))
        (local.set $ACC0
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC0)))
        (local.set $AV
          (v128.load32_splat offset=4
            (local.get $A)))
        (local.set $ACC1
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC1)))
        (local.set $A
          (i32.add
            (local.get $A)
            (i32.const 8)))
        (local.set $BP
          (i32.add
            (local.get $BP)
            (local.get $LDB)))
        (br 0 (;@2;))))
    (v128.store64_lane 0
      (local.get $C)
      (local.get $ACC0))
    (v128.store32_lane offset=8 2
      (local.get $C)
      (local.get $ACC0))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $ACC1))
    (v128.store32_lane offset=8 2
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $ACC1)))
  (func $kernel3x8 (type 0) (param $K i32) (param $A i32) (param $B i32) (param $LDB i32) (param $C i32) (param $LDC i32)
    (local $B_END i32) (local $BP i32) (local $AV v128) (local $BV0 v128) (local $BV1 v128) (local $ACC0 v128) (local $ACC1 v128) (local $ACC2 v128) (local $ACC3 v128) (local $ACC4 v128) (local $ACC5 v128)
    (local.set $BP
      (local.get $B))
    (local.set $B_END
      (i32.add
        (local.get $B)
        (i32.mul
          (local.get $K)
          (local.get $LDB))))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.eq
            (local.get $BP)
            (local.get $B_END)))
        (local.set $BV0
          (v128.load
            (local.get $BP)))
        (local.set $BV1
          (v128.load offset=16
            (local.get $BP)))
        (local.set $AV
          (v128.load32_splat
            (local.get $A)))
        (local.set $ACC0
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC0)))
        (local.set $ACC1
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV1)
            (local.get $ACC1)))
        (local.set $AV
          (v128.load32_splat offset=4
            (local.get $A)))
        (local.set $ACC2
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC2)))
        (local.set $ACC3
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV1)
            (local.get $ACC3)))
        (local.set $AV
          (v128.load32_splat offset=8
            (local.get $A)))
        (local.set $ACC4
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC4)))
        (local.set $ACC5
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV1)
            (local.get $ACC5)))
        (local.set $A
          (i32.add
            (local.get $A)
            (i32.const 12)))
        (local.set $BP
          (i32.add
            (local.get $BP)
            (local.get $LDB)))
        (br 0 (;@2;))))
    (v128.store
      (local.get $C)
      (local.get $ACC0))
    (v128.store offset=16
      (local.get $C)
      (local.get $ACC1))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $ACC2))
    (v128.store offset=16
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $ACC3))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $ACC4))
    (v128.store offset=16
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $ACC5)))
  (func $kernel3x8Accumulate (type 0) (param $K i32) (param $A i32) (param $B i32) (param $LDB i32) (param $C i32) (param $LDC i32)
    (local $B_END i32) (local $BP i32) (local $AV v128) (local $BV0 v128) (local $BV1 v128) (local $ACC0 v128) (local $ACC1 v128) (local $ACC2 v128) (local $ACC3 v128) (local $ACC4 v128) (local $ACC5 v128)
    (local.set $ACC0
      (v128.load
        (local.get $C)))
    (local.set $ACC1
      (v128.load offset=16
        (local.get $C)))
    (local.set $ACC2
      (v128.load
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 1)))))
    (local.set $ACC3
      (v128.load offset=16
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 1)))))
    (local.set $ACC4
      (v128.load
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 2)))))
    (local.set $ACC5
      (v128.load offset=16
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 2)))))
    (local.set $BP
      (local.get $B))
    (local.set $B_END
      (i32.add
        (local.get $B)
        (i32.mul
          (local.get $K)
          (local.get $LDB))))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.eq
            (local.get $BP)
            (local.get $B_END)))
        (local.set $BV0
          (v128.load
            (local.get $BP)))
        (local.set $BV1
          (v128.load offset=16
            (local.get $BP)))
        (local.set $AV
          (v128.load32_splat
            (local.get $A)))
        (local.set $ACC0
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC0)))
        (local.set $ACC1
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV1)
            (local.get $ACC1)))
        (local.set $AV
          (v128.load32_splat offset=4
            (local.get $A)))
        (local.set $ACC2
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC2)))
        (local.set $ACC3
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV1)
            (local.get $ACC3)))
        (local.set $AV
          (v128.load32_splat offset=8
            (local.get $A)))
        (local.set $ACC4
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC4)))
        (local.set $ACC5
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV1)
            (local.get $ACC5)))
        (local.set $A
          (i32.add
            (local.get $A)
            (i32.const 12)))
        (local.set $BP
          (i32.add
            (local.get $BP)
            (local.get $LDB)))
        (br 0 (;@2;))))
    (v128.store
      (local.get $C)
      (local.get $ACC0))
    (v128.store offset=16
      (local.get $C)
      (local.get $ACC1))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $ACC2))
    (v128.store offset=16
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $ACC3))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $ACC4))
    (v128.store offset=16
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $ACC5)))
  (func $kernel3x4 (type 0) (param $K i32) (param $A i32) (param $B i32) (param $LDB i32) (param $C i32) (param $LDC i32)
    (local $B_END i32) (local $BP i32) (local $AV v128) (local $BV0 v128) (local $ACC0 v128) (local $ACC1 v128) (local $ACC2 v128)
    (local.set $BP
      (local.get $B))
    (local.set $B_END
      (i32.add
        (local.get $B)
        (i32.mul
          (local.get $K)
          (local.get $LDB))))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.eq
            (local.get $BP)
            (local.get $B_END)))
        (local.set $BV0
          (v128.load
            (local.get $BP)))
        (local.set $AV
          (v128.load32_splat
            (local.get $A)))
        (local.set $ACC0
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC0)))
        (local.set $AV
          (v128.load32_splat offset=4
            (local.get $A)))
        (local.set $ACC1
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC1)))
        (local.set $AV
          (v128.load32_splat offset=8
            (local.get $A)))
        (local.set $ACC2
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC2)))
        (local.set $A
          (i32.add
            (local.get $A)
            (i32.const 12)))
        (local.set $BP
          (i32.add
            (local.get $BP)
            (local.get $LDB)))
        (br 0 (;@2;))))
    (v128.store
      (local.get $C)
      (local.get $ACC0))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $ACC1))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $ACC2)))
  (func $kernel3x4Accumulate (type 0) (param $K i32) (param $A i32) (param $B i32) (param $LDB i32) (param $C i32) (param $LDC i32)
    (local $B_END i32) (local $BP i32) (local $AV v128) (local $BV0 v128) (local $ACC0 v128) (local $ACC1 v128) (local $ACC2 v128)
    (local.set $ACC0
      (v128.load
        (local.get $C)))
    (local.set $ACC1
      (v128.load
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 1)))))
    (local.set $ACC2
      (v128.load
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 2)))))
    (local.set $BP
      (local.get $B))
    (local.set $B_END
      (i32.add
        (local.get $B)
        (i32.mul
          (local.get $K)
          (local.get $LDB))))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.eq
            (local.get $BP)
            (local.get $B_END)))
        (local.set $BV0
          (v128.load
            (local.get $BP)))
        (local.set $AV
          (v128.load32_splat
            (local.get $A)))
        (local.set $ACC0
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC0)))
        (local.set $AV
          (v128.load32_splat offset=4
            (local.get $A)))
        (local.set $ACC1
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC1)))
        (local.set $AV
          (v128.load32_splat offset=8
            (local.get $A)))
        (local.set $ACC2
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC2)))
        (local.set $A
          (i32.add
            (local.get $A)
            (i32.const 12)))
        (local.set $BP
          (i32.add
            (local.get $BP)
            (local.get $LDB)))
        (br 0 (;@2;))))
    (v128.store
      (local.get $C)
      (local.get $ACC0))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $ACC1))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $ACC2)))
  (func $kernel3x1 (type 0) (param $K i32) (param $A i32) (param $B i32) (param $LDB i32) (param $C i32) (param $LDC i32)
    (local $B_END i32) (local $BP i32) (local $AV v128) (local $BV0 v128) (local $ACC0 v128) (local $ACC1 v128) (local $ACC2 v128)
    (local.set $BP
      (local.get $B))
    (local.set $B_END
      (i32.add
        (local.get $B)
        (i32.mul
          (local.get $K)
          (local.get $LDB))))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.eq
            (local.get $BP)
            (local.get $B_END)))
        (local.set $BV0
          (v128.load32_zero
            (local.get $BP)))
        (local.set $AV
          (v128.load32_splat
            (local.get $A)))
        (local.set $ACC0
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC0)))
        (local.set $AV
          (v128.load32_splat offset=4
            (local.get $A)))
        (local.set $ACC1
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC1)))
        (local.set $AV
          (v128.load32_splat offset=8
            (local.get $A)))
        (local.set $ACC2
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC2)))
        (local.set $A
          (i32.add
            (local.get $A)
            (i32.const 12)))
        (local.set $BP
          (i32.add
            (local.get $BP)
            (local.get $LDB)))
        (br 0 (;@2;))))
    (v128.store32_lane 0
      (local.get $C)
      (local.get $ACC0))
    (v128.store32_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $ACC1))
    (v128.store32_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $ACC2)))
  (func $kernel3x1Accumulate (type 0) (param $K i32) (param $A i32) (param $B i32) (param $LDB i32) (param $C i32) (param $LDC i32)
    (local $B_END i32) (local $BP i32) (local $AV v128) (local $BV0 v128) (local $ACC0 v128) (local $ACC1 v128) (local $ACC2 v128)
    (local.set $ACC0
      (v128.load32_zero
        (local.get $C)))
    (local.set $ACC1
      (v128.load32_zero
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 1)))))
    (local.set $ACC2
      (v128.load32_zero
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 2)))))
    (local.set $BP
      (local.get $B))
    (local.set $B_END
      (i32.add
        (local.get $B)
        (i32.mul
          (local.get $K)
          (local.get $LDB))))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.eq
            (local.get $BP)
            (local.get $B_END)))
        (local.set $BV0
          (v128.load32_zero
            (local.get $BP)))
        (local.set $AV
          (v128.load32_splat
            (local.get $A)))
        (local.set $ACC0
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC0)))
        (local.set $AV
          (v128.load32_splat offset=4
            (local.get $A)))
        (local.set $ACC1
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC1)))
        (local.set $AV
          (v128.load32_splat offset=8
            (local.get $A)))
        (local.set $ACC2
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC2)))
        (local.set $A
          (i32.add
            (local.get $A)
            (i32.const 12)))
        (local.set $BP
          (i32.add
            (local.get $BP)
            (local.get $LDB)))
        (br 0 (;@2;))))
    (v128.store32_lane 0
      (local.get $C)
      (local.get $ACC0))
    (v128.store32_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $ACC1))
    (v128.store32_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $ACC2)))
  (func $kernel3x2 (type 0) (param $K i32) (param $A i32) (param $B i32) (param $LDB i32) (param $C i32) (param $LDC i32)
    (local $B_END i32) (local $BP i32) (local $AV v128) (local $BV0 v128) (local $ACC0 v128) (local $ACC1 v128) (local $ACC2 v128)
    (local.set $BP
      (local.get $B))
    (local.set $B_END
      (i32.add
        (local.get $B)
        (i32.mul
          (local.get $K)
          (local.get $LDB))))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.eq
            (local.get $BP)
            (local.get $B_END)))
        (local.set $BV0
          (v128.load64_zero
            (local.get $BP)))
        (local.set $AV
          (v128.load32_splat
            (local.get $A)))
        (local.set $ACC0
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC0)))
        (local.set $AV
          (v128.load32_splat offset=4
            (local.get $A)))
        (local.set $ACC1
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC1)))
        (local.set $AV
          (v128.load32_splat offset=8
            (local.get $A)))
        (local.set $ACC2
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC2)))
        (local.set $A
          (i32.add
            (local.get $A)
            (i32.const 12)))
        (local.set $BP
          (i32.add
            (local.get $BP)
            (local.get $LDB)))
        (br 0 (;@2;))))
    (v128.store64_lane 0
      (local.get $C)
      (local.get $ACC0))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $ACC1))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $ACC2)))
  (func $kernel3x2Accumulate (type 0) (param $K i32) (param $A i32) (param $B i32) (param $LDB i32) (param $C i32) (param $LDC i32)
    (local $B_END i32) (local $BP i32) (local $AV v128) (local $BV0 v128) (local $ACC0 v128) (local $ACC1 v128) (local $ACC2 v128)
    (local.set $ACC0
      (v128.load64_zero
        (local.get $C)))
    (local.set $ACC1
      (v128.load64_zero
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 1)))))
    (local.set $ACC2
      (v128.load64_zero
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 2)))))
    (local.set $BP
      (local.get $B))
    (local.set $B_END
      (i32.add
        (local.get $B)
        (i32.mul
          (local.get $K)
          (local.get $LDB))))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.eq
            (local.get $BP)
            (local.get $B_END)))
        (local.set $BV0
          (v128.load64_zero
            (local.get $BP)))
        (local.set $AV
          (v128.load32_splat
            (local.get $A)))
        (local.set $ACC0
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC0)))
        (local.set $AV
          (v128.load32_splat offset=4
            (local.get $A)))
        (local.set $ACC1
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC1)))
        (local.set $AV
          (v128.load32_splat offset=8
            (local.get $A)))
        (local.set $ACC2
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC2)))
        (local.set $A
          (i32.add
            (local.get $A)
            (i32.const 12)))
        (local.set $BP
          (i32.add
            (local.get $BP)
            (local.get $LDB)))
        (br 0 (;@2;))))
    (v128.store64_lane 0
      (local.get $C)
      (local.get $ACC0))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $ACC1))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $ACC2)))
  (func $kernel3x3 (type 0) (param $K i32) (param $A i32) (param $B i32) (param $LDB i32) (param $C i32) (param $LDC i32)
    (local $B_END i32) (local $BP i32) (local $AV v128) (local $BV0 v128) (local $ACC0 v128) (local $ACC1 v128) (local $ACC2 v128)
    (local.set $BP
      (local.get $B))
    (local.set $B_END
      (i32.add
        (local.get $B)
        (i32.mul
          (local.get $K)
          (local.get $LDB))))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.eq
            (local.get $BP)
            (local.get $B_END)))
        (local.set $BV0
          (v128.load32_lane offset=8 2
            (local.get $BP)
            (v128.load64_zero
              (local.get $BP))))
        (local.set $AV
          (v128.load32_splat
            (local.get $A)))
        (local.set $ACC0
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC0)))
        (local.set $AV
          (v128.load32_splat offset=4
            (local.get $A)))
        (local.set $ACC1
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC1)))
        (local.set $AV
          (v128.load32_splat offset=8
            (local.get $A)))
        (local.set $ACC2
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC2)))
        (local.set $A
          (i32.add
            (local.get $A)
            (i32.const 12)))
        (local.set $BP
          (i32.add
            (local.get $BP)
            (local.get $LDB)))
        (br 0 (;@2;))))
    (v128.store64_lane 0
      (local.get $C)
      (local.get $ACC0))
    (v128.store32_lane offset=8 2
      (local.get $C)
      (local.get $ACC0))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $ACC1))
    (v128.store32_lane offset=8 2
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $ACC1))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $ACC2))
    (v128.store32_lane offset=8 2
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $ACC2)))
  (func $kernel3x3Accumulate (type 0) (param $K i32) (param $A i32) (param $B i32) (param $LDB i32) (param $C i32) (param $LDC i32)
    (local $B_END i32) (local $BP i32) (local $AV v128) (local $BV0 v128) (local $ACC0 v128) (local $ACC1 v128) (local $ACC2 v128)
    (local.set $ACC0
      (v128.load32_lane offset=8 2
        (local.get $C)
        (v128.load64_zero
          (local.get $C))))
    (local.set $ACC1
      (v128.load32_lane offset=8 2
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 1)))
        (v128.load64_zero
          (i32.add
            (local.get $C)
            (i32.mul
              (local.get $LDC)
              (i32.const 1))))))
    (local.set $ACC2
      (v128.load32_lane offset=8 2
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 2)))
        (v128.load64_zero
          (i32.add
            (local.get $C)
            (i32.mul
              (local.get $LDC)
              (i32.const 2))))))
    (local.set $BP
      (local.get $B))
    (local.set $B_END
      (i32.add
        (local.get $B)
        (i32.mul
          (local.get $K)
          (local.get $LDB))))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.eq
            (local.get $BP)
            (local.get $B_END)))
        (local.set $BV0
          (v128.load32_lane offset=8 2
            (local.get $BP)
            (v128.load64_zero
              (local.get $BP))))
        (local.set $AV
          (v128.load32_splat
            (local.get $A)))
        (local.set $ACC0
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC0)))
        (local.set $AV
          (v128.load32_splat offset=4
            (local.get $A)))
        (local.set $ACC1
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC1)))
        (local.set $AV
          (v128.load32_splat offset=8
            (local.get $A)))
        (local.set $ACC2
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC2)))
        (local.set $A
          (i32.add
            (local.get $A)
            (i32.const 12)))
        (local.set $BP
          (i32.add
            (local.get $BP)
            (local.get $LDB)))
        (br 0 (;@2;))))
    (v128.store64_lane 0
      (local.get $C)
      (local.get $ACC0))
    (v128.store32_lane offset=8 2
      (local.get $C)
      (local.get $ACC0))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $ACC1))
    (v128.store32_lane offset=8 2
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $ACC1))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $ACC2))
    (v128.store32_lane offset=8 2
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $ACC2)))
  (func $kernel4x8 (type 0) (param $K i32) (param $A i32) (param $B i32) (param $LDB i32) (param $C i32) (param $LDC i32)
    (local $B_END i32) (local $BP i32) (local $AV v128) (local $BV0 v128) (local $BV1 v128) (local $ACC0 v128) (local $ACC1 v128) (local $ACC2 v128) (local $ACC3 v128) (local $ACC4 v128) (local $ACC5 v128) (local $ACC6 v128) (local $ACC7 v128)
    (local.set $BP
      (local.get $B))
    (local.set $B_END
      (i32.add
        (local.get $B)
        (i32.mul
          (local.get $K)
          (local.get $LDB))))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.eq
            (local.get $BP)
            (local.get $B_END)))
        (local.set $BV0
          (v128.load
            (local.get $BP)))
        (local.set $BV1
          (v128.load offset=16
            (local.get $BP)))
        (local.set $AV
          (v128.load32_splat
            (local.get $A)))
        (local.set $ACC0
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC0)))
        (local.set $ACC1
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV1)
            (local.get $ACC1)))
        (local.set $AV
          (v128.load32_splat offset=4
            (local.get $A)))
        (local.set $ACC2
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC2)))
        (local.set $ACC3
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV1)
            (local.get $ACC3)))
        (local.set $AV
          (v128.load32_splat offset=8
            (local.get $A)))
        (local.set $ACC4
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC4)))
        (local.set $ACC5
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV1)
            (local.get $ACC5)))
        (local.set $AV
          (v128.load32_splat offset=12
            (local.get $A)))
        (local.set $ACC6
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC6)))
        (local.set $ACC7
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV1)
            (local.get $ACC7)))
        (local.set $A
          (i32.add
            (local.get $A)
            (i32.const 16)))
        (local.set $BP
          (i32.add
            (local.get $BP)
            (local.get $LDB)))
        (br 0 (;@2;))))
    (v128.store
      (local.get $C)
      (local.get $ACC0))
    (v128.store offset=16
      (local.get $C)
      (local.get $ACC1))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $ACC2))
    (v128.store offset=16
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $ACC3))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $ACC4))
    (v128.store offset=16
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $ACC5))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 3)))
      (local.get $ACC6))
    (v128.store offset=16
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 3)))
      (local.get $ACC7)))
  (func $kernel4x8Accumulate (type 0) (param $K i32) (param $A i32) (param $B i32) (param $LDB i32) (param $C i32) (param $LDC i32)
    (local $B_END i32) (local $BP i32) (local $AV v128) (local $BV0 v128) (local $BV1 v128) (local $ACC0 v128) (local $ACC1 v128) (local $ACC2 v128) (local $ACC3 v128) (local $ACC4 v128) (local $ACC5 v128) (local $ACC6 v128) (local $ACC7 v128)
    (local.set $ACC0
      (v128.load
        (local.get $C)))
    (local.set $ACC1
      (v128.load offset=16
        (local.get $C)))
    (local.set $ACC2
      (v128.load
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 1)))))
    (local.set $ACC3
      (v128.load offset=16
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 1)))))
    (local.set $ACC4
      (v128.load
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 2)))))
    (local.set $ACC5
      (v128.load offset=16
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 2)))))
    (local.set $ACC6
      (v128.load
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 3)))))
    (local.set $ACC7
      (v128.load offset=16
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 3)))))
    (local.set $BP
      (local.get $B))
    (local.set $B_END
      (i32.add
        (local.get $B)
        (i32.mul
          (local.get $K)
          (local.get $LDB))))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.eq
            (local.get $BP)
            (local.get $B_END)))
        (local.set $BV0
          (v128.load
            (local.get $BP)))
        (local.set $BV1
          (v128.load offset=16
            (local.get $BP)))
        (local.set $AV
          (v128.load32_splat
            (local.get $A)))
        (local.set $ACC0
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC0)))
        (local.set $ACC1
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV1)
            (local.get $ACC1)))
        (local.set $AV
          (v128.load32_splat offset=4
            (local.get $A)))
        (local.set $ACC2
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC2)))
        (local.set $ACC3
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV1)
            (local.get $ACC3)))
        (local.set $AV
          (v128.load32_splat offset=8
            (local.get $A)))
        (local.set $ACC4
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC4)))
        (local.set $ACC5
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV1)
            (local.get $ACC5)))
        (local.set $AV
          (v128.load32_splat offset=12
            (local.get $A)))
        (local.set $ACC6
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC6)))
        (local.set $ACC7
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV1)
            (local.get $ACC7)))
        (local.set $A
          (i32.add
            (local.get $A)
            (i32.const 16)))
        (local.set $BP
          (i32.add
            (local.get $BP)
            (local.get $LDB)))
        (br 0 (;@2;))))
    (v128.store
      (local.get $C)
      (local.get $ACC0))
    (v128.store offset=16
      (local.get $C)
      (local.get $ACC1))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $ACC2))
    (v128.store offset=16
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $ACC3))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $ACC4))
    (v128.store offset=16
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $ACC5))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 3)))
      (local.get $ACC6))
    (v128.store offset=16
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 3)))
      (local.get $ACC7)))
  (func $kernel4x4 (type 0) (param $K i32) (param $A i32) (param $B i32) (param $LDB i32) (param $C i32) (param $LDC i32)
    (local $B_END i32) (local $BP i32) (local $AV v128) (local $BV0 v128) (local $ACC0 v128) (local $ACC1 v128) (local $ACC2 v128) (local $ACC3 v128)
    (local.set $BP
      (local.get $B))
    (local.set $B_END
      (i32.add
        (local.get $B)
        (i32.mul
          (local.get $K)
          (local.get $LDB))))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.eq
            (local.get $BP)
            (local.get $B_END)))
        (local.set $BV0
          (v128.load
            (local.get $BP)))
        (local.set $AV
          (v128.load32_splat
            (local.get $A)))
        (local.set $ACC0
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC0)))
        (local.set $AV
          (v128.load32_splat offset=4
            (local.get $A)))
        (local.set $ACC1
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC1)))
        (local.set $AV
          (v128.load32_splat offset=8
            (local.get $A)))
        (local.set $ACC2
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC2)))
        (local.set $AV
          (v128.load32_splat offset=12
            (local.get $A)))
        (local.set $ACC3
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC3)))
        (local.set $A
          (i32.add
            (local.get $A)
            (i32.const 16)))
        (local.set $BP
          (i32.add
            (local.get $BP)
            (local.get $LDB)))
        (br 0 (;@2;))))
    (v128.store
      (local.get $C)
      (local.get $ACC0))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $ACC1))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $ACC2))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 3)))
      (local.get $ACC3)))
  (func $kernel4x4Accumulate (type 0) (param $K i32) (param $A i32) (param $B i32) (param $LDB i32) (param $C i32) (param $LDC i32)
    (local $B_END i32) (local $BP i32) (local $AV v128) (local $BV0 v128) (local $ACC0 v128) (local $ACC1 v128) (local $ACC2 v128) (local $ACC3 v128)
    (local.set $ACC0
      (v128.load
        (local.get $C)))
    (local.set $ACC1
      (v128.load
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 1)))))
    (local.set $ACC2
      (v128.load
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 2)))))
    (local.set $ACC3
      (v128.load
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 3)))))
    (local.set $BP
      (local.get $B))
    (local.set $B_END
      (i32.add
        (local.get $B)
        (i32.mul
          (local.get $K)
          (local.get $LDB))))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.eq
            (local.get $BP)
            (local.get $B_END)))
        (local.set $BV0
          (v128.load
            (local.get $BP)))
        (local.set $AV
          (v128.load32_splat
            (local.get $A)))
        (local.set $ACC0
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC0)))
        (local.set $AV
          (v128.load32_splat offset=4
            (local.get $A)))
        (local.set $ACC1
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC1)))
        (local.set $AV
          (v128.load32_splat offset=8
            (local.get $A)))
        (local.set $ACC2
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC2)))
        (local.set $AV
          (v128.load32_splat offset=12
            (local.get $A)))
        (local.set $ACC3
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC3)))
        (local.set $A
          (i32.add
            (local.get $A)
            (i32.const 16)))
        (local.set $BP
          (i32.add
            (local.get $BP)
            (local.get $LDB)))
        (br 0 (;@2;))))
    (v128.store
      (local.get $C)
      (local.get $ACC0))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $ACC1))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $ACC2))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 3)))
      (local.get $ACC3)))
  (func $kernel4x1 (type 0) (param $K i32) (param $A i32) (param $B i32) (param $LDB i32) (param $C i32) (param $LDC i32)
    (local $B_END i32) (local $BP i32) (local $AV v128) (local $BV0 v128) (local $ACC0 v128) (local $ACC1 v128) (local $ACC2 v128) (local $ACC3 v128)
    (local.set $BP
      (local.get $B))
    (local.set $B_END
      (i32.add
        (local.get $B)
        (i32.mul
          (local.get $K)
          (local.get $LDB))))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.eq
            (local.get $BP)
            (local.get $B_END)))
        (local.set $BV0
          (v128.load32_zero
            (local.get $BP)))
        (local.set $AV
          (v128.load32_splat
            (local.get $A)))
        (local.set $ACC0
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC0)))
        (local.set $AV
          (v128.load32_splat offset=4
            (local.get $A)))
        (local.set $ACC1
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC1)))
        (local.set $AV
          (v128.load32_splat offset=8
            (local.get $A)))
        (local.set $ACC2
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC2)))
        (local.set $AV
          (v128.load32_splat offset=12
            (local.get $A)))
        (local.set $ACC3
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC3)))
        (local.set $A
          (i32.add
            (local.get $A)
            (i32.const 16)))
        (local.set $BP
          (i32.add
            (local.get $BP)
            (local.get $LDB)))
        (br 0 (;@2;))))
    (v128.store32_lane 0
      (local.get $C)
      (local.get $ACC0))
    (v128.store32_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $ACC1))
    (v128.store32_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $ACC2))
    (v128.store32_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 3)))
      (local.get $ACC3)))
  (func $kernel4x1Accumulate (type 0) (param $K i32) (param $A i32) (param $B i32) (param $LDB i32) (param $C i32) (param $LDC i32)
    (local $B_END i32) (local $BP i32) (local $AV v128) (local $BV0 v128) (local $ACC0 v128) (local $ACC1 v128) (local $ACC2 v128) (local $ACC3 v128)
    (local.set $ACC0
      (v128.load32_zero
        (local.get $C)))
    (local.set $ACC1
      (v128.load32_zero
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 1)))))
    (local.set $ACC2
      (v128.load32_zero
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 2)))))
    (local.set $ACC3
      (v128.load32_zero
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 3)))))
    (local.set $BP
      (local.get $B))
    (local.set $B_END
      (i32.add
        (local.get $B)
        (i32.mul
          (local.get $K)
          (local.get $LDB))))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.eq
            (local.get $BP)
            (local.get $B_END)))
        (local.set $BV0
          (v128.load32_zero
            (local.get $BP)))
        (local.set $AV
          (v128.load32_splat
            (local.get $A)))
        (local.set $ACC0
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC0)))
        (local.set $AV
          (v128.load32_splat offset=4
            (local.get $A)))
        (local.set $ACC1
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC1)))
        (local.set $AV
          (v128.load32_splat offset=8
            (local.get $A)))
        (local.set $ACC2
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC2)))
        (local.set $AV
          (v128.load32_splat offset=12
            (local.get $A)))
        (local.set $ACC3
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC3)))
        (local.set $A
          (i32.add
            (local.get $A)
            (i32.const 16)))
        (local.set $BP
          (i32.add
            (local.get $BP)
            (local.get $LDB)))
        (br 0 (;@2;))))
    (v128.store32_lane 0
      (local.get $C)
      (local.get $ACC0))
    (v128.store32_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $ACC1))
    (v128.store32_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $ACC2))
    (v128.store32_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 3)))
      (local.get $ACC3)))
  (func $kernel4x2 (type 0) (param $K i32) (param $A i32) (param $B i32) (param $LDB i32) (param $C i32) (param $LDC i32)
    (local $B_END i32) (local $BP i32) (local $AV v128) (local $BV0 v128) (local $ACC0 v128) (local $ACC1 v128) (local $ACC2 v128) (local $ACC3 v128)
    (local.set $BP
      (local.get $B))
    (local.set $B_END
      (i32.add
        (local.get $B)
        (i32.mul
          (local.get $K)
          (local.get $LDB))))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.eq
            (local.get $BP)
            (local.get $B_END)))
        (local.set $BV0
          (v128.load64_zero
            (local.get $BP)))
        (local.set $AV
          (v128.load32_splat
            (local.get $A)))
        (local.set $ACC0
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC0)))
        (local.set $AV
          (v128.load32_splat offset=4
            (local.get $A)))
        (local.set $ACC1
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC1)))
        (local.set $AV
          (v128.load32_splat offset=8
            (local.get $A)))
        (local.set $ACC2
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC2)))
        (local.set $AV
          (v128.load32_splat offset=12
            (local.get $A)))
        (local.set $ACC3
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC3)))
        (local.set $A
          (i32.add
            (local.get $A)
            (i32.const 16)))
        (local.set $BP
          (i32.add
            (local.get $BP)
            (local.get $LDB)))
        (br 0 (;@2;))))
    (v128.store64_lane 0
      (local.get $C)
      (local.get $ACC0))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $ACC1))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $ACC2))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 3)))
      (local.get $ACC3)))
  (func $kernel4x2Accumulate (type 0) (param $K i32) (param $A i32) (param $B i32) (param $LDB i32) (param $C i32) (param $LDC i32)
    (local $B_END i32) (local $BP i32) (local $AV v128) (local $BV0 v128) (local $ACC0 v128) (local $ACC1 v128) (local $ACC2 v128) (local $ACC3 v128)
    (local.set $ACC0
      (v128.load64_zero
        (local.get $C)))
    (local.set $ACC1
      (v128.load64_zero
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 1)))))
    (local.set $ACC2
      (v128.load64_zero
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 2)))))
    (local.set $ACC3
      (v128.load64_zero
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 3)))))
    (local.set $BP
      (local.get $B))
    (local.set $B_END
      (i32.add
        (local.get $B)
        (i32.mul
          (local.get $K)
          (local.get $LDB))))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.eq
            (local.get $BP)
            (local.get $B_END)))
        (local.set $BV0
          (v128.load64_zero
            (local.get $BP)))
        (local.set $AV
          (v128.load32_splat
            (local.get $A)))
        (local.set $ACC0
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC0)))
        (local.set $AV
          (v128.load32_splat offset=4
            (local.get $A)))
        (local.set $ACC1
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC1)))
        (local.set $AV
          (v128.load32_splat offset=8
            (local.get $A)))
        (local.set $ACC2
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC2)))
        (local.set $AV
          (v128.load32_splat offset=12
            (local.get $A)))
        (local.set $ACC3
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC3)))
        (local.set $A
          (i32.add
            (local.get $A)
            (i32.const 16)))
        (local.set $BP
          (i32.add
            (local.get $BP)
            (local.get $LDB)))
        (br 0 (;@2;))))
    (v128.store64_lane 0
      (local.get $C)
      (local.get $ACC0))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $ACC1))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $ACC2))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 3)))
      (local.get $ACC3)))
  (func $kernel4x3 (type 0) (param $K i32) (param $A i32) (param $B i32) (param $LDB i32) (param $C i32) (param $LDC i32)
    (local $B_END i32) (local $BP i32) (local $AV v128) (local $BV0 v128) (local $ACC0 v128) (local $ACC1 v128) (local $ACC2 v128) (local $ACC3 v128)
    (local.set $BP
      (local.get $B))
    (local.set $B_END
      (i32.add
        (local.get $B)
        (i32.mul
          (local.get $K)
          (local.get $LDB))))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.eq
            (local.get $BP)
            (local.get $B_END)))
        (local.set $BV0
          (v128.load32_lane offset=8 2
            (local.get $BP)
            (v128.load64_zero
              (local.get $BP))))
        (local.set $AV
          (v128.load32_splat
            (local.get $A)))
        (local.set $ACC0
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC0)))
        (local.set $AV
          (v128.load32_splat offset=4
            (local.get $A)))
        (local.set $ACC1
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC1)))
        (local.set $AV
          (v128.load32_splat offset=8
            (local.get $A)))
        (local.set $ACC2
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC2)))
        (local.set $AV
          (v128.load32_splat offset=12
            (local.get $A)))
        (local.set $ACC3
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC3)))
        (local.set $A
          (i32.add
            (local.get $A)
            (i32.const 16)))
        (local.set $BP
          (i32.add
            (local.get $BP)
            (local.get $LDB)))
        (br 0 (;@2;))))
    (v128.store64_lane 0
      (local.get $C)
      (local.get $ACC0))
    (v128.store32_lane offset=8 2
      (local.get $C)
      (local.get $ACC0))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $ACC1))
    (v128.store32_lane offset=8 2
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $ACC1))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $ACC2))
    (v128.store32_lane offset=8 2
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $ACC2))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 3)))
      (local.get $ACC3))
    (v128.store32_lane offset=8 2
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 3)))
      (local.get $ACC3)))
  (func $kernel4x3Accumulate (type 0) (param $K i32) (param $A i32) (param $B i32) (param $LDB i32) (param $C i32) (param $LDC i32)
    (local $B_END i32) (local $BP i32) (local $AV v128) (local $BV0 v128) (local $ACC0 v128) (local $ACC1 v128) (local $ACC2 v128) (local $ACC3 v128)
    (local.set $ACC0
      (v128.load32_lane offset=8 2
        (local.get $C)
        (v128.load64_zero
          (local.get $C))))
    (local.set $ACC1
      (v128.load32_lane offset=8 2
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 1)))
        (v128.load64_zero
          (i32.add
            (local.get $C)
            (i32.mul
              (local.get $LDC)
              (i32.const 1))))))
    (local.set $ACC2
      (v128.load32_lane offset=8 2
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 2)))
        (v128.load64_zero
          (i32.add
            (local.get $C)
            (i32.mul
              (local.get $LDC)
              (i32.const 2))))))
    (local.set $ACC3
      (v128.load32_lane offset=8 2
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 3)))
        (v128.load64_zero
          (i32.add
            (local.get $C)
            (i32.mul
              (local.get $LDC)
              (i32.const 3))))))
    (local.set $BP
      (local.get $B))
    (local.set $B_END
      (i32.add
        (local.get $B)
        (i32.mul
          (local.get $K)
          (local.get $LDB))))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.eq
            (local.get $BP)
            (local.get $B_END)))
        (local.set $BV0
          (v128.load32_lane offset=8 2
            (local.get $BP)
            (v128.load64_zero
              (local.get $BP))))
        (local.set $AV
          (v128.load32_splat
            (local.get $A)))
        (local.set $ACC0
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC0)))
        (local.set $AV
          (v128.load32_splat offset=4
            (local.get $A)))
        (local.set $ACC1
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC1)))
        (local.set $AV
          (v128.load32_splat offset=8
            (local.get $A)))
        (local.set $ACC2
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC2)))
        (local.set $AV
          (v128.load32_splat offset=12
            (local.get $A)))
        (local.set $ACC3
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC3)))
        (local.set $A
          (i32.add
            (local.get $A)
            (i32.const 16)))
        (local.set $BP
          (i32.add
            (local.get $BP)
            (local.get $LDB)))
        (br 0 (;@2;))))
    (v128.store64_lane 0
      (local.get $C)
      (local.get $ACC0))
    (v128.store32_lane offset=8 2
      (local.get $C)
      (local.get $ACC0))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $ACC1))
    (v128.store32_lane offset=8 2
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $ACC1))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $ACC2))
    (v128.store32_lane offset=8 2
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $ACC2))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 3)))
      (local.get $ACC3))
    (v128.store32_lane offset=8 2
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 3)))
      (local.get $ACC3)))
  (func $kernel5x8 (type 0) (param $K i32) (param $A i32) (param $B i32) (param $LDB i32) (param $C i32) (param $LDC i32)
    (local $B_END i32) (local $BP i32) (local $AV v128) (local $BV0 v128) (local $BV1 v128) (local $ACC0 v128) (local $ACC1 v128) (local $ACC2 v128) (local $ACC3 v128) (local $ACC4 v128) (local $ACC5 v128) (local $ACC6 v128) (local $ACC7 v128) (local $ACC8 v128) (local $ACC9 v128)
    (local.set $BP
      (local.get $B))
    (local.set $B_END
      (i32.add
        (local.get $B)
        (i32.mul
          (local.get $K)
          (local.get $LDB))))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.eq
            (local.get $BP)
            (local.get $B_END)))
        (local.set $BV0
          (v128.load
            (local.get $BP)))
        (local.set $BV1
          (v128.load offset=16
            (local.get $BP)))
        (local.set $AV
          (v128.load32_splat
            (local.get $A)))
        (local.set $ACC0
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC0)))
        (local.set $ACC1
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV1)
            (local.get $ACC1)))
        (local.set $AV
          (v128.load32_splat offset=4
            (local.get $A)))
        (local.set $ACC2
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC2)))
        (local.set $ACC3
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV1)
            (local.get $ACC3)))
        (local.set $AV
          (v128.load32_splat offset=8
            (local.get $A)))
        (local.set $ACC4
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC4)))
        (local.set $ACC5
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV1)
            (local.get $ACC5)))
        (local.set $AV
          (v128.load32_splat offset=12
            (local.get $A)))
        (local.set $ACC6
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC6)))
        (local.set $ACC7
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV1)
            (local.get $ACC7)))
        (local.set $AV
          (v128.load32_splat offset=16
            (local.get $A)))
        (local.set $ACC8
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC8)))
        (local.set $ACC9
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV1)
            (local.get $ACC9)))
        (local.set $A
          (i32.add
            (local.get $A)
            (i32.const 20)))
        (local.set $BP
          (i32.add
            (local.get $BP)
            (local.get $LDB)))
        (br 0 (;@2;))))
    (v128.store
      (local.get $C)
      (local.get $ACC0))
    (v128.store offset=16
      (local.get $C)
      (local.get $ACC1))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $ACC2))
    (v128.store offset=16
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $ACC3))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $ACC4))
    (v128.store offset=16
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $ACC5))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 3)))
      (local.get $ACC6))
    (v128.store offset=16
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 3)))
      (local.get $ACC7))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 4)))
      (local.get $ACC8))
    (v128.store offset=16
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 4)))
      (local.get $ACC9)))
  (func $kernel5x8Accumulate (type 0) (param $K i32) (param $A i32) (param $B i32) (param $LDB i32) (param $C i32) (param $LDC i32)
    (local $B_END i32) (local $BP i32) (local $AV v128) (local $BV0 v128) (local $BV1 v128) (local $ACC0 v128) (local $ACC1 v128) (local $ACC2 v128) (local $ACC3 v128) (local $ACC4 v128) (local $ACC5 v128) (local $ACC6 v128) (local $ACC7 v128) (local $ACC8 v128) (local $ACC9 v128)
    (local.set $ACC0
      (v128.load
        (local.get $C)))
    (local.set $ACC1
      (v128.load offset=16
        (local.get $C)))
    (local.set $ACC2
      (v128.load
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 1)))))
    (local.set $ACC3
      (v128.load offset=16
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 1)))))
    (local.set $ACC4
      (v128.load
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 2)))))
    (local.set $ACC5
      (v128.load offset=16
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 2)))))
    (local.set $ACC6
      (v128.load
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 3)))))
    (local.set $ACC7
      (v128.load offset=16
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 3)))))
    (local.set $ACC8
      (v128.load
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 4)))))
    (local.set $ACC9
      (v128.load offset=16
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 4)))))
    (local.set $BP
      (local.get $B))
    (local.set $B_END
      (i32.add
        (local.get $B)
        (i32.mul
          (local.get $K)
          (local.get $LDB))))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.eq
            (local.get $BP)
            (local.get $B_END)))
        (local.set $BV0
          (v128.load
            (local.get $BP)))
        (local.set $BV1
          (v128.load offset=16
            (local.get $BP)))
        (local.set $AV
          (v128.load32_splat
            (local.get $A)))
        (local.set $ACC0
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC0)))
        (local.set $ACC1
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV1)
            (local.get $ACC1)))
        (local.set $AV
          (v128.load32_splat offset=4
            (local.get $A)))
        (local.set $ACC2
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC2)))
        (local.set $ACC3
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV1)
            (local.get $ACC3)))
        (local.set $AV
          (v128.load32_splat offset=8
            (local.get $A)))
        (local.set $ACC4
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC4)))
        (local.set $ACC5
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV1)
            (local.get $ACC5)))
        (local.set $AV
          (v128.load32_splat offset=12
            (local.get $A)))
        (local.set $ACC6
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC6)))
        (local.set $ACC7
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV1)
            (local.get $ACC7)))
        (local.set $AV
          (v128.load32_splat offset=16
            (local.get $A)))
        (local.set $ACC8
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC8)))
        (local.set $ACC9
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV1)
            (local.get $ACC9)))
        (local.set $A
          (i32.add
            (local.get $A)
            (i32.const 20)))
        (local.set $BP
          (i32.add
            (local.get $BP)
            (local.get $LDB)))
        (br 0 (;@2;))))
    (v128.store
      (local.get $C)
      (local.get $ACC0))
    (v128.store offset=16
      (local.get $C)
      (local.get $ACC1))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $ACC2))
    (v128.store offset=16
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $ACC3))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $ACC4))
    (v128.store offset=16
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $ACC5))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 3)))
      (local.get $ACC6))
    (v128.store offset=16
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 3)))
      (local.get $ACC7))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 4)))
      (local.get $ACC8))
    (v128.store offset=16
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 4)))
      (local.get $ACC9)))
  (func $kernel5x4 (type 0) (param $K i32) (param $A i32) (param $B i32) (param $LDB i32) (param $C i32) (param $LDC i32)
    (local $B_END i32) (local $BP i32) (local $AV v128) (local $BV0 v128) (local $ACC0 v128) (local $ACC1 v128) (local $ACC2 v128) (local $ACC3 v128) (local $ACC4 v128)
    (local.set $BP
      (local.get $B))
    (local.set $B_END
      (i32.add
        (local.get $B)
        (i32.mul
          (local.get $K)
          (local.get $LDB))))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.eq
            (local.get $BP)
            (local.get $B_END)))
        (local.set $BV0
          (v128.load
            (local.get $BP)))
        (local.set $AV
          (v128.load32_splat
            (local.get $A)))
        (local.set $ACC0
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC0)))
        (local.set $AV
          (v128.load32_splat offset=4
            (local.get $A)))
        (local.set $ACC1
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC1)))
        (local.set $AV
          (v128.load32_splat offset=8
            (local.get $A)))
        (local.set $ACC2
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC2)))
        (local.set $AV
          (v128.load32_splat offset=12
            (local.get $A)))
        (local.set $ACC3
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC3)))
        (local.set $AV
          (v128.load32_splat offset=16
            (local.get $A)))
        (local.set $ACC4
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC4)))
        (local.set $A
          (i32.add
            (local.get $A)
            (i32.const 20)))
        (local.set $BP
          (i32.add
            (local.get $BP)
            (local.get $LDB)))
        (br 0 (;@2;))))
    (v128.store
      (local.get $C)
      (local.get $ACC0))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $ACC1))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $ACC2))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 3)))
      (local.get $ACC3))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 4)))
      (local.get $ACC4)))
  (func $kernel5x4Accumulate (type 0) (param $K i32) (param $A i32) (param $B i32) (param $LDB i32) (param $C i32) (param $LDC i32)
    (local $B_END i32) (local $BP i32) (local $AV v128) (local $BV0 v128) (local $ACC0 v128) (local $ACC1 v128) (local $ACC2 v128) (local $ACC3 v128) (local $ACC4 v128)
    (local.set $ACC0
      (v128.load
        (local.get $C)))
    (local.set $ACC1
      (v128.load
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 1)))))
    (local.set $ACC2
      (v128.load
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 2)))))
    (local.set $ACC3
      (v128.load
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 3)))))
    (local.set $ACC4
      (v128.load
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 4)))))
    (local.set $BP
      (local.get $B))
    (local.set $B_END
      (i32.add
        (local.get $B)
        (i32.mul
          (local.get $K)
          (local.get $LDB))))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.eq
            (local.get $BP)
            (local.get $B_END)))
        (local.set $BV0
          (v128.load
            (local.get $BP)))
        (local.set $AV
          (v128.load32_splat
            (local.get $A)))
        (local.set $ACC0
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC0)))
        (local.set $AV
          (v128.load32_splat offset=4
            (local.get $A)))
        (local.set $ACC1
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC1)))
        (local.set $AV
          (v128.load32_splat offset=8
            (local.get $A)))
        (local.set $ACC2
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC2)))
        (local.set $AV
          (v128.load32_splat offset=12
            (local.get $A)))
        (local.set $ACC3
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC3)))
        (local.set $AV
          (v128.load32_splat offset=16
            (local.get $A)))
        (local.set $ACC4
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC4)))
        (local.set $A
          (i32.add
            (local.get $A)
            (i32.const 20)))
        (local.set $BP
          (i32.add
            (local.get $BP)
            (local.get $LDB)))
        (br 0 (;@2;))))
    (v128.store
      (local.get $C)
      (local.get $ACC0))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $ACC1))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $ACC2))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 3)))
      (local.get $ACC3))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 4)))
      (local.get $ACC4)))
  (func $kernel5x1 (type 0) (param $K i32) (param $A i32) (param $B i32) (param $LDB i32) (param $C i32) (param $LDC i32)
    (local $B_END i32) (local $BP i32) (local $AV v128) (local $BV0 v128) (local $ACC0 v128) (local $ACC1 v128) (local $ACC2 v128) (local $ACC3 v128) (local $ACC4 v128)
    (local.set $BP
      (local.get $B))
    (local.set $B_END
      (i32.add
        (local.get $B)
        (i32.mul
          (local.get $K)
          (local.get $LDB))))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.eq
            (local.get $BP)
            (local.get $B_END)))
        (local.set $BV0
          (v128.load32_zero
            (local.get $BP)))
        (local.set $AV
          (v128.load32_splat
            (local.get $A)))
        (local.set $ACC0
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC0)))
        (local.set $AV
          (v128.load32_splat offset=4
            (local.get $A)))
        (local.set $ACC1
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC1)))
        (local.set $AV
          (v128.load32_splat offset=8
            (local.get $A)))
        (local.set $ACC2
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC2)))
        (local.set $AV
          (v128.load32_splat offset=12
            (local.get $A)))
        (local.set $ACC3
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC3)))
        (local.set $AV
          (v128.load32_splat offset=16
            (local.get $A)))
        (local.set $ACC4
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC4)))
        (local.set $A
          (i32.add
            (local.get $A)
            (i32.const 20)))
        (local.set $BP
          (i32.add
            (local.get $BP)
            (local.get $LDB)))
        (br 0 (;@2;))))
    (v128.store32_lane 0
      (local.get $C)
      (local.get $ACC0))
    (v128.store32_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $ACC1))
    (v128.store32_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $ACC2))
    (v128.store32_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 3)))
      (local.get $ACC3))
    (v128.store32_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 4)))
      (local.get $ACC4)))
  (func $kernel5x1Accumulate (type 0) (param $K i32) (param $A i32) (param $B i32) (param $LDB i32) (param $C i32) (param $LDC i32)
    (local $B_END i32) (local $BP i32) (local $AV v128) (local $BV0 v128) (local $ACC0 v128) (local $ACC1 v128) (local $ACC2 v128) (local $ACC3 v128) (local $ACC4 v128)
    (local.set $ACC0
      (v128.load32_zero
        (local.get $C)))
    (local.set $ACC1
      (v128.load32_zero
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 1)))))
    (local.set $ACC2
      (v128.load32_zero
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 2)))))
    (local.set $ACC3
      (v128.load32_zero
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 3)))))
    (local.set $ACC4
      (v128.load32_zero
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 4)))))
    (local.set $BP
      (local.get $B))
    (local.set $B_END
      (i32.add
        (local.get $B)
        (i32.mul
          (local.get $K)
          (local.get $LDB))))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.eq
            (local.get $BP)
            (local.get $B_END)))
        (local.set $BV0
          (v128.load32_zero
            (local.get $BP)))
        (local.set $AV
          (v128.load32_splat
            (local.get $A)))
        (local.set $ACC0
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC0)))
        (local.set $AV
          (v128.load32_splat offset=4
            (local.get $A)))
        (local.set $ACC1
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC1)))
        (local.set $AV
          (v128.load32_splat offset=8
            (local.get $A)))
        (local.set $ACC2
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC2)))
        (local.set $AV
          (v128.load32_splat offset=12
            (local.get $A)))
        (local.set $ACC3
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC3)))
        (local.set $AV
          (v128.load32_splat offset=16
            (local.get $A)))
        (local.set $ACC4
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC4)))
        (local.set $A
          (i32.add
            (local.get $A)
            (i32.const 20)))
        (local.set $BP
          (i32.add
            (local.get $BP)
            (local.get $LDB)))
        (br 0 (;@2;))))
    (v128.store32_lane 0
      (local.get $C)
      (local.get $ACC0))
    (v128.store32_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $ACC1))
    (v128.store32_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $ACC2))
    (v128.store32_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 3)))
      (local.get $ACC3))
    (v128.store32_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 4)))
      (local.get $ACC4)))
  (func $kernel5x2 (type 0) (param $K i32) (param $A i32) (param $B i32) (param $LDB i32) (param $C i32) (param $LDC i32)
    (local $B_END i32) (local $BP i32) (local $AV v128) (local $BV0 v128) (local $ACC0 v128) (local $ACC1 v128) (local $ACC2 v128) (local $ACC3 v128) (local $ACC4 v128)
    (local.set $BP
      (local.get $B))
    (local.set $B_END
      (i32.add
        (local.get $B)
        (i32.mul
          (local.get $K)
          (local.get $LDB))))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.eq
            (local.get $BP)
            (local.get $B_END)))
        (local.set $BV0
          (v128.load64_zero
            (local.get $BP)))
        (local.set $AV
          (v128.load32_splat
            (local.get $A)))
        (local.set $ACC0
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC0)))
        (local.set $AV
          (v128.load32_splat offset=4
            (local.get $A)))
        (local.set $ACC1
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC1)))
        (local.set $AV
          (v128.load32_splat offset=8
            (local.get $A)))
        (local.set $ACC2
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC2)))
        (local.set $AV
          (v128.load32_splat offset=12
            (local.get $A)))
        (local.set $ACC3
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC3)))
        (local.set $AV
          (v128.load32_splat offset=16
            (local.get $A)))
        (local.set $ACC4
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC4)))
        (local.set $A
          (i32.add
            (local.get $A)
            (i32.const 20)))
        (local.set $BP
          (i32.add
            (local.get $BP)
            (local.get $LDB)))
        (br 0 (;@2;))))
    (v128.store64_lane 0
      (local.get $C)
      (local.get $ACC0))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $ACC1))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $ACC2))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 3)))
      (local.get $ACC3))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 4)))
      (local.get $ACC4)))
  (func $kernel5x2Accumulate (type 0) (param $K i32) (param $A i32) (param $B i32) (param $LDB i32) (param $C i32) (param $LDC i32)
    (local $B_END i32) (local $BP i32) (local $AV v128) (local $BV0 v128) (local $ACC0 v128) (local $ACC1 v128) (local $ACC2 v128) (local $ACC3 v128) (local $ACC4 v128)
    (local.set $ACC0
      (v128.load64_zero
        (local.get $C)))
    (local.set $ACC1
      (v128.load64_zero
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 1)))))
    (local.set $ACC2
      (v128.load64_zero
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 2)))))
    (local.set $ACC3
      (v128.load64_zero
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 3)))))
    (local.set $ACC4
      (v128.load64_zero
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 4)))))
    (local.set $BP
      (local.get $B))
    (local.set $B_END
      (i32.add
        (local.get $B)
        (i32.mul
          (local.get $K)
          (local.get $LDB))))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.eq
            (local.get $BP)
            (local.get $B_END)))
        (local.set $BV0
          (v128.load64_zero
            (local.get $BP)))
        (local.set $AV
          (v128.load32_splat
            (local.get $A)))
        (local.set $ACC0
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC0)))
        (local.set $AV
          (v128.load32_splat offset=4
            (local.get $A)))
        (local.set $ACC1
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC1)))
        (local.set $AV
          (v128.load32_splat offset=8
            (local.get $A)))
        (local.set $ACC2
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC2)))
        (local.set $AV
          (v128.load32_splat offset=12
            (local.get $A)))
        (local.set $ACC3
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC3)))
        (local.set $AV
          (v128.load32_splat offset=16
            (local.get $A)))
        (local.set $ACC4
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC4)))
        (local.set $A
          (i32.add
            (local.get $A)
            (i32.const 20)))
        (local.set $BP
          (i32.add
            (local.get $BP)
            (local.get $LDB)))
        (br 0 (;@2;))))
    (v128.store64_lane 0
      (local.get $C)
      (local.get $ACC0))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $ACC1))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $ACC2))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 3)))
      (local.get $ACC3))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 4)))
      (local.get $ACC4)))
  (func $kernel5x3 (type 0) (param $K i32) (param $A i32) (param $B i32) (param $LDB i32) (param $C i32) (param $LDC i32)
    (local $B_END i32) (local $BP i32) (local $AV v128) (local $BV0 v128) (local $ACC0 v128) (local $ACC1 v128) (local $ACC2 v128) (local $ACC3 v128) (local $ACC4 v128)
    (local.set $BP
      (local.get $B))
    (local.set $B_END
      (i32.add
        (local.get $B)
        (i32.mul
          (local.get $K)
          (local.get $LDB))))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.eq
            (local.get $BP)
            (local.get $B_END)))
        (local.set $BV0
          (v128.load32_lane offset=8 2
            (local.get $BP)
            (v128.load64_zero
              (local.get $BP))))
        (local.set $AV
          (v128.load32_splat
            (local.get $A)))
        (local.set $ACC0
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC0)))
        (local.set $AV
          (v128.load32_splat offset=4
            (local.get $A)))
        (local.set $ACC1
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC1)))
        (local.set $AV
          (v128.load32_splat offset=8
            (local.get $A)))
        (local.set $ACC2
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC2)))
        (local.set $AV
          (v128.load32_splat offset=12
            (local.get $A)))
        (local.set $ACC3
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC3)))
        (local.set $AV
          (v128.load32_splat offset=16
            (local.get $A)))
        (local.set $ACC4
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC4)))
        (local.set $A
          (i32.add
            (local.get $A)
            (i32.const 20)))
        (local.set $BP
          (i32.add
            (local.get $BP)
            (local.get $LDB)))
        (br 0 (;@2;))))
    (v128.store64_lane 0
      (local.get $C)
      (local.get $ACC0))
    (v128.store32_lane offset=8 2
      (local.get $C)
      (local.get $ACC0))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $ACC1))
    (v128.store32_lane offset=8 2
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $ACC1))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $ACC2))
    (v128.store32_lane offset=8 2
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $ACC2))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 3)))
      (local.get $ACC3))
    (v128.store32_lane offset=8 2
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 3)))
      (local.get $ACC3))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 4)))
      (local.get $ACC4))
    (v128.store32_lane offset=8 2
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 4)))
      (local.get $ACC4)))
  (func $kernel5x3Accumulate (type 0) (param $K i32) (param $A i32) (param $B i32) (param $LDB i32) (param $C i32) (param $LDC i32)
    (local $B_END i32) (local $BP i32) (local $AV v128) (local $BV0 v128) (local $ACC0 v128) (local $ACC1 v128) (local $ACC2 v128) (local $ACC3 v128) (local $ACC4 v128)
    (local.set $ACC0
      (v128.load32_lane offset=8 2
        (local.get $C)
        (v128.load64_zero
          (local.get $C))))
    (local.set $ACC1
      (v128.load32_lane offset=8 2
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 1)))
        (v128.load64_zero
          (i32.add
            (local.get $C)
            (i32.mul
              (local.get $LDC)
              (i32.const 1))))))
    (local.set $ACC2
      (v128.load32_lane offset=8 2
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 2)))
        (v128.load64_zero
          (i32.add
            (local.get $C)
            (i32.mul
              (local.get $LDC)
              (i32.const 2))))))
    (local.set $ACC3
      (v128.load32_lane offset=8 2
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 3)))
        (v128.load64_zero
          (i32.add
            (local.get $C)
            (i32.mul
              (local.get $LDC)
              (i32.const 3))))))
    (local.set $ACC4
      (v128.load32_lane offset=8 2
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 4)))
        (v128.load64_zero
          (i32.add
            (local.get $C)
            (i32.mul
              (local.get $LDC)
              (i32.const 4))))))
    (local.set $BP
      (local.get $B))
    (local.set $B_END
      (i32.add
        (local.get $B)
        (i32.mul
          (local.get $K)
          (local.get $LDB))))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.eq
            (local.get $BP)
            (local.get $B_END)))
        (local.set $BV0
          (v128.load32_lane offset=8 2
            (local.get $BP)
            (v128.load64_zero
              (local.get $BP))))
        (local.set $AV
          (v128.load32_splat
            (local.get $A)))
        (local.set $ACC0
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC0)))
        (local.set $AV
          (v128.load32_splat offset=4
            (local.get $A)))
        (local.set $ACC1
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC1)))
        (local.set $AV
          (v128.load32_splat offset=8
            (local.get $A)))
        (local.set $ACC2
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC2)))
        (local.set $AV
          (v128.load32_splat offset=12
            (local.get $A)))
        (local.set $ACC3
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC3)))
        (local.set $AV
          (v128.load32_splat offset=16
            (local.get $A)))
        (local.set $ACC4
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC4)))
        (local.set $A
          (i32.add
            (local.get $A)
            (i32.const 20)))
        (local.set $BP
          (i32.add
            (local.get $BP)
            (local.get $LDB)))
        (br 0 (;@2;))))
    (v128.store64_lane 0
      (local.get $C)
      (local.get $ACC0))
    (v128.store32_lane offset=8 2
      (local.get $C)
      (local.get $ACC0))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $ACC1))
    (v128.store32_lane offset=8 2
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $ACC1))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $ACC2))
    (v128.store32_lane offset=8 2
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $ACC2))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 3)))
      (local.get $ACC3))
    (v128.store32_lane offset=8 2
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 3)))
      (local.get $ACC3))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 4)))
      (local.get $ACC4))
    (v128.store32_lane offset=8 2
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 4)))
      (local.get $ACC4)))
  (func $kernel6x8 (type 0) (param $K i32) (param $A i32) (param $B i32) (param $LDB i32) (param $C i32) (param $LDC i32)
    (local $B_END i32) (local $BP i32) (local $AV v128) (local $BV0 v128) (local $BV1 v128) (local $ACC0 v128) (local $ACC1 v128) (local $ACC2 v128) (local $ACC3 v128) (local $ACC4 v128) (local $ACC5 v128) (local $ACC6 v128) (local $ACC7 v128) (local $ACC8 v128) (local $ACC9 v128) (local $ACC10 v128) (local $ACC11 v128)
    (local.set $BP
      (local.get $B))
    (local.set $B_END
      (i32.add
        (local.get $B)
        (i32.mul
          (local.get $K)
          (local.get $LDB))))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.eq
            (local.get $BP)
            (local.get $B_END)))
        (local.set $BV0
          (v128.load
            (local.get $BP)))
        (local.set $BV1
          (v128.load offset=16
            (local.get $BP)))
        (local.set $AV
          (v128.load32_splat
            (local.get $A)))
        (local.set $ACC0
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC0)))
        (local.set $ACC1
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV1)
            (local.get $ACC1)))
        (local.set $AV
          (v128.load32_splat offset=4
            (local.get $A)))
        (local.set $ACC2
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC2)))
        (local.set $ACC3
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV1)
            (local.get $ACC3)))
        (local.set $AV
          (v128.load32_splat offset=8
            (local.get $A)))
        (local.set $ACC4
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC4)))
        (local.set $ACC5
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV1)
            (local.get $ACC5)))
        (local.set $AV
          (v128.load32_splat offset=12
            (local.get $A)))
        (local.set $ACC6
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC6)))
        (local.set $ACC7
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV1)
            (local.get $ACC7)))
        (local.set $AV
          (v128.load32_splat offset=16
            (local.get $A)))
        (local.set $ACC8
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC8)))
        (local.set $ACC9
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV1)
            (local.get $ACC9)))
        (local.set $AV
          (v128.load32_splat offset=20
            (local.get $A)))
        (local.set $ACC10
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC10)))
        (local.set $ACC11
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV1)
            (local.get $ACC11)))
        (local.set $A
          (i32.add
            (local.get $A)
            (i32.const 24)))
        (local.set $BP
          (i32.add
            (local.get $BP)
            (local.get $LDB)))
        (br 0 (;@2;))))
    (v128.store
      (local.get $C)
      (local.get $ACC0))
    (v128.store offset=16
      (local.get $C)
      (local.get $ACC1))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $ACC2))
    (v128.store offset=16
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $ACC3))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $ACC4))
    (v128.store offset=16
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $ACC5))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 3)))
      (local.get $ACC6))
    (v128.store offset=16
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 3)))
      (local.get $ACC7))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 4)))
      (local.get $ACC8))
    (v128.store offset=16
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 4)))
      (local.get $ACC9))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 5)))
      (local.get $ACC10))
    (v128.store offset=16
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 5)))
      (local.get $ACC11)))
  (func $kernel6x8Accumulate (type 0) (param $K i32) (param $A i32) (param $B i32) (param $LDB i32) (param $C i32) (param $LDC i32)
    (local $B_END i32) (local $BP i32) (local $AV v128) (local $BV0 v128) (local $BV1 v128) (local $ACC0 v128) (local $ACC1 v128) (local $ACC2 v128) (local $ACC3 v128) (local $ACC4 v128) (local $ACC5 v128) (local $ACC6 v128) (local $ACC7 v128) (local $ACC8 v128) (local $ACC9 v128) (local $ACC10 v128) (local $ACC11 v128)
    (local.set $ACC0
      (v128.load
        (local.get $C)))
    (local.set $ACC1
      (v128.load offset=16
        (local.get $C)))
    (local.set $ACC2
      (v128.load
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 1)))))
    (local.set $ACC3
      (v128.load offset=16
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 1)))))
    (local.set $ACC4
      (v128.load
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 2)))))
    (local.set $ACC5
      (v128.load offset=16
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 2)))))
    (local.set $ACC6
      (v128.load
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 3)))))
    (local.set $ACC7
      (v128.load offset=16
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 3)))))
    (local.set $ACC8
      (v128.load
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 4)))))
    (local.set $ACC9
      (v128.load offset=16
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 4)))))
    (local.set $ACC10
      (v128.load
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 5)))))
    (local.set $ACC11
      (v128.load offset=16
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 5)))))
    (local.set $BP
      (local.get $B))
    (local.set $B_END
      (i32.add
        (local.get $B)
        (i32.mul
          (local.get $K)
          (local.get $LDB))))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.eq
            (local.get $BP)
            (local.get $B_END)))
        (local.set $BV0
          (v128.load
            (local.get $BP)))
        (local.set $BV1
          (v128.load offset=16
            (local.get $BP)))
        (local.set $AV
          (v128.load32_splat
            (local.get $A)))
        (local.set $ACC0
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC0)))
        (local.set $ACC1
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV1)
            (local.get $ACC1)))
        (local.set $AV
          (v128.load32_splat offset=4
            (local.get $A)))
        (local.set $ACC2
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC2)))
        (local.set $ACC3
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV1)
            (local.get $ACC3)))
        (local.set $AV
          (v128.load32_splat offset=8
            (local.get $A)))
        (local.set $ACC4
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC4)))
        (local.set $ACC5
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV1)
            (local.get $ACC5)))
        (local.set $AV
          (v128.load32_splat offset=12
            (local.get $A)))
        (local.set $ACC6
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC6)))
        (local.set $ACC7
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV1)
            (local.get $ACC7)))
        (local.set $AV
          (v128.load32_splat offset=16
            (local.get $A)))
        (local.set $ACC8
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC8)))
        (local.set $ACC9
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV1)
            (local.get $ACC9)))
        (local.set $AV
          (v128.load32_splat offset=20
            (local.get $A)))
        (local.set $ACC10
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC10)))
        (local.set $ACC11
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV1)
            (local.get $ACC11)))
        (local.set $A
          (i32.add
            (local.get $A)
            (i32.const 24)))
        (local.set $BP
          (i32.add
            (local.get $BP)
            (local.get $LDB)))
        (br 0 (;@2;))))
    (v128.store
      (local.get $C)
      (local.get $ACC0))
    (v128.store offset=16
      (local.get $C)
      (local.get $ACC1))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $ACC2))
    (v128.store offset=16
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $ACC3))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $ACC4))
    (v128.store offset=16
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $ACC5))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 3)))
      (local.get $ACC6))
    (v128.store offset=16
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 3)))
      (local.get $ACC7))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 4)))
      (local.get $ACC8))
    (v128.store offset=16
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 4)))
      (local.get $ACC9))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 5)))
      (local.get $ACC10))
    (v128.store offset=16
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 5)))
      (local.get $ACC11)))
  (func $kernel6x4 (type 0) (param $K i32) (param $A i32) (param $B i32) (param $LDB i32) (param $C i32) (param $LDC i32)
    (local $B_END i32) (local $BP i32) (local $AV v128) (local $BV0 v128) (local $ACC0 v128) (local $ACC1 v128) (local $ACC2 v128) (local $ACC3 v128) (local $ACC4 v128) (local $ACC5 v128)
    (local.set $BP
      (local.get $B))
    (local.set $B_END
      (i32.add
        (local.get $B)
        (i32.mul
          (local.get $K)
          (local.get $LDB))))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.eq
            (local.get $BP)
            (local.get $B_END)))
        (local.set $BV0
          (v128.load
            (local.get $BP)))
        (local.set $AV
          (v128.load32_splat
            (local.get $A)))
        (local.set $ACC0
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC0)))
        (local.set $AV
          (v128.load32_splat offset=4
            (local.get $A)))
        (local.set $ACC1
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC1)))
        (local.set $AV
          (v128.load32_splat offset=8
            (local.get $A)))
        (local.set $ACC2
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC2)))
        (local.set $AV
          (v128.load32_splat offset=12
            (local.get $A)))
        (local.set $ACC3
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC3)))
        (local.set $AV
          (v128.load32_splat offset=16
            (local.get $A)))
        (local.set $ACC4
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC4)))
        (local.set $AV
          (v128.load32_splat offset=20
            (local.get $A)))
        (local.set $ACC5
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC5)))
        (local.set $A
          (i32.add
            (local.get $A)
            (i32.const 24)))
        (local.set $BP
          (i32.add
            (local.get $BP)
            (local.get $LDB)))
        (br 0 (;@2;))))
    (v128.store
      (local.get $C)
      (local.get $ACC0))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $ACC1))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $ACC2))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 3)))
      (local.get $ACC3))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 4)))
      (local.get $ACC4))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 5)))
      (local.get $ACC5)))
  (func $kernel6x4Accumulate (type 0) (param $K i32) (param $A i32) (param $B i32) (param $LDB i32) (param $C i32) (param $LDC i32)
    (local $B_END i32) (local $BP i32) (local $AV v128) (local $BV0 v128) (local $ACC0 v128) (local $ACC1 v128) (local $ACC2 v128) (local $ACC3 v128) (local $ACC4 v128) (local $ACC5 v128)
    (local.set $ACC0
      (v128.load
        (local.get $C)))
    (local.set $ACC1
      (v128.load
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 1)))))
    (local.set $ACC2
      (v128.load
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 2)))))
    (local.set $ACC3
      (v128.load
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 3)))))
    (local.set $ACC4
      (v128.load
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 4)))))
    (local.set $ACC5
      (v128.load
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 5)))))
    (local.set $BP
      (local.get $B))
    (local.set $B_END
      (i32.add
        (local.get $B)
        (i32.mul
          (local.get $K)
          (local.get $LDB))))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.eq
            (local.get $BP)
            (local.get $B_END)))
        (local.set $BV0
          (v128.load
            (local.get $BP)))
        (local.set $AV
          (v128.load32_splat
            (local.get $A)))
        (local.set $ACC0
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC0)))
        (local.set $AV
          (v128.load32_splat offset=4
            (local.get $A)))
        (local.set $ACC1
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC1)))
        (local.set $AV
          (v128.load32_splat offset=8
            (local.get $A)))
        (local.set $ACC2
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC2)))
        (local.set $AV
          (v128.load32_splat offset=12
            (local.get $A)))
        (local.set $ACC3
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC3)))
        (local.set $AV
          (v128.load32_splat offset=16
            (local.get $A)))
        (local.set $ACC4
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC4)))
        (local.set $AV
          (v128.load32_splat offset=20
            (local.get $A)))
        (local.set $ACC5
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC5)))
        (local.set $A
          (i32.add
            (local.get $A)
            (i32.const 24)))
        (local.set $BP
          (i32.add
            (local.get $BP)
            (local.get $LDB)))
        (br 0 (;@2;))))
    (v128.store
      (local.get $C)
      (local.get $ACC0))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $ACC1))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $ACC2))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 3)))
      (local.get $ACC3))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 4)))
      (local.get $ACC4))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 5)))
      (local.get $ACC5)))
  (func $kernel6x1 (type 0) (param $K i32) (param $A i32) (param $B i32) (param $LDB i32) (param $C i32) (param $LDC i32)
    (local $B_END i32) (local $BP i32) (local $AV v128) (local $BV0 v128) (local $ACC0 v128) (local $ACC1 v128) (local $ACC2 v128) (local $ACC3 v128) (local $ACC4 v128) (local $ACC5 v128)
    (local.set $BP
      (local.get $B))
    (local.set $B_END
      (i32.add
        (local.get $B)
        (i32.mul
          (local.get $K)
          (local.get $LDB))))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.eq
            (local.get $BP)
            (local.get $B_END)))
        (local.set $BV0
          (v128.load32_zero
            (local.get $BP)))
        (local.set $AV
          (v128.load32_splat
            (local.get $A)))
        (local.set $ACC0
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC0)))
        (local.set $AV
          (v128.load32_splat offset=4
            (local.get $A)))
        (local.set $ACC1
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC1)))
        (local.set $AV
          (v128.load32_splat offset=8
            (local.get $A)))
        (local.set $ACC2
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC2)))
        (local.set $AV
          (v128.load32_splat offset=12
            (local.get $A)))
        (local.set $ACC3
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC3)))
        (local.set $AV
          (v128.load32_splat offset=16
            (local.get $A)))
        (local.set $ACC4
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC4)))
        (local.set $AV
          (v128.load32_splat offset=20
            (local.get $A)))
        (local.set $ACC5
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC5)))
        (local.set $A
          (i32.add
            (local.get $A)
            (i32.const 24)))
        (local.set $BP
          (i32.add
            (local.get $BP)
            (local.get $LDB)))
        (br 0 (;@2;))))
    (v128.store32_lane 0
      (local.get $C)
      (local.get $ACC0))
    (v128.store32_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $ACC1))
    (v128.store32_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $ACC2))
    (v128.store32_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 3)))
      (local.get $ACC3))
    (v128.store32_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 4)))
      (local.get $ACC4))
    (v128.store32_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 5)))
      (local.get $ACC5)))
  (func $kernel6x1Accumulate (type 0) (param $K i32) (param $A i32) (param $B i32) (param $LDB i32) (param $C i32) (param $LDC i32)
    (local $B_END i32) (local $BP i32) (local $AV v128) (local $BV0 v128) (local $ACC0 v128) (local $ACC1 v128) (local $ACC2 v128) (local $ACC3 v128) (local $ACC4 v128) (local $ACC5 v128)
    (local.set $ACC0
      (v128.load32_zero
        (local.get $C)))
    (local.set $ACC1
      (v128.load32_zero
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 1)))))
    (local.set $ACC2
      (v128.load32_zero
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 2)))))
    (local.set $ACC3
      (v128.load32_zero
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 3)))))
    (local.set $ACC4
      (v128.load32_zero
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 4)))))
    (local.set $ACC5
      (v128.load32_zero
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 5)))))
    (local.set $BP
      (local.get $B))
    (local.set $B_END
      (i32.add
        (local.get $B)
        (i32.mul
          (local.get $K)
          (local.get $LDB))))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.eq
            (local.get $BP)
            (local.get $B_END)))
        (local.set $BV0
          (v128.load32_zero
            (local.get $BP)))
        (local.set $AV
          (v128.load32_splat
            (local.get $A)))
        (local.set $ACC0
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC0)))
        (local.set $AV
          (v128.load32_splat offset=4
            (local.get $A)))
        (local.set $ACC1
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC1)))
        (local.set $AV
          (v128.load32_splat offset=8
            (local.get $A)))
        (local.set $ACC2
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC2)))
        (local.set $AV
          (v128.load32_splat offset=12
            (local.get $A)))
        (local.set $ACC3
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC3)))
        (local.set $AV
          (v128.load32_splat offset=16
            (local.get $A)))
        (local.set $ACC4
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC4)))
        (local.set $AV
          (v128.load32_splat offset=20
            (local.get $A)))
        (local.set $ACC5
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC5)))
        (local.set $A
          (i32.add
            (local.get $A)
            (i32.const 24)))
        (local.set $BP
          (i32.add
            (local.get $BP)
            (local.get $LDB)))
        (br 0 (;@2;))))
    (v128.store32_lane 0
      (local.get $C)
      (local.get $ACC0))
    (v128.store32_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $ACC1))
    (v128.store32_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $ACC2))
    (v128.store32_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 3)))
      (local.get $ACC3))
    (v128.store32_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 4)))
      (local.get $ACC4))
    (v128.store32_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 5)))
      (local.get $ACC5)))
  (func $kernel6x2 (type 0) (param $K i32) (param $A i32) (param $B i32) (param $LDB i32) (param $C i32) (param $LDC i32)
    (local $B_END i32) (local $BP i32) (local $AV v128) (local $BV0 v128) (local $ACC0 v128) (local $ACC1 v128) (local $ACC2 v128) (local $ACC3 v128) (local $ACC4 v128) (local $ACC5 v128)
    (local.set $BP
      (local.get $B))
    (local.set $B_END
      (i32.add
        (local.get $B)
        (i32.mul
          (local.get $K)
          (local.get $LDB))))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.eq
            (local.get $BP)
            (local.get $B_END)))
        (local.set $BV0
          (v128.load64_zero
            (local.get $BP)))
        (local.set $AV
          (v128.load32_splat
            (local.get $A)))
        (local.set $ACC0
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC0)))
        (local.set $AV
          (v128.load32_splat offset=4
            (local.get $A)))
        (local.set $ACC1
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC1)))
        (local.set $AV
          (v128.load32_splat offset=8
            (local.get $A)))
        (local.set $ACC2
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC2)))
        (local.set $AV
          (v128.load32_splat offset=12
            (local.get $A)))
        (local.set $ACC3
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC3)))
        (local.set $AV
          (v128.load32_splat offset=16
            (local.get $A)))
        (local.set $ACC4
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC4)))
        (local.set $AV
          (v128.load32_splat offset=20
            (local.get $A)))
        (local.set $ACC5
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC5)))
        (local.set $A
          (i32.add
            (local.get $A)
            (i32.const 24)))
        (local.set $BP
          (i32.add
            (local.get $BP)
            (local.get $LDB)))
        (br 0 (;@2;))))
    (v128.store64_lane 0
      (local.get $C)
      (local.get $ACC0))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $ACC1))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $ACC2))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 3)))
      (local.get $ACC3))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 4)))
      (local.get $ACC4))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 5)))
      (local.get $ACC5)))
  (func $kernel6x2Accumulate (type 0) (param $K i32) (param $A i32) (param $B i32) (param $LDB i32) (param $C i32) (param $LDC i32)
    (local $B_END i32) (local $BP i32) (local $AV v128) (local $BV0 v128) (local $ACC0 v128) (local $ACC1 v128) (local $ACC2 v128) (local $ACC3 v128) (local $ACC4 v128) (local $ACC5 v128)
    (local.set $ACC0
      (v128.load64_zero
        (local.get $C)))
    (local.set $ACC1
      (v128.load64_zero
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 1)))))
    (local.set $ACC2
      (v128.load64_zero
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 2)))))
    (local.set $ACC3
      (v128.load64_zero
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 3)))))
    (local.set $ACC4
      (v128.load64_zero
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 4)))))
    (local.set $ACC5
      (v128.load64_zero
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 5)))))
    (local.set $BP
      (local.get $B))
    (local.set $B_END
      (i32.add
        (local.get $B)
        (i32.mul
          (local.get $K)
          (local.get $LDB))))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.eq
            (local.get $BP)
            (local.get $B_END)))
        (local.set $BV0
          (v128.load64_zero
            (local.get $BP)))
        (local.set $AV
          (v128.load32_splat
            (local.get $A)))
        (local.set $ACC0
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC0)))
        (local.set $AV
          (v128.load32_splat offset=4
            (local.get $A)))
        (local.set $ACC1
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC1)))
        (local.set $AV
          (v128.load32_splat offset=8
            (local.get $A)))
        (local.set $ACC2
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC2)))
        (local.set $AV
          (v128.load32_splat offset=12
            (local.get $A)))
        (local.set $ACC3
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC3)))
        (local.set $AV
          (v128.load32_splat offset=16
            (local.get $A)))
        (local.set $ACC4
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC4)))
        (local.set $AV
          (v128.load32_splat offset=20
            (local.get $A)))
        (local.set $ACC5
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC5)))
        (local.set $A
          (i32.add
            (local.get $A)
            (i32.const 24)))
        (local.set $BP
          (i32.add
            (local.get $BP)
            (local.get $LDB)))
        (br 0 (;@2;))))
    (v128.store64_lane 0
      (local.get $C)
      (local.get $ACC0))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $ACC1))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $ACC2))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 3)))
      (local.get $ACC3))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 4)))
      (local.get $ACC4))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 5)))
      (local.get $ACC5)))
  (func $kernel6x3 (type 0) (param $K i32) (param $A i32) (param $B i32) (param $LDB i32) (param $C i32) (param $LDC i32)
    (local $B_END i32) (local $BP i32) (local $AV v128) (local $BV0 v128) (local $ACC0 v128) (local $ACC1 v128) (local $ACC2 v128) (local $ACC3 v128) (local $ACC4 v128) (local $ACC5 v128)
    (local.set $BP
      (local.get $B))
    (local.set $B_END
      (i32.add
        (local.get $B)
        (i32.mul
          (local.get $K)
          (local.get $LDB))))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.eq
            (local.get $BP)
            (local.get $B_END)))
        (local.set $BV0
          (v128.load32_lane offset=8 2
            (local.get $BP)
            (v128.load64_zero
              (local.get $BP))))
        (local.set $AV
          (v128.load32_splat
            (local.get $A)))
        (local.set $ACC0
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC0)))
        (local.set $AV
          (v128.load32_splat offset=4
            (local.get $A)))
        (local.set $ACC1
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC1)))
        (local.set $AV
          (v128.load32_splat offset=8
            (local.get $A)))
        (local.set $ACC2
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC2)))
        (local.set $AV
          (v128.load32_splat offset=12
            (local.get $A)))
        (local.set $ACC3
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC3)))
        (local.set $AV
          (v128.load32_splat offset=16
            (local.get $A)))
        (local.set $ACC4
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC4)))
        (local.set $AV
          (v128.load32_splat offset=20
            (local.get $A)))
        (local.set $ACC5
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC5)))
        (local.set $A
          (i32.add
            (local.get $A)
            (i32.const 24)))
        (local.set $BP
          (i32.add
            (local.get $BP)
            (local.get $LDB)))
        (br 0 (;@2;))))
    (v128.store64_lane 0
      (local.get $C)
      (local.get $ACC0))
    (v128.store32_lane offset=8 2
      (local.get $C)
      (local.get $ACC0))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $ACC1))
    (v128.store32_lane offset=8 2
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $ACC1))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $ACC2))
    (v128.store32_lane offset=8 2
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $ACC2))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 3)))
      (local.get $ACC3))
    (v128.store32_lane offset=8 2
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 3)))
      (local.get $ACC3))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 4)))
      (local.get $ACC4))
    (v128.store32_lane offset=8 2
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 4)))
      (local.get $ACC4))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 5)))
      (local.get $ACC5))
    (v128.store32_lane offset=8 2
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 5)))
      (local.get $ACC5)))
  (func $kernel6x3Accumulate (type 0) (param $K i32) (param $A i32) (param $B i32) (param $LDB i32) (param $C i32) (param $LDC i32)
    (local $B_END i32) (local $BP i32) (local $AV v128) (local $BV0 v128) (local $ACC0 v128) (local $ACC1 v128) (local $ACC2 v128) (local $ACC3 v128) (local $ACC4 v128) (local $ACC5 v128)
    (local.set $ACC0
      (v128.load32_lane offset=8 2
        (local.get $C)
        (v128.load64_zero
          (local.get $C))))
    (local.set $ACC1
      (v128.load32_lane offset=8 2
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 1)))
        (v128.load64_zero
          (i32.add
            (local.get $C)
            (i32.mul
              (local.get $LDC)
              (i32.const 1))))))
    (local.set $ACC2
      (v128.load32_lane offset=8 2
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 2)))
        (v128.load64_zero
          (i32.add
            (local.get $C)
            (i32.mul
              (local.get $LDC)
              (i32.const 2))))))
    (local.set $ACC3
      (v128.load32_lane offset=8 2
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 3)))
        (v128.load64_zero
          (i32.add
            (local.get $C)
            (i32.mul
              (local.get $LDC)
              (i32.const 3))))))
    (local.set $ACC4
      (v128.load32_lane offset=8 2
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 4)))
        (v128.load64_zero
          (i32.add
            (local.get $C)
            (i32.mul
              (local.get $LDC)
              (i32.const 4))))))
    (local.set $ACC5
      (v128.load32_lane offset=8 2
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 5)))
        (v128.load64_zero
          (i32.add
            (local.get $C)
            (i32.mul
              (local.get $LDC)
              (i32.const 5))))))
    (local.set $BP
      (local.get $B))
    (local.set $B_END
      (i32.add
        (local.get $B)
        (i32.mul
          (local.get $K)
          (local.get $LDB))))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.eq
            (local.get $BP)
            (local.get $B_END)))
        (local.set $BV0
          (v128.load32_lane offset=8 2
            (local.get $BP)
            (v128.load64_zero
              (local.get $BP))))
        (local.set $AV
          (v128.load32_splat
            (local.get $A)))
        (local.set $ACC0
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC0)))
        (local.set $AV
          (v128.load32_splat offset=4
            (local.get $A)))
        (local.set $ACC1
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC1)))
        (local.set $AV
          (v128.load32_splat offset=8
            (local.get $A)))
        (local.set $ACC2
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC2)))
        (local.set $AV
          (v128.load32_splat offset=12
            (local.get $A)))
        (local.set $ACC3
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC3)))
        (local.set $AV
          (v128.load32_splat offset=16
            (local.get $A)))
        (local.set $ACC4
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC4)))
        (local.set $AV
          (v128.load32_splat offset=20
            (local.get $A)))
        (local.set $ACC5
          (f32x4.relaxed_madd
            (local.get $AV)
            (local.get $BV0)
            (local.get $ACC5)))
        (local.set $A
          (i32.add
            (local.get $A)
            (i32.const 24)))
        (local.set $BP
          (i32.add
            (local.get $BP)
            (local.get $LDB)))
        (br 0 (;@2;))))
    (v128.store64_lane 0
      (local.get $C)
      (local.get $ACC0))
    (v128.store32_lane offset=8 2
      (local.get $C)
      (local.get $ACC0))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $ACC1))
    (v128.store32_lane offset=8 2
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $ACC1))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $ACC2))
    (v128.store32_lane offset=8 2
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $ACC2))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 3)))
      (local.get $ACC3))
    (v128.store32_lane offset=8 2
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 3)))
      (local.get $ACC3))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 4)))
      (local.get $ACC4))
    (v128.store32_lane offset=8 2
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 4)))
      (local.get $ACC4))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 5)))
      (local.get $ACC5))
    (v128.store32_lane offset=8 2
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 5)))
      (local.get $ACC5)))
  (func $epilogue1x8 (type 1) (param $C i32) (param $LDC i32) (param $ADD_OFF i32) (param $MASK_OFF i32) (param $FLAGS i32)
    (local $X v128)
    (local.set $X
      (v128.load
        (local.get $C)))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load
              (i32.add
                (local.get $C)
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load
                (i32.add
                  (local.get $C)
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store
      (local.get $C)
      (local.get $X))
    (local.set $X
      (v128.load offset=16
        (local.get $C)))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load offset=16
              (i32.add
                (local.get $C)
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load offset=16
                (i32.add
                  (local.get $C)
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store offset=16
      (local.get $C)
      (local.get $X)))
  (func $epilogue1x4 (type 1) (param $C i32) (param $LDC i32) (param $ADD_OFF i32) (param $MASK_OFF i32) (param $FLAGS i32)
    (local $X v128)
    (local.set $X
      (v128.load
        (local.get $C)))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load
              (i32.add
                (local.get $C)
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load
                (i32.add
                  (local.get $C)
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store
      (local.get $C)
      (local.get $X)))
  (func $epilogue1x1 (type 1) (param $C i32) (param $LDC i32) (param $ADD_OFF i32) (param $MASK_OFF i32) (param $FLAGS i32)
    (local $X v128)
    (local.set $X
      (v128.load32_zero
        (local.get $C)))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load32_zero
              (i32.add
                (local.get $C)
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load32_zero
                (i32.add
                  (local.get $C)
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store32_lane 0
      (local.get $C)
      (local.get $X)))
  (func $epilogue1x2 (type 1) (param $C i32) (param $LDC i32) (param $ADD_OFF i32) (param $MASK_OFF i32) (param $FLAGS i32)
    (local $X v128)
    (local.set $X
      (v128.load64_zero
        (local.get $C)))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load64_zero
              (i32.add
                (local.get $C)
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load64_zero
                (i32.add
                  (local.get $C)
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store64_lane 0
      (local.get $C)
      (local.get $X)))
  (func $epilogue1x3 (type 1) (param $C i32) (param $LDC i32) (param $ADD_OFF i32) (param $MASK_OFF i32) (param $FLAGS i32)
    (local $X v128)
    (local.set $X
      (v128.load32_lane offset=8 2
        (local.get $C)
        (v128.load64_zero
          (local.get $C))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load32_lane offset=8 2
              (i32.add
                (local.get $C)
                (local.get $ADD_OFF))
              (v128.load64_zero
                (i32.add
                  (local.get $C)
                  (local.get $ADD_OFF))))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load32_lane offset=8 2
                (i32.add
                  (local.get $C)
                  (local.get $MASK_OFF))
                (v128.load64_zero
                  (i32.add
                    (local.get $C)
                    (local.get $MASK_OFF))))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store64_lane 0
      (local.get $C)
      (local.get $X))
    (v128.store32_lane offset=8 2
      (local.get $C)
      (local.get $X)))
  (func $epilogue2x8 (type 1) (param $C i32) (param $LDC i32) (param $ADD_OFF i32) (param $MASK_OFF i32) (param $FLAGS i32)
    (local $X v128)
    (local.set $X
      (v128.load
        (local.get $C)))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load
              (i32.add
                (local.get $C)
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load
                (i32.add
                  (local.get $C)
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store
      (local.get $C)
      (local.get $X))
    (local.set $X
      (v128.load offset=16
        (local.get $C)))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load offset=16
              (i32.add
                (local.get $C)
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load offset=16
                (i32.add
                  (local.get $C)
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store offset=16
      (local.get $C)
      (local.get $X))
    (local.set $X
      (v128.load
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 1)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 1)))
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 1)))
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $X))
    (local.set $X
      (v128.load offset=16
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 1)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load offset=16
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 1)))
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load offset=16
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 1)))
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store offset=16
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $X)))
  (func $epilogue2x4 (type 1) (param $C i32) (param $LDC i32) (param $ADD_OFF i32) (param $MASK_OFF i32) (param $FLAGS i32)
    (local $X v128)
    (local.set $X
      (v128.load
        (local.get $C)))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load
              (i32.add
                (local.get $C)
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load
                (i32.add
                  (local.get $C)
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store
      (local.get $C)
      (local.get $X))
    (local.set $X
      (v128.load
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 1)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 1)))
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 1)))
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $X)))
  (func $epilogue2x1 (type 1) (param $C i32) (param $LDC i32) (param $ADD_OFF i32) (param $MASK_OFF i32) (param $FLAGS i32)
    (local $X v128)
    (local.set $X
      (v128.load32_zero
        (local.get $C)))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load32_zero
              (i32.add
                (local.get $C)
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load32_zero
                (i32.add
                  (local.get $C)
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store32_lane 0
      (local.get $C)
      (local.get $X))
    (local.set $X
      (v128.load32_zero
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 1)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load32_zero
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 1)))
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load32_zero
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 1)))
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store32_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $X)))
  (func $epilogue2x2 (type 1) (param $C i32) (param $LDC i32) (param $ADD_OFF i32) (param $MASK_OFF i32) (param $FLAGS i32)
    (local $X v128)
    (local.set $X
      (v128.load64_zero
        (local.get $C)))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load64_zero
              (i32.add
                (local.get $C)
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load64_zero
                (i32.add
                  (local.get $C)
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store64_lane 0
      (local.get $C)
      (local.get $X))
    (local.set $X
      (v128.load64_zero
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 1)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load64_zero
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 1)))
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load64_zero
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 1)))
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $X)))
  (func $epilogue2x3 (type 1) (param $C i32) (param $LDC i32) (param $ADD_OFF i32) (param $MASK_OFF i32) (param $FLAGS i32)
    (local $X v128)
    (local.set $X
      (v128.load32_lane offset=8 2
        (local.get $C)
        (v128.load64_zero
          (local.get $C))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load32_lane offset=8 2
              (i32.add
                (local.get $C)
                (local.get $ADD_OFF))
              (v128.load64_zero
                (i32.add
                  (local.get $C)
                  (local.get $ADD_OFF))))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load32_lane offset=8 2
                (i32.add
                  (local.get $C)
                  (local.get $MASK_OFF))
                (v128.load64_zero
                  (i32.add
                    (local.get $C)
                    (local.get $MASK_OFF))))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store64_lane 0
      (local.get $C)
      (local.get $X))
    (v128.store32_lane offset=8 2
      (local.get $C)
      (local.get $X))
    (local.set $X
      (v128.load32_lane offset=8 2
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 1)))
        (v128.load64_zero
          (i32.add
            (local.get $C)
            (i32.mul
              (local.get $LDC)
              (i32.const 1))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load32_lane offset=8 2
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 1)))
                (local.get $ADD_OFF))
              (v128.load64_zero
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 1)))
                  (local.get $ADD_OFF))))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load32_lane offset=8 2
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 1)))
                  (local.get $MASK_OFF))
                (v128.load64_zero
                  (i32.add
                    (i32.add
                      (local.get $C)
                      (i32.mul
                        (local.get $LDC)
                        (i32.const 1)))
                    (local.get $MASK_OFF))))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $X))
    (v128.store32_lane offset=8 2
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $X)))
  (func $epilogue3x8 (type 1) (param $C i32) (param $LDC i32) (param $ADD_OFF i32) (param $MASK_OFF i32) (param $FLAGS i32)
    (local $X v128)
    (local.set $X
      (v128.load
        (local.get $C)))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load
              (i32.add
                (local.get $C)
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load
                (i32.add
                  (local.get $C)
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store
      (local.get $C)
      (local.get $X))
    (local.set $X
      (v128.load offset=16
        (local.get $C)))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load offset=16
              (i32.add
                (local.get $C)
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load offset=16
                (i32.add
                  (local.get $C)
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store offset=16
      (local.get $C)
      (local.get $X))
    (local.set $X
      (v128.load
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 1)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 1)))
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 1)))
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $X))
    (local.set $X
      (v128.load offset=16
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 1)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load offset=16
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 1)))
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load offset=16
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 1)))
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store offset=16
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $X))
    (local.set $X
      (v128.load
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 2)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 2)))
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 2)))
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $X))
    (local.set $X
      (v128.load offset=16
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 2)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load offset=16
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 2)))
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load offset=16
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 2)))
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store offset=16
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $X)))
  (func $epilogue3x4 (type 1) (param $C i32) (param $LDC i32) (param $ADD_OFF i32) (param $MASK_OFF i32) (param $FLAGS i32)
    (local $X v128)
    (local.set $X
      (v128.load
        (local.get $C)))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load
              (i32.add
                (local.get $C)
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load
                (i32.add
                  (local.get $C)
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store
      (local.get $C)
      (local.get $X))
    (local.set $X
      (v128.load
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 1)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 1)))
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 1)))
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $X))
    (local.set $X
      (v128.load
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 2)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 2)))
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 2)))
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $X)))
  (func $epilogue3x1 (type 1) (param $C i32) (param $LDC i32) (param $ADD_OFF i32) (param $MASK_OFF i32) (param $FLAGS i32)
    (local $X v128)
    (local.set $X
      (v128.load32_zero
        (local.get $C)))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load32_zero
              (i32.add
                (local.get $C)
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load32_zero
                (i32.add
                  (local.get $C)
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store32_lane 0
      (local.get $C)
      (local.get $X))
    (local.set $X
      (v128.load32_zero
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 1)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load32_zero
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 1)))
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load32_zero
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 1)))
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store32_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $X))
    (local.set $X
      (v128.load32_zero
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 2)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load32_zero
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 2)))
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load32_zero
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 2)))
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store32_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $X)))
  (func $epilogue3x2 (type 1) (param $C i32) (param $LDC i32) (param $ADD_OFF i32) (param $MASK_OFF i32) (param $FLAGS i32)
    (local $X v128)
    (local.set $X
      (v128.load64_zero
        (local.get $C)))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load64_zero
              (i32.add
                (local.get $C)
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load64_zero
                (i32.add
                  (local.get $C)
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store64_lane 0
      (local.get $C)
      (local.get $X))
    (local.set $X
      (v128.load64_zero
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 1)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load64_zero
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 1)))
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load64_zero
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 1)))
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $X))
    (local.set $X
      (v128.load64_zero
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 2)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load64_zero
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 2)))
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load64_zero
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 2)))
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $X)))
  (func $epilogue3x3 (type 1) (param $C i32) (param $LDC i32) (param $ADD_OFF i32) (param $MASK_OFF i32) (param $FLAGS i32)
    (local $X v128)
    (local.set $X
      (v128.load32_lane offset=8 2
        (local.get $C)
        (v128.load64_zero
          (local.get $C))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load32_lane offset=8 2
              (i32.add
                (local.get $C)
                (local.get $ADD_OFF))
              (v128.load64_zero
                (i32.add
                  (local.get $C)
                  (local.get $ADD_OFF))))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load32_lane offset=8 2
                (i32.add
                  (local.get $C)
                  (local.get $MASK_OFF))
                (v128.load64_zero
                  (i32.add
                    (local.get $C)
                    (local.get $MASK_OFF))))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store64_lane 0
      (local.get $C)
      (local.get $X))
    (v128.store32_lane offset=8 2
      (local.get $C)
      (local.get $X))
    (local.set $X
      (v128.load32_lane offset=8 2
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 1)))
        (v128.load64_zero
          (i32.add
            (local.get $C)
            (i32.mul
              (local.get $LDC)
              (i32.const 1))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load32_lane offset=8 2
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 1)))
                (local.get $ADD_OFF))
              (v128.load64_zero
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 1)))
                  (local.get $ADD_OFF))))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load32_lane offset=8 2
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 1)))
                  (local.get $MASK_OFF))
                (v128.load64_zero
                  (i32.add
                    (i32.add
                      (local.get $C)
                      (i32.mul
                        (local.get $LDC)
                        (i32.const 1)))
                    (local.get $MASK_OFF))))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $X))
    (v128.store32_lane offset=8 2
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $X))
    (local.set $X
      (v128.load32_lane offset=8 2
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 2)))
        (v128.load64_zero
          (i32.add
            (local.get $C)
            (i32.mul
              (local.get $LDC)
              (i32.const 2))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load32_lane offset=8 2
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 2)))
                (local.get $ADD_OFF))
              (v128.load64_zero
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 2)))
                  (local.get $ADD_OFF))))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load32_lane offset=8 2
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 2)))
                  (local.get $MASK_OFF))
                (v128.load64_zero
                  (i32.add
                    (i32.add
                      (local.get $C)
                      (i32.mul
                        (local.get $LDC)
                        (i32.const 2)))
                    (local.get $MASK_OFF))))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $X))
    (v128.store32_lane offset=8 2
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $X)))
  (func $epilogue4x8 (type 1) (param $C i32) (param $LDC i32) (param $ADD_OFF i32) (param $MASK_OFF i32) (param $FLAGS i32)
    (local $X v128)
    (local.set $X
      (v128.load
        (local.get $C)))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load
              (i32.add
                (local.get $C)
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load
                (i32.add
                  (local.get $C)
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store
      (local.get $C)
      (local.get $X))
    (local.set $X
      (v128.load offset=16
        (local.get $C)))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load offset=16
              (i32.add
                (local.get $C)
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load offset=16
                (i32.add
                  (local.get $C)
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store offset=16
      (local.get $C)
      (local.get $X))
    (local.set $X
      (v128.load
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 1)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 1)))
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 1)))
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $X))
    (local.set $X
      (v128.load offset=16
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 1)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load offset=16
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 1)))
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load offset=16
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 1)))
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store offset=16
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $X))
    (local.set $X
      (v128.load
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 2)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 2)))
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 2)))
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $X))
    (local.set $X
      (v128.load offset=16
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 2)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load offset=16
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 2)))
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load offset=16
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 2)))
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store offset=16
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $X))
    (local.set $X
      (v128.load
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 3)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 3)))
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 3)))
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 3)))
      (local.get $X))
    (local.set $X
      (v128.load offset=16
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 3)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load offset=16
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 3)))
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load offset=16
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 3)))
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store offset=16
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 3)))
      (local.get $X)))
  (func $epilogue4x4 (type 1) (param $C i32) (param $LDC i32) (param $ADD_OFF i32) (param $MASK_OFF i32) (param $FLAGS i32)
    (local $X v128)
    (local.set $X
      (v128.load
        (local.get $C)))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load
              (i32.add
                (local.get $C)
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load
                (i32.add
                  (local.get $C)
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store
      (local.get $C)
      (local.get $X))
    (local.set $X
      (v128.load
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 1)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 1)))
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 1)))
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $X))
    (local.set $X
      (v128.load
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 2)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 2)))
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 2)))
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $X))
    (local.set $X
      (v128.load
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 3)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 3)))
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 3)))
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 3)))
      (local.get $X)))
  (func $epilogue4x1 (type 1) (param $C i32) (param $LDC i32) (param $ADD_OFF i32) (param $MASK_OFF i32) (param $FLAGS i32)
    (local $X v128)
    (local.set $X
      (v128.load32_zero
        (local.get $C)))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load32_zero
              (i32.add
                (local.get $C)
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load32_zero
                (i32.add
                  (local.get $C)
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store32_lane 0
      (local.get $C)
      (local.get $X))
    (local.set $X
      (v128.load32_zero
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 1)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load32_zero
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 1)))
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load32_zero
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 1)))
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store32_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $X))
    (local.set $X
      (v128.load32_zero
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 2)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load32_zero
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 2)))
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load32_zero
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 2)))
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store32_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $X))
    (local.set $X
      (v128.load32_zero
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 3)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load32_zero
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 3)))
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load32_zero
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 3)))
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store32_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 3)))
      (local.get $X)))
  (func $epilogue4x2 (type 1) (param $C i32) (param $LDC i32) (param $ADD_OFF i32) (param $MASK_OFF i32) (param $FLAGS i32)
    (local $X v128)
    (local.set $X
      (v128.load64_zero
        (local.get $C)))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load64_zero
              (i32.add
                (local.get $C)
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load64_zero
                (i32.add
                  (local.get $C)
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store64_lane 0
      (local.get $C)
      (local.get $X))
    (local.set $X
      (v128.load64_zero
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 1)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load64_zero
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 1)))
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load64_zero
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 1)))
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $X))
    (local.set $X
      (v128.load64_zero
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 2)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load64_zero
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 2)))
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load64_zero
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 2)))
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $X))
    (local.set $X
      (v128.load64_zero
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 3)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load64_zero
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 3)))
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load64_zero
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 3)))
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 3)))
      (local.get $X)))
  (func $epilogue4x3 (type 1) (param $C i32) (param $LDC i32) (param $ADD_OFF i32) (param $MASK_OFF i32) (param $FLAGS i32)
    (local $X v128)
    (local.set $X
      (v128.load32_lane offset=8 2
        (local.get $C)
        (v128.load64_zero
          (local.get $C))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load32_lane offset=8 2
              (i32.add
                (local.get $C)
                (local.get $ADD_OFF))
              (v128.load64_zero
                (i32.add
                  (local.get $C)
                  (local.get $ADD_OFF))))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load32_lane offset=8 2
                (i32.add
                  (local.get $C)
                  (local.get $MASK_OFF))
                (v128.load64_zero
                  (i32.add
                    (local.get $C)
                    (local.get $MASK_OFF))))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store64_lane 0
      (local.get $C)
      (local.get $X))
    (v128.store32_lane offset=8 2
      (local.get $C)
      (local.get $X))
    (local.set $X
      (v128.load32_lane offset=8 2
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 1)))
        (v128.load64_zero
          (i32.add
            (local.get $C)
            (i32.mul
              (local.get $LDC)
              (i32.const 1))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load32_lane offset=8 2
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 1)))
                (local.get $ADD_OFF))
              (v128.load64_zero
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 1)))
                  (local.get $ADD_OFF))))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load32_lane offset=8 2
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 1)))
                  (local.get $MASK_OFF))
                (v128.load64_zero
                  (i32.add
                    (i32.add
                      (local.get $C)
                      (i32.mul
                        (local.get $LDC)
                        (i32.const 1)))
                    (local.get $MASK_OFF))))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $X))
    (v128.store32_lane offset=8 2
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $X))
    (local.set $X
      (v128.load32_lane offset=8 2
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 2)))
        (v128.load64_zero
          (i32.add
            (local.get $C)
            (i32.mul
              (local.get $LDC)
              (i32.const 2))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load32_lane offset=8 2
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 2)))
                (local.get $ADD_OFF))
              (v128.load64_zero
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 2)))
                  (local.get $ADD_OFF))))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load32_lane offset=8 2
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 2)))
                  (local.get $MASK_OFF))
                (v128.load64_zero
                  (i32.add
                    (i32.add
                      (local.get $C)
                      (i32.mul
                        (local.get $LDC)
                        (i32.const 2)))
                    (local.get $MASK_OFF))))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $X))
    (v128.store32_lane offset=8 2
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $X))
    (local.set $X
      (v128.load32_lane offset=8 2
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 3)))
        (v128.load64_zero
          (i32.add
            (local.get $C)
            (i32.mul
              (local.get $LDC)
              (i32.const 3))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load32_lane offset=8 2
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 3)))
                (local.get $ADD_OFF))
              (v128.load64_zero
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 3)))
                  (local.get $ADD_OFF))))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load32_lane offset=8 2
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 3)))
                  (local.get $MASK_OFF))
                (v128.load64_zero
                  (i32.add
                    (i32.add
                      (local.get $C)
                      (i32.mul
                        (local.get $LDC)
                        (i32.const 3)))
                    (local.get $MASK_OFF))))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 3)))
      (local.get $X))
    (v128.store32_lane offset=8 2
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 3)))
      (local.get $X)))
  (func $epilogue5x8 (type 1) (param $C i32) (param $LDC i32) (param $ADD_OFF i32) (param $MASK_OFF i32) (param $FLAGS i32)
    (local $X v128)
    (local.set $X
      (v128.load
        (local.get $C)))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load
              (i32.add
                (local.get $C)
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load
                (i32.add
                  (local.get $C)
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store
      (local.get $C)
      (local.get $X))
    (local.set $X
      (v128.load offset=16
        (local.get $C)))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load offset=16
              (i32.add
                (local.get $C)
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load offset=16
                (i32.add
                  (local.get $C)
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store offset=16
      (local.get $C)
      (local.get $X))
    (local.set $X
      (v128.load
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 1)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 1)))
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 1)))
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $X))
    (local.set $X
      (v128.load offset=16
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 1)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load offset=16
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 1)))
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load offset=16
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 1)))
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store offset=16
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $X))
    (local.set $X
      (v128.load
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 2)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 2)))
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 2)))
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $X))
    (local.set $X
      (v128.load offset=16
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 2)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load offset=16
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 2)))
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load offset=16
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 2)))
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store offset=16
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $X))
    (local.set $X
      (v128.load
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 3)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 3)))
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 3)))
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 3)))
      (local.get $X))
    (local.set $X
      (v128.load offset=16
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 3)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load offset=16
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 3)))
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load offset=16
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 3)))
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store offset=16
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 3)))
      (local.get $X))
    (local.set $X
      (v128.load
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 4)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 4)))
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 4)))
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 4)))
      (local.get $X))
    (local.set $X
      (v128.load offset=16
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 4)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load offset=16
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 4)))
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load offset=16
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 4)))
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store offset=16
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 4)))
      (local.get $X)))
  (func $epilogue5x4 (type 1) (param $C i32) (param $LDC i32) (param $ADD_OFF i32) (param $MASK_OFF i32) (param $FLAGS i32)
    (local $X v128)
    (local.set $X
      (v128.load
        (local.get $C)))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load
              (i32.add
                (local.get $C)
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load
                (i32.add
                  (local.get $C)
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store
      (local.get $C)
      (local.get $X))
    (local.set $X
      (v128.load
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 1)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 1)))
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 1)))
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $X))
    (local.set $X
      (v128.load
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 2)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 2)))
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 2)))
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $X))
    (local.set $X
      (v128.load
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 3)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 3)))
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 3)))
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 3)))
      (local.get $X))
    (local.set $X
      (v128.load
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 4)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 4)))
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 4)))
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 4)))
      (local.get $X)))
  (func $epilogue5x1 (type 1) (param $C i32) (param $LDC i32) (param $ADD_OFF i32) (param $MASK_OFF i32) (param $FLAGS i32)
    (local $X v128)
    (local.set $X
      (v128.load32_zero
        (local.get $C)))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load32_zero
              (i32.add
                (local.get $C)
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load32_zero
                (i32.add
                  (local.get $C)
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store32_lane 0
      (local.get $C)
      (local.get $X))
    (local.set $X
      (v128.load32_zero
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 1)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load32_zero
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 1)))
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load32_zero
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 1)))
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store32_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $X))
    (local.set $X
      (v128.load32_zero
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 2)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load32_zero
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 2)))
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load32_zero
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 2)))
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store32_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $X))
    (local.set $X
      (v128.load32_zero
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 3)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load32_zero
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 3)))
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load32_zero
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 3)))
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store32_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 3)))
      (local.get $X))
    (local.set $X
      (v128.load32_zero
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 4)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load32_zero
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 4)))
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load32_zero
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 4)))
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store32_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 4)))
      (local.get $X)))
  (func $epilogue5x2 (type 1) (param $C i32) (param $LDC i32) (param $ADD_OFF i32) (param $MASK_OFF i32) (param $FLAGS i32)
    (local $X v128)
    (local.set $X
      (v128.load64_zero
        (local.get $C)))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load64_zero
              (i32.add
                (local.get $C)
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load64_zero
                (i32.add
                  (local.get $C)
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store64_lane 0
      (local.get $C)
      (local.get $X))
    (local.set $X
      (v128.load64_zero
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 1)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load64_zero
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 1)))
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load64_zero
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 1)))
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $X))
    (local.set $X
      (v128.load64_zero
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 2)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load64_zero
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 2)))
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load64_zero
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 2)))
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $X))
    (local.set $X
      (v128.load64_zero
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 3)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load64_zero
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 3)))
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load64_zero
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 3)))
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 3)))
      (local.get $X))
    (local.set $X
      (v128.load64_zero
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 4)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load64_zero
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 4)))
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load64_zero
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 4)))
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 4)))
      (local.get $X)))
  (func $epilogue5x3 (type 1) (param $C i32) (param $LDC i32) (param $ADD_OFF i32) (param $MASK_OFF i32) (param $FLAGS i32)
    (local $X v128)
    (local.set $X
      (v128.load32_lane offset=8 2
        (local.get $C)
        (v128.load64_zero
          (local.get $C))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load32_lane offset=8 2
              (i32.add
                (local.get $C)
                (local.get $ADD_OFF))
              (v128.load64_zero
                (i32.add
                  (local.get $C)
                  (local.get $ADD_OFF))))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load32_lane offset=8 2
                (i32.add
                  (local.get $C)
                  (local.get $MASK_OFF))
                (v128.load64_zero
                  (i32.add
                    (local.get $C)
                    (local.get $MASK_OFF))))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store64_lane 0
      (local.get $C)
      (local.get $X))
    (v128.store32_lane offset=8 2
      (local.get $C)
      (local.get $X))
    (local.set $X
      (v128.load32_lane offset=8 2
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 1)))
        (v128.load64_zero
          (i32.add
            (local.get $C)
            (i32.mul
              (local.get $LDC)
              (i32.const 1))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load32_lane offset=8 2
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 1)))
                (local.get $ADD_OFF))
              (v128.load64_zero
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 1)))
                  (local.get $ADD_OFF))))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load32_lane offset=8 2
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 1)))
                  (local.get $MASK_OFF))
                (v128.load64_zero
                  (i32.add
                    (i32.add
                      (local.get $C)
                      (i32.mul
                        (local.get $LDC)
                        (i32.const 1)))
                    (local.get $MASK_OFF))))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $X))
    (v128.store32_lane offset=8 2
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $X))
    (local.set $X
      (v128.load32_lane offset=8 2
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 2)))
        (v128.load64_zero
          (i32.add
            (local.get $C)
            (i32.mul
              (local.get $LDC)
              (i32.const 2))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load32_lane offset=8 2
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 2)))
                (local.get $ADD_OFF))
              (v128.load64_zero
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 2)))
                  (local.get $ADD_OFF))))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load32_lane offset=8 2
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 2)))
                  (local.get $MASK_OFF))
                (v128.load64_zero
                  (i32.add
                    (i32.add
                      (local.get $C)
                      (i32.mul
                        (local.get $LDC)
                        (i32.const 2)))
                    (local.get $MASK_OFF))))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $X))
    (v128.store32_lane offset=8 2
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $X))
    (local.set $X
      (v128.load32_lane offset=8 2
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 3)))
        (v128.load64_zero
          (i32.add
            (local.get $C)
            (i32.mul
              (local.get $LDC)
              (i32.const 3))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load32_lane offset=8 2
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 3)))
                (local.get $ADD_OFF))
              (v128.load64_zero
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 3)))
                  (local.get $ADD_OFF))))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load32_lane offset=8 2
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 3)))
                  (local.get $MASK_OFF))
                (v128.load64_zero
                  (i32.add
                    (i32.add
                      (local.get $C)
                      (i32.mul
                        (local.get $LDC)
                        (i32.const 3)))
                    (local.get $MASK_OFF))))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 3)))
      (local.get $X))
    (v128.store32_lane offset=8 2
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 3)))
      (local.get $X))
    (local.set $X
      (v128.load32_lane offset=8 2
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 4)))
        (v128.load64_zero
          (i32.add
            (local.get $C)
            (i32.mul
              (local.get $LDC)
              (i32.const 4))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load32_lane offset=8 2
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 4)))
                (local.get $ADD_OFF))
              (v128.load64_zero
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 4)))
                  (local.get $ADD_OFF))))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load32_lane offset=8 2
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 4)))
                  (local.get $MASK_OFF))
                (v128.load64_zero
                  (i32.add
                    (i32.add
                      (local.get $C)
                      (i32.mul
                        (local.get $LDC)
                        (i32.const 4)))
                    (local.get $MASK_OFF))))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 4)))
      (local.get $X))
    (v128.store32_lane offset=8 2
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 4)))
      (local.get $X)))
  (func $epilogue6x8 (type 1) (param $C i32) (param $LDC i32) (param $ADD_OFF i32) (param $MASK_OFF i32) (param $FLAGS i32)
    (local $X v128)
    (local.set $X
      (v128.load
        (local.get $C)))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load
              (i32.add
                (local.get $C)
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load
                (i32.add
                  (local.get $C)
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store
      (local.get $C)
      (local.get $X))
    (local.set $X
      (v128.load offset=16
        (local.get $C)))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load offset=16
              (i32.add
                (local.get $C)
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load offset=16
                (i32.add
                  (local.get $C)
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store offset=16
      (local.get $C)
      (local.get $X))
    (local.set $X
      (v128.load
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 1)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 1)))
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 1)))
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $X))
    (local.set $X
      (v128.load offset=16
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 1)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load offset=16
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 1)))
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load offset=16
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 1)))
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store offset=16
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $X))
    (local.set $X
      (v128.load
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 2)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 2)))
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 2)))
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $X))
    (local.set $X
      (v128.load offset=16
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 2)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load offset=16
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 2)))
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load offset=16
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 2)))
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store offset=16
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $X))
    (local.set $X
      (v128.load
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 3)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 3)))
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 3)))
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 3)))
      (local.get $X))
    (local.set $X
      (v128.load offset=16
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 3)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load offset=16
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 3)))
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load offset=16
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 3)))
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store offset=16
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 3)))
      (local.get $X))
    (local.set $X
      (v128.load
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 4)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 4)))
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 4)))
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 4)))
      (local.get $X))
    (local.set $X
      (v128.load offset=16
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 4)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load offset=16
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 4)))
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load offset=16
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 4)))
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store offset=16
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 4)))
      (local.get $X))
    (local.set $X
      (v128.load
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 5)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 5)))
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 5)))
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 5)))
      (local.get $X))
    (local.set $X
      (v128.load offset=16
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 5)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load offset=16
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 5)))
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load offset=16
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 5)))
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store offset=16
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 5)))
      (local.get $X)))
  (func $epilogue6x4 (type 1) (param $C i32) (param $LDC i32) (param $ADD_OFF i32) (param $MASK_OFF i32) (param $FLAGS i32)
    (local $X v128)
    (local.set $X
      (v128.load
        (local.get $C)))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load
              (i32.add
                (local.get $C)
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load
                (i32.add
                  (local.get $C)
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store
      (local.get $C)
      (local.get $X))
    (local.set $X
      (v128.load
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 1)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 1)))
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 1)))
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $X))
    (local.set $X
      (v128.load
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 2)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 2)))
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 2)))
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $X))
    (local.set $X
      (v128.load
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 3)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 3)))
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 3)))
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 3)))
      (local.get $X))
    (local.set $X
      (v128.load
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 4)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 4)))
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 4)))
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 4)))
      (local.get $X))
    (local.set $X
      (v128.load
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 5)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 5)))
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 5)))
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 5)))
      (local.get $X)))
  (func $epilogue6x1 (type 1) (param $C i32) (param $LDC i32) (param $ADD_OFF i32) (param $MASK_OFF i32) (param $FLAGS i32)
    (local $X v128)
    (local.set $X
      (v128.load32_zero
        (local.get $C)))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load32_zero
              (i32.add
                (local.get $C)
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load32_zero
                (i32.add
                  (local.get $C)
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store32_lane 0
      (local.get $C)
      (local.get $X))
    (local.set $X
      (v128.load32_zero
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 1)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load32_zero
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 1)))
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load32_zero
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 1)))
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store32_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $X))
    (local.set $X
      (v128.load32_zero
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 2)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load32_zero
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 2)))
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load32_zero
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 2)))
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store32_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $X))
    (local.set $X
      (v128.load32_zero
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 3)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load32_zero
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 3)))
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load32_zero
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 3)))
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store32_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 3)))
      (local.get $X))
    (local.set $X
      (v128.load32_zero
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 4)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load32_zero
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 4)))
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load32_zero
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 4)))
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store32_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 4)))
      (local.get $X))
    (local.set $X
      (v128.load32_zero
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 5)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load32_zero
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 5)))
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load32_zero
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 5)))
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store32_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 5)))
      (local.get $X)))
  (func $epilogue6x2 (type 1) (param $C i32) (param $LDC i32) (param $ADD_OFF i32) (param $MASK_OFF i32) (param $FLAGS i32)
    (local $X v128)
    (local.set $X
      (v128.load64_zero
        (local.get $C)))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load64_zero
              (i32.add
                (local.get $C)
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load64_zero
                (i32.add
                  (local.get $C)
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store64_lane 0
      (local.get $C)
      (local.get $X))
    (local.set $X
      (v128.load64_zero
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 1)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load64_zero
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 1)))
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load64_zero
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 1)))
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $X))
    (local.set $X
      (v128.load64_zero
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 2)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load64_zero
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 2)))
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load64_zero
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 2)))
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $X))
    (local.set $X
      (v128.load64_zero
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 3)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load64_zero
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 3)))
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load64_zero
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 3)))
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 3)))
      (local.get $X))
    (local.set $X
      (v128.load64_zero
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 4)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load64_zero
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 4)))
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load64_zero
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 4)))
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 4)))
      (local.get $X))
    (local.set $X
      (v128.load64_zero
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 5)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load64_zero
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 5)))
                (local.get $ADD_OFF)))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load64_zero
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 5)))
                  (local.get $MASK_OFF)))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 5)))
      (local.get $X)))
  (func $epilogue6x3 (type 1) (param $C i32) (param $LDC i32) (param $ADD_OFF i32) (param $MASK_OFF i32) (param $FLAGS i32)
    (local $X v128)
    (local.set $X
      (v128.load32_lane offset=8 2
        (local.get $C)
        (v128.load64_zero
          (local.get $C))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load32_lane offset=8 2
              (i32.add
                (local.get $C)
                (local.get $ADD_OFF))
              (v128.load64_zero
                (i32.add
                  (local.get $C)
                  (local.get $ADD_OFF))))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load32_lane offset=8 2
                (i32.add
                  (local.get $C)
                  (local.get $MASK_OFF))
                (v128.load64_zero
                  (i32.add
                    (local.get $C)
                    (local.get $MASK_OFF))))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store64_lane 0
      (local.get $C)
      (local.get $X))
    (v128.store32_lane offset=8 2
      (local.get $C)
      (local.get $X))
    (local.set $X
      (v128.load32_lane offset=8 2
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 1)))
        (v128.load64_zero
          (i32.add
            (local.get $C)
            (i32.mul
              (local.get $LDC)
              (i32.const 1))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load32_lane offset=8 2
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 1)))
                (local.get $ADD_OFF))
              (v128.load64_zero
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 1)))
                  (local.get $ADD_OFF))))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load32_lane offset=8 2
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 1)))
                  (local.get $MASK_OFF))
                (v128.load64_zero
                  (i32.add
                    (i32.add
                      (local.get $C)
                      (i32.mul
                        (local.get $LDC)
                        (i32.const 1)))
                    (local.get $MASK_OFF))))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $X))
    (v128.store32_lane offset=8 2
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 1)))
      (local.get $X))
    (local.set $X
      (v128.load32_lane offset=8 2
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 2)))
        (v128.load64_zero
          (i32.add
            (local.get $C)
            (i32.mul
              (local.get $LDC)
              (i32.const 2))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load32_lane offset=8 2
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 2)))
                (local.get $ADD_OFF))
              (v128.load64_zero
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 2)))
                  (local.get $ADD_OFF))))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load32_lane offset=8 2
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 2)))
                  (local.get $MASK_OFF))
                (v128.load64_zero
                  (i32.add
                    (i32.add
                      (local.get $C)
                      (i32.mul
                        (local.get $LDC)
                        (i32.const 2)))
                    (local.get $MASK_OFF))))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $X))
    (v128.store32_lane offset=8 2
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 2)))
      (local.get $X))
    (local.set $X
      (v128.load32_lane offset=8 2
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 3)))
        (v128.load64_zero
          (i32.add
            (local.get $C)
            (i32.mul
              (local.get $LDC)
              (i32.const 3))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load32_lane offset=8 2
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 3)))
                (local.get $ADD_OFF))
              (v128.load64_zero
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 3)))
                  (local.get $ADD_OFF))))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load32_lane offset=8 2
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 3)))
                  (local.get $MASK_OFF))
                (v128.load64_zero
                  (i32.add
                    (i32.add
                      (local.get $C)
                      (i32.mul
                        (local.get $LDC)
                        (i32.const 3)))
                    (local.get $MASK_OFF))))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 3)))
      (local.get $X))
    (v128.store32_lane offset=8 2
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 3)))
      (local.get $X))
    (local.set $X
      (v128.load32_lane offset=8 2
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 4)))
        (v128.load64_zero
          (i32.add
            (local.get $C)
            (i32.mul
              (local.get $LDC)
              (i32.const 4))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load32_lane offset=8 2
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 4)))
                (local.get $ADD_OFF))
              (v128.load64_zero
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 4)))
                  (local.get $ADD_OFF))))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load32_lane offset=8 2
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 4)))
                  (local.get $MASK_OFF))
                (v128.load64_zero
                  (i32.add
                    (i32.add
                      (local.get $C)
                      (i32.mul
                        (local.get $LDC)
                        (i32.const 4)))
                    (local.get $MASK_OFF))))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 4)))
      (local.get $X))
    (v128.store32_lane offset=8 2
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 4)))
      (local.get $X))
    (local.set $X
      (v128.load32_lane offset=8 2
        (i32.add
          (local.get $C)
          (i32.mul
            (local.get $LDC)
            (i32.const 5)))
        (v128.load64_zero
          (i32.add
            (local.get $C)
            (i32.mul
              (local.get $LDC)
              (i32.const 5))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 1))
      (then
        (local.set $X
          (f32x4.add
            (local.get $X)
            (v128.load32_lane offset=8 2
              (i32.add
                (i32.add
                  (local.get $C)
                  (i32.mul
                    (local.get $LDC)
                    (i32.const 5)))
                (local.get $ADD_OFF))
              (v128.load64_zero
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 5)))
                  (local.get $ADD_OFF))))))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 2))
      (then
        (local.set $X
          (f32x4.pmax
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (local.get $X)))))
    (if  ;; label = @1
      (i32.and
        (local.get $FLAGS)
        (i32.const 4))
      (then
        (local.set $X
          (v128.and
            (local.get $X)
            (f32x4.gt
              (v128.load32_lane offset=8 2
                (i32.add
                  (i32.add
                    (local.get $C)
                    (i32.mul
                      (local.get $LDC)
                      (i32.const 5)))
                  (local.get $MASK_OFF))
                (v128.load64_zero
                  (i32.add
                    (i32.add
                      (local.get $C)
                      (i32.mul
                        (local.get $LDC)
                        (i32.const 5)))
                    (local.get $MASK_OFF))))
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000))))))
    (v128.store64_lane 0
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 5)))
      (local.get $X))
    (v128.store32_lane offset=8 2
      (i32.add
        (local.get $C)
        (i32.mul
          (local.get $LDC)
          (i32.const 5)))
      (local.get $X)))
  (func $packTile1 (type 2) (param $K i32) (param $A i32) (param $LDA i32) (param $TO i32)
    (local $P i32) (local $T i32) (local $END i32) (local $X v128)
    (local.set $P
      (local.get $A))
    (local.set $T
      (local.get $TO))
    (local.set $END
      (i32.add
        (local.get $A)
        (i32.shl
          (local.get $K)
          (i32.const 2))))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.gt_u
            (i32.add
              (local.get $P)
              (i32.const 16))
            (local.get $END)))
        (local.set $X
          (v128.load
            (local.get $P)))
        (v128.store32_lane 0
          (local.get $T)
          (local.get $X))
        (v128.store32_lane offset=4 1
          (local.get $T)
          (local.get $X))
        (v128.store32_lane offset=8 2
          (local.get $T)
          (local.get $X))
        (v128.store32_lane offset=12 3
          (local.get $T)
          (local.get $X))
        (local.set $P
          (i32.add
            (local.get $P)
            (i32.const 16)))
        (local.set $T
          (i32.add
            (local.get $T)
            (i32.const 16)))
        (br 0 (;@2;))))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.ge_u
            (local.get $P)
            (local.get $END)))
        (f32.store
          (local.get $T)
          (f32.load
            (local.get $P)))
        (local.set $P
          (i32.add
            (local.get $P)
            (i32.const 4)))
        (local.set $T
          (i32.add
            (local.get $T)
            (i32.const 4)))
        (br 0 (;@2;)))))
  (func $packTile2 (type 2) (param $K i32) (param $A i32) (param $LDA i32) (param $TO i32)
    (local $P i32) (local $T i32) (local $END i32) (local $X v128)
    (local.set $P
      (local.get $A))
    (local.set $T
      (local.get $TO))
    (local.set $END
      (i32.add
        (local.get $A)
        (i32.shl
          (local.get $K)
          (i32.const 2))))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.gt_u
            (i32.add
              (local.get $P)
              (i32.const 16))
            (local.get $END)))
        (local.set $X
          (v128.load
            (local.get $P)))
        (v128.store32_lane 0
          (local.get $T)
          (local.get $X))
        (v128.store32_lane offset=8 1
          (local.get $T)
          (local.get $X))
        (v128.store32_lane offset=16 2
          (local.get $T)
          (local.get $X))
        (v128.store32_lane offset=24 3
          (local.get $T)
          (local.get $X))
        (local.set $X
          (v128.load
            (i32.add
              (local.get $P)
              (i32.mul
                (local.get $LDA)
                (i32.const 1)))))
        (v128.store32_lane offset=4 0
          (local.get $T)
          (local.get $X))
        (v128.store32_lane offset=12 1
          (local.get $T)
          (local.get $X))
        (v128.store32_lane offset=20 2
          (local.get $T)
          (local.get $X))
        (v128.store32_lane offset=28 3
          (local.get $T)
          (local.get $X))
        (local.set $P
          (i32.add
            (local.get $P)
            (i32.const 16)))
        (local.set $T
          (i32.add
            (local.get $T)
            (i32.const 32)))
        (br 0 (;@2;))))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.ge_u
            (local.get $P)
            (local.get $END)))
        (f32.store
          (local.get $T)
          (f32.load
            (local.get $P)))
        (f32.store offset=4
          (local.get $T)
          (f32.load
            (i32.add
              (local.get $P)
              (i32.mul
                (local.get $LDA)
                (i32.const 1)))))
        (local.set $P
          (i32.add
            (local.get $P)
            (i32.const 4)))
        (local.set $T
          (i32.add
            (local.get $T)
            (i32.const 8)))
        (br 0 (;@2;)))))
  (func $packTile3 (type 2) (param $K i32) (param $A i32) (param $LDA i32) (param $TO i32)
    (local $P i32) (local $T i32) (local $END i32) (local $X v128)
    (local.set $P
      (local.get $A))
    (local.set $T
      (local.get $TO))
    (local.set $END
      (i32.add
        (local.get $A)
        (i32.shl
          (local.get $K)
          (i32.const 2))))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.gt_u
            (i32.add
              (local.get $P)
              (i32.const 16))
            (local.get $END)))
        (local.set $X
          (v128.load
            (local.get $P)))
        (v128.store32_lane 0
          (local.get $T)
          (local.get $X))
        (v128.store32_lane offset=12 1
          (local.get $T)
          (local.get $X))
        (v128.store32_lane offset=24 2
          (local.get $T)
          (local.get $X))
        (v128.store32_lane offset=36 3
          (local.get $T)
          (local.get $X))
        (local.set $X
          (v128.load
            (i32.add
              (local.get $P)
              (i32.mul
                (local.get $LDA)
                (i32.const 1)))))
        (v128.store32_lane offset=4 0
          (local.get $T)
          (local.get $X))
        (v128.store32_lane offset=16 1
          (local.get $T)
          (local.get $X))
        (v128.store32_lane offset=28 2
          (local.get $T)
          (local.get $X))
        (v128.store32_lane offset=40 3
          (local.get $T)
          (local.get $X))
        (local.set $X
          (v128.load
            (i32.add
              (local.get $P)
              (i32.mul
                (local.get $LDA)
                (i32.const 2)))))
        (v128.store32_lane offset=8 0
          (local.get $T)
          (local.get $X))
        (v128.store32_lane offset=20 1
          (local.get $T)
          (local.get $X))
        (v128.store32_lane offset=32 2
          (local.get $T)
          (local.get $X))
        (v128.store32_lane offset=44 3
          (local.get $T)
          (local.get $X))
        (local.set $P
          (i32.add
            (local.get $P)
            (i32.const 16)))
        (local.set $T
          (i32.add
            (local.get $T)
            (i32.const 48)))
        (br 0 (;@2;))))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.ge_u
            (local.get $P)
            (local.get $END)))
        (f32.store
          (local.get $T)
          (f32.load
            (local.get $P)))
        (f32.store offset=4
          (local.get $T)
          (f32.load
            (i32.add
              (local.get $P)
              (i32.mul
                (local.get $LDA)
                (i32.const 1)))))
        (f32.store offset=8
          (local.get $T)
          (f32.load
            (i32.add
              (local.get $P)
              (i32.mul
                (local.get $LDA)
                (i32.const 2)))))
        (local.set $P
          (i32.add
            (local.get $P)
            (i32.const 4)))
        (local.set $T
          (i32.add
            (local.get $T)
            (i32.const 12)))
        (br 0 (;@2;)))))
  (func $packTile4 (type 2) (param $K i32) (param $A i32) (param $LDA i32) (param $TO i32)
    (local $P i32) (local $T i32) (local $END i32) (local $X v128)
    (local.set $P
      (local.get $A))
    (local.set $T
      (local.get $TO))
    (local.set $END
      (i32.add
        (local.get $A)
        (i32.shl
          (local.get $K)
          (i32.const 2))))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.gt_u
            (i32.add
              (local.get $P)
              (i32.const 16))
            (local.get $END)))
        (local.set $X
          (v128.load
            (local.get $P)))
        (v128.store32_lane 0
          (local.get $T)
          (local.get $X))
        (v128.store32_lane offset=16 1
          (local.get $T)
          (local.get $X))
        (v128.store32_lane offset=32 2
          (local.get $T)
          (local.get $X))
        (v128.store32_lane offset=48 3
          (local.get $T)
          (local.get $X))
        (local.set $X
          (v128.load
            (i32.add
              (local.get $P)
              (i32.mul
                (local.get $LDA)
                (i32.const 1)))))
        (v128.store32_lane offset=4 0
          (local.get $T)
          (local.get $X))
        (v128.store32_lane offset=20 1
          (local.get $T)
          (local.get $X))
        (v128.store32_lane offset=36 2
          (local.get $T)
          (local.get $X))
        (v128.store32_lane offset=52 3
          (local.get $T)
          (local.get $X))
        (local.set $X
          (v128.load
            (i32.add
              (local.get $P)
              (i32.mul
                (local.get $LDA)
                (i32.const 2)))))
        (v128.store32_lane offset=8 0
          (local.get $T)
          (local.get $X))
        (v128.store32_lane offset=24 1
          (local.get $T)
          (local.get $X))
        (v128.store32_lane offset=40 2
          (local.get $T)
          (local.get $X))
        (v128.store32_lane offset=56 3
          (local.get $T)
          (local.get $X))
        (local.set $X
          (v128.load
            (i32.add
              (local.get $P)
              (i32.mul
                (local.get $LDA)
                (i32.const 3)))))
        (v128.store32_lane offset=12 0
          (local.get $T)
          (local.get $X))
        (v128.store32_lane offset=28 1
          (local.get $T)
          (local.get $X))
        (v128.store32_lane offset=44 2
          (local.get $T)
          (local.get $X))
        (v128.store32_lane offset=60 3
          (local.get $T)
          (local.get $X))
        (local.set $P
          (i32.add
            (local.get $P)
            (i32.const 16)))
        (local.set $T
          (i32.add
            (local.get $T)
            (i32.const 64)))
        (br 0 (;@2;))))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.ge_u
            (local.get $P)
            (local.get $END)))
        (f32.store
          (local.get $T)
          (f32.load
            (local.get $P)))
        (f32.store offset=4
          (local.get $T)
          (f32.load
            (i32.add
              (local.get $P)
              (i32.mul
                (local.get $LDA)
                (i32.const 1)))))
        (f32.store offset=8
          (local.get $T)
          (f32.load
            (i32.add
              (local.get $P)
              (i32.mul
                (local.get $LDA)
                (i32.const 2)))))
        (f32.store offset=12
          (local.get $T)
          (f32.load
            (i32.add
              (local.get $P)
              (i32.mul
                (local.get $LDA)
                (i32.const 3)))))
        (local.set $P
          (i32.add
            (local.get $P)
            (i32.const 4)))
        (local.set $T
          (i32.add
            (local.get $T)
            (i32.const 16)))
        (br 0 (;@2;)))))
  (func $packTile5 (type 2) (param $K i32) (param $A i32) (param $LDA i32) (param $TO i32)
    (local $P i32) (local $T i32) (local $END i32) (local $X v128)
    (local.set $P
      (local.get $A))
    (local.set $T
      (local.get $TO))
    (local.set $END
      (i32.add
        (local.get $A)
        (i32.shl
          (local.get $K)
          (i32.const 2))))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.gt_u
            (i32.add
              (local.get $P)
              (i32.const 16))
            (local.get $END)))
        (local.set $X
          (v128.load
            (local.get $P)))
        (v128.store32_lane 0
          (local.get $T)
          (local.get $X))
        (v128.store32_lane offset=20 1
          (local.get $T)
          (local.get $X))
        (v128.store32_lane offset=40 2
          (local.get $T)
          (local.get $X))
        (v128.store32_lane offset=60 3
          (local.get $T)
          (local.get $X))
        (local.set $X
          (v128.load
            (i32.add
              (local.get $P)
              (i32.mul
                (local.get $LDA)
                (i32.const 1)))))
        (v128.store32_lane offset=4 0
          (local.get $T)
          (local.get $X))
        (v128.store32_lane offset=24 1
          (local.get $T)
          (local.get $X))
        (v128.store32_lane offset=44 2
          (local.get $T)
          (local.get $X))
        (v128.store32_lane offset=64 3
          (local.get $T)
          (local.get $X))
        (local.set $X
          (v128.load
            (i32.add
              (local.get $P)
              (i32.mul
                (local.get $LDA)
                (i32.const 2)))))
        (v128.store32_lane offset=8 0
          (local.get $T)
          (local.get $X))
        (v128.store32_lane offset=28 1
          (local.get $T)
          (local.get $X))
        (v128.store32_lane offset=48 2
          (local.get $T)
          (local.get $X))
        (v128.store32_lane offset=68 3
          (local.get $T)
          (local.get $X))
        (local.set $X
          (v128.load
            (i32.add
              (local.get $P)
              (i32.mul
                (local.get $LDA)
                (i32.const 3)))))
        (v128.store32_lane offset=12 0
          (local.get $T)
          (local.get $X))
        (v128.store32_lane offset=32 1
          (local.get $T)
          (local.get $X))
        (v128.store32_lane offset=52 2
          (local.get $T)
          (local.get $X))
        (v128.store32_lane offset=72 3
          (local.get $T)
          (local.get $X))
        (local.set $X
          (v128.load
            (i32.add
              (local.get $P)
              (i32.mul
                (local.get $LDA)
                (i32.const 4)))))
        (v128.store32_lane offset=16 0
          (local.get $T)
          (local.get $X))
        (v128.store32_lane offset=36 1
          (local.get $T)
          (local.get $X))
        (v128.store32_lane offset=56 2
          (local.get $T)
          (local.get $X))
        (v128.store32_lane offset=76 3
          (local.get $T)
          (local.get $X))
        (local.set $P
          (i32.add
            (local.get $P)
            (i32.const 16)))
        (local.set $T
          (i32.add
            (local.get $T)
            (i32.const 80)))
        (br 0 (;@2;))))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.ge_u
            (local.get $P)
            (local.get $END)))
        (f32.store
          (local.get $T)
          (f32.load
            (local.get $P)))
        (f32.store offset=4
          (local.get $T)
          (f32.load
            (i32.add
              (local.get $P)
              (i32.mul
                (local.get $LDA)
                (i32.const 1)))))
        (f32.store offset=8
          (local.get $T)
          (f32.load
            (i32.add
              (local.get $P)
              (i32.mul
                (local.get $LDA)
                (i32.const 2)))))
        (f32.store offset=12
          (local.get $T)
          (f32.load
            (i32.add
              (local.get $P)
              (i32.mul
                (local.get $LDA)
                (i32.const 3)))))
        (f32.store offset=16
          (local.get $T)
          (f32.load
            (i32.add
              (local.get $P)
              (i32.mul
                (local.get $LDA)
                (i32.const 4)))))
        (local.set $P
          (i32.add
            (local.get $P)
            (i32.const 4)))
        (local.set $T
          (i32.add
            (local.get $T)
            (i32.const 20)))
        (br 0 (;@2;)))))
  (func $packTile6 (type 2) (param $K i32) (param $A i32) (param $LDA i32) (param $TO i32)
    (local $P i32) (local $T i32) (local $END i32) (local $X v128)
    (local.set $P
      (local.get $A))
    (local.set $T
      (local.get $TO))
    (local.set $END
      (i32.add
        (local.get $A)
        (i32.shl
          (local.get $K)
          (i32.const 2))))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.gt_u
            (i32.add
              (local.get $P)
              (i32.const 16))
            (local.get $END)))
        (local.set $X
          (v128.load
            (local.get $P)))
        (v128.store32_lane 0
          (local.get $T)
          (local.get $X))
        (v128.store32_lane offset=24 1
          (local.get $T)
          (local.get $X))
        (v128.store32_lane offset=48 2
          (local.get $T)
          (local.get $X))
        (v128.store32_lane offset=72 3
          (local.get $T)
          (local.get $X))
        (local.set $X
          (v128.load
            (i32.add
              (local.get $P)
              (i32.mul
                (local.get $LDA)
                (i32.const 1)))))
        (v128.store32_lane offset=4 0
          (local.get $T)
          (local.get $X))
        (v128.store32_lane offset=28 1
          (local.get $T)
          (local.get $X))
        (v128.store32_lane offset=52 2
          (local.get $T)
          (local.get $X))
        (v128.store32_lane offset=76 3
          (local.get $T)
          (local.get $X))
        (local.set $X
          (v128.load
            (i32.add
              (local.get $P)
              (i32.mul
                (local.get $LDA)
                (i32.const 2)))))
        (v128.store32_lane offset=8 0
          (local.get $T)
          (local.get $X))
        (v128.store32_lane offset=32 1
          (local.get $T)
          (local.get $X))
        (v128.store32_lane offset=56 2
          (local.get $T)
          (local.get $X))
        (v128.store32_lane offset=80 3
          (local.get $T)
          (local.get $X))
        (local.set $X
          (v128.load
            (i32.add
              (local.get $P)
              (i32.mul
                (local.get $LDA)
                (i32.const 3)))))
        (v128.store32_lane offset=12 0
          (local.get $T)
          (local.get $X))
        (v128.store32_lane offset=36 1
          (local.get $T)
          (local.get $X))
        (v128.store32_lane offset=60 2
          (local.get $T)
          (local.get $X))
        (v128.store32_lane offset=84 3
          (local.get $T)
          (local.get $X))
        (local.set $X
          (v128.load
            (i32.add
              (local.get $P)
              (i32.mul
                (local.get $LDA)
                (i32.const 4)))))
        (v128.store32_lane offset=16 0
          (local.get $T)
          (local.get $X))
        (v128.store32_lane offset=40 1
          (local.get $T)
          (local.get $X))
        (v128.store32_lane offset=64 2
          (local.get $T)
          (local.get $X))
        (v128.store32_lane offset=88 3
          (local.get $T)
          (local.get $X))
        (local.set $X
          (v128.load
            (i32.add
              (local.get $P)
              (i32.mul
                (local.get $LDA)
                (i32.const 5)))))
        (v128.store32_lane offset=20 0
          (local.get $T)
          (local.get $X))
        (v128.store32_lane offset=44 1
          (local.get $T)
          (local.get $X))
        (v128.store32_lane offset=68 2
          (local.get $T)
          (local.get $X))
        (v128.store32_lane offset=92 3
          (local.get $T)
          (local.get $X))
        (local.set $P
          (i32.add
            (local.get $P)
            (i32.const 16)))
        (local.set $T
          (i32.add
            (local.get $T)
            (i32.const 96)))
        (br 0 (;@2;))))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.ge_u
            (local.get $P)
            (local.get $END)))
        (f32.store
          (local.get $T)
          (f32.load
            (local.get $P)))
        (f32.store offset=4
          (local.get $T)
          (f32.load
            (i32.add
              (local.get $P)
              (i32.mul
                (local.get $LDA)
                (i32.const 1)))))
        (f32.store offset=8
          (local.get $T)
          (f32.load
            (i32.add
              (local.get $P)
              (i32.mul
                (local.get $LDA)
                (i32.const 2)))))
        (f32.store offset=12
          (local.get $T)
          (f32.load
            (i32.add
              (local.get $P)
              (i32.mul
                (local.get $LDA)
                (i32.const 3)))))
        (f32.store offset=16
          (local.get $T)
          (f32.load
            (i32.add
              (local.get $P)
              (i32.mul
                (local.get $LDA)
                (i32.const 4)))))
        (f32.store offset=20
          (local.get $T)
          (f32.load
            (i32.add
              (local.get $P)
              (i32.mul
                (local.get $LDA)
                (i32.const 5)))))
        (local.set $P
          (i32.add
            (local.get $P)
            (i32.const 4)))
        (local.set $T
          (i32.add
            (local.get $T)
            (i32.const 24)))
        (br 0 (;@2;)))))
  (func $packA (type 1) (param $M i32) (param $K i32) (param $A i32) (param $LDA i32) (param $TO i32)
    (local $I i32)
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.gt_u
            (i32.add
              (local.get $I)
              (i32.const 6))
            (local.get $M)))
        (call $packTile6
          (local.get $K)
          (i32.add
            (local.get $A)
            (i32.mul
              (local.get $I)
              (local.get $LDA)))
          (local.get $LDA)
          (i32.add
            (local.get $TO)
            (i32.shl
              (i32.mul
                (local.get $I)
                (local.get $K))
              (i32.const 2))))
        (local.set $I
          (i32.add
            (local.get $I)
            (i32.const 6)))
        (br 0 (;@2;))))
    (if  ;; label = @1
      (i32.eq
        (i32.sub
          (local.get $M)
          (local.get $I))
        (i32.const 1))
      (then
        (call $packTile1
          (local.get $K)
          (i32.add
            (local.get $A)
            (i32.mul
              (local.get $I)
              (local.get $LDA)))
          (local.get $LDA)
          (i32.add
            (local.get $TO)
            (i32.shl
              (i32.mul
                (local.get $I)
                (local.get $K))
              (i32.const 2))))))
    (if  ;; label = @1
      (i32.eq
        (i32.sub
          (local.get $M)
          (local.get $I))
        (i32.const 2))
      (then
        (call $packTile2
          (local.get $K)
          (i32.add
            (local.get $A)
            (i32.mul
              (local.get $I)
              (local.get $LDA)))
          (local.get $LDA)
          (i32.add
            (local.get $TO)
            (i32.shl
              (i32.mul
                (local.get $I)
                (local.get $K))
              (i32.const 2))))))
    (if  ;; label = @1
      (i32.eq
        (i32.sub
          (local.get $M)
          (local.get $I))
        (i32.const 3))
      (then
        (call $packTile3
          (local.get $K)
          (i32.add
            (local.get $A)
            (i32.mul
              (local.get $I)
              (local.get $LDA)))
          (local.get $LDA)
          (i32.add
            (local.get $TO)
            (i32.shl
              (i32.mul
                (local.get $I)
                (local.get $K))
              (i32.const 2))))))
    (if  ;; label = @1
      (i32.eq
        (i32.sub
          (local.get $M)
          (local.get $I))
        (i32.const 4))
      (then
        (call $packTile4
          (local.get $K)
          (i32.add
            (local.get $A)
            (i32.mul
              (local.get $I)
              (local.get $LDA)))
          (local.get $LDA)
          (i32.add
            (local.get $TO)
            (i32.shl
              (i32.mul
                (local.get $I)
                (local.get $K))
              (i32.const 2))))))
    (if  ;; label = @1
      (i32.eq
        (i32.sub
          (local.get $M)
          (local.get $I))
        (i32.const 5))
      (then
        (call $packTile5
          (local.get $K)
          (i32.add
            (local.get $A)
            (i32.mul
              (local.get $I)
              (local.get $LDA)))
          (local.get $LDA)
          (i32.add
            (local.get $TO)
            (i32.shl
              (i32.mul
                (local.get $I)
                (local.get $K))
              (i32.const 2)))))))
  (func $sweep8 (type 3) (param $K i32) (param $M i32) (param $A i32) (param $B i32) (param $LDB i32) (param $C i32) (param $LDC i32) (param $ADD_OFF i32) (param $MASK_OFF i32) (param $FLAGS i32)
    (local $I i32)
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.gt_u
            (i32.add
              (local.get $I)
              (i32.const 6))
            (local.get $M)))
        (if  ;; label = @3
          (i32.and
            (local.get $FLAGS)
            (i32.const 8))
          (then
            (call $kernel6x8Accumulate
              (local.get $K)
              (i32.add
                (local.get $A)
                (i32.shl
                  (i32.mul
                    (local.get $I)
                    (local.get $K))
                  (i32.const 2)))
              (local.get $B)
              (local.get $LDB)
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC)))
          (else
            (call $kernel6x8
              (local.get $K)
              (i32.add
                (local.get $A)
                (i32.shl
                  (i32.mul
                    (local.get $I)
                    (local.get $K))
                  (i32.const 2)))
              (local.get $B)
              (local.get $LDB)
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC))))
        (if  ;; label = @3
          (i32.and
            (local.get $FLAGS)
            (i32.const 7))
          (then
            (call $epilogue6x8
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC)
              (local.get $ADD_OFF)
              (local.get $MASK_OFF)
              (local.get $FLAGS))))
        (local.set $I
          (i32.add
            (local.get $I)
            (i32.const 6)))
        (br 0 (;@2;))))
    (if  ;; label = @1
      (i32.eq
        (i32.sub
          (local.get $M)
          (local.get $I))
        (i32.const 1))
      (then
        (if  ;; label = @2
          (i32.and
            (local.get $FLAGS)
            (i32.const 8))
          (then
            (call $kernel1x8Accumulate
              (local.get $K)
              (i32.add
                (local.get $A)
                (i32.shl
                  (i32.mul
                    (local.get $I)
                    (local.get $K))
                  (i32.const 2)))
              (local.get $B)
              (local.get $LDB)
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC)))
          (else
            (call $kernel1x8
              (local.get $K)
              (i32.add
                (local.get $A)
                (i32.shl
                  (i32.mul
                    (local.get $I)
                    (local.get $K))
                  (i32.const 2)))
              (local.get $B)
              (local.get $LDB)
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC))))
        (if  ;; label = @2
          (i32.and
            (local.get $FLAGS)
            (i32.const 7))
          (then
            (call $epilogue1x8
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC)
              (local.get $ADD_OFF)
              (local.get $MASK_OFF)
              (local.get $FLAGS))))))
    (if  ;; label = @1
      (i32.eq
        (i32.sub
          (local.get $M)
          (local.get $I))
        (i32.const 2))
      (then
        (if  ;; label = @2
          (i32.and
            (local.get $FLAGS)
            (i32.const 8))
          (then
            (call $kernel2x8Accumulate
              (local.get $K)
              (i32.add
                (local.get $A)
                (i32.shl
                  (i32.mul
                    (local.get $I)
                    (local.get $K))
                  (i32.const 2)))
              (local.get $B)
              (local.get $LDB)
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC)))
          (else
            (call $kernel2x8
              (local.get $K)
              (i32.add
                (local.get $A)
                (i32.shl
                  (i32.mul
                    (local.get $I)
                    (local.get $K))
                  (i32.const 2)))
              (local.get $B)
              (local.get $LDB)
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC))))
        (if  ;; label = @2
          (i32.and
            (local.get $FLAGS)
            (i32.const 7))
          (then
            (call $epilogue2x8
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC)
              (local.get $ADD_OFF)
              (local.get $MASK_OFF)
              (local.get $FLAGS))))))
    (if  ;; label = @1
      (i32.eq
        (i32.sub
          (local.get $M)
          (local.get $I))
        (i32.const 3))
      (then
        (if  ;; label = @2
          (i32.and
            (local.get $FLAGS)
            (i32.const 8))
          (then
            (call $kernel3x8Accumulate
              (local.get $K)
              (i32.add
                (local.get $A)
                (i32.shl
                  (i32.mul
                    (local.get $I)
                    (local.get $K))
                  (i32.const 2)))
              (local.get $B)
              (local.get $LDB)
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC)))
          (else
            (call $kernel3x8
              (local.get $K)
              (i32.add
                (local.get $A)
                (i32.shl
                  (i32.mul
                    (local.get $I)
                    (local.get $K))
                  (i32.const 2)))
              (local.get $B)
              (local.get $LDB)
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC))))
        (if  ;; label = @2
          (i32.and
            (local.get $FLAGS)
            (i32.const 7))
          (then
            (call $epilogue3x8
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC)
              (local.get $ADD_OFF)
              (local.get $MASK_OFF)
              (local.get $FLAGS))))))
    (if  ;; label = @1
      (i32.eq
        (i32.sub
          (local.get $M)
          (local.get $I))
        (i32.const 4))
      (then
        (if  ;; label = @2
          (i32.and
            (local.get $FLAGS)
            (i32.const 8))
          (then
            (call $kernel4x8Accumulate
              (local.get $K)
              (i32.add
                (local.get $A)
                (i32.shl
                  (i32.mul
                    (local.get $I)
                    (local.get $K))
                  (i32.const 2)))
              (local.get $B)
              (local.get $LDB)
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC)))
          (else
            (call $kernel4x8
              (local.get $K)
              (i32.add
                (local.get $A)
                (i32.shl
                  (i32.mul
                    (local.get $I)
                    (local.get $K))
                  (i32.const 2)))
              (local.get $B)
              (local.get $LDB)
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC))))
        (if  ;; label = @2
          (i32.and
            (local.get $FLAGS)
            (i32.const 7))
          (then
            (call $epilogue4x8
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC)
              (local.get $ADD_OFF)
              (local.get $MASK_OFF)
              (local.get $FLAGS))))))
    (if  ;; label = @1
      (i32.eq
        (i32.sub
          (local.get $M)
          (local.get $I))
        (i32.const 5))
      (then
        (if  ;; label = @2
          (i32.and
            (local.get $FLAGS)
            (i32.const 8))
          (then
            (call $kernel5x8Accumulate
              (local.get $K)
              (i32.add
                (local.get $A)
                (i32.shl
                  (i32.mul
                    (local.get $I)
                    (local.get $K))
                  (i32.const 2)))
              (local.get $B)
              (local.get $LDB)
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC)))
          (else
            (call $kernel5x8
              (local.get $K)
              (i32.add
                (local.get $A)
                (i32.shl
                  (i32.mul
                    (local.get $I)
                    (local.get $K))
                  (i32.const 2)))
              (local.get $B)
              (local.get $LDB)
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC))))
        (if  ;; label = @2
          (i32.and
            (local.get $FLAGS)
            (i32.const 7))
          (then
            (call $epilogue5x8
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC)
              (local.get $ADD_OFF)
              (local.get $MASK_OFF)
              (local.get $FLAGS)))))))
  (func $sweep4 (type 3) (param $K i32) (param $M i32) (param $A i32) (param $B i32) (param $LDB i32) (param $C i32) (param $LDC i32) (param $ADD_OFF i32) (param $MASK_OFF i32) (param $FLAGS i32)
    (local $I i32)
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.gt_u
            (i32.add
              (local.get $I)
              (i32.const 6))
            (local.get $M)))
        (if  ;; label = @3
          (i32.and
            (local.get $FLAGS)
            (i32.const 8))
          (then
            (call $kernel6x4Accumulate
              (local.get $K)
              (i32.add
                (local.get $A)
                (i32.shl
                  (i32.mul
                    (local.get $I)
                    (local.get $K))
                  (i32.const 2)))
              (local.get $B)
              (local.get $LDB)
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC)))
          (else
            (call $kernel6x4
              (local.get $K)
              (i32.add
                (local.get $A)
                (i32.shl
                  (i32.mul
                    (local.get $I)
                    (local.get $K))
                  (i32.const 2)))
              (local.get $B)
              (local.get $LDB)
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC))))
        (if  ;; label = @3
          (i32.and
            (local.get $FLAGS)
            (i32.const 7))
          (then
            (call $epilogue6x4
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC)
              (local.get $ADD_OFF)
              (local.get $MASK_OFF)
              (local.get $FLAGS))))
        (local.set $I
          (i32.add
            (local.get $I)
            (i32.const 6)))
        (br 0 (;@2;))))
    (if  ;; label = @1
      (i32.eq
        (i32.sub
          (local.get $M)
          (local.get $I))
        (i32.const 1))
      (then
        (if  ;; label = @2
          (i32.and
            (local.get $FLAGS)
            (i32.const 8))
          (then
            (call $kernel1x4Accumulate
              (local.get $K)
              (i32.add
                (local.get $A)
                (i32.shl
                  (i32.mul
                    (local.get $I)
                    (local.get $K))
                  (i32.const 2)))
              (local.get $B)
              (local.get $LDB)
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC)))
          (else
            (call $kernel1x4
              (local.get $K)
              (i32.add
                (local.get $A)
                (i32.shl
                  (i32.mul
                    (local.get $I)
                    (local.get $K))
                  (i32.const 2)))
              (local.get $B)
              (local.get $LDB)
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC))))
        (if  ;; label = @2
          (i32.and
            (local.get $FLAGS)
            (i32.const 7))
          (then
            (call $epilogue1x4
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC)
              (local.get $ADD_OFF)
              (local.get $MASK_OFF)
              (local.get $FLAGS))))))
    (if  ;; label = @1
      (i32.eq
        (i32.sub
          (local.get $M)
          (local.get $I))
        (i32.const 2))
      (then
        (if  ;; label = @2
          (i32.and
            (local.get $FLAGS)
            (i32.const 8))
          (then
            (call $kernel2x4Accumulate
              (local.get $K)
              (i32.add
                (local.get $A)
                (i32.shl
                  (i32.mul
                    (local.get $I)
                    (local.get $K))
                  (i32.const 2)))
              (local.get $B)
              (local.get $LDB)
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC)))
          (else
            (call $kernel2x4
              (local.get $K)
              (i32.add
                (local.get $A)
                (i32.shl
                  (i32.mul
                    (local.get $I)
                    (local.get $K))
                  (i32.const 2)))
              (local.get $B)
              (local.get $LDB)
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC))))
        (if  ;; label = @2
          (i32.and
            (local.get $FLAGS)
            (i32.const 7))
          (then
            (call $epilogue2x4
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC)
              (local.get $ADD_OFF)
              (local.get $MASK_OFF)
              (local.get $FLAGS))))))
    (if  ;; label = @1
      (i32.eq
        (i32.sub
          (local.get $M)
          (local.get $I))
        (i32.const 3))
      (then
        (if  ;; label = @2
          (i32.and
            (local.get $FLAGS)
            (i32.const 8))
          (then
            (call $kernel3x4Accumulate
              (local.get $K)
              (i32.add
                (local.get $A)
                (i32.shl
                  (i32.mul
                    (local.get $I)
                    (local.get $K))
                  (i32.const 2)))
              (local.get $B)
              (local.get $LDB)
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC)))
          (else
            (call $kernel3x4
              (local.get $K)
              (i32.add
                (local.get $A)
                (i32.shl
                  (i32.mul
                    (local.get $I)
                    (local.get $K))
                  (i32.const 2)))
              (local.get $B)
              (local.get $LDB)
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC))))
        (if  ;; label = @2
          (i32.and
            (local.get $FLAGS)
            (i32.const 7))
          (then
            (call $epilogue3x4
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC)
              (local.get $ADD_OFF)
              (local.get $MASK_OFF)
              (local.get $FLAGS))))))
    (if  ;; label = @1
      (i32.eq
        (i32.sub
          (local.get $M)
          (local.get $I))
        (i32.const 4))
      (then
        (if  ;; label = @2
          (i32.and
            (local.get $FLAGS)
            (i32.const 8))
          (then
            (call $kernel4x4Accumulate
              (local.get $K)
              (i32.add
                (local.get $A)
                (i32.shl
                  (i32.mul
                    (local.get $I)
                    (local.get $K))
                  (i32.const 2)))
              (local.get $B)
              (local.get $LDB)
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC)))
          (else
            (call $kernel4x4
              (local.get $K)
              (i32.add
                (local.get $A)
                (i32.shl
                  (i32.mul
                    (local.get $I)
                    (local.get $K))
                  (i32.const 2)))
              (local.get $B)
              (local.get $LDB)
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC))))
        (if  ;; label = @2
          (i32.and
            (local.get $FLAGS)
            (i32.const 7))
          (then
            (call $epilogue4x4
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC)
              (local.get $ADD_OFF)
              (local.get $MASK_OFF)
              (local.get $FLAGS))))))
    (if  ;; label = @1
      (i32.eq
        (i32.sub
          (local.get $M)
          (local.get $I))
        (i32.const 5))
      (then
        (if  ;; label = @2
          (i32.and
            (local.get $FLAGS)
            (i32.const 8))
          (then
            (call $kernel5x4Accumulate
              (local.get $K)
              (i32.add
                (local.get $A)
                (i32.shl
                  (i32.mul
                    (local.get $I)
                    (local.get $K))
                  (i32.const 2)))
              (local.get $B)
              (local.get $LDB)
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC)))
          (else
            (call $kernel5x4
              (local.get $K)
              (i32.add
                (local.get $A)
                (i32.shl
                  (i32.mul
                    (local.get $I)
                    (local.get $K))
                  (i32.const 2)))
              (local.get $B)
              (local.get $LDB)
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC))))
        (if  ;; label = @2
          (i32.and
            (local.get $FLAGS)
            (i32.const 7))
          (then
            (call $epilogue5x4
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC)
              (local.get $ADD_OFF)
              (local.get $MASK_OFF)
              (local.get $FLAGS)))))))
  (func $sweep1 (type 3) (param $K i32) (param $M i32) (param $A i32) (param $B i32) (param $LDB i32) (param $C i32) (param $LDC i32) (param $ADD_OFF i32) (param $MASK_OFF i32) (param $FLAGS i32)
    (local $I i32)
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.gt_u
            (i32.add
              (local.get $I)
              (i32.const 6))
            (local.get $M)))
        (if  ;; label = @3
          (i32.and
            (local.get $FLAGS)
            (i32.const 8))
          (then
            (call $kernel6x1Accumulate
              (local.get $K)
              (i32.add
                (local.get $A)
                (i32.shl
                  (i32.mul
                    (local.get $I)
                    (local.get $K))
                  (i32.const 2)))
              (local.get $B)
              (local.get $LDB)
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC)))
          (else
            (call $kernel6x1
              (local.get $K)
              (i32.add
                (local.get $A)
                (i32.shl
                  (i32.mul
                    (local.get $I)
                    (local.get $K))
                  (i32.const 2)))
              (local.get $B)
              (local.get $LDB)
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC))))
        (if  ;; label = @3
          (i32.and
            (local.get $FLAGS)
            (i32.const 7))
          (then
            (call $epilogue6x1
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC)
              (local.get $ADD_OFF)
              (local.get $MASK_OFF)
              (local.get $FLAGS))))
        (local.set $I
          (i32.add
            (local.get $I)
            (i32.const 6)))
        (br 0 (;@2;))))
    (if  ;; label = @1
      (i32.eq
        (i32.sub
          (local.get $M)
          (local.get $I))
        (i32.const 1))
      (then
        (if  ;; label = @2
          (i32.and
            (local.get $FLAGS)
            (i32.const 8))
          (then
            (call $kernel1x1Accumulate
              (local.get $K)
              (i32.add
                (local.get $A)
                (i32.shl
                  (i32.mul
                    (local.get $I)
                    (local.get $K))
                  (i32.const 2)))
              (local.get $B)
              (local.get $LDB)
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC)))
          (else
            (call $kernel1x1
              (local.get $K)
              (i32.add
                (local.get $A)
                (i32.shl
                  (i32.mul
                    (local.get $I)
                    (local.get $K))
                  (i32.const 2)))
              (local.get $B)
              (local.get $LDB)
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC))))
        (if  ;; label = @2
          (i32.and
            (local.get $FLAGS)
            (i32.const 7))
          (then
            (call $epilogue1x1
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC)
              (local.get $ADD_OFF)
              (local.get $MASK_OFF)
              (local.get $FLAGS))))))
    (if  ;; label = @1
      (i32.eq
        (i32.sub
          (local.get $M)
          (local.get $I))
        (i32.const 2))
      (then
        (if  ;; label = @2
          (i32.and
            (local.get $FLAGS)
            (i32.const 8))
          (then
            (call $kernel2x1Accumulate
              (local.get $K)
              (i32.add
                (local.get $A)
                (i32.shl
                  (i32.mul
                    (local.get $I)
                    (local.get $K))
                  (i32.const 2)))
              (local.get $B)
              (local.get $LDB)
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC)))
          (else
            (call $kernel2x1
              (local.get $K)
              (i32.add
                (local.get $A)
                (i32.shl
                  (i32.mul
                    (local.get $I)
                    (local.get $K))
                  (i32.const 2)))
              (local.get $B)
              (local.get $LDB)
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC))))
        (if  ;; label = @2
          (i32.and
            (local.get $FLAGS)
            (i32.const 7))
          (then
            (call $epilogue2x1
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC)
              (local.get $ADD_OFF)
              (local.get $MASK_OFF)
              (local.get $FLAGS))))))
    (if  ;; label = @1
      (i32.eq
        (i32.sub
          (local.get $M)
          (local.get $I))
        (i32.const 3))
      (then
        (if  ;; label = @2
          (i32.and
            (local.get $FLAGS)
            (i32.const 8))
          (then
            (call $kernel3x1Accumulate
              (local.get $K)
              (i32.add
                (local.get $A)
                (i32.shl
                  (i32.mul
                    (local.get $I)
                    (local.get $K))
                  (i32.const 2)))
              (local.get $B)
              (local.get $LDB)
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC)))
          (else
            (call $kernel3x1
              (local.get $K)
              (i32.add
                (local.get $A)
                (i32.shl
                  (i32.mul
                    (local.get $I)
                    (local.get $K))
                  (i32.const 2)))
              (local.get $B)
              (local.get $LDB)
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC))))
        (if  ;; label = @2
          (i32.and
            (local.get $FLAGS)
            (i32.const 7))
          (then
            (call $epilogue3x1
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC)
              (local.get $ADD_OFF)
              (local.get $MASK_OFF)
              (local.get $FLAGS))))))
    (if  ;; label = @1
      (i32.eq
        (i32.sub
          (local.get $M)
          (local.get $I))
        (i32.const 4))
      (then
        (if  ;; label = @2
          (i32.and
            (local.get $FLAGS)
            (i32.const 8))
          (then
            (call $kernel4x1Accumulate
              (local.get $K)
              (i32.add
                (local.get $A)
                (i32.shl
                  (i32.mul
                    (local.get $I)
                    (local.get $K))
                  (i32.const 2)))
              (local.get $B)
              (local.get $LDB)
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC)))
          (else
            (call $kernel4x1
              (local.get $K)
              (i32.add
                (local.get $A)
                (i32.shl
                  (i32.mul
                    (local.get $I)
                    (local.get $K))
                  (i32.const 2)))
              (local.get $B)
              (local.get $LDB)
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC))))
        (if  ;; label = @2
          (i32.and
            (local.get $FLAGS)
            (i32.const 7))
          (then
            (call $epilogue4x1
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC)
              (local.get $ADD_OFF)
              (local.get $MASK_OFF)
              (local.get $FLAGS))))))
    (if  ;; label = @1
      (i32.eq
        (i32.sub
          (local.get $M)
          (local.get $I))
        (i32.const 5))
      (then
        (if  ;; label = @2
          (i32.and
            (local.get $FLAGS)
            (i32.const 8))
          (then
            (call $kernel5x1Accumulate
              (local.get $K)
              (i32.add
                (local.get $A)
                (i32.shl
                  (i32.mul
                    (local.get $I)
                    (local.get $K))
                  (i32.const 2)))
              (local.get $B)
              (local.get $LDB)
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC)))
          (else
            (call $kernel5x1
              (local.get $K)
              (i32.add
                (local.get $A)
                (i32.shl
                  (i32.mul
                    (local.get $I)
                    (local.get $K))
                  (i32.const 2)))
              (local.get $B)
              (local.get $LDB)
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC))))
        (if  ;; label = @2
          (i32.and
            (local.get $FLAGS)
            (i32.const 7))
          (then
            (call $epilogue5x1
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC)
              (local.get $ADD_OFF)
              (local.get $MASK_OFF)
              (local.get $FLAGS)))))))
  (func $sweep2 (type 3) (param $K i32) (param $M i32) (param $A i32) (param $B i32) (param $LDB i32) (param $C i32) (param $LDC i32) (param $ADD_OFF i32) (param $MASK_OFF i32) (param $FLAGS i32)
    (local $I i32)
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.gt_u
            (i32.add
              (local.get $I)
              (i32.const 6))
            (local.get $M)))
        (if  ;; label = @3
          (i32.and
            (local.get $FLAGS)
            (i32.const 8))
          (then
            (call $kernel6x2Accumulate
              (local.get $K)
              (i32.add
                (local.get $A)
                (i32.shl
                  (i32.mul
                    (local.get $I)
                    (local.get $K))
                  (i32.const 2)))
              (local.get $B)
              (local.get $LDB)
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC)))
          (else
            (call $kernel6x2
              (local.get $K)
              (i32.add
                (local.get $A)
                (i32.shl
                  (i32.mul
                    (local.get $I)
                    (local.get $K))
                  (i32.const 2)))
              (local.get $B)
              (local.get $LDB)
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC))))
        (if  ;; label = @3
          (i32.and
            (local.get $FLAGS)
            (i32.const 7))
          (then
            (call $epilogue6x2
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC)
              (local.get $ADD_OFF)
              (local.get $MASK_OFF)
              (local.get $FLAGS))))
        (local.set $I
          (i32.add
            (local.get $I)
            (i32.const 6)))
        (br 0 (;@2;))))
    (if  ;; label = @1
      (i32.eq
        (i32.sub
          (local.get $M)
          (local.get $I))
        (i32.const 1))
      (then
        (if  ;; label = @2
          (i32.and
            (local.get $FLAGS)
            (i32.const 8))
          (then
            (call $kernel1x2Accumulate
              (local.get $K)
              (i32.add
                (local.get $A)
                (i32.shl
                  (i32.mul
                    (local.get $I)
                    (local.get $K))
                  (i32.const 2)))
              (local.get $B)
              (local.get $LDB)
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC)))
          (else
            (call $kernel1x2
              (local.get $K)
              (i32.add
                (local.get $A)
                (i32.shl
                  (i32.mul
                    (local.get $I)
                    (local.get $K))
                  (i32.const 2)))
              (local.get $B)
              (local.get $LDB)
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC))))
        (if  ;; label = @2
          (i32.and
            (local.get $FLAGS)
            (i32.const 7))
          (then
            (call $epilogue1x2
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC)
              (local.get $ADD_OFF)
              (local.get $MASK_OFF)
              (local.get $FLAGS))))))
    (if  ;; label = @1
      (i32.eq
        (i32.sub
          (local.get $M)
          (local.get $I))
        (i32.const 2))
      (then
        (if  ;; label = @2
          (i32.and
            (local.get $FLAGS)
            (i32.const 8))
          (then
            (call $kernel2x2Accumulate
              (local.get $K)
              (i32.add
                (local.get $A)
                (i32.shl
                  (i32.mul
                    (local.get $I)
                    (local.get $K))
                  (i32.const 2)))
              (local.get $B)
              (local.get $LDB)
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC)))
          (else
            (call $kernel2x2
              (local.get $K)
              (i32.add
                (local.get $A)
                (i32.shl
                  (i32.mul
                    (local.get $I)
                    (local.get $K))
                  (i32.const 2)))
              (local.get $B)
              (local.get $LDB)
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC))))
        (if  ;; label = @2
          (i32.and
            (local.get $FLAGS)
            (i32.const 7))
          (then
            (call $epilogue2x2
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC)
              (local.get $ADD_OFF)
              (local.get $MASK_OFF)
              (local.get $FLAGS))))))
    (if  ;; label = @1
      (i32.eq
        (i32.sub
          (local.get $M)
          (local.get $I))
        (i32.const 3))
      (then
        (if  ;; label = @2
          (i32.and
            (local.get $FLAGS)
            (i32.const 8))
          (then
            (call $kernel3x2Accumulate
              (local.get $K)
              (i32.add
                (local.get $A)
                (i32.shl
                  (i32.mul
                    (local.get $I)
                    (local.get $K))
                  (i32.const 2)))
              (local.get $B)
              (local.get $LDB)
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC)))
          (else
            (call $kernel3x2
              (local.get $K)
              (i32.add
                (local.get $A)
                (i32.shl
                  (i32.mul
                    (local.get $I)
                    (local.get $K))
                  (i32.const 2)))
              (local.get $B)
              (local.get $LDB)
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC))))
        (if  ;; label = @2
          (i32.and
            (local.get $FLAGS)
            (i32.const 7))
          (then
            (call $epilogue3x2
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC)
              (local.get $ADD_OFF)
              (local.get $MASK_OFF)
              (local.get $FLAGS))))))
    (if  ;; label = @1
      (i32.eq
        (i32.sub
          (local.get $M)
          (local.get $I))
        (i32.const 4))
      (then
        (if  ;; label = @2
          (i32.and
            (local.get $FLAGS)
            (i32.const 8))
          (then
            (call $kernel4x2Accumulate
              (local.get $K)
              (i32.add
                (local.get $A)
                (i32.shl
                  (i32.mul
                    (local.get $I)
                    (local.get $K))
                  (i32.const 2)))
              (local.get $B)
              (local.get $LDB)
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC)))
          (else
            (call $kernel4x2
              (local.get $K)
              (i32.add
                (local.get $A)
                (i32.shl
                  (i32.mul
                    (local.get $I)
                    (local.get $K))
                  (i32.const 2)))
              (local.get $B)
              (local.get $LDB)
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC))))
        (if  ;; label = @2
          (i32.and
            (local.get $FLAGS)
            (i32.const 7))
          (then
            (call $epilogue4x2
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC)
              (local.get $ADD_OFF)
              (local.get $MASK_OFF)
              (local.get $FLAGS))))))
    (if  ;; label = @1
      (i32.eq
        (i32.sub
          (local.get $M)
          (local.get $I))
        (i32.const 5))
      (then
        (if  ;; label = @2
          (i32.and
            (local.get $FLAGS)
            (i32.const 8))
          (then
            (call $kernel5x2Accumulate
              (local.get $K)
              (i32.add
                (local.get $A)
                (i32.shl
                  (i32.mul
                    (local.get $I)
                    (local.get $K))
                  (i32.const 2)))
              (local.get $B)
              (local.get $LDB)
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC)))
          (else
            (call $kernel5x2
              (local.get $K)
              (i32.add
                (local.get $A)
                (i32.shl
                  (i32.mul
                    (local.get $I)
                    (local.get $K))
                  (i32.const 2)))
              (local.get $B)
              (local.get $LDB)
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC))))
        (if  ;; label = @2
          (i32.and
            (local.get $FLAGS)
            (i32.const 7))
          (then
            (call $epilogue5x2
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC)
              (local.get $ADD_OFF)
              (local.get $MASK_OFF)
              (local.get $FLAGS)))))))
  (func $sweep3 (type 3) (param $K i32) (param $M i32) (param $A i32) (param $B i32) (param $LDB i32) (param $C i32) (param $LDC i32) (param $ADD_OFF i32) (param $MASK_OFF i32) (param $FLAGS i32)
    (local $I i32)
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.gt_u
            (i32.add
              (local.get $I)
              (i32.const 6))
            (local.get $M)))
        (if  ;; label = @3
          (i32.and
            (local.get $FLAGS)
            (i32.const 8))
          (then
            (call $kernel6x3Accumulate
              (local.get $K)
              (i32.add
                (local.get $A)
                (i32.shl
                  (i32.mul
                    (local.get $I)
                    (local.get $K))
                  (i32.const 2)))
              (local.get $B)
              (local.get $LDB)
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC)))
          (else
            (call $kernel6x3
              (local.get $K)
              (i32.add
                (local.get $A)
                (i32.shl
                  (i32.mul
                    (local.get $I)
                    (local.get $K))
                  (i32.const 2)))
              (local.get $B)
              (local.get $LDB)
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC))))
        (if  ;; label = @3
          (i32.and
            (local.get $FLAGS)
            (i32.const 7))
          (then
            (call $epilogue6x3
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC)
              (local.get $ADD_OFF)
              (local.get $MASK_OFF)
              (local.get $FLAGS))))
        (local.set $I
          (i32.add
            (local.get $I)
            (i32.const 6)))
        (br 0 (;@2;))))
    (if  ;; label = @1
      (i32.eq
        (i32.sub
          (local.get $M)
          (local.get $I))
        (i32.const 1))
      (then
        (if  ;; label = @2
          (i32.and
            (local.get $FLAGS)
            (i32.const 8))
          (then
            (call $kernel1x3Accumulate
              (local.get $K)
              (i32.add
                (local.get $A)
                (i32.shl
                  (i32.mul
                    (local.get $I)
                    (local.get $K))
                  (i32.const 2)))
              (local.get $B)
              (local.get $LDB)
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC)))
          (else
            (call $kernel1x3
              (local.get $K)
              (i32.add
                (local.get $A)
                (i32.shl
                  (i32.mul
                    (local.get $I)
                    (local.get $K))
                  (i32.const 2)))
              (local.get $B)
              (local.get $LDB)
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC))))
        (if  ;; label = @2
          (i32.and
            (local.get $FLAGS)
            (i32.const 7))
          (then
            (call $epilogue1x3
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC)
              (local.get $ADD_OFF)
              (local.get $MASK_OFF)
              (local.get $FLAGS))))))
    (if  ;; label = @1
      (i32.eq
        (i32.sub
          (local.get $M)
          (local.get $I))
        (i32.const 2))
      (then
        (if  ;; label = @2
          (i32.and
            (local.get $FLAGS)
            (i32.const 8))
          (then
            (call $kernel2x3Accumulate
              (local.get $K)
              (i32.add
                (local.get $A)
                (i32.shl
                  (i32.mul
                    (local.get $I)
                    (local.get $K))
                  (i32.const 2)))
              (local.get $B)
              (local.get $LDB)
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC)))
          (else
            (call $kernel2x3
              (local.get $K)
              (i32.add
                (local.get $A)
                (i32.shl
                  (i32.mul
                    (local.get $I)
                    (local.get $K))
                  (i32.const 2)))
              (local.get $B)
              (local.get $LDB)
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC))))
        (if  ;; label = @2
          (i32.and
            (local.get $FLAGS)
            (i32.const 7))
          (then
            (call $epilogue2x3
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC)
              (local.get $ADD_OFF)
              (local.get $MASK_OFF)
              (local.get $FLAGS))))))
    (if  ;; label = @1
      (i32.eq
        (i32.sub
          (local.get $M)
          (local.get $I))
        (i32.const 3))
      (then
        (if  ;; label = @2
          (i32.and
            (local.get $FLAGS)
            (i32.const 8))
          (then
            (call $kernel3x3Accumulate
              (local.get $K)
              (i32.add
                (local.get $A)
                (i32.shl
                  (i32.mul
                    (local.get $I)
                    (local.get $K))
                  (i32.const 2)))
              (local.get $B)
              (local.get $LDB)
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC)))
          (else
            (call $kernel3x3
              (local.get $K)
              (i32.add
                (local.get $A)
                (i32.shl
                  (i32.mul
                    (local.get $I)
                    (local.get $K))
                  (i32.const 2)))
              (local.get $B)
              (local.get $LDB)
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC))))
        (if  ;; label = @2
          (i32.and
            (local.get $FLAGS)
            (i32.const 7))
          (then
            (call $epilogue3x3
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC)
              (local.get $ADD_OFF)
              (local.get $MASK_OFF)
              (local.get $FLAGS))))))
    (if  ;; label = @1
      (i32.eq
        (i32.sub
          (local.get $M)
          (local.get $I))
        (i32.const 4))
      (then
        (if  ;; label = @2
          (i32.and
            (local.get $FLAGS)
            (i32.const 8))
          (then
            (call $kernel4x3Accumulate
              (local.get $K)
              (i32.add
                (local.get $A)
                (i32.shl
                  (i32.mul
                    (local.get $I)
                    (local.get $K))
                  (i32.const 2)))
              (local.get $B)
              (local.get $LDB)
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC)))
          (else
            (call $kernel4x3
              (local.get $K)
              (i32.add
                (local.get $A)
                (i32.shl
                  (i32.mul
                    (local.get $I)
                    (local.get $K))
                  (i32.const 2)))
              (local.get $B)
              (local.get $LDB)
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC))))
        (if  ;; label = @2
          (i32.and
            (local.get $FLAGS)
            (i32.const 7))
          (then
            (call $epilogue4x3
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC)
              (local.get $ADD_OFF)
              (local.get $MASK_OFF)
              (local.get $FLAGS))))))
    (if  ;; label = @1
      (i32.eq
        (i32.sub
          (local.get $M)
          (local.get $I))
        (i32.const 5))
      (then
        (if  ;; label = @2
          (i32.and
            (local.get $FLAGS)
            (i32.const 8))
          (then
            (call $kernel5x3Accumulate
              (local.get $K)
              (i32.add
                (local.get $A)
                (i32.shl
                  (i32.mul
                    (local.get $I)
                    (local.get $K))
                  (i32.const 2)))
              (local.get $B)
              (local.get $LDB)
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC)))
          (else
            (call $kernel5x3
              (local.get $K)
              (i32.add
                (local.get $A)
                (i32.shl
                  (i32.mul
                    (local.get $I)
                    (local.get $K))
                  (i32.const 2)))
              (local.get $B)
              (local.get $LDB)
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC))))
        (if  ;; label = @2
          (i32.and
            (local.get $FLAGS)
            (i32.const 7))
          (then
            (call $epilogue5x3
              (i32.add
                (local.get $C)
                (i32.mul
                  (local.get $I)
                  (local.get $LDC)))
              (local.get $LDC)
              (local.get $ADD_OFF)
              (local.get $MASK_OFF)
              (local.get $FLAGS)))))))
  (func $gemm (export "gemm") (type 4) (param $M i32) (param $N i32) (param $K i32) (param $A i32) (param $B i32) (param $C i32) (param $ADD_OFF i32) (param $MASK_OFF i32) (param $FLAGS i32) (param $KFULL i32) (param $K0 i32) (param $SCRATCH i32)
    (local $J i32) (local $NB i32)
    (call $packA
      (local.get $M)
      (local.get $K)
      (local.get $A)
      (i32.shl
        (local.get $KFULL)
        (i32.const 2))
      (local.get $SCRATCH))
    (local.set $NB
      (i32.shl
        (local.get $N)
        (i32.const 2)))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.gt_u
            (i32.add
              (local.get $J)
              (i32.const 32))
            (local.get $NB)))
        (call $sweep8
          (local.get $K)
          (local.get $M)
          (local.get $SCRATCH)
          (i32.add
            (i32.add
              (local.get $B)
              (i32.mul
                (local.get $J)
                (local.get $KFULL)))
            (i32.mul
              (local.get $K0)
              (i32.const 32)))
          (i32.const 32)
          (i32.add
            (local.get $C)
            (local.get $J))
          (local.get $NB)
          (local.get $ADD_OFF)
          (local.get $MASK_OFF)
          (local.get $FLAGS))
        (local.set $J
          (i32.add
            (local.get $J)
            (i32.const 32)))
        (br 0 (;@2;))))
    (if  ;; label = @1
      (i32.ge_u
        (i32.sub
          (local.get $NB)
          (local.get $J))
        (i32.const 16))
      (then
        (call $sweep4
          (local.get $K)
          (local.get $M)
          (local.get $SCRATCH)
          (i32.add
            (i32.add
              (local.get $B)
              (i32.mul
                (local.get $J)
                (local.get $KFULL)))
            (i32.mul
              (local.get $K0)
              (i32.const 16)))
          (i32.const 16)
          (i32.add
            (local.get $C)
            (local.get $J))
          (local.get $NB)
          (local.get $ADD_OFF)
          (local.get $MASK_OFF)
          (local.get $FLAGS))
        (local.set $J
          (i32.add
            (local.get $J)
            (i32.const 16)))))
    (if  ;; label = @1
      (i32.eq
        (i32.sub
          (local.get $NB)
          (local.get $J))
        (i32.const 4))
      (then
        (call $sweep1
          (local.get $K)
          (local.get $M)
          (local.get $SCRATCH)
          (i32.add
            (i32.add
              (local.get $B)
              (i32.mul
                (local.get $J)
                (local.get $KFULL)))
            (i32.mul
              (local.get $K0)
              (i32.const 4)))
          (i32.const 4)
          (i32.add
            (local.get $C)
            (local.get $J))
          (local.get $NB)
          (local.get $ADD_OFF)
          (local.get $MASK_OFF)
          (local.get $FLAGS))))
    (if  ;; label = @1
      (i32.eq
        (i32.sub
          (local.get $NB)
          (local.get $J))
        (i32.const 8))
      (then
        (call $sweep2
          (local.get $K)
          (local.get $M)
          (local.get $SCRATCH)
          (i32.add
            (i32.add
              (local.get $B)
              (i32.mul
                (local.get $J)
                (local.get $KFULL)))
            (i32.mul
              (local.get $K0)
              (i32.const 8)))
          (i32.const 8)
          (i32.add
            (local.get $C)
            (local.get $J))
          (local.get $NB)
          (local.get $ADD_OFF)
          (local.get $MASK_OFF)
          (local.get $FLAGS))))
    (if  ;; label = @1
      (i32.eq
        (i32.sub
          (local.get $NB)
          (local.get $J))
        (i32.const 12))
      (then
        (call $sweep3
          (local.get $K)
          (local.get $M)
          (local.get $SCRATCH)
          (i32.add
            (i32.add
              (local.get $B)
              (i32.mul
                (local.get $J)
                (local.get $KFULL)))
            (i32.mul
              (local.get $K0)
              (i32.const 12)))
          (i32.const 12)
          (i32.add
            (local.get $C)
            (local.get $J))
          (local.get $NB)
          (local.get $ADD_OFF)
          (local.get $MASK_OFF)
          (local.get $FLAGS)))))
  (func $pack (export "pack") (type 2) (param $K i32) (param $N i32) (param $SRC i32) (param $DST i32)
    (local $J i32) (local $W i32) (local $ROW i32) (local $END i32) (local $COL i32) (local $NB i32)
    (local.set $NB
      (i32.shl
        (local.get $N)
        (i32.const 2)))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.ge_u
            (local.get $J)
            (local.get $NB)))
        (local.set $W
          (i32.sub
            (local.get $NB)
            (local.get $J)))
        (if  ;; label = @3
          (i32.and
            (i32.ge_u
              (local.get $W)
              (i32.const 16))
            (i32.lt_u
              (local.get $W)
              (i32.const 32)))
          (then
            (local.set $W
              (i32.const 16))))
        (if  ;; label = @3
          (i32.ge_u
            (local.get $W)
            (i32.const 32))
          (then
            (local.set $W
              (i32.const 32))))
        (local.set $ROW
          (i32.add
            (local.get $SRC)
            (local.get $J)))
        (local.set $END
          (i32.add
            (local.get $ROW)
            (i32.mul
              (local.get $K)
              (local.get $NB))))
        (block  ;; label = @3
          (loop  ;; label = @4
            (br_if 1 (;@3;)
              (i32.ge_u
                (local.get $ROW)
                (local.get $END)))
            (local.set $COL
              (i32.const 0))
            (block  ;; label = @5
              (loop  ;; label = @6
                (br_if 1 (;@5;)
                  (i32.gt_u
                    (i32.add
                      (local.get $COL)
                      (i32.const 16))
                    (local.get $W)))
                (v128.store
                  (i32.add
                    (local.get $DST)
                    (local.get $COL))
                  (v128.load
                    (i32.add
                      (local.get $ROW)
                      (local.get $COL))))
                (local.set $COL
                  (i32.add
                    (local.get $COL)
                    (i32.const 16)))
                (br 0 (;@6;))))
            (block  ;; label = @5
              (loop  ;; label = @6
                (br_if 1 (;@5;)
                  (i32.gt_u
                    (i32.add
                      (local.get $COL)
                      (i32.const 4))
                    (local.get $W)))
                (f32.store
                  (i32.add
                    (local.get $DST)
                    (local.get $COL))
                  (f32.load
                    (i32.add
                      (local.get $ROW)
                      (local.get $COL))))
                (local.set $COL
                  (i32.add
                    (local.get $COL)
                    (i32.const 4)))
                (br 0 (;@6;))))
            (local.set $DST
              (i32.add
                (local.get $DST)
                (local.get $W)))
            (local.set $ROW
              (i32.add
                (local.get $ROW)
                (local.get $NB)))
            (br 0 (;@4;))))
        (local.set $J
          (i32.add
            (local.get $J)
            (local.get $W)))
        (br 0 (;@2;))))))
