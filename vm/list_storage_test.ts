import * as assert from "node:assert/strict";
import { runSource } from "./_test_eval.ts";
