/** The hardware pools a tool page links to: those whose entry says the tool runs on them. */
import { poolsRunningTool, type ToolPoolRow } from '../../db/queries/tool-pools';
import type { ServiceContext } from '../hub';

export type ToolPool = ToolPoolRow;

export function toolHardwarePools(ctx: ServiceContext, toolSlug: string): Promise<ToolPool[]> {
  return poolsRunningTool(ctx.db, toolSlug);
}
