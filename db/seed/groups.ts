import type { NewGroup } from '../schema';

/** The lab's experiments and sectors, as named in the ML infrastructure meeting. */
export const SEED_GROUPS: NewGroup[] = [
  { id: 'atlas', name: 'ATLAS', kind: 'experiment', description: 'ATLAS experiment.' },
  { id: 'cms', name: 'CMS', kind: 'experiment', description: 'CMS experiment.' },
  { id: 'alice', name: 'ALICE', kind: 'experiment', description: 'ALICE experiment.' },
  { id: 'lhcb', name: 'LHCb', kind: 'experiment', description: 'LHCb experiment.' },
  {
    id: 'ats',
    name: 'ATS',
    kind: 'sector',
    description: 'Accelerators and technology sector; runs on the technical network.',
  },
  { id: 'it', name: 'IT', kind: 'team', description: 'IT department: central services.' },
  {
    id: 'hub',
    name: 'HEP ML Hub',
    kind: 'team',
    description: 'The hub itself: owner of its demo models and datasets.',
  },
];
