(module
  (type (;0;) (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32 f32 f32 f32 f32 f32 f32 f32 f32 f32)))
  (import "env" "memory" (memory (;0;) 0 65536 shared))
  (func $run (export "run") (type 0) (param $N i32) (param $W i32) (param $G i32) (param $M i32) (param $V i32) (param $MASK i32) (param $W_OUT i32) (param $M_OUT i32) (param $V_OUT i32) (param $beta1 f32) (param $oneMinusBeta1 f32) (param $beta2 f32) (param $oneMinusBeta2 f32) (param $correction1 f32) (param $correction2 f32) (param $epsilon f32) (param $decay f32) (param $rate f32)
    (local $I i32) (local $MAIN i32) (local $beta14 v128) (local $oneMinusBeta14 v128) (local $beta24 v128) (local $oneMinusBeta24 v128) (local $correction14 v128) (local $correction24 v128) (local $epsilon4 v128) (local $decay4 v128) (local $rate4 v128) (local $GRAD v128) (local $MOM v128) (local $VEL v128) (local $MASKED v128)
    (local.set $beta14
      (f32x4.splat
        (local.get $beta1)))
    (local.set $oneMinusBeta14
      (f32x4.splat
        (local.get $oneMinusBeta1)))
    (local.set $beta24
      (f32x4.splat
        (local.get $beta2)))
    (local.set $oneMinusBeta24
      (f32x4.splat
        (local.get $oneMinusBeta2)))
    (local.set $correction14
      (f32x4.splat
        (local.get $correction1)))
    (local.set $correction24
      (f32x4.splat
        (local.get $correction2)))
    (local.set $epsilon4
      (f32x4.splat
        (local.get $epsilon)))
    (local.set $decay4
      (f32x4.splat
        (local.get $decay)))
    (local.set $rate4
      (f32x4.splat
        (local.get $rate)))
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
        (local.set $GRAD
          (v128.load
            (i32.add
              (local.get $G)
              (local.get $I))))
        (local.set $MOM
          (f32x4.add
            (f32x4.mul
              (v128.load
                (i32.add
                  (local.get $M)
                  (local.get $I)))
              (local.get $beta14))
            (f32x4.mul
              (local.get $GRAD)
              (local.get $oneMinusBeta14))))
        (local.set $VEL
          (f32x4.add
            (f32x4.mul
              (v128.load
                (i32.add
                  (local.get $V)
                  (local.get $I)))
              (local.get $beta24))
            (f32x4.mul
              (f32x4.mul
                (local.get $GRAD)
                (local.get $GRAD))
              (local.get $oneMinusBeta24))))
        (v128.store
          (i32.add
            (local.get $M_OUT)
            (local.get $I))
          (local.get $MOM))
        (v128.store
          (i32.add
            (local.get $V_OUT)
            (local.get $I))
          (local.get $VEL))
        (v128.store
          (i32.add
            (local.get $W_OUT)
            (local.get $I))
          (f32x4.sub
            (f32x4.mul
              (v128.load
                (i32.add
                  (local.get $W)
                  (local.get $I)))
              (local.get $decay4))
            (f32x4.mul
              (f32x4.div
                (f32x4.div
                  (local.get $MOM)
                  (local.get $correction14))
                (f32x4.add
                  (f32x4.sqrt
                    (f32x4.div
                      (local.get $VEL)
                      (local.get $correction24)))
                  (local.get $epsilon4)))
              (local.get $rate4))))
        (local.set $I
          (i32.add
            (local.get $I)
            (i32.const 16)))
        (br 0 (;@2;))))
    (local.set $I
      (i32.const 0))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.ge_u
            (local.get $I)
            (i32.sub
              (i32.shl
                (local.get $N)
                (i32.const 2))
              (local.get $MAIN))))
        (local.set $GRAD
          (v128.load32_zero
            (i32.add
              (i32.add
                (local.get $G)
                (local.get $MAIN))
              (local.get $I))))
        (local.set $MOM
          (f32x4.add
            (f32x4.mul
              (v128.load32_zero
                (i32.add
                  (i32.add
                    (local.get $M)
                    (local.get $MAIN))
                  (local.get $I)))
              (local.get $beta14))
            (f32x4.mul
              (local.get $GRAD)
              (local.get $oneMinusBeta14))))
        (local.set $VEL
          (f32x4.add
            (f32x4.mul
              (v128.load32_zero
                (i32.add
                  (i32.add
                    (local.get $V)
                    (local.get $MAIN))
                  (local.get $I)))
              (local.get $beta24))
            (f32x4.mul
              (f32x4.mul
                (local.get $GRAD)
                (local.get $GRAD))
              (local.get $oneMinusBeta24))))
        (v128.store32_lane 0
          (i32.add
            (i32.add
              (local.get $M_OUT)
              (local.get $MAIN))
            (local.get $I))
          (local.get $MOM))
        (v128.store32_lane 0
          (i32.add
            (i32.add
              (local.get $V_OUT)
              (local.get $MAIN))
            (local.get $I))
          (local.get $VEL))
        (v128.store32_lane 0
          (i32.add
            (i32.add
              (local.get $W_OUT)
              (local.get $MAIN))
            (local.get $I))
          (f32x4.sub
            (f32x4.mul
              (v128.load32_zero
                (i32.add
                  (i32.add
                    (local.get $W)
                    (local.get $MAIN))
                  (local.get $I)))
              (local.get $decay4))
            (f32x4.mul
              (f32x4.div
                (f32x4.div
                  (local.get $MOM)
                  (local.get $correction14))
                (f32x4.add
                  (f32x4.sqrt
                    (f32x4.div
                      (local.get $VEL)
                      (local.get $correction24)))
                  (local.get $epsilon4)))
              (local.get $rate4))))
        (local.set $I
          (i32.add
            (local.get $I)
            (i32.const 4)))
        (br 0 (;@2;)))))
  (func $runMasked (export "runMasked") (type 0) (param $N i32) (param $W i32) (param $G i32) (param $M i32) (param $V i32) (param $MASK i32) (param $W_OUT i32) (param $M_OUT i32) (param $V_OUT i32) (param $beta1 f32) (param $oneMinusBeta1 f32) (param $beta2 f32) (param $oneMinusBeta2 f32) (param $correction1 f32) (param $correction2 f32) (param $epsilon f32) (param $decay f32) (param $rate f32)
    (local $I i32) (local $MAIN i32) (local $beta14 v128) (local $oneMinusBeta14 v128) (local $beta24 v128) (local $oneMinusBeta24 v128) (local $correction14 v128) (local $correction24 v128) (local $epsilon4 v128) (local $decay4 v128) (local $rate4 v128) (local $GRAD v128) (local $MOM v128) (local $VEL v128) (local $MASKED v128)
    (local.set $beta14
      (f32x4.splat
        (local.get $beta1)))
    (local.set $oneMinusBeta14
      (f32x4.splat
        (local.get $oneMinusBeta1)))
    (local.set $beta24
      (f32x4.splat
        (local.get $beta2)))
    (local.set $oneMinusBeta24
      (f32x4.splat
        (local.get $oneMinusBeta2)))
    (local.set $correction14
      (f32x4.splat
        (local.get $correction1)))
    (local.set $correction24
      (f32x4.splat
        (local.get $correction2)))
    (local.set $epsilon4
      (f32x4.splat
        (local.get $epsilon)))
    (local.set $decay4
      (f32x4.splat
        (local.get $decay)))
    (local.set $rate4
      (f32x4.splat
        (local.get $rate)))
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
        (local.set $GRAD
          (f32x4.mul
            (v128.load
              (i32.add
                (local.get $G)
                (local.get $I)))
            (local.tee $MASKED
              (v128.load
                (i32.add
                  (local.get $MASK)
                  (local.get $I))))))
        (local.set $MOM
          (f32x4.add
            (f32x4.mul
              (v128.load
                (i32.add
                  (local.get $M)
                  (local.get $I)))
              (local.get $beta14))
            (f32x4.mul
              (local.get $GRAD)
              (local.get $oneMinusBeta14))))
        (local.set $VEL
          (f32x4.add
            (f32x4.mul
              (v128.load
                (i32.add
                  (local.get $V)
                  (local.get $I)))
              (local.get $beta24))
            (f32x4.mul
              (f32x4.mul
                (local.get $GRAD)
                (local.get $GRAD))
              (local.get $oneMinusBeta24))))
        (v128.store
          (i32.add
            (local.get $M_OUT)
            (local.get $I))
          (local.get $MOM))
        (v128.store
          (i32.add
            (local.get $V_OUT)
            (local.get $I))
          (local.get $VEL))
        (v128.store
          (i32.add
            (local.get $W_OUT)
            (local.get $I))
          (f32x4.mul
            (f32x4.sub
              (f32x4.mul
                (v128.load
                  (i32.add
                    (local.get $W)
                    (local.get $I)))
                (local.get $decay4))
              (f32x4.mul
                (f32x4.div
                  (f32x4.div
                    (local.get $MOM)
                    (local.get $correction14))
                  (f32x4.add
                    (f32x4.sqrt
                      (f32x4.div
                        (local.get $VEL)
                        (local.get $correction24)))
                    (local.get $epsilon4)))
                (local.get $rate4)))
            (local.get $MASKED)))
        (local.set $I
          (i32.add
            (local.get $I)
            (i32.const 16)))
        (br 0 (;@2;))))
    (local.set $I
      (i32.const 0))
    (block  ;; label = @1
      (loop  ;; label = @2
        (br_if 1 (;@1;)
          (i32.ge_u
            (local.get $I)
            (i32.sub
              (i32.shl
                (local.get $N)
                (i32.const 2))
              (local.get $MAIN))))
        (local.set $GRAD
          (f32x4.mul
            (v128.load32_zero
              (i32.add
                (i32.add
                  (local.get $G)
                  (local.get $MAIN))
                (local.get $I)))
            (local.tee $MASKED
              (v128.load32_zero
                (i32.add
                  (i32.add
                    (local.get $MASK)
                    (local.get $MAIN))
                  (local.get $I))))))
        (local.set $MOM
          (f32x4.add
            (f32x4.mul
              (v128.load32_zero
                (i32.add
                  (i32.add
                    (local.get $M)
                    (local.get $MAIN))
                  (local.get $I)))
              (local.get $beta14))
            (f32x4.mul
              (local.get $GRAD)
              (local.get $oneMinusBeta14))))
        (local.set $VEL
          (f32x4.add
            (f32x4.mul
              (v128.load32_zero
                (i32.add
                  (i32.add
                    (local.get $V)
                    (local.get $MAIN))
                  (local.get $I)))
              (local.get $beta24))
            (f32x4.mul
              (f32x4.mul
                (local.get $GRAD)
                (local.get $GRAD))
              (local.get $oneMinusBeta24))))
        (v128.store32_lane 0
          (i32.add
            (i32.add
              (local.get $M_OUT)
              (local.get $MAIN))
            (local.get $I))
          (local.get $MOM))
        (v128.store32_lane 0
          (i32.add
            (i32.add
              (local.get $V_OUT)
              (local.get $MAIN))
            (local.get $I))
          (local.get $VEL))
        (v128.store32_lane 0
          (i32.add
            (i32.add
              (local.get $W_OUT)
              (local.get $MAIN))
            (local.get $I))
          (f32x4.mul
            (f32x4.sub
              (f32x4.mul
                (v128.load32_zero
                  (i32.add
                    (i32.add
                      (local.get $W)
                      (local.get $MAIN))
                    (local.get $I)))
                (local.get $decay4))
              (f32x4.mul
                (f32x4.div
                  (f32x4.div
                    (local.get $MOM)
                    (local.get $correction14))
                  (f32x4.add
                    (f32x4.sqrt
                      (f32x4.div
                        (local.get $VEL)
                        (local.get $correction24)))
                    (local.get $epsilon4)))
                (local.get $rate4)))
            (local.get $MASKED)))
        (local.set $I
          (i32.add
            (local.get $I)
            (i32.const 4)))
        (br 0 (;@2;))))))
