import type { Db } from '../client';
import { hardwarePools, type NewHardwarePool } from '../schema';
import type { Accelerator } from '../../src/lib/hardware-vocabulary';

type SeedPool = Omit<NewHardwarePool, 'createdAt' | 'updatedAt'>;

const device = (a: Partial<Accelerator> & Pick<Accelerator, 'kind'>): Accelerator => ({
  vendor: null,
  model: null,
  memoryGb: null,
  count: null,
  perNode: null,
  ...a,
});

/**
 * The first pools, written from shared/reference/hep-ml-tools.md and the needs the experiments
 * stated (issue 17). Only facts from those are stated; anything they do not confirm is listed
 * in `unverified` and shown as such on the page. Nothing here is a capacity report: capacity
 * comes from the owners' tokens. Pools of central services have no owner group (admins edit them).
 */
export const SEED_POOLS: SeedPool[] = [
  {
    slug: 'alice-epn',
    name: 'ALICE EPN farm',
    summary: "ALICE's Event Processing Nodes with AMD GPUs, usable for ML when data taking leaves room.",
    site: 'CERN, ALICE online computing',
    zone: 'online',
    accelerators: [device({ kind: 'gpu', vendor: 'AMD', perNode: 8 })],
    precisions: [],
    scheduler: null,
    availability: 'opportunistic',
    accessMd:
      'Opportunistic use for ML training, **when data taking does not fill the farm** (from the lab’s ML ' +
      'infrastructure meeting notes).\n\nHow to request access is not documented yet: ask ALICE EPN operations.',
    descriptionMd:
      'The farm that processes ALICE data online; its GPUs can train models in the gaps between data taking.',
    toolSlugs: ['alice-epn-farm'],
    ownerGroupId: 'alice',
    unverified: [
      'Eight AMD GPUs per node is how the experiments described it; the GPU model, memory and number of nodes are not recorded.',
      'How jobs are scheduled on the farm and who may ask for time is not recorded.',
    ],
  },
  {
    slug: 'lhcb-hlt1-gpus',
    name: 'LHCb HLT1 GPUs (Allen)',
    summary: "The GPUs of LHCb's first-level software trigger, running Allen since Run 3.",
    site: 'CERN, LHCb online farm',
    zone: 'online',
    accelerators: [device({ kind: 'gpu', count: 500 })],
    precisions: [],
    scheduler: null,
    availability: 'dedicated',
    accessMd:
      'The GPUs run the HLT1 trigger (Allen), processing 30 MHz / 40 Tbit/s. ML models reach them as part of ' +
      'Allen: see the [Allen repository](https://gitlab.cern.ch/lhcb/Allen).',
    descriptionMd: 'LHCb develops GNN tracking and primary-vertex reconstruction for HLT1.',
    toolSlugs: ['allen'],
    ownerGroupId: 'lhcb',
    unverified: [
      'The count is "about 500 GPUs"; vendor and model are not recorded.',
      'Whether the GPUs can be used for training outside data taking is not recorded.',
    ],
  },
  {
    slug: 'lxplus-gpu',
    name: 'lxplus-gpu interactive nodes',
    summary: 'GPU-equipped interactive login nodes, for testing models by hand.',
    site: 'CERN IT, lxplus',
    zone: 'general-purpose',
    accelerators: [device({ kind: 'gpu', vendor: 'NVIDIA', model: 'NVIDIA T4' })],
    precisions: [],
    scheduler: 'interactive',
    availability: 'shared',
    accessMd:
      'Log in with SSH:\n\n```\nssh lxplus-gpu.cern.ch\n```\n\nThe nodes are shared interactive machines: test there, ' +
      'then train in batch. Documentation: [lxplusdoc.web.cern.ch](https://lxplusdoc.web.cern.ch).',
    descriptionMd: 'ATLAS asked for exactly this: interactive GPU access for testing.',
    toolSlugs: ['lxplus-gpu'],
    ownerGroupId: null,
    unverified: ['The GPUs are reported as NVIDIA T4; not confirmed.', 'The number of nodes and GPUs is not recorded.'],
  },
  {
    slug: 'batch-gpu',
    name: 'CERN Batch Service GPUs (HTCondor)',
    summary: 'GPU slots of the CERN Batch Service, requested in the HTCondor submit file.',
    site: 'CERN IT, Batch Service',
    zone: 'general-purpose',
    accelerators: [device({ kind: 'gpu', vendor: 'NVIDIA' })],
    precisions: [],
    scheduler: 'htcondor',
    availability: 'shared',
    accessMd:
      'Ask for a GPU in your HTCondor submit file:\n\n```\nrequest_GPUs = 1\n```\n\nTo pick a GPU model, add a ' +
      'requirement on `CUDADeviceName`. Documentation: [batchdocs.web.cern.ch](https://batchdocs.web.cern.ch).',
    descriptionMd:
      'Where long trainings run: CMS reports more than half of its trainings take over a day. LHCb asked for ' +
      'multi-GPU batch for hyper-parameter optimisation.',
    toolSlugs: ['htcondor-gpu'],
    ownerGroupId: null,
    unverified: ['Which GPU models, how many, and whether multi-GPU jobs are offered is not recorded.'],
  },
  {
    slug: 'ml-cern-ch',
    name: 'ml.cern.ch (Kubeflow)',
    summary: "CERN's central ML service on Kubeflow and Kubernetes: notebooks, pipelines, Katib, KServe.",
    site: 'CERN IT, ml.cern.ch',
    zone: 'general-purpose',
    accelerators: [],
    precisions: [],
    scheduler: 'kubernetes',
    availability: 'shared',
    accessMd: 'Open [ml.cern.ch](https://ml.cern.ch) in a browser and start a notebook or a pipeline.',
    descriptionMd:
      'Runs distributed training (TFJob), hyper-parameter tuning with Katib and model serving with KServe.',
    toolSlugs: ['ml-cern-ch', 'katib'],
    ownerGroupId: null,
    unverified: ['Which accelerators the service offers, and to whom, is not recorded.'],
  },
  {
    slug: 'swan-gpu',
    name: 'SWAN GPU sessions',
    summary: 'Jupyter in the browser with CERNBox/EOS and LCG software, for light interactive work.',
    site: 'CERN IT, SWAN',
    zone: 'general-purpose',
    accelerators: [device({ kind: 'gpu' })],
    precisions: [],
    scheduler: 'interactive',
    availability: 'shared',
    accessMd: 'Open [swan.web.cern.ch](https://swan.web.cern.ch) and start a session.',
    descriptionMd: 'ALICE asked for “SWAN-like” lightweight interactive access for ML.',
    toolSlugs: ['swan'],
    ownerGroupId: null,
    unverified: ['GPU sessions in SWAN are not confirmed by the reference list; model and count are not recorded.'],
  },
  {
    slug: 'technical-network-k8s',
    name: 'Technical network Kubernetes (ATS)',
    summary: 'The Kubernetes cluster on the technical network, where accelerator automation runs. No GPUs.',
    site: 'CERN, technical network',
    zone: 'technical',
    accelerators: [device({ kind: 'cpu' })],
    precisions: [],
    scheduler: 'kubernetes',
    availability: 'dedicated',
    accessMd: 'For the accelerator sector (ATS), which runs on the separate technical network.',
    descriptionMd: 'ATS reported that this cluster has no GPUs: ML there is CPU-only for now.',
    toolSlugs: [],
    ownerGroupId: 'ats',
    unverified: ['Who may run jobs there and the availability policy are not recorded.'],
  },
  {
    slug: 'ucap',
    name: 'UCAP Kubernetes',
    summary: 'The Kubernetes cluster of UCAP in the online zone. No GPUs.',
    site: 'CERN, UCAP',
    zone: 'online',
    accelerators: [device({ kind: 'cpu' })],
    precisions: [],
    scheduler: 'kubernetes',
    availability: 'dedicated',
    accessMd: 'Access is not documented here; ask the accelerator sector (ATS).',
    descriptionMd: 'The experiments listed UCAP with the technical network as Kubernetes clusters with no GPUs.',
    toolSlugs: [],
    ownerGroupId: 'ats',
    unverified: ['That ATS owns UCAP, and who may use it, is not recorded.'],
  },
  {
    slug: 'consumer-gpus',
    name: 'Consumer and workstation GPUs',
    summary: 'Single desktop-class GPUs, enough for some light reconstruction and PID training.',
    site: 'Group workstations (not a central service)',
    zone: 'general-purpose',
    accelerators: [
      device({ kind: 'gpu', vendor: 'NVIDIA', model: 'NVIDIA RTX A6000' }),
      device({ kind: 'gpu', vendor: 'NVIDIA', model: 'NVIDIA GeForce GTX 1660' }),
    ],
    precisions: [],
    scheduler: 'interactive',
    availability: 'dedicated',
    accessMd: 'Not a shared service: ask the group that owns the machine.',
    descriptionMd:
      'ALICE trained its ITS2 PID model in 30 minutes on an A6000 and a transformer-based multi-detector PID ' +
      'in 1 hour on a GTX 1660: consumer GPUs would do for some reconstruction training.',
    toolSlugs: [],
    ownerGroupId: 'alice',
    unverified: ['Where these GPUs are, how many, and on which network is not recorded.'],
  },
];

/** Inserts the pools that are missing (by slug); never overwrites edited entries. Returns how many were new. */
export async function seedHardwarePools(db: Db, now = new Date()): Promise<number> {
  const rows = await db
    .insert(hardwarePools)
    .values(SEED_POOLS.map((p) => ({ ...p, createdAt: now, updatedAt: now })))
    .onConflictDoNothing({ target: hardwarePools.slug })
    .returning({ id: hardwarePools.id });
  return rows.length;
}
