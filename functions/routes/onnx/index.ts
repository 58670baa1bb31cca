import { createRoute, z } from '@hono/zod-openapi';
import { inspectOnnxUpload } from '../../services/onnx-inspect';
import { rateLimit } from '../../middleware/rate-limit';
import { createRouter, publicSecurity } from '../../router';
import { ErrorSchema, errorResponses as E } from '../../contract/shared-schema';
import { ONNX_INSPECT_MAX_BYTES, ONNX_INSPECT_RATE_LIMIT } from '../../contract/onnx/limits';
import { InspectResponseSchema } from '../../contract/onnx/schema';

const MIB = ONNX_INSPECT_MAX_BYTES / (1024 * 1024);

export const onnxRoutes = createRouter().openapi(
  createRoute({
    method: 'post',
    path: '/inspect',
    operationId: 'inspectOnnxModel',
    security: publicSecurity,
    tags: ['ONNX'],
    summary: 'Inspect an ONNX model and check which engines can run it',
    description:
      `Send the raw bytes of an .onnx file as the body (\`Content-Type: application/octet-stream\`, at most ${MIB} MiB), ` +
      'e.g. `curl --data-binary @model.onnx -H "Content-Type: application/octet-stream" https://hub/api/onnx/inspect`. ' +
      'Returns the same report as the /inspect/ page and `npx hub onnx inspect`: metadata, inputs and outputs, weights, ' +
      'operator histogram, node list, and the operator coverage against ONNX Runtime CPU, onnxruntime-web WebGPU, TMVA SOFIE ' +
      `and hls4ml. Nothing is stored. No token needed; at most ${ONNX_INSPECT_RATE_LIMIT.limit} requests per ` +
      `${ONNX_INSPECT_RATE_LIMIT.windowSeconds} s per client. Files with external data are inspected without it.`,
    request: {
      body: {
        required: true,
        description: 'The .onnx file, as raw bytes.',
        content: { 'application/octet-stream': { schema: z.string().openapi({ type: 'string', format: 'binary' }) } },
      },
    },
    middleware: [rateLimit('onnx-inspect', () => ONNX_INSPECT_RATE_LIMIT)] as const,
    responses: {
      200: {
        description: 'The report and the coverage matrix.',
        content: { 'application/json': { schema: InspectResponseSchema } },
      },
      400: { description: 'The body is empty.', content: { 'application/json': { schema: ErrorSchema } } },
      ...E.tooLarge,
      422: {
        description:
          "Not a readable ONNX model. `error.code` is the inspector's: `not_onnx`, `truncated`, `corrupt` or `unsupported`, " +
          "or `too_complex` when inspecting it ran past the host's time or memory limit for one model; " +
          '`error.details.offset` is the byte offset of the problem when known.',
        content: { 'application/json': { schema: ErrorSchema } },
      },
      ...E.rateLimited,
      503: {
        description:
          'Every inspector is busy (the Node host inspects in a small worker pool): try again after `Retry-After` seconds.',
        content: { 'application/json': { schema: ErrorSchema } },
      },
    },
  }),
  async (c) => c.json(await inspectOnnxUpload(c.var, new Uint8Array(await c.req.arrayBuffer())), 200),
);
