/**
 * Runs tests on AArch64 under emulation: the arm64 build of the same Deno
 * (`npm pack @deno/linux-arm64-glibc@<version>`, cached) under
 * `qemu-aarch64`, with Debian's arm64 libc. Native stencils, the executable
 * memory layer and the trampoline are then exercised as arm64 code.
 *
 *   deno task aarch64 [--setup] [TEST_PATH ...]
 *   deno task aarch64 [--setup] conformance [RUNNER_OPTION ...]
 *
 * `--setup` installs qemu-user and the arm64 libraries with apt-get (as
 * root) when they are missing. Without paths it runs the native tests
 * (`jit/`, `ffi/`), without type-checking them again (the native run checks
 * the same sources, and the emulated checker takes minutes). `conformance` runs the conformance runner here with its
 * workers on the arm64 Deno (for example `conformance --mode=jit --stress
 * --sample=150`), batched, since the emulated Deno takes seconds to start.
 *
 * @module
 */
import $ from "dax";

const DENO_VERSION = "2.9.6";
const DEFAULT_PATHS = ["jit/", "ffi/"];
const ARM64_LOADER = "/lib/ld-linux-aarch64.so.1";

function cacheDir(): string {
  const base = Deno.env.get("XDG_CACHE_HOME") ?? `${Deno.env.get("HOME") ?? "/tmp"}/.cache`;
  return `${base}/patchpy/deno-arm64-${DENO_VERSION}`;
}

async function exists(path: string): Promise<boolean> {
  try {
    await Deno.stat(path);
    return true;
  } catch {
    return false;
  }
}

/** qemu-user and Debian's arm64 libc, installed on request. */
async function ensureQemu(setup: boolean): Promise<void> {
  const ready = (await $.which("qemu-aarch64")) !== undefined && (await exists(ARM64_LOADER));
  if (ready) return;
  if (!setup) {
    throw new Error(
      "qemu-aarch64 or the arm64 libc is missing: run deno task aarch64 --setup, or " +
        "dpkg --add-architecture arm64 && apt-get update && " +
        "apt-get install -y qemu-user libc6:arm64 libgcc-s1:arm64",
    );
  }
  await $`dpkg --add-architecture arm64`;
  await $`apt-get update -qq`;
  await $`apt-get install -y -qq qemu-user libc6:arm64 libgcc-s1:arm64`.env({
    DEBIAN_FRONTEND: "noninteractive",
  });
}

/** The arm64 Deno binary, fetched from npm once. */
async function ensureDeno(): Promise<string> {
  const dir = cacheDir();
  const binary = `${dir}/package/deno`;
  if (await exists(binary)) return binary;
  await Deno.mkdir(dir, { recursive: true });
  $.logStep("fetching", `@deno/linux-arm64-glibc@${DENO_VERSION}`);
  const tarball =
    (await $`npm pack --silent @deno/linux-arm64-glibc@${DENO_VERSION}`.cwd(dir).text())
      .trim().split("\n").pop()!;
  await $`tar xzf ${tarball}`.cwd(dir);
  await Deno.remove(`${dir}/${tarball}`);
  return binary;
}

async function main(args: string[]): Promise<number> {
  const setup = args.includes("--setup");
  const paths = args.filter((a) => a !== "--setup");
  await ensureQemu(setup);
  const deno = await ensureDeno();
  const version = (await $`qemu-aarch64 ${deno} --version`.text()).split("\n")[0];
  $.logStep("running", `${version} under qemu-aarch64`);
  if (paths[0] === "conformance") {
    const runner = new URL("../conformance/runner.ts", import.meta.url).pathname;
    const runtime = `qemu-aarch64 ${deno}`;
    const result =
      await $`${Deno.execPath()} run --allow-read --allow-env --allow-run ${runner} --runtime=${runtime} ${
        paths.slice(1)
      }`.noThrow();
    return result.code;
  }
  // Emulated, each native uop trial costs about fifty native ones: half the trials still
  // reach every outcome of every stencil (the test checks that it does).
  const result =
    await $`qemu-aarch64 ${deno} test --no-check --allow-read --allow-env --allow-run --allow-write=/tmp --allow-ffi ${
      paths.length > 0 ? paths : DEFAULT_PATHS
    }`.env({ PATCHPY_NATIVE_TRIALS: "600" }).noThrow();
  return result.code;
}

if (import.meta.main) {
  try {
    Deno.exit(await main(Deno.args));
  } catch (e) {
    console.error(`aarch64: ${e instanceof Error ? e.message : e}`);
    Deno.exit(1);
  }
}
