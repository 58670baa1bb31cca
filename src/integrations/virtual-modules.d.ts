declare module 'virtual:ort-wasm-assets' {
  /** URL of onnxruntime-web's JSEP loader module (also the script of its WASM worker threads). */
  export const loaderUrl: string;
  /** URLs of the parts of the JSEP .wasm binary, in order; join them for `env.wasm.wasmBinary`. */
  export const wasmPartUrls: string[];
}

declare module 'virtual:ort-wasm-size' {
  /** Bytes of onnxruntime-web's JSEP .wasm binary (unpacked: what the download progress counts). */
  export const wasmBytes: number;
}
