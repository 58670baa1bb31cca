import type { Plugin } from 'vite';

/**
 * Fixes a bug of onnxruntime-web 1.30 (still in 1.31.1) that broke every WebGPU run of a page after
 * one failed (issue 16). Its WebGPU backend (lib/wasm/jsep/backend-webgpu.ts, `computeKernel`) marks
 * a kernel as running (`currentKernelId = kernelId`) and then parses the kernel's attributes outside
 * its try/finally. When the parse throws (AveragePool/MaxPool with ceil_mode=1: "… not yet
 * implemented in the WebGPU AveragePool kernel") the mark is never cleared, and every later kernel of
 * the page fails with "kernel … is not allowed to be called recursively" until reload; releasing the
 * session or creating new ones does not clear it.
 *
 * The rewrite gives the parse the path a failing kernel already takes: the mark is cleared and the
 * error is reported as the kernel's failure (`[WebGPU] Kernel "[AveragePool] name" failed. …`), so
 * the run fails with that message and the runtime stays usable. Runs that do not fail execute the
 * same statements as before. The build fails if the code is not found (a new onnxruntime-web:
 * check whether the bug is fixed upstream, then update or delete this plugin).
 */
const COMPUTE_KERNEL = new RegExp(
  [
    // computeKernel(kernelId, context, errors) {
    String.raw`computeKernel\((\w+),\w+,(\w+)\)\{`,
    // … throw new Error(`kernel "[${kernelType}] ${kernelName}" is not allowed to be called recursively`);
    String.raw`(?:(?!computeKernel)[^])*?kernel "\[\$\{(\w+)\}\] \$\{(\w+)\}" is not allowed to be called recursively\`\);`,
    // this.currentKernelId = kernelId, attributes[0] && (attributes[1] = attributes[0](attributes[1]), attributes[0] = void 0),
    String.raw`this\.currentKernelId=\1,(\w+)\[0\]&&\(\5\[1\]=\5\[0\]\(\5\[1\]\),\5\[0\]=void 0\),`,
  ].join(''),
  'g',
);

/** onnxruntime-web's browser bundle as this site imports it (src/integrations/ort-wasm-assets.ts). */
const ORT_BROWSER_BUNDLE = /\/node_modules\/onnxruntime-web\/dist\/ort\.min\.mjs$/;

/** The bundle with the attribute parse of `computeKernel` inside error handling; `found` says whether it was there. */
export function fixKernelAttributeParse(code: string): { code: string; found: boolean } {
  let count = 0;
  const rewritten = code.replace(
    COMPUTE_KERNEL,
    (match, kernelId: string, errors: string, kernelType: string, kernelName: string, attributes: string) => {
      count += 1;
      const parse = `this.currentKernelId=${kernelId},${attributes}[0]&&(${attributes}[1]=${attributes}[0](${attributes}[1]),${attributes}[0]=void 0),`;
      const guarded =
        `this.currentKernelId=${kernelId};` +
        `try{${attributes}[0]&&(${attributes}[1]=${attributes}[0](${attributes}[1]),${attributes}[0]=void 0)}` +
        `catch(hubParseError){this.currentKernelId=null;` +
        `return ${errors}.push(Promise.resolve(\`[WebGPU] Kernel "[\${${kernelType}}] \${${kernelName}}" failed. \${hubParseError}\`)),1}`;
      return match.slice(0, -parse.length) + guarded;
    },
  );
  return { code: rewritten, found: count === 1 };
}

export function ortKernelFix(): Plugin {
  return {
    name: 'hub:ort-kernel-fix',
    transform(code, id, options) {
      if (options?.ssr || !ORT_BROWSER_BUNDLE.test(id.split('?')[0]!.replace(/\\/g, '/'))) return null;
      const result = fixKernelAttributeParse(code);
      if (!result.found) {
        this.error(
          `onnxruntime-web's WebGPU computeKernel was not found as expected in ${id}: ` +
            'check whether its attribute-parse bug is fixed upstream, then update or delete src/integrations/ort-kernel-fix.ts',
        );
      }
      return { code: result.code, map: null };
    },
  };
}
