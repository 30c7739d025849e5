/**
 * CPython names the main script by its absolute path in tracebacks and
 * syntax errors. Expectations are stored with the case's folder cut from
 * those lines, so they do not depend on where the checkout is; patchpy's
 * output is cut the same way before it is compared.
 *
 * @module
 */

/** Turns `File "/abs/dir/x.py"` into `File "x.py"` for files in `dir`. */
export function relativizePaths(stderr: string, dir: string): string {
  return stderr.replaceAll(`File "${dir}/`, 'File "');
}
