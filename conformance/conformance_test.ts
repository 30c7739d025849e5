import assert from "node:assert/strict";
import { implementedModes } from "../vm/cli.ts";
import { runSuite } from "./runner.ts";

const modes = implementedModes();

Deno.test({
  name: `conformance: every case in every implemented mode (${
    modes.join(", ") || "none yet"
  }), default and stress`,
  ignore: modes.length === 0,
  async fn() {
    const summary = await runSuite({ modes, stress: [false, true] });
    assert.equal(summary.failed, 0, `${summary.failed} conformance failures (listed above)`);
  },
});
