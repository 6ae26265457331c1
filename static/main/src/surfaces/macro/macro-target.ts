import { MacroTargetSchema, type MacroTarget } from '../../../../../src/contract/publishing';

/**
 * The macro's configuration as Forge hands it over (`extension.config`, every value a string, nothing before the
 * first save) read as a target; null when there is none or it is not one the app understands.
 */
export function targetOfConfig(config: unknown): MacroTarget | null {
  if (!config || typeof config !== 'object') return null;
  const { kind, streamId, nodeId } = config as Record<string, unknown>;
  const parsed = MacroTargetSchema.safeParse({ kind, ...(streamId === undefined ? {} : { streamId }), ...(nodeId === undefined ? {} : { nodeId }) });
  return parsed.success ? parsed.data : null;
}

/** What `view.submit` saves: strings only, as Forge stores macro configuration. */
export function configOfTarget(target: MacroTarget): Record<string, string> {
  if (target.kind === 'stream') return { kind: 'stream', streamId: target.streamId };
  if (target.kind === 'node') return { kind: 'node', nodeId: target.nodeId };
  return { kind: 'programme' };
}
