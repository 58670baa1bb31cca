// GENERATED FILE: do not edit by hand.
// Written by scripts/generate-price-seed.ts from db/seed/prices/cloud-prices.csv and db/seed/prices/ingress.csv.
// Change the CSV and rerun `npx tsx scripts/generate-price-seed.ts`.
import type { PriceVersion } from '../../../src/lib/costs/price-types';

export const initialPriceVersion: PriceVersion = {
  "id": "prices-2026-11",
  "effectiveDate": "2026-11-01",
  "note": "List prices change. Read in November 2026 (the day was not recorded; the effective date is the first of that month) from SkyPilot's public price catalogs (skypilot-catalog v8 for AWS and GCP, v6 for Azure) and the providers' storage and network pricing pages, some via secondary sources (see each row); ingress rows from cloud-prices.md.",
  "rows": [
    {
      "id": "aws:us-east-1:gpu_vm:p4d.24xlarge",
      "kind": "gpu_vm",
      "provider": "aws",
      "region": "us-east-1",
      "sku": "p4d.24xlarge",
      "accelerator": "A100-40GB",
      "acceleratorCount": 8,
      "unit": "hour",
      "onDemandUsd": 21.957642,
      "spot": {
        "minUsd": 2.47,
        "maxUsd": 8.19,
        "isRange": true,
        "raw": "2.47-8.19 (varies by zone)"
      },
      "host": null,
      "tier": null,
      "network": null,
      "storageClass": null,
      "source": "skypilot-catalog v8 aws/vms.csv (commit 00148f2a)",
      "retrieved": "2026-11",
      "note": "",
      "flags": []
    },
    {
      "id": "aws:us-east-1:gpu_vm:p4de.24xlarge",
      "kind": "gpu_vm",
      "provider": "aws",
      "region": "us-east-1",
      "sku": "p4de.24xlarge",
      "accelerator": "A100-80GB",
      "acceleratorCount": 8,
      "unit": "hour",
      "onDemandUsd": 27.44705,
      "spot": {
        "minUsd": 8.65,
        "maxUsd": 9.97,
        "isRange": true,
        "raw": "8.65-9.97 (varies by zone)"
      },
      "host": null,
      "tier": null,
      "network": null,
      "storageClass": null,
      "source": "skypilot-catalog v8 aws/vms.csv (commit 00148f2a)",
      "retrieved": "2026-11",
      "note": "",
      "flags": []
    },
    {
      "id": "aws:us-east-1:gpu_vm:p5.48xlarge",
      "kind": "gpu_vm",
      "provider": "aws",
      "region": "us-east-1",
      "sku": "p5.48xlarge",
      "accelerator": "H100-80GB",
      "acceleratorCount": 8,
      "unit": "hour",
      "onDemandUsd": 55.04,
      "spot": {
        "minUsd": 17.63,
        "maxUsd": 55.04,
        "isRange": true,
        "raw": "17.63-55.04 (varies by zone)"
      },
      "host": null,
      "tier": null,
      "network": null,
      "storageClass": null,
      "source": "skypilot-catalog v8 aws/vms.csv (commit 00148f2a)",
      "retrieved": "2026-11",
      "note": "",
      "flags": []
    },
    {
      "id": "aws:us-east-1:gpu_vm:p5.4xlarge",
      "kind": "gpu_vm",
      "provider": "aws",
      "region": "us-east-1",
      "sku": "p5.4xlarge",
      "accelerator": "H100-80GB",
      "acceleratorCount": 1,
      "unit": "hour",
      "onDemandUsd": 6.88,
      "spot": null,
      "host": null,
      "tier": null,
      "network": null,
      "storageClass": null,
      "source": "skypilot-catalog v8 aws/vms.csv (commit 00148f2a)",
      "retrieved": "2026-11",
      "note": "no spot listed",
      "flags": [
        {
          "code": "spot_missing",
          "severity": "info",
          "message": "no spot price in the source: a spot share is priced on-demand"
        }
      ]
    },
    {
      "id": "aws:us-east-1:gpu_vm:g6.2xlarge",
      "kind": "gpu_vm",
      "provider": "aws",
      "region": "us-east-1",
      "sku": "g6.2xlarge",
      "accelerator": "L4",
      "acceleratorCount": 1,
      "unit": "hour",
      "onDemandUsd": 0.9776,
      "spot": {
        "minUsd": 0.44,
        "maxUsd": 0.58,
        "isRange": true,
        "raw": "0.44-0.58 (varies by zone)"
      },
      "host": null,
      "tier": null,
      "network": null,
      "storageClass": null,
      "source": "skypilot-catalog v8 aws/vms.csv (commit 00148f2a)",
      "retrieved": "2026-11",
      "note": "",
      "flags": []
    },
    {
      "id": "aws:us-east-1:gpu_vm:g4dn.xlarge",
      "kind": "gpu_vm",
      "provider": "aws",
      "region": "us-east-1",
      "sku": "g4dn.xlarge",
      "accelerator": "T4",
      "acceleratorCount": 1,
      "unit": "hour",
      "onDemandUsd": 0.526,
      "spot": {
        "minUsd": 0.2,
        "maxUsd": 0.22,
        "isRange": true,
        "raw": "0.20-0.22 (varies by zone)"
      },
      "host": null,
      "tier": null,
      "network": null,
      "storageClass": null,
      "source": "skypilot-catalog v8 aws/vms.csv (commit 00148f2a)",
      "retrieved": "2026-11",
      "note": "",
      "flags": []
    },
    {
      "id": "gcp:us-central1:gpu_only:nvidia-tesla-a100",
      "kind": "gpu_only",
      "provider": "gcp",
      "region": "us-central1",
      "sku": "nvidia-tesla-a100",
      "accelerator": "A100-40GB",
      "acceleratorCount": 1,
      "unit": "hour",
      "onDemandUsd": 2.93391,
      "spot": {
        "minUsd": 1.4341,
        "maxUsd": 1.4341,
        "isRange": false,
        "raw": "1.4341"
      },
      "host": {
        "sku": "a2-highgpu-1g",
        "onDemandUsd": 0.73948,
        "spotUsd": 0.36975
      },
      "tier": null,
      "network": null,
      "storageClass": null,
      "source": "skypilot-catalog v8 gcp/vms.csv (commit 006059e0)",
      "retrieved": "2026-11",
      "note": "GPU price only: add host VM a2-highgpu-1g 0.73948 (spot 0.36975)",
      "flags": []
    },
    {
      "id": "gcp:us-central1:gpu_only:nvidia-a100-80gb",
      "kind": "gpu_only",
      "provider": "gcp",
      "region": "us-central1",
      "sku": "nvidia-a100-80gb",
      "accelerator": "A100-80GB",
      "acceleratorCount": 1,
      "unit": "hour",
      "onDemandUsd": 1.8462,
      "spot": {
        "minUsd": 1.964,
        "maxUsd": 1.964,
        "isRange": false,
        "raw": "1.964"
      },
      "host": {
        "sku": "a2-ultragpu-1g",
        "onDemandUsd": 1.09962,
        "spotUsd": null
      },
      "tier": null,
      "network": null,
      "storageClass": null,
      "source": "skypilot-catalog v8 gcp/vms.csv (commit 006059e0)",
      "retrieved": "2026-11",
      "note": "ANOMALY: spot above on-demand in the catalog; host VM a2-ultragpu-1g 1.09962",
      "flags": [
        {
          "code": "spot_above_on_demand",
          "severity": "warning",
          "message": "spot price 1.964 is above the on-demand price $1.8462: not credible, estimates use on-demand for the spot share"
        },
        {
          "code": "host_spot_missing",
          "severity": "info",
          "message": "no spot price for host VM a2-ultragpu-1g: a spot share pays the host on-demand"
        }
      ]
    },
    {
      "id": "gcp:us-central1:gpu_only:nvidia-h100-80gb",
      "kind": "gpu_only",
      "provider": "gcp",
      "region": "us-central1",
      "sku": "nvidia-h100-80gb",
      "accelerator": "H100-80GB",
      "acceleratorCount": 1,
      "unit": "hour",
      "onDemandUsd": 4.20076,
      "spot": {
        "minUsd": 2.9926,
        "maxUsd": 2.9926,
        "isRange": false,
        "raw": "2.9926"
      },
      "host": {
        "sku": "a3-highgpu-1g",
        "onDemandUsd": 1.18251,
        "spotUsd": null
      },
      "tier": null,
      "network": null,
      "storageClass": null,
      "source": "skypilot-catalog v8 gcp/vms.csv (commit 006059e0)",
      "retrieved": "2026-11",
      "note": "us-east4 lists 9.79655; host VM a3-highgpu-1g 1.18251",
      "flags": [
        {
          "code": "regional_price_spread",
          "severity": "warning",
          "message": "$4.20076 in us-central1 but us-east4 $9.79655: prices differ 2.33× between regions"
        },
        {
          "code": "host_spot_missing",
          "severity": "info",
          "message": "no spot price for host VM a3-highgpu-1g: a spot share pays the host on-demand"
        }
      ]
    },
    {
      "id": "gcp:us-central1:gpu_only:nvidia-l4",
      "kind": "gpu_only",
      "provider": "gcp",
      "region": "us-central1",
      "sku": "nvidia-l4",
      "accelerator": "L4",
      "acceleratorCount": 1,
      "unit": "hour",
      "onDemandUsd": 0.56004,
      "spot": {
        "minUsd": 0.2231,
        "maxUsd": 0.2231,
        "isRange": false,
        "raw": "0.2231"
      },
      "host": null,
      "tier": null,
      "network": null,
      "storageClass": null,
      "source": "skypilot-catalog v8 gcp/vms.csv (commit 006059e0)",
      "retrieved": "2026-11",
      "note": "host VM not read",
      "flags": [
        {
          "code": "host_vm_missing",
          "severity": "warning",
          "message": "the price covers the GPU only and the source gives no host VM price (note: \"host VM not read\"): the host is not priced"
        }
      ]
    },
    {
      "id": "gcp:us-central1:gpu_only:nvidia-tesla-t4",
      "kind": "gpu_only",
      "provider": "gcp",
      "region": "us-central1",
      "sku": "nvidia-tesla-t4",
      "accelerator": "T4",
      "acceleratorCount": 1,
      "unit": "hour",
      "onDemandUsd": 0.35,
      "spot": {
        "minUsd": 0.175,
        "maxUsd": 0.175,
        "isRange": false,
        "raw": "0.175"
      },
      "host": null,
      "tier": null,
      "network": null,
      "storageClass": null,
      "source": "skypilot-catalog v8 gcp/vms.csv (commit 006059e0)",
      "retrieved": "2026-11",
      "note": "host VM not read",
      "flags": [
        {
          "code": "host_vm_missing",
          "severity": "warning",
          "message": "the price covers the GPU only and the source gives no host VM price (note: \"host VM not read\"): the host is not priced"
        }
      ]
    },
    {
      "id": "azure:eastus:gpu_vm:Standard_NC24ads_A100_v4",
      "kind": "gpu_vm",
      "provider": "azure",
      "region": "eastus",
      "sku": "Standard_NC24ads_A100_v4",
      "accelerator": "A100-80GB",
      "acceleratorCount": 1,
      "unit": "hour",
      "onDemandUsd": 3.673,
      "spot": {
        "minUsd": 0.444,
        "maxUsd": 0.444,
        "isRange": false,
        "raw": "0.444"
      },
      "host": null,
      "tier": null,
      "network": null,
      "storageClass": null,
      "source": "skypilot-catalog v6 azure/vms.csv (commit 098741e7)",
      "retrieved": "2026-11",
      "note": "old catalog version",
      "flags": [
        {
          "code": "old_catalog_version",
          "severity": "warning",
          "message": "read from skypilot-catalog v6 while other rows use v8: the price may be out of date"
        }
      ]
    },
    {
      "id": "azure:eastus:gpu_vm:Standard_ND96asr_v4",
      "kind": "gpu_vm",
      "provider": "azure",
      "region": "eastus",
      "sku": "Standard_ND96asr_v4",
      "accelerator": "A100-40GB",
      "acceleratorCount": 8,
      "unit": "hour",
      "onDemandUsd": 27.197,
      "spot": null,
      "host": null,
      "tier": null,
      "network": null,
      "storageClass": null,
      "source": "skypilot-catalog v6 azure/vms.csv (commit 098741e7)",
      "retrieved": "2026-11",
      "note": "old catalog version",
      "flags": [
        {
          "code": "spot_missing",
          "severity": "info",
          "message": "no spot price in the source: a spot share is priced on-demand"
        },
        {
          "code": "old_catalog_version",
          "severity": "warning",
          "message": "read from skypilot-catalog v6 while other rows use v8: the price may be out of date"
        }
      ]
    },
    {
      "id": "azure:eastus:gpu_vm:Standard_ND96amsr_A100_v4",
      "kind": "gpu_vm",
      "provider": "azure",
      "region": "eastus",
      "sku": "Standard_ND96amsr_A100_v4",
      "accelerator": "A100-80GB",
      "acceleratorCount": 8,
      "unit": "hour",
      "onDemandUsd": 32.77,
      "spot": null,
      "host": null,
      "tier": null,
      "network": null,
      "storageClass": null,
      "source": "skypilot-catalog v6 azure/vms.csv (commit 098741e7)",
      "retrieved": "2026-11",
      "note": "old catalog version",
      "flags": [
        {
          "code": "spot_missing",
          "severity": "info",
          "message": "no spot price in the source: a spot share is priced on-demand"
        },
        {
          "code": "old_catalog_version",
          "severity": "warning",
          "message": "read from skypilot-catalog v6 while other rows use v8: the price may be out of date"
        }
      ]
    },
    {
      "id": "azure:eastus:gpu_vm:Standard_NC40ads_H100_v5",
      "kind": "gpu_vm",
      "provider": "azure",
      "region": "eastus",
      "sku": "Standard_NC40ads_H100_v5",
      "accelerator": "H100-80GB",
      "acceleratorCount": 1,
      "unit": "hour",
      "onDemandUsd": 6.98,
      "spot": null,
      "host": null,
      "tier": null,
      "network": null,
      "storageClass": null,
      "source": "skypilot-catalog v6 azure/vms.csv (commit 098741e7)",
      "retrieved": "2026-11",
      "note": "old catalog version",
      "flags": [
        {
          "code": "spot_missing",
          "severity": "info",
          "message": "no spot price in the source: a spot share is priced on-demand"
        },
        {
          "code": "old_catalog_version",
          "severity": "warning",
          "message": "read from skypilot-catalog v6 while other rows use v8: the price may be out of date"
        }
      ]
    },
    {
      "id": "azure:eastus:gpu_vm:Standard_ND96isr_H100_v5",
      "kind": "gpu_vm",
      "provider": "azure",
      "region": "eastus",
      "sku": "Standard_ND96isr_H100_v5",
      "accelerator": "H100-80GB",
      "acceleratorCount": 8,
      "unit": "hour",
      "onDemandUsd": 98.32,
      "spot": null,
      "host": null,
      "tier": null,
      "network": null,
      "storageClass": null,
      "source": "skypilot-catalog v6 azure/vms.csv (commit 098741e7)",
      "retrieved": "2026-11",
      "note": "catalog says 12 GPUs: the machine has 8",
      "flags": [
        {
          "code": "accelerator_count_disputed",
          "severity": "warning",
          "message": "the source catalog lists 12 GPUs but the row uses 8 (catalog says 12 GPUs: the machine has 8)"
        },
        {
          "code": "spot_missing",
          "severity": "info",
          "message": "no spot price in the source: a spot share is priced on-demand"
        },
        {
          "code": "old_catalog_version",
          "severity": "warning",
          "message": "read from skypilot-catalog v6 while other rows use v8: the price may be out of date"
        }
      ]
    },
    {
      "id": "azure:eastus:gpu_vm:Standard_NC4as_T4_v3",
      "kind": "gpu_vm",
      "provider": "azure",
      "region": "eastus",
      "sku": "Standard_NC4as_T4_v3",
      "accelerator": "T4",
      "acceleratorCount": 1,
      "unit": "hour",
      "onDemandUsd": 0.526,
      "spot": {
        "minUsd": 0.0627,
        "maxUsd": 0.0627,
        "isRange": false,
        "raw": "0.0627"
      },
      "host": null,
      "tier": null,
      "network": null,
      "storageClass": null,
      "source": "skypilot-catalog v6 azure/vms.csv (commit 098741e7)",
      "retrieved": "2026-11",
      "note": "old catalog version",
      "flags": [
        {
          "code": "old_catalog_version",
          "severity": "warning",
          "message": "read from skypilot-catalog v6 while other rows use v8: the price may be out of date"
        }
      ]
    },
    {
      "id": "gcp:us-central1:storage:standard",
      "kind": "storage",
      "provider": "gcp",
      "region": "us-central1",
      "sku": "standard",
      "accelerator": null,
      "acceleratorCount": null,
      "unit": "GB-month",
      "onDemandUsd": 0.02,
      "spot": null,
      "host": null,
      "tier": null,
      "network": null,
      "storageClass": "standard",
      "source": "cloud.google.com/storage/pricing",
      "retrieved": "2026-11",
      "note": "0.023 in us-east4 and europe-west3",
      "flags": [
        {
          "code": "regional_price_spread",
          "severity": "info",
          "message": "$0.02 in us-central1 but us-east4 $0.023, europe-west3 $0.023: prices differ 1.15× between regions"
        }
      ]
    },
    {
      "id": "aws:us-east-1:storage:s3-standard-first-50TB",
      "kind": "storage",
      "provider": "aws",
      "region": "us-east-1",
      "sku": "s3-standard-first-50TB",
      "accelerator": null,
      "acceleratorCount": null,
      "unit": "GB-month",
      "onDemandUsd": 0.023,
      "spot": null,
      "host": null,
      "tier": {
        "fromGb": 0,
        "toGb": 51200
      },
      "network": null,
      "storageClass": "standard",
      "source": "aws.amazon.com/s3/pricing (via secondary sources)",
      "retrieved": "2026-11",
      "note": "",
      "flags": []
    },
    {
      "id": "aws:us-east-1:egress:internet-first-100GB-month",
      "kind": "egress",
      "provider": "aws",
      "region": "us-east-1",
      "sku": "internet-first-100GB-month",
      "accelerator": null,
      "acceleratorCount": null,
      "unit": "GB",
      "onDemandUsd": 0,
      "spot": null,
      "host": null,
      "tier": {
        "fromGb": 0,
        "toGb": 100
      },
      "network": "internet",
      "storageClass": null,
      "source": "aws free tier (aggregated across services)",
      "retrieved": "2026-11",
      "note": "",
      "flags": []
    },
    {
      "id": "aws:us-east-1:egress:internet-up-to-10TB",
      "kind": "egress",
      "provider": "aws",
      "region": "us-east-1",
      "sku": "internet-up-to-10TB",
      "accelerator": null,
      "acceleratorCount": null,
      "unit": "GB",
      "onDemandUsd": 0.09,
      "spot": null,
      "host": null,
      "tier": {
        "fromGb": 100,
        "toGb": 10240
      },
      "network": "internet",
      "storageClass": null,
      "source": "aws.amazon.com/ec2/pricing/on-demand (via secondary sources; same in skypilot aws.py)",
      "retrieved": "2026-11",
      "note": "tiers apply to cumulative monthly volume",
      "flags": []
    },
    {
      "id": "aws:us-east-1:egress:internet-next-40TB",
      "kind": "egress",
      "provider": "aws",
      "region": "us-east-1",
      "sku": "internet-next-40TB",
      "accelerator": null,
      "acceleratorCount": null,
      "unit": "GB",
      "onDemandUsd": 0.085,
      "spot": null,
      "host": null,
      "tier": {
        "fromGb": 10240,
        "toGb": 51200
      },
      "network": "internet",
      "storageClass": null,
      "source": "aws.amazon.com/ec2/pricing/on-demand (via secondary sources; same in skypilot aws.py)",
      "retrieved": "2026-11",
      "note": "",
      "flags": []
    },
    {
      "id": "aws:us-east-1:egress:internet-next-100TB",
      "kind": "egress",
      "provider": "aws",
      "region": "us-east-1",
      "sku": "internet-next-100TB",
      "accelerator": null,
      "acceleratorCount": null,
      "unit": "GB",
      "onDemandUsd": 0.07,
      "spot": null,
      "host": null,
      "tier": {
        "fromGb": 51200,
        "toGb": 153600
      },
      "network": "internet",
      "storageClass": null,
      "source": "aws.amazon.com/ec2/pricing/on-demand (via secondary sources; same in skypilot aws.py)",
      "retrieved": "2026-11",
      "note": "",
      "flags": []
    },
    {
      "id": "aws:us-east-1:egress:internet-over-150TB",
      "kind": "egress",
      "provider": "aws",
      "region": "us-east-1",
      "sku": "internet-over-150TB",
      "accelerator": null,
      "acceleratorCount": null,
      "unit": "GB",
      "onDemandUsd": 0.05,
      "spot": null,
      "host": null,
      "tier": {
        "fromGb": 153600,
        "toGb": null
      },
      "network": "internet",
      "storageClass": null,
      "source": "skypilot aws.py only",
      "retrieved": "2026-11",
      "note": "",
      "flags": []
    },
    {
      "id": "gcp:us-central1:egress:premium-0-1TB",
      "kind": "egress",
      "provider": "gcp",
      "region": "us-central1",
      "sku": "premium-0-1TB",
      "accelerator": null,
      "acceleratorCount": null,
      "unit": "GB",
      "onDemandUsd": 0.12,
      "spot": null,
      "host": null,
      "tier": {
        "fromGb": 0,
        "toGb": 1024
      },
      "network": "premium",
      "storageClass": null,
      "source": "cloud.google.com/vpc/network-pricing (via secondary sources; skypilot gcp.py)",
      "retrieved": "2026-11",
      "note": "premium tier north america",
      "flags": []
    },
    {
      "id": "gcp:us-central1:egress:premium-1-10TB",
      "kind": "egress",
      "provider": "gcp",
      "region": "us-central1",
      "sku": "premium-1-10TB",
      "accelerator": null,
      "acceleratorCount": null,
      "unit": "GB",
      "onDemandUsd": 0.11,
      "spot": null,
      "host": null,
      "tier": {
        "fromGb": 1024,
        "toGb": 10240
      },
      "network": "premium",
      "storageClass": null,
      "source": "cloud.google.com/vpc/network-pricing (via secondary sources; skypilot gcp.py)",
      "retrieved": "2026-11",
      "note": "",
      "flags": []
    },
    {
      "id": "gcp:us-central1:egress:premium-over-10TB",
      "kind": "egress",
      "provider": "gcp",
      "region": "us-central1",
      "sku": "premium-over-10TB",
      "accelerator": null,
      "acceleratorCount": null,
      "unit": "GB",
      "onDemandUsd": 0.08,
      "spot": null,
      "host": null,
      "tier": {
        "fromGb": 10240,
        "toGb": null
      },
      "network": "premium",
      "storageClass": null,
      "source": "cloud.google.com/vpc/network-pricing (via secondary sources; skypilot gcp.py)",
      "retrieved": "2026-11",
      "note": "",
      "flags": []
    },
    {
      "id": "gcp:us-central1:egress:standard-tier-0-10TB",
      "kind": "egress",
      "provider": "gcp",
      "region": "us-central1",
      "sku": "standard-tier-0-10TB",
      "accelerator": null,
      "acceleratorCount": null,
      "unit": "GB",
      "onDemandUsd": 0.085,
      "spot": null,
      "host": null,
      "tier": {
        "fromGb": 0,
        "toGb": 10240
      },
      "network": "standard",
      "storageClass": null,
      "source": "secondary source (March 2026)",
      "retrieved": "2026-11",
      "note": "standard tier",
      "flags": []
    },
    {
      "id": "azure:eastus:egress:internet-first-100GB-month",
      "kind": "egress",
      "provider": "azure",
      "region": "eastus",
      "sku": "internet-first-100GB-month",
      "accelerator": null,
      "acceleratorCount": null,
      "unit": "GB",
      "onDemandUsd": 0,
      "spot": null,
      "host": null,
      "tier": {
        "fromGb": 0,
        "toGb": 100
      },
      "network": "internet",
      "storageClass": null,
      "source": "azure bandwidth pricing (via secondary source)",
      "retrieved": "2026-11",
      "note": "",
      "flags": []
    },
    {
      "id": "azure:eastus:egress:internet-up-to-10TB",
      "kind": "egress",
      "provider": "azure",
      "region": "eastus",
      "sku": "internet-up-to-10TB",
      "accelerator": null,
      "acceleratorCount": null,
      "unit": "GB",
      "onDemandUsd": 0.0875,
      "spot": null,
      "host": null,
      "tier": {
        "fromGb": 100,
        "toGb": 10240
      },
      "network": "internet",
      "storageClass": null,
      "source": "skypilot azure.py only (unverified against azure.microsoft.com/pricing/details/bandwidth)",
      "retrieved": "2026-11",
      "note": "",
      "flags": [
        {
          "code": "unverified_source",
          "severity": "info",
          "message": "source not checked against the provider: skypilot azure.py only (unverified against azure.microsoft.com/pricing/details/bandwidth)"
        }
      ]
    },
    {
      "id": "azure:eastus:egress:internet-next-40TB",
      "kind": "egress",
      "provider": "azure",
      "region": "eastus",
      "sku": "internet-next-40TB",
      "accelerator": null,
      "acceleratorCount": null,
      "unit": "GB",
      "onDemandUsd": 0.083,
      "spot": null,
      "host": null,
      "tier": {
        "fromGb": 10240,
        "toGb": 51200
      },
      "network": "internet",
      "storageClass": null,
      "source": "skypilot azure.py only (unverified against azure.microsoft.com/pricing/details/bandwidth)",
      "retrieved": "2026-11",
      "note": "",
      "flags": [
        {
          "code": "unverified_source",
          "severity": "info",
          "message": "source not checked against the provider: skypilot azure.py only (unverified against azure.microsoft.com/pricing/details/bandwidth)"
        }
      ]
    },
    {
      "id": "azure:eastus:egress:internet-next-100TB",
      "kind": "egress",
      "provider": "azure",
      "region": "eastus",
      "sku": "internet-next-100TB",
      "accelerator": null,
      "acceleratorCount": null,
      "unit": "GB",
      "onDemandUsd": 0.07,
      "spot": null,
      "host": null,
      "tier": {
        "fromGb": 51200,
        "toGb": 153600
      },
      "network": "internet",
      "storageClass": null,
      "source": "skypilot azure.py only (unverified against azure.microsoft.com/pricing/details/bandwidth)",
      "retrieved": "2026-11",
      "note": "",
      "flags": [
        {
          "code": "unverified_source",
          "severity": "info",
          "message": "source not checked against the provider: skypilot azure.py only (unverified against azure.microsoft.com/pricing/details/bandwidth)"
        }
      ]
    },
    {
      "id": "azure:eastus:egress:internet-over-150TB",
      "kind": "egress",
      "provider": "azure",
      "region": "eastus",
      "sku": "internet-over-150TB",
      "accelerator": null,
      "acceleratorCount": null,
      "unit": "GB",
      "onDemandUsd": 0.05,
      "spot": null,
      "host": null,
      "tier": {
        "fromGb": 153600,
        "toGb": null
      },
      "network": "internet",
      "storageClass": null,
      "source": "skypilot azure.py only (unverified against azure.microsoft.com/pricing/details/bandwidth)",
      "retrieved": "2026-11",
      "note": "",
      "flags": [
        {
          "code": "unverified_source",
          "severity": "info",
          "message": "source not checked against the provider: skypilot azure.py only (unverified against azure.microsoft.com/pricing/details/bandwidth)"
        }
      ]
    },
    {
      "id": "aws:us-east-1:ingress:internet-ingress",
      "kind": "ingress",
      "provider": "aws",
      "region": "us-east-1",
      "sku": "internet-ingress",
      "accelerator": null,
      "acceleratorCount": null,
      "unit": "GB",
      "onDemandUsd": 0,
      "spot": null,
      "host": null,
      "tier": null,
      "network": null,
      "storageClass": null,
      "source": "cloud-prices.md (hub reference notes): \"Ingress into all three clouds is free\"",
      "retrieved": "2026-11",
      "note": "not in cloud-prices.csv: added so every estimate line has a price row",
      "flags": []
    },
    {
      "id": "gcp:us-central1:ingress:internet-ingress",
      "kind": "ingress",
      "provider": "gcp",
      "region": "us-central1",
      "sku": "internet-ingress",
      "accelerator": null,
      "acceleratorCount": null,
      "unit": "GB",
      "onDemandUsd": 0,
      "spot": null,
      "host": null,
      "tier": null,
      "network": null,
      "storageClass": null,
      "source": "cloud-prices.md (hub reference notes): \"Ingress into all three clouds is free\"",
      "retrieved": "2026-11",
      "note": "not in cloud-prices.csv: added so every estimate line has a price row",
      "flags": []
    },
    {
      "id": "azure:eastus:ingress:internet-ingress",
      "kind": "ingress",
      "provider": "azure",
      "region": "eastus",
      "sku": "internet-ingress",
      "accelerator": null,
      "acceleratorCount": null,
      "unit": "GB",
      "onDemandUsd": 0,
      "spot": null,
      "host": null,
      "tier": null,
      "network": null,
      "storageClass": null,
      "source": "cloud-prices.md (hub reference notes): \"Ingress into all three clouds is free\"",
      "retrieved": "2026-11",
      "note": "not in cloud-prices.csv: added so every estimate line has a price row",
      "flags": []
    }
  ]
};
