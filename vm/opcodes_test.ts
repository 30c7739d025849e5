import assert from "node:assert/strict";
import {
  cacheSize,
  F,
  HAS_CONST,
  HAS_JUMP,
  hasFlag,
  NB_OPS,
  NB_SUBSCR,
  Op,
  OPCODES,
  opInfo,
  opName,
  stackEffect,
} from "./opcodes.ts";

const rows = OPCODES.filter((r) => r !== undefined);

Deno.test("opcodes: every row is named, numbered in its range, documented and sourced", () => {
  const names = new Set<string>();
  for (const r of rows) {
    assert.ok(!names.has(r.name), `duplicate name ${r.name}`);
    names.add(r.name);
    assert.deepEqual(Op[r.name as keyof typeof Op], r.code);
    assert.deepEqual(opName(r.code), r.name);
    if (r.flags & F.PSEUDO) {
      assert.ok(r.code >= 256, `${r.name}: pseudo-instructions are numbered from 256`);
    } else if (r.family !== r.code) {
      assert.ok(r.code >= 128 && r.code < 256, `${r.name}: specialized forms use 128..255`);
      assert.ok(OPCODES[r.family]!.family === r.family, `${r.name}: its family is a base opcode`);
    } else {
      assert.ok(r.code < 128, `${r.name}: base opcodes stay below 128`);
    }
    assert.ok(r.doc.length > 0, `${r.name} has no description`);
    assert.ok(/^CPython 3\.1[1-4] /.test(r.ref), `${r.name} cites no CPython source: ${r.ref}`);
  }
});

Deno.test("opcodes: inline cache sizes per family", () => {
  const expected: Record<string, number> = {
    BINARY_OP: 1,
    COMPARE_OP: 1,
    CONTAINS_OP: 1,
    TO_BOOL: 3,
    LOAD_ATTR: 4,
    STORE_ATTR: 3,
    LOAD_GLOBAL: 3,
    CALL: 3,
    CALL_KW: 3,
    FOR_ITER: 1,
    UNPACK_SEQUENCE: 1,
    STORE_SUBSCR: 1,
    JUMP_BACKWARD: 1,
    // Replaces a hot JUMP_BACKWARD in place, so it keeps the back edge's counter unit.
    ENTER_EXECUTOR: 1,
    LOAD_SUPER_ATTR: 1,
    SEND: 1,
    POP_JUMP_IF_FALSE: 1,
    POP_JUMP_IF_TRUE: 1,
    POP_JUMP_IF_NONE: 1,
    POP_JUMP_IF_NOT_NONE: 1,
  };
  for (const r of rows) {
    // A specialized form has its family's cache (the unit layout is part of the format).
    assert.deepEqual(r.cache, expected[opName(r.family)] ?? 0, r.name);
    assert.deepEqual(r.cacheLayout.length, r.cache, r.name);
    assert.deepEqual(cacheSize(r.code), r.cache);
    const backEdge = r.name === "JUMP_BACKWARD" || r.name === "ENTER_EXECUTOR";
    if (r.cache > 0 && !r.name.startsWith("POP_JUMP") && !backEdge) {
      assert.deepEqual(
        r.cacheLayout[0],
        "counter",
        `${r.name}: the first cache unit is the adaptive counter`,
      );
    }
    if (r.flags & F.PSEUDO) assert.deepEqual(r.cache, 0, r.name);
  }
});

Deno.test("opcodes: stack effects are defined for the opargs the compiler emits", () => {
  for (const r of rows) {
    for (const arg of [0, 1, 2, 3, 7, 0x0203]) {
      for (const v of [r.pop(arg), r.push(arg), r.jumpPop(arg), r.jumpPush(arg)]) {
        assert.ok(Number.isInteger(v) && v >= 0, `${r.name}(${arg})`);
      }
    }
  }
  assert.deepEqual(stackEffect(Op.LOAD_GLOBAL, 5, false), 2);
  assert.deepEqual(stackEffect(Op.LOAD_ATTR, 4, false), 0);
  assert.deepEqual(stackEffect(Op.CALL, 2, false), -3);
  assert.deepEqual(stackEffect(Op.CALL_KW, 2, false), -4);
  assert.deepEqual(stackEffect(Op.FOR_ITER, 0, true), 1);
  assert.deepEqual(stackEffect(Op.SETUP_FINALLY, 0, true), 1);
  assert.deepEqual(stackEffect(Op.SETUP_CLEANUP, 0, true), 2);
  assert.deepEqual(stackEffect(Op.SETUP_WITH, 0, true), 1);
  assert.deepEqual(stackEffect(Op.UNPACK_EX, 1 | (2 << 8), false), 3);
  assert.deepEqual(stackEffect(Op.BUILD_MAP, 3, false), -5);
});

Deno.test("opcodes: derived sets come from the flags", () => {
  for (const r of rows) {
    assert.deepEqual(
      HAS_JUMP.has(r.code),
      hasFlag(r.code, F.JUMP) && !hasFlag(r.code, F.PSEUDO),
      r.name,
    );
    assert.deepEqual(HAS_CONST.has(r.code), hasFlag(r.code, F.CONST), r.name);
    if (r.flags & F.BACKWARD) assert.ok(r.flags & F.JUMP);
    if (r.flags & F.SCOPE_EXIT) assert.ok(r.flags & F.NO_FALLTHROUGH);
  }
  const baseJumps = [...HAS_JUMP].filter((c) => OPCODES[c]!.family === c);
  assert.deepEqual(baseJumps.map(opName).sort(), [
    "FOR_ITER",
    "JUMP_BACKWARD",
    "JUMP_BACKWARD_NO_INTERRUPT",
    "JUMP_FORWARD",
    "POP_JUMP_IF_FALSE",
    "POP_JUMP_IF_NONE",
    "POP_JUMP_IF_NOT_NONE",
    "POP_JUMP_IF_TRUE",
    "SEND",
  ]);
  assert.deepEqual(opInfo(Op.LOAD_GLOBAL).nameShift, 1);
  assert.deepEqual(opInfo(Op.LOAD_SUPER_ATTR).nameShift, 2);
  assert.deepEqual(NB_OPS[NB_SUBSCR][0], "NB_SUBSCR");
  assert.deepEqual(NB_OPS.length, 27);
});
