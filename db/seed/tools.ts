import type { NewTool } from '../schema';

type SeedTool = Omit<NewTool, 'status' | 'createdAt' | 'updatedAt' | 'publishedAt'>;

const none = { account: null, networkZones: [], notes: [] };

/**
 * The first directory entries, written from shared/reference/hep-ml-tools.md. Only facts
 * from that list are stated; anything not confirmed there is listed in `unverified` and
 * shown as such on the page. Fields the list does not give are left empty. They have no owner
 * group, so only admins may change them (an admin can name one with PATCH `ownerGroup`).
 */
export const SEED_TOOLS: SeedTool[] = [
  {
    slug: 'ml-cern-ch',
    name: 'ml.cern.ch',
    summary: "CERN's central machine-learning service on Kubeflow and Kubernetes.",
    descriptionMd:
      'A Kubeflow deployment on Kubernetes that brings the whole training loop into one place:\n\n' +
      '- **Notebooks** for interactive work\n- **Pipelines** for repeatable workflows\n' +
      '- **Katib** for hyper-parameter tuning\n- **Distributed training** with TFJob\n' +
      '- **Model serving** with KServe\n- Access to **EOS** storage from jobs and notebooks',
    categories: ['training-platform', 'notebook-interactive', 'inference-serving'],
    accessSteps: [{ text: 'Open the service in a browser.', command: 'https://ml.cern.ch' }],
    requirements: none,
    hardware: [],
    lifecycle: 'production',
    experiments: [],
    tags: ['kubeflow', 'kubernetes', 'katib', 'kserve', 'tfjob', 'eos'],
    links: { homepage: 'https://ml.cern.ch' },
    unverified: ['Which GPUs the service offers, and to whom, is not recorded here.'],
  },
  {
    slug: 'swan',
    name: 'SWAN',
    summary: 'Service for Web-based ANalysis: Jupyter notebooks in the browser.',
    descriptionMd:
      'Jupyter in the browser with your **CERNBox/EOS** storage mounted and the **LCG software releases** from CVMFS ' +
      'ready to use, so there is nothing to install.\n\nALICE asked for "SWAN-like" lightweight interactive access for ML.',
    categories: ['notebook-interactive'],
    accessSteps: [{ text: 'Open SWAN in a browser and start a session.', command: 'https://swan.web.cern.ch' }],
    requirements: none,
    hardware: [],
    lifecycle: 'production',
    experiments: [],
    tags: ['jupyter', 'cernbox', 'eos', 'cvmfs', 'lcg'],
    links: { homepage: 'https://swan.web.cern.ch' },
    unverified: [],
  },
  {
    slug: 'lxplus-gpu',
    name: 'lxplus-gpu',
    summary: 'Interactive login nodes with GPUs, for testing models by hand.',
    descriptionMd:
      'GPU-equipped interactive login nodes of the lxplus cluster. Useful for quick tests before submitting batch jobs; ' +
      'ATLAS asked for exactly this kind of interactive GPU access.',
    categories: ['compute-resource', 'notebook-interactive'],
    accessSteps: [{ text: 'Log in with SSH.', command: 'ssh lxplus-gpu.cern.ch' }],
    requirements: none,
    hardware: [{ kind: 'GPU', model: 'NVIDIA T4', count: null, notes: 'unverified' }],
    lifecycle: 'production',
    experiments: ['ATLAS'],
    tags: ['ssh', 'interactive', 'gpu'],
    links: { docs: 'https://lxplusdoc.web.cern.ch' },
    unverified: ['The GPUs are reported to be NVIDIA T4; not confirmed.'],
  },
  {
    slug: 'htcondor-gpu',
    name: 'HTCondor batch (GPU)',
    summary: 'The CERN Batch Service with GPU slots, requested in the submit file.',
    descriptionMd:
      'The CERN Batch Service runs HTCondor. GPU jobs ask for GPUs in the submit file and may pick a GPU model ' +
      'through a requirement on `CUDADeviceName`.\n\nCMS reports that more than half of its trainings take over a day: ' +
      'batch is where those run.',
    categories: ['batch-hpc', 'compute-resource'],
    accessSteps: [
      { text: 'Ask for one GPU in your HTCondor submit file.', command: 'request_GPUs = 1' },
      {
        text: 'Optionally pin a GPU model with a requirement on CUDADeviceName (replace the model name).',
        command: 'requirements = regexp("<GPU model>", CUDADeviceName)',
      },
    ],
    requirements: none,
    hardware: [{ kind: 'GPU', model: null, count: null, notes: 'Model selectable per job through CUDADeviceName.' }],
    lifecycle: 'production',
    experiments: [],
    tags: ['htcondor', 'batch', 'gpu'],
    links: { docs: 'https://batchdocs.web.cern.ch' },
    unverified: [],
  },
  {
    slug: 'eos',
    name: 'EOS',
    summary: "CERN's disk storage on XRootD, with one instance per experiment.",
    descriptionMd:
      'Disk storage served over XRootD (`root://` URLs); it is also the back end of CERNBox. Experiments have their own ' +
      'instances (EOSCMS, EOSATLAS, …). Training data of tens of terabytes usually lives here.',
    categories: ['storage-data'],
    accessSteps: [
      {
        text: "Read or copy files with XRootD using a root:// URL on your experiment's instance.",
        command: 'xrdcp root://<eos instance>//eos/<path>/file.root .',
      },
    ],
    requirements: none,
    hardware: [{ kind: 'storage', model: null, count: null, notes: 'Disk storage, one instance per experiment.' }],
    lifecycle: 'production',
    experiments: ['ATLAS', 'CMS'],
    tags: ['xrootd', 'storage', 'cernbox'],
    links: { docs: 'https://eos-docs.web.cern.ch' },
    unverified: [],
  },
  {
    slug: 'cvmfs-lcg-views',
    name: 'CVMFS / LCG views',
    summary: 'Read-only software distribution; LCG stacks ready to source.',
    descriptionMd:
      'CVMFS distributes software read-only to every node. The LCG views set up a complete, consistent software stack ' +
      '(including ML libraries) with one command.',
    categories: ['library'],
    accessSteps: [
      {
        text: 'Source an LCG view (pick the release number and platform).',
        command: 'source /cvmfs/sft.cern.ch/lcg/views/LCG_<N>/<platform>/setup.sh',
      },
    ],
    requirements: none,
    hardware: [],
    lifecycle: 'production',
    experiments: [],
    tags: ['cvmfs', 'lcg', 'software-environment'],
    links: { docs: 'https://cvmfs.readthedocs.io' },
    unverified: [],
  },
  {
    slug: 'sonic-supersonic',
    name: 'SONIC / SuperSONIC',
    summary: 'Inference as a service on NVIDIA Triton, with a Kubernetes server side.',
    descriptionMd:
      'Services for Optimized Network Inference on Coprocessors: clients send batched inference requests to NVIDIA ' +
      'Triton servers. **SuperSONIC** is the Kubernetes server side, used by CMS and ATLAS (and outside the lab by ' +
      'IceCube and LIGO). CMS batches inference through SONIC.',
    categories: ['inference-serving'],
    accessSteps: [
      { text: 'Start from the SuperSONIC documentation.', command: 'https://fastmachinelearning.org/SuperSONIC' },
    ],
    requirements: none,
    hardware: [],
    lifecycle: 'production',
    experiments: ['CMS', 'ATLAS'],
    tags: ['triton', 'kubernetes', 'inference-as-a-service'],
    links: { homepage: 'https://fastmachinelearning.org/SuperSONIC' },
    unverified: [],
  },
  {
    slug: 'hls4ml',
    name: 'hls4ml',
    summary: 'Turns ML models into FPGA firmware through high-level synthesis.',
    descriptionMd:
      'Converts Keras, PyTorch and ONNX/QONNX models into FPGA firmware via high-level synthesis, for the latencies of ' +
      'Level-1 triggers. Supports custom fixed-point precision (e.g. `ap_fixed<16,6>`).',
    categories: ['compiler-conversion'],
    accessSteps: [{ text: 'Start from the documentation.', command: 'https://fastmachinelearning.org/hls4ml' }],
    requirements: none,
    hardware: [{ kind: 'FPGA', model: null, count: null, notes: 'Target hardware; not offered by the tool itself.' }],
    lifecycle: 'production',
    experiments: [],
    tags: ['fpga', 'hls', 'l1-trigger', 'qonnx', 'quantization'],
    links: { homepage: 'https://fastmachinelearning.org/hls4ml' },
    unverified: [],
  },
  {
    slug: 'tmva-sofie',
    name: 'TMVA SOFIE',
    summary: "ROOT's code generator: ONNX, Keras or PyTorch models to C++ inference code.",
    descriptionMd:
      'System for Optimized Fast Inference code Emit: parses ONNX (and Keras, PyTorch) models and emits C++ inference ' +
      'code that depends only on BLAS. ALICE reports missing ONNX operator support in TMVA as a blocker: check a model ' +
      "with the hub's ONNX inspector first.",
    categories: ['compiler-conversion', 'library'],
    accessSteps: [{ text: 'Read the TMVA section of the ROOT manual.', command: 'https://root.cern/manual/tmva' }],
    requirements: none,
    hardware: [],
    lifecycle: 'production',
    experiments: ['ALICE'],
    tags: ['root', 'onnx', 'c++', 'blas'],
    links: { docs: 'https://root.cern/manual/tmva' },
    unverified: [],
  },
  {
    slug: 'lwtnn',
    name: 'lwtnn',
    summary: 'LightWeight Trained Neural Network: Keras models to JSON, evaluated in C++.',
    descriptionMd: 'Exports Keras models to JSON and evaluates them in C++ with Eigen. Used in ATLAS.',
    categories: ['compiler-conversion', 'library'],
    accessSteps: [
      { text: 'Get the code and instructions from the repository.', command: 'https://github.com/lwtnn/lwtnn' },
    ],
    requirements: none,
    hardware: [],
    lifecycle: 'production',
    experiments: ['ATLAS'],
    tags: ['keras', 'eigen', 'c++', 'json'],
    links: { repository: 'https://github.com/lwtnn/lwtnn' },
    unverified: [],
  },
  {
    slug: 'onnxruntime-cmssw',
    name: 'ONNX Runtime in CMSSW',
    summary: 'ONNX inference inside CMSSW through PhysicsTools/ONNXRuntime.',
    descriptionMd:
      'CMSSW wraps ONNX Runtime in `PhysicsTools/ONNXRuntime` (`cms::Ort::ONNXRuntime`); modules share a session ' +
      'through a global cache.',
    categories: ['inference-serving', 'library'],
    accessSteps: [
      { text: 'Use the package PhysicsTools/ONNXRuntime in your CMSSW module.', command: 'cms::Ort::ONNXRuntime' },
      { text: 'Hold the session in a global cache so all streams share it.' },
    ],
    requirements: none,
    hardware: [],
    lifecycle: 'production',
    experiments: ['CMS'],
    tags: ['onnx', 'cmssw', 'c++'],
    links: { repository: 'https://github.com/cms-sw/cmssw' },
    unverified: [],
  },
  {
    slug: 'allen',
    name: 'Allen',
    summary: "LHCb's GPU-based first-level trigger (HLT1).",
    descriptionMd:
      "Runs LHCb's HLT1 on about 500 GPUs, processing 30 MHz / 40 Tbit/s since Run 3. GNN tracking is among the " +
      'models LHCb develops for it.',
    categories: ['inference-serving'],
    accessSteps: [{ text: 'Get the code from the LHCb GitLab.', command: 'https://gitlab.cern.ch/lhcb/Allen' }],
    requirements: none,
    hardware: [{ kind: 'GPU', model: null, count: 500, notes: 'About 500 GPUs in the trigger farm.' }],
    lifecycle: 'production',
    experiments: ['LHCb'],
    tags: ['trigger', 'hlt1', 'gpu', 'gnn'],
    links: { repository: 'https://gitlab.cern.ch/lhcb/Allen' },
    unverified: [],
  },
  {
    slug: 'katib',
    name: 'Katib',
    summary: "Kubeflow's AutoML system: hyper-parameter tuning and architecture search.",
    descriptionMd:
      'Hyper-parameter tuning, early stopping and neural architecture search on Kubernetes. Available through ' +
      'ml.cern.ch. CMS reports having no resources for hyper-parameter optimisation; LHCb asks for multi-GPU batch for it.',
    categories: ['hyperparameter-optimisation'],
    accessSteps: [{ text: 'Use it from ml.cern.ch.', command: 'https://ml.cern.ch' }],
    requirements: none,
    hardware: [],
    lifecycle: 'production',
    experiments: [],
    tags: ['kubeflow', 'automl', 'nas'],
    links: { repository: 'https://github.com/kubeflow/katib' },
    unverified: [],
  },
  {
    slug: 'mlflow',
    name: 'MLflow',
    summary: 'Open-source experiment tracking and model registry.',
    descriptionMd: 'Tracks experiments (parameters, metrics, artifacts) and keeps a registry of model versions.',
    categories: ['mlops-tracking'],
    accessSteps: [{ text: 'Read the documentation.', command: 'https://mlflow.org' }],
    requirements: none,
    hardware: [],
    lifecycle: 'experimental',
    experiments: [],
    tags: ['tracking', 'registry', 'open-source'],
    links: { homepage: 'https://mlflow.org' },
    unverified: ['Whether the lab hosts an MLflow instance is not confirmed.'],
  },
  {
    slug: 'onnx-runtime',
    name: 'ONNX Runtime',
    summary: 'Cross-platform inference engine for ONNX models.',
    descriptionMd:
      "Runs ONNX models on CPU, CUDA and TensorRT, and in browsers through WebGPU and WebAssembly. The hub's in-browser " +
      'demos use it.',
    categories: ['inference-serving', 'library'],
    accessSteps: [{ text: 'Start from the project site.', command: 'https://onnxruntime.ai' }],
    requirements: none,
    hardware: [],
    lifecycle: 'production',
    experiments: ['CMS'],
    tags: ['onnx', 'webgpu', 'wasm', 'cuda', 'tensorrt'],
    links: { homepage: 'https://onnxruntime.ai' },
    unverified: [],
  },
  {
    slug: 'fastml',
    name: 'FastML',
    summary: 'Fast Machine Learning for Science: the community behind hls4ml and SuperSONIC.',
    descriptionMd: 'A community for fast ML in science (arXiv:2110.13041), home of hls4ml and SuperSONIC.',
    categories: ['community'],
    accessSteps: [{ text: 'Visit the community site.', command: 'https://fastmachinelearning.org' }],
    requirements: none,
    hardware: [],
    lifecycle: 'production',
    experiments: [],
    tags: ['community', 'hls4ml', 'supersonic'],
    links: { homepage: 'https://fastmachinelearning.org' },
    unverified: [],
  },
  {
    slug: 'alice-epn-farm',
    name: 'EPN farm (ALICE)',
    summary: 'ALICE Event Processing Nodes with AMD GPUs, usable for ML when data taking leaves room.',
    descriptionMd:
      "ALICE's Event Processing Nodes carry AMD GPUs. When data taking leaves room they can be used opportunistically " +
      "for ML training (from the lab's meeting notes).",
    categories: ['compute-resource'],
    accessSteps: [{ text: 'Ask ALICE EPN operations for opportunistic use (contact not recorded yet).' }],
    requirements: none,
    hardware: [{ kind: 'GPU', model: 'AMD (model not recorded)', count: null, notes: null }],
    lifecycle: 'experimental',
    experiments: ['ALICE'],
    tags: ['amd', 'gpu', 'opportunistic'],
    links: {},
    unverified: ['From meeting notes only; how to request access is not documented.'],
  },
];
