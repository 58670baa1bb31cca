// Generated from /api/openapi.json by `npm run api:types` (openapi-typescript); do not edit.
export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness and database reachability */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tools": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tools
         * @description Published tools by default, filtered and sorted, with cursor pagination.
         */
        get: operations["listTools"];
        put?: never;
        /**
         * Create a tool
         * @description Creates a published entry. Needs the `write` scope; the owner group defaults to the token's group.
         */
        post: operations["createTool"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tools/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one tool
         * @description Pending tools are visible to admin tokens only.
         */
        get: operations["getTool"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a tool
         * @description Changes the fields sent (JSON merge of top-level fields). Needs `write` and the same group as the tool, or `admin`; a tool without an owner group (the seeded ones) and `ownerGroup` itself only `admin`. Each change is recorded in the history.
         */
        patch: operations["updateTool"];
        trace?: never;
    };
    "/api/tools/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Suggest a tool
         * @description Anyone may suggest a tool, no token needed. It lands as `pending` until an admin approves it. Rate-limited per client address (default 5 per hour).
         */
        post: operations["suggestTool"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tools/{slug}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a suggested tool
         * @description Publishes a pending tool: its page shows at the next request. Needs `admin`. The body names the owner group whose writers may change it from now on; without a body (or with `ownerGroup: null`) only admins may.
         */
        post: operations["approveTool"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tools/{slug}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who changed a tool
         * @description Every change to the tool, newest first: the action, the token and its group, and each changed field before and after. For admins and the owner group's tokens (403 for others); a tool the caller cannot see is a 404.
         */
        get: operations["getToolHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/hardware": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List hardware pools
         * @description Pools by name, filtered by accelerator kind, network zone, scheduler and availability, with cursor pagination.
         */
        get: operations["listHardwarePools"];
        put?: never;
        /**
         * Create a hardware pool
         * @description Needs the `write` scope. The pool belongs to the token's group (an admin may name another group); every listed tool must be a published tool of the directory.
         */
        post: operations["createHardwarePool"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/hardware/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one hardware pool
         * @description The pool with its latest capacity report.
         */
        get: operations["getHardwarePool"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a hardware pool
         * @description Changes the fields sent. Needs `write` and the pool owner group, or `admin`; a pool without owner group only `admin`.
         */
        patch: operations["updateHardwarePool"];
        trace?: never;
    };
    "/api/hardware/{slug}/capacity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Capacity history of a pool
         * @description Every capacity report of the pool, newest observation first, with cursor pagination.
         */
        get: operations["listHardwareCapacity"];
        put?: never;
        /**
         * Report a pool capacity
         * @description Free GPUs, GPUs in service, queue length and status as observed now (or at `observedAt`). Every report is kept; the pool shows the latest. Needs `write` and the pool owner group, or `admin`.
         */
        post: operations["reportHardwareCapacity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/search/suggest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Suggestions as you type, grouped by kind
         * @description A small answer for a search box: per kind (models, datasets, tools, hardware) the names and pages of the best `limit` entries whose name, summary, tags or task hold every word (prefixes). Words that no entry has as typed also match their closest indexed words (typo tolerance; listed in `alternatives`), ranked after exact matches. Public, cacheable for a minute.
         */
        get: operations["suggestSearch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Full-text search over everything public, with facets
         * @description One index over tools, models and datasets (public entries only). Words are matched as prefixes and all must match; results are ranked by relevance (bm25: name and tags weigh most), entries whose name, summary, tags or task hold every word first, then those that need the card or description. For very broad words each of these two tiers ranks its newest 500 matches, so deep pages of such queries end early: narrow them with filters. Narrow with `kind` and the facet filters; each facet comes back with counts. Without words, filters browse newest first. Page with `cursor`.
         */
        get: operations["search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/onnx/inspect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Inspect an ONNX model and check which engines can run it
         * @description Send the raw bytes of an .onnx file as the body (`Content-Type: application/octet-stream`, at most 32 MiB), e.g. `curl --data-binary @model.onnx -H "Content-Type: application/octet-stream" https://hub/api/onnx/inspect`. Returns the same report as the /inspect/ page and `npx hub onnx inspect`: metadata, inputs and outputs, weights, operator histogram, node list, and the operator coverage against ONNX Runtime CPU, onnxruntime-web WebGPU, TMVA SOFIE and hls4ml. Nothing is stored. No token needed; at most 30 requests per 60 s per client. Files with external data are inspected without it.
         */
        post: operations["inspectOnnxModel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/costs/prices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The price table
         * @description The current price version (or `?version=`) and its rows, each with source, retrieval date and anomaly flags. List prices change.
         */
        get: operations["getPriceTable"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/costs/price-versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List price versions
         * @description Newest effective date first, with which one is current.
         */
        get: operations["listPriceVersions"];
        put?: never;
        /**
         * Publish a price version
         * @description A complete price table (as JSON `rows` or as `csv`), checked with the same rules as the seed: each row needs a source and a retrieval date; anomaly flags, volume tiers and host VM parts are computed by the server. The version becomes current on its effective date; saved estimates keep the version they used. Needs `admin`.
         */
        post: operations["createPriceVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/costs/estimate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Estimate a training campaign
         * @description Prices compute, storage and transfer on every cloud region of the price version (or the `options` asked for) and on the lab's own resources (an assumed rate). Every cost component names its price row, source and retrieval date. Nothing is stored.
         */
        post: operations["estimateCost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/costs/estimates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Save an estimate
         * @description Computes the estimate like `POST /api/costs/estimate` and stores it with its price version, to share by id. Needs `write`.
         */
        post: operations["saveCostEstimate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/costs/estimates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a saved estimate
         * @description The estimate as it was saved, with the price version it used, even after newer prices are published.
         */
        get: operations["getCostEstimate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List webhook sources */
        get: operations["listWebhookSources"];
        put?: never;
        /**
         * Register a webhook source
         * @description Creates a source for a group and returns its signing secret **once** (only an encrypted copy is kept). CI signs deliveries to `endpoint` with it (Standard Webhooks; GitHub and GitLab use the same string as their secret). `mappings` say which model a native GitHub or GitLab run reports on. Needs `admin`.
         */
        post: operations["createWebhookSource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/sources/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a webhook source */
        get: operations["getWebhookSource"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename a source, change its accepted schemes or its mapping rules */
        patch: operations["updateWebhookSource"];
        trace?: never;
    };
    "/api/webhooks/sources/{id}/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate a source secret
         * @description Issues a new secret (shown once). The previous one keeps verifying for `overlapSeconds` (default one day), so CI can switch without dropping deliveries; then it stops.
         */
        post: operations["rotateWebhookSourceSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/sources/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disable a source
         * @description Deliveries to a disabled source are answered 410 Gone (senders following Standard Webhooks stop retrying).
         */
        post: operations["disableWebhookSource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/sources/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enable a disabled source */
        post: operations["enableWebhookSource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/sources/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Inbound delivery log of a source
         * @description Accepted, rejected (4xx) and ignored (2xx, nothing recorded) deliveries, newest first, with the reason for each rejection or ignored event. Unsigned requests (401) are not stored.
         */
        get: operations["listWebhookSourceDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/event-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Event types and their JSON schemas
         * @description Every `type@version` a delivery may carry, with its JSON schema (also in this document's components) and an example payload.
         */
        get: operations["listEventTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/outbound/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run due outbound deliveries and time-based policies now
         * @description Sends outbound webhooks whose retry time has come and checks max-age retraining policies. The Node host does this by itself; on the edge host call it from a scheduler (e.g. a Cloudflare Cron Trigger or a CI schedule) every minute. Needs `admin`.
         */
        post: operations["runOutboundDeliveries"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/hooks/{sourceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deliver a signed lifecycle event
         * @description CI posts events here, signed with the source secret as **Standard Webhooks** (`webhook-id`, `webhook-timestamp`, `webhook-signature: v1,…`), **GitHub** (`X-Hub-Signature-256`, `X-GitHub-Delivery`) or **GitLab** (`X-Gitlab-Token`, `Idempotency-Key`). A 200 is sent only once the event is durably stored. The delivery id is the idempotency key: a repeat is answered 200 with `duplicate: true` and changes nothing. GitHub's delivery id is not signed, so a GitHub signature accepted once is refused (409) under any other delivery id. Timestamps more than 300 s off are refused. Bodies up to 1 MiB by default, nested at most 64 deep with at most 10000 keys.
         *
         *     The body is the hub's envelope under every scheme, or what GitHub and GitLab send themselves: **GitHub** `workflow_run` / `workflow_job` become `job.queued` (requested, queued, waiting), `job.started` (in_progress), `job.succeeded` (completed: success) or `job.failed` (completed: failure, cancelled, timed_out, action_required, startup_failure, stale); `release` published becomes `release.published`; `ping` is answered 200. **GitLab** Pipeline Hook and Job Hook become `job.queued` (created, pending, preparing, waiting_for_resource, scheduled), `job.started` (running), `job.succeeded` (success) or `job.failed` (failed, canceled); a Release Hook with action create becomes `release.published`. GitLab authenticates with `X-Gitlab-Token`, or with a signing token (the source secret): Standard Webhooks headers beside `X-Gitlab-Event`. The source's `mappings` name the model of each native run. Any other native event or action, a skipped or neutral run, and a run no rule matches are answered **202** and listed as `ignored` in the delivery log with the reason.
         */
        post: operations["deliverHookEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/models/{slug}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A model's lifecycle timeline
         * @description Every event about the model (CI jobs, versions, evaluations, benchmarks, alias moves, deployments, dataset versions it is linked to, retrain requests), newest first. Changes reported by CI have `origin: "webhook"`; those made through this API (`model.version.registered`, `model.alias.moved`, `model.alias.removed`, `model.deployed`, `model.undeployed`) have `origin: "hub"` and name the token in `data.actor`. The log is append-only. For live updates poll with `after=<latestId>`: newer events, oldest first.
         */
        get: operations["listModelEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/models/{slug}/retrain-policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retraining policies of a model */
        get: operations["listRetrainPolicies"];
        put?: never;
        /**
         * Add a retraining policy
         * @description When a policy fires, the hub opens a retrain request and sends a signed webhook to the model's trigger URL. Needs `maintainer` and the model's group.
         */
        post: operations["createRetrainPolicy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/models/{slug}/retrain-policies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One retraining policy */
        get: operations["getRetrainPolicy"];
        put?: never;
        post?: never;
        /**
         * Delete a retraining policy
         * @description Requests it opened stay (they point at no policy any more). Needs `maintainer` and the model's group.
         */
        delete: operations["deleteRetrainPolicy"];
        options?: never;
        head?: never;
        /**
         * Change a retraining policy
         * @description Enable or disable it, or replace its configuration (validated against its kind). Needs `maintainer` and the model's group.
         */
        patch: operations["updateRetrainPolicy"];
        trace?: never;
    };
    "/api/models/{slug}/retrain-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrain requests of a model
         * @description Newest first. Status: open → triggered (CI acknowledged the webhook) → closed (a job.succeeded named it) or failed.
         */
        get: operations["listRetrainRequests"];
        put?: never;
        /**
         * Request a retraining by hand
         * @description Opens a retrain request and sends the signed trigger to the model's trigger URL (if one is set). CI closes it by reporting a training `job.succeeded` with `job.retrainRequest`. Needs `maintainer` and the model's group.
         */
        post: operations["createRetrainRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/models/{slug}/retrain-requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One retrain request */
        get: operations["getRetrainRequest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/models/{slug}/trigger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The model's retraining trigger
         * @description Where retrain requests are sent (query values hidden; `url` for the owner group and admins only, null for others) and whether it is active; a 410 from the receiver disables it.
         */
        get: operations["getRetrainTrigger"];
        /**
         * Set the model's retraining trigger
         * @description Sets (or replaces, re-enabling it) the URL retrain requests are POSTed to, signed as Standard Webhooks. The signing secret is returned when first created or with `rotateSecret`. Loopback, private and link-local targets are refused unless the hub allows them. Needs `maintainer` and the model's group.
         */
        put: operations["setRetrainTrigger"];
        post?: never;
        /**
         * Remove the model's retraining trigger
         * @description Pending deliveries to it are dropped; requests stay open. Needs `maintainer` and the model's group.
         */
        delete: operations["deleteRetrainTrigger"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/models/{slug}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Outbound webhook log of a model
         * @description Retrain triggers sent to the model's trigger URL: status, attempts, last response code and latency, and every attempt. Newest first. Shown to the owner group and admins only (send their token); for anyone else the log is a 404.
         */
        get: operations["listModelDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/models/{slug}/deliveries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One outbound delivery with its attempts
         * @description Shown to the owner group and admins only (send their token); for anyone else it is a 404.
         */
        get: operations["getModelDelivery"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/models/{slug}/deliveries/{id}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a delivery again
         * @description Queues a finished (delivered, failed or cancelled) delivery again with the same `webhook-id` and a fresh retry budget. Needs `maintainer` and the model's group.
         */
        post: operations["redeliverModelDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List groups
         * @description Experiments, sectors and teams that own models and datasets. Every token belongs to one of them.
         */
        get: operations["listGroups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/groups/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one group */
        get: operations["getGroup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tokens
         * @description Every token with its scopes, group and state, oldest first; never a secret. Needs `admin`.
         */
        get: operations["listTokens"];
        put?: never;
        /**
         * Create a token
         * @description Creates a token for a group (e.g. for a CI pipeline) and returns its secret **once**. Needs `admin`.
         */
        post: operations["createToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke a token
         * @description Revokes the token at once; it stays listed as `revoked`. An admin cannot revoke the token making the request. Needs `admin`.
         */
        delete: operations["revokeToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/datasets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List datasets
         * @description Datasets you may see (public ones, plus your group's internal ones), filtered and sorted, with cursor pagination.
         */
        get: operations["listDatasets"];
        put?: never;
        /**
         * Register a dataset
         * @description Describes a dataset (the hub never stores data). Needs `write`; the owner is the token's group (admins may name another). Add versions with `POST /api/datasets/{slug}/versions`.
         */
        post: operations["createDataset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/datasets/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one dataset */
        get: operations["getDataset"];
        put?: never;
        post?: never;
        /**
         * Delete a dataset and its versions
         * @description Deletes the dataset record with its versions and replicas (never the data); refused (409) while a model version names one of its versions as training or evaluation data, a metric was measured on one, or a retrain policy watches it. Needs `write` and the owner group's token, or `admin`. Recorded as a timeline event and an audit record.
         */
        delete: operations["deleteDataset"];
        options?: never;
        head?: never;
        /**
         * Change a dataset
         * @description Changes the fields sent. Needs `write` and the dataset's group, or `admin`.
         */
        patch: operations["updateDataset"];
        trace?: never;
    };
    "/api/datasets/{slug}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the versions of a dataset
         * @description Newest first, with replicas and the model versions that used each.
         */
        get: operations["listDatasetVersions"];
        put?: never;
        /**
         * Register a dataset version
         * @description Records a new immutable snapshot: exact size in bytes, file count, manifest checksum, what produced it and at least one replica. The label is yours (e.g. `v3`, `mc23a`) and unique per dataset. Needs `write` and the dataset's group, or `admin`.
         */
        post: operations["createDatasetVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/datasets/{slug}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one dataset version */
        get: operations["getDatasetVersion"];
        put?: never;
        post?: never;
        /**
         * Delete a dataset version
         * @description Deletes the version record and its replicas; refused (409) while a model version names it as its data or a metric was measured on it. Needs `write` and the owner group's token, or `admin`. Recorded as a timeline event and an audit record.
         */
        delete: operations["deleteDatasetVersion"];
        options?: never;
        head?: never;
        /**
         * Change a dataset version's description
         * @description Size, file count and replicas identify the data and do not change; description, checksum and producer may be corrected.
         */
        patch: operations["updateDatasetVersion"];
        trace?: never;
    };
    "/api/datasets/{slug}/versions/{version}/replicas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a replica to a dataset version */
        post: operations["addDatasetReplica"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List models
         * @description Models you may see (public ones, plus your group's internal ones), filtered and sorted, with cursor pagination. `framework`, `format` and `precision` match models with at least one artifact of that kind.
         */
        get: operations["listModels"];
        put?: never;
        /**
         * Register a model
         * @description Creates a model (no versions yet). Needs `write`; the owner is the token's group (admins may name another). Send a Hugging Face-style `card` to fill the fields from its front matter; fields sent explicitly win.
         */
        post: operations["createModel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/models/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one model
         * @description The model with its card and aliases. The version an alias points at is `GET /api/models/{slug}/aliases/{alias}/version`.
         */
        get: operations["getModel"];
        put?: never;
        post?: never;
        /**
         * Delete a model and its versions
         * @description Deletes the model with its versions, artifacts, metrics and benchmark results; refused (409) while an alias points at one of its versions, a version of another model derives from one, a deployment or HPO trial names one, or a retrain policy belongs to it. Needs `write` and the owner group's token, or `admin`. Recorded as a timeline event and an audit record.
         */
        delete: operations["deleteModel"];
        options?: never;
        head?: never;
        /**
         * Change a model
         * @description Changes the fields sent. Needs `write` and the model's group, or `admin`.
         */
        patch: operations["updateModel"];
        trace?: never;
    };
    "/api/models/{slug}/aliases/{alias}/version": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Resolve an alias: the version `production` (or any alias) points at
         * @description E.g. `GET /api/models/gn2/aliases/production/version`. `latest` resolves to the newest version whose status is `ready`. `Content-Location` names the version (`/api/models/{slug}/versions/{n}`). The short form `/api/models/gn2@production` answers the same.
         */
        get: operations["getModelVersionByAlias"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/models/{slug}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the versions of a model
         * @description Newest first by default, each with artifacts, metrics, datasets, lineage and aliases.
         */
        get: operations["listModelVersions"];
        put?: never;
        /**
         * Register a model version
         * @description The hub assigns the number (1, 2, 3 …, never reused, also under concurrent registration) and answers 201 with `Location`. Artifacts, hyper-parameters, metrics, dataset links, parent and training job are stored in the same transaction, with a `model.version.registered` event on the model's lifecycle timeline. Needs `write` and the model's group, or `admin`. Dataset versions and the parent must exist (422 otherwise).
         */
        post: operations["createModelVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/models/{slug}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one model version */
        get: operations["getModelVersion"];
        put?: never;
        post?: never;
        /**
         * Delete a model version
         * @description Deletes the version with its artifacts, metrics and benchmark results; refused (409) while an alias points at it (or its history names it), another version derives from it, or a deployment or HPO trial names it. Needs `write` and the owner group's token, or `admin`. Recorded as a timeline event and an audit record.
         */
        delete: operations["deleteModelVersion"];
        options?: never;
        head?: never;
        /**
         * Change a version's status, notes or training job
         * @description E.g. `{"status": "ready"}` once CI finished uploading. Artifacts and metrics are added with their own endpoints.
         */
        patch: operations["updateModelVersion"];
        trace?: never;
    };
    "/api/models/{slug}/versions/{version}/artifacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add artifacts to a version
         * @description For CI that registers a version first and uploads artifacts afterwards. Names must be new within the version.
         */
        post: operations["addModelArtifacts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/models/{slug}/versions/{version}/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add metrics to a version
         * @description For evaluations that run after registration. Dataset versions must exist (422 otherwise).
         */
        post: operations["addModelMetrics"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/models/{slug}/aliases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a model's aliases
         * @description `production` first, then by name.
         */
        get: operations["listModelAliases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/models/{slug}/aliases/{alias}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Point an alias at a version (create or move it)
         * @description Moves the alias and records the move (from, to, who, when, reason) in one transaction, with a `model.alias.moved` event on the lifecycle timeline. `production` and aliases marked protected need `maintainer`, as does changing `protected`; a refused move changes nothing. The target must be a `ready` version. 201 when the alias is new, 200 when it moved (or already pointed there).
         */
        put: operations["setModelAlias"];
        post?: never;
        /**
         * Remove an alias
         * @description Records the removal in the history and as a `model.alias.removed` event on the lifecycle timeline. Protected aliases (and `production`) need `maintainer`.
         */
        delete: operations["deleteModelAlias"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/models/{slug}/alias-history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Alias history: every move, newest first */
        get: operations["listModelAliasHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/models/{slug}/deployments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where a model's versions run
         * @description Newest first; `active=true` for running deployments only.
         */
        get: operations["listModelDeployments"];
        put?: never;
        /**
         * Record a deployment
         * @description Records that a version runs somewhere (a CMSSW release, LHCb HLT1/Allen, a Triton server, an FPGA board) since a time, with a `model.deployed` event on the lifecycle timeline. Needs `write` and the model's group.
         */
        post: operations["createModelDeployment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/models/{slug}/deployments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one deployment */
        get: operations["getModelDeployment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/models/{slug}/deployments/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End a deployment
         * @description Marks a running deployment as ended (default: now), with a `model.undeployed` event on the lifecycle timeline. 409 when it has already ended.
         */
        post: operations["endModelDeployment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/models/{slug}/versions/{version}/benchmarks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Benchmark results of a model version
         * @description The same list as `GET /api/benchmarks?model=…&version=…`. With `include=family` it adds the versions that name this one as parent (fp16, int8 and pruned variants), its parent and its siblings, for side-by-side comparisons.
         */
        get: operations["listModelVersionBenchmarks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/models/{slug}/studies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A model's HPO studies */
        get: operations["listModelStudies"];
        put?: never;
        /**
         * Create an HPO study
         * @description Objective, search space (Optuna's distributions), sampler and budget. Needs `write` and the model's group; 409 when the slug is taken.
         */
        post: operations["createModelStudy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/models/{slug}/studies/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a study from an Optuna journal
         * @description Takes the text of an Optuna JournalStorage file (JournalFileBackend, one JSON operation per line), replays it as Optuna does and stores one of its studies with every trial that ran: parameters, state, values, intermediate values, start and end. Trial user attributes `ci_job_id`, `ci_job_url` and `gpu_hours` fill the trial's job and GPU-hours. 400 for an unreadable journal, 422 when the study is missing, ambiguous or has no direction, 409 when the slug is taken.
         */
        post: operations["importModelStudy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/models/{slug}/studies/{study}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one HPO study
         * @description With trial counts by state, GPU-hours used, trials left and the best trial so far.
         */
        get: operations["getModelStudy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change an HPO study
         * @description Name, description, status (`stopped` and `complete` refuse new trials), budget, GPU type.
         */
        patch: operations["updateModelStudy"];
        trace?: never;
    };
    "/api/models/{slug}/studies/{study}/trials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A study's trials
         * @description In trial-number order, with intermediate values; `state` filters.
         */
        get: operations["listStudyTrials"];
        put?: never;
        /**
         * Start (or report) a trial
         * @description Numbers it 0, 1, 2 … as Optuna does. Parameters must lie in the search space (400 with a path per parameter). 409 when the study is not running or its trial or GPU-hour budget is used up. A finished `state` reports a whole trial at once.
         */
        post: operations["createStudyTrial"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/models/{slug}/studies/{study}/trials/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one trial */
        get: operations["getStudyTrial"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/models/{slug}/studies/{study}/trials/{number}/intermediate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report an intermediate value
         * @description The value at a step (an epoch); a step reported again is replaced. 409 once the trial finished.
         */
        post: operations["reportTrialIntermediateValue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/models/{slug}/studies/{study}/trials/{number}/finish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Finish a trial
         * @description COMPLETE (with its value), PRUNED or FAIL. 409 when it already finished.
         */
        post: operations["finishStudyTrial"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/models/{slug}/studies/{study}/promote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Promote the best trial to a model version
         * @description Registers a version whose hyper-parameters are the trial's parameters (plus `hpo`: study, trial, sampler, page URL), with the objective as a metric and the trial's CI job as training job. Default: the best COMPLETE trial. 409 when there is none, the trial is not COMPLETE, or it was promoted before.
         */
        post: operations["promoteStudyTrial"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/benchmarks/data-access": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List storage-access results
         * @description Storage-access benchmark results you may see (public ones, plus your group’s internal ones), filtered by storage, protocol, file format, reader, cache state, concurrency, hardware pool and dataset, with cursor pagination.
         */
        get: operations["listDataAccessResults"];
        put?: never;
        /**
         * Record a storage-access result
         * @description Stores one storage-access measurement (as `npm run bench:storage` writes it). Needs `write`; the result belongs to the token’s group. Results are immutable: to correct one, post a new result with `supersedes` (your group’s, or any as admin). The hub judges validity itself (at least 3 passes, 0.5 s and a throughput CV ≤ 10 %). CI can send the same record signed, as a `benchmark.data_access.reported` event.
         */
        post: operations["createDataAccessResult"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/benchmarks/data-access/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one storage-access result
         * @description The full record: storage, file, reader, settings, results, environment, validity and provenance.
         */
        get: operations["getDataAccessResult"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/models/{slug}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Archive a model
         * @description Hides it from lists, facets, search, sitemaps and the home page; it stays resolvable by URL and API, shown as archived (`archivedAt`, `archivedBy`). Archiving an archived entry changes nothing. Needs `write` and the owner group's token, or `admin`. Recorded as a timeline event and an audit record.
         */
        post: operations["archiveModel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/models/{slug}/versions/{version}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Archive a model version
         * @description Hides it from lists, facets, search, sitemaps and the home page; it stays resolvable by URL and API, shown as archived (`archivedAt`, `archivedBy`). Archiving an archived entry changes nothing. An archived version is left out of version lists and of `@latest`. Needs `write` and the owner group's token, or `admin`. Recorded as a timeline event and an audit record.
         */
        post: operations["archiveModelVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/models/{slug}/unarchive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unarchive a model
         * @description Brings an archived entry back into lists and search. Unarchiving an entry that is not archived changes nothing. Needs `write` and the owner group's token, or `admin`. Recorded as a timeline event and an audit record.
         */
        post: operations["unarchiveModel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/models/{slug}/versions/{version}/unarchive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unarchive a model version
         * @description Brings an archived entry back into lists and search. Unarchiving an entry that is not archived changes nothing. An archived version is left out of version lists and of `@latest`. Needs `write` and the owner group's token, or `admin`. Recorded as a timeline event and an audit record.
         */
        post: operations["unarchiveModelVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/datasets/{slug}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Archive a dataset
         * @description Hides it from lists, facets, search, sitemaps and the home page; it stays resolvable by URL and API, shown as archived (`archivedAt`, `archivedBy`). Archiving an archived entry changes nothing. Needs `write` and the owner group's token, or `admin`. Recorded as a timeline event and an audit record.
         */
        post: operations["archiveDataset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/datasets/{slug}/versions/{version}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Archive a dataset version
         * @description Hides it from lists, facets, search, sitemaps and the home page; it stays resolvable by URL and API, shown as archived (`archivedAt`, `archivedBy`). Archiving an archived entry changes nothing. An archived version is left out of version lists. Needs `write` and the owner group's token, or `admin`. Recorded as a timeline event and an audit record.
         */
        post: operations["archiveDatasetVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/datasets/{slug}/unarchive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unarchive a dataset
         * @description Brings an archived entry back into lists and search. Unarchiving an entry that is not archived changes nothing. Needs `write` and the owner group's token, or `admin`. Recorded as a timeline event and an audit record.
         */
        post: operations["unarchiveDataset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/datasets/{slug}/versions/{version}/unarchive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unarchive a dataset version
         * @description Brings an archived entry back into lists and search. Unarchiving an entry that is not archived changes nothing. An archived version is left out of version lists. Needs `write` and the owner group's token, or `admin`. Recorded as a timeline event and an audit record.
         */
        post: operations["unarchiveDatasetVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/benchmarks/community": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a latency measured in your browser
         * @description No token. For public models only; marked `community` (no other source can be claimed), the device is read from the `User-Agent` header and the WebGPU adapter sent, throughput is computed by the hub, and the hub judges validity. At most 20 per client per hour.
         */
        post: operations["submitCommunityBenchmark"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/benchmarks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List benchmark results
         * @description Results you may see (those of public models, plus your group's internal ones), filtered, sorted and paginated with a cursor. `?format=csv` (or `Accept: text/csv`) returns the same rows as CSV with every field.
         */
        get: operations["listBenchmarks"];
        put?: never;
        /**
         * Record a benchmark result
         * @description Stores one result of a model version (as `npm run bench:models` writes it). Needs `write`; the model must belong to the token's group (admins: any). Results are immutable: to correct one, post a new result with `supersedes`. The hub judges validity itself (see BenchmarkValidity). CI can send the same record signed, as the `result` of a `benchmark.completed` event.
         */
        post: operations["createBenchmark"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/benchmarks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one benchmark result
         * @description The full record: model version and artifact, engine, hardware, software, settings, every statistic, validity with reasons and provenance.
         */
        get: operations["getBenchmark"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/2.0/mlflow/registered-models/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a registered model (a hub model)
         * @description MLflow `CreateRegisteredModel`. The model is owned by the token's group, public, task `other`; the description becomes its card. A name that is not a slug gets a slugified slug and keeps its exact MLflow name.
         */
        post: operations["mlflowCreateRegisteredModel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/2.0/mlflow/registered-models/get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a registered model */
        get: operations["mlflowGetRegisteredModel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/2.0/mlflow/registered-models/rename": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rename a registered model (changes its slug) */
        post: operations["mlflowRenameRegisteredModel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/2.0/mlflow/registered-models/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update a registered model's description (its card) */
        patch: operations["mlflowUpdateRegisteredModel"];
        trace?: never;
    };
    "/api/2.0/mlflow/registered-models/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a registered model and its versions
         * @description Refused with `INVALID_PARAMETER_VALUE` while a version has dependents (an alias now or in the history, a deployment, a benchmark result, a fine-tuned child). The body is JSON, as MLflow sends it.
         */
        delete: operations["mlflowDeleteRegisteredModel"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/2.0/mlflow/registered-models/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search registered models
         * @description Filters: `name` (`=`, `!=`, `LIKE`, `ILIKE`), `tags.<key>`, joined with `AND`. `max_results` default 100, at most 1000; the hub answers at most 100 per page and gives `next_page_token` for the rest.
         */
        get: operations["mlflowSearchRegisteredModels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/2.0/mlflow/registered-models/get-latest-versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Latest version per stage (query form) */
        get: operations["mlflowGetLatestVersionsGet"];
        put?: never;
        /**
         * Latest version per stage (stages read the staging/production aliases)
         * @description `Production`/`Staging`: the version the `production`/`staging` alias points at; `None`: the newest ready version neither points at; `Archived`: none. A read, sent as POST by MLflow's client.
         */
        post: operations["mlflowGetLatestVersions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/2.0/mlflow/registered-models/set-tag": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a registered-model tag */
        post: operations["mlflowSetRegisteredModelTag"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/2.0/mlflow/registered-models/delete-tag": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a registered-model tag */
        delete: operations["mlflowDeleteRegisteredModelTag"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/2.0/mlflow/registered-models/alias": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The version an alias points at */
        get: operations["mlflowGetModelVersionByAlias"];
        put?: never;
        /**
         * Point an alias at a version (a hub alias move)
         * @description Protected aliases and `production` need the `maintainer` scope (`PERMISSION_DENIED` otherwise). The move is recorded in the alias history and as a `model.alias.moved` event.
         */
        post: operations["mlflowSetRegisteredModelAlias"];
        /** Delete an alias */
        delete: operations["mlflowDeleteRegisteredModelAlias"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/2.0/mlflow/model-versions/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register a version (a hub version whose artifact is `source`)
         * @description `source` must be a storage URI (s3://, root://, https://, …); `runs:/` and `models:/` URIs need a tracking server and are refused with `INVALID_PARAMETER_VALUE`. The version is `READY` at once, numbered by the hub, and logged as `model.version.registered`.
         */
        post: operations["mlflowCreateModelVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/2.0/mlflow/model-versions/get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a model version */
        get: operations["mlflowGetModelVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/2.0/mlflow/model-versions/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update a version's description (its release notes) */
        patch: operations["mlflowUpdateModelVersion"];
        trace?: never;
    };
    "/api/2.0/mlflow/model-versions/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a model version
         * @description Refused with `INVALID_PARAMETER_VALUE` while something depends on it (an alias now or in the history, a deployment, a benchmark result, a fine-tuned child).
         */
        delete: operations["mlflowDeleteModelVersion"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/2.0/mlflow/model-versions/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search model versions
         * @description Filters: `name`, `run_id` (also `IN`), `source_path`, `version_number`, `tags.<key>`, joined with `AND`. `max_results` default 10000, at most 200000; the hub answers at most 100 per page and gives `next_page_token` for the rest.
         */
        get: operations["mlflowSearchModelVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/2.0/mlflow/model-versions/get-download-uri": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where a version's files are (its source) */
        get: operations["mlflowGetModelVersionDownloadUri"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/2.0/mlflow/model-versions/set-tag": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a model-version tag */
        post: operations["mlflowSetModelVersionTag"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/2.0/mlflow/model-versions/delete-tag": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a model-version tag */
        delete: operations["mlflowDeleteModelVersionTag"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description `job.queued@1`: A CI job (training, evaluation, conversion or benchmark) was queued. */
        EventJobQueuedV1: {
            job: {
                /** @description The CI job (or pipeline) id; stable across the job's events. */
                id: string;
                /** @enum {string} */
                kind: "training" | "evaluation" | "conversion" | "benchmark";
                /** @description Slug of the model the job works on; it must be registered in the hub. */
                model: string;
                /** @description Version the job evaluates, converts or benchmarks; for training, the parent version. */
                modelVersion?: number;
                /** @description Job name as CI shows it. */
                name?: string;
                /**
                 * Format: uri
                 * @description Link to the pipeline or job page.
                 */
                ciUrl?: string;
                /** Format: uri */
                logsUrl?: string;
                commit?: string;
                /** @description Branch or tag. */
                ref?: string;
                /** @description e.g. "4× NVIDIA A100 40GB". */
                hardware?: string;
                gpuHours?: number;
                /** @description The retrain request this job answers; a training job.succeeded closes it. */
                retrainRequest?: string;
                /** @description The CI workflow or pipeline the job belongs to. */
                workflow?: string;
                /** @description Who started the run (a CI user name). */
                actor?: string;
                /**
                 * Format: date-time
                 * @description When the job started running.
                 */
                startedAt?: string;
                /**
                 * Format: date-time
                 * @description When the job finished.
                 */
                finishedAt?: string;
                /** @description How CI concluded the job, in its own words: `success`, `failure`, `timed_out`, `canceled` … */
                conclusion?: string;
            };
        };
        /** @description `job.started@1`: The job started running. */
        EventJobStartedV1: {
            job: {
                /** @description The CI job (or pipeline) id; stable across the job's events. */
                id: string;
                /** @enum {string} */
                kind: "training" | "evaluation" | "conversion" | "benchmark";
                /** @description Slug of the model the job works on; it must be registered in the hub. */
                model: string;
                /** @description Version the job evaluates, converts or benchmarks; for training, the parent version. */
                modelVersion?: number;
                /** @description Job name as CI shows it. */
                name?: string;
                /**
                 * Format: uri
                 * @description Link to the pipeline or job page.
                 */
                ciUrl?: string;
                /** Format: uri */
                logsUrl?: string;
                commit?: string;
                /** @description Branch or tag. */
                ref?: string;
                /** @description e.g. "4× NVIDIA A100 40GB". */
                hardware?: string;
                gpuHours?: number;
                /** @description The retrain request this job answers; a training job.succeeded closes it. */
                retrainRequest?: string;
                /** @description The CI workflow or pipeline the job belongs to. */
                workflow?: string;
                /** @description Who started the run (a CI user name). */
                actor?: string;
                /**
                 * Format: date-time
                 * @description When the job started running.
                 */
                startedAt?: string;
                /**
                 * Format: date-time
                 * @description When the job finished.
                 */
                finishedAt?: string;
                /** @description How CI concluded the job, in its own words: `success`, `failure`, `timed_out`, `canceled` … */
                conclusion?: string;
            };
        };
        /** @description `job.succeeded@1`: The job finished. A training job may carry `version`: the hub registers it (numbered 1, 2, 3 … per model) in the same transaction as the event. Evaluation and benchmark jobs report `metrics`; naming `job.retrainRequest` closes that retrain request. */
        EventJobSucceededV1: {
            job: {
                /** @description The CI job (or pipeline) id; stable across the job's events. */
                id: string;
                /** @enum {string} */
                kind: "training" | "evaluation" | "conversion" | "benchmark";
                /** @description Slug of the model the job works on; it must be registered in the hub. */
                model: string;
                /** @description Version the job evaluates, converts or benchmarks; for training, the parent version. */
                modelVersion?: number;
                /** @description Job name as CI shows it. */
                name?: string;
                /**
                 * Format: uri
                 * @description Link to the pipeline or job page.
                 */
                ciUrl?: string;
                /** Format: uri */
                logsUrl?: string;
                commit?: string;
                /** @description Branch or tag. */
                ref?: string;
                /** @description e.g. "4× NVIDIA A100 40GB". */
                hardware?: string;
                gpuHours?: number;
                /** @description The retrain request this job answers; a training job.succeeded closes it. */
                retrainRequest?: string;
                /** @description The CI workflow or pipeline the job belongs to. */
                workflow?: string;
                /** @description Who started the run (a CI user name). */
                actor?: string;
                /**
                 * Format: date-time
                 * @description When the job started running.
                 */
                startedAt?: string;
                /**
                 * Format: date-time
                 * @description When the job finished.
                 */
                finishedAt?: string;
                /** @description How CI concluded the job, in its own words: `success`, `failure`, `timed_out`, `canceled` … */
                conclusion?: string;
            };
            /** @description Results of an evaluation or benchmark job. */
            metrics?: {
                [key: string]: number;
            };
            version?: components["schemas"]["ModelVersionCreate"];
        };
        /** @description A training job may register the version it produced, exactly as POST /api/models/{slug}/versions takes it; it is registered in the same transaction as the event. Without `parent` the job's `modelVersion` is the parent; without `trainingJob` the job's CI URL, commit, hardware and GPU-hours are recorded. */
        ModelVersionCreate: {
            /**
             * @description Release notes (Markdown).
             * @default
             */
            description?: string;
            /**
             * @description Register as `registering` while CI uploads, then PATCH to `ready` or `failed`.
             * @default ready
             * @enum {string}
             */
            status?: "registering" | "ready" | "failed";
            statusMessage?: string;
            /** @default [] */
            artifacts?: components["schemas"]["ArtifactInput"][];
            /**
             * @description Any JSON object (≤ 200 keys, ≤ 32 KiB).
             * @default {}
             * @example {
             *       "learning_rate": 0.0003,
             *       "batch_size": 1024,
             *       "layers": [
             *         128,
             *         64
             *       ]
             *     }
             */
            hyperParameters?: {
                [key: string]: unknown;
            };
            /** @default [] */
            metrics?: components["schemas"]["MetricInput"][];
            /**
             * @description Dataset versions it was trained, validated or evaluated on.
             * @default []
             */
            datasets?: components["schemas"]["DatasetLinkInput"][];
            /**
             * @description The version it was retrained or fine-tuned from.
             * @default null
             */
            parent?: {
                /**
                 * @description Defaults to this model; name another to record fine-tuning from it.
                 * @example ml-cern-ch
                 */
                model?: string;
                version: number;
            } | null;
            trainingJob?: components["schemas"]["TrainingJob"];
        };
        ArtifactInput: {
            /** @example model.onnx */
            name: string;
            /** @enum {string} */
            format: "onnx" | "torchscript" | "pytorch-state-dict" | "savedmodel" | "keras" | "tflite" | "xgboost" | "lightgbm" | "lwtnn" | "hls4ml" | "sofie" | "other";
            /** @example root://eosatlas.cern.ch//eos/atlas/ml/gn2/v3/model.onnx */
            uri: string;
            /**
             * @description Exact size in bytes (integer, up to 2^53 − 1 ≈ 9 PB).
             * @example 48318382080000
             */
            bytes?: number;
            sha256?: string;
            /** @example ap_fixed<16,6> */
            precision?: string;
            /** @description Share of weights that are exactly zero, in %. */
            sparsityPct?: number;
            parameters?: number;
            framework?: string;
            /** @example 2.4.1 */
            frameworkVersion?: string;
        };
        MetricInput: {
            /** @example light-jet rejection at 70% b-eff */
            name: string;
            /** @example 250 */
            value: number;
            /**
             * @default test
             * @enum {string}
             */
            split?: "train" | "validation" | "test" | "held-out" | "other";
            dataset?: components["schemas"]["DatasetVersionRef"];
            description?: string;
        };
        /** @description The exact dataset version it was measured on. */
        DatasetVersionRef: {
            /** @example ml-cern-ch */
            dataset: string;
            /** @example mc23a-v2 */
            version: string;
        };
        DatasetLinkInput: {
            /** @example ml-cern-ch */
            dataset: string;
            /** @example mc23a-v2 */
            version: string;
            /**
             * @default training
             * @enum {string}
             */
            role?: "training" | "validation" | "evaluation" | "calibration" | "other";
        };
        /** @default null */
        TrainingJob: {
            /**
             * Format: uri
             * @description The CI job or pipeline run.
             * @example https://ml.cern.ch
             */
            ciUrl?: string;
            commit?: string;
            /**
             * Format: uri
             * @example https://ml.cern.ch
             */
            repository?: string;
            /** @example 4 × NVIDIA A100 40GB */
            hardware?: string;
            gpuHours?: number;
            /** Format: date-time */
            startedAt?: string;
            /** Format: date-time */
            finishedAt?: string;
        } | null;
        /** @description `job.failed@1`: The job failed. A training job naming `job.retrainRequest` marks that request failed. */
        EventJobFailedV1: {
            job: {
                /** @description The CI job (or pipeline) id; stable across the job's events. */
                id: string;
                /** @enum {string} */
                kind: "training" | "evaluation" | "conversion" | "benchmark";
                /** @description Slug of the model the job works on; it must be registered in the hub. */
                model: string;
                /** @description Version the job evaluates, converts or benchmarks; for training, the parent version. */
                modelVersion?: number;
                /** @description Job name as CI shows it. */
                name?: string;
                /**
                 * Format: uri
                 * @description Link to the pipeline or job page.
                 */
                ciUrl?: string;
                /** Format: uri */
                logsUrl?: string;
                commit?: string;
                /** @description Branch or tag. */
                ref?: string;
                /** @description e.g. "4× NVIDIA A100 40GB". */
                hardware?: string;
                gpuHours?: number;
                /** @description The retrain request this job answers; a training job.succeeded closes it. */
                retrainRequest?: string;
                /** @description The CI workflow or pipeline the job belongs to. */
                workflow?: string;
                /** @description Who started the run (a CI user name). */
                actor?: string;
                /**
                 * Format: date-time
                 * @description When the job started running.
                 */
                startedAt?: string;
                /**
                 * Format: date-time
                 * @description When the job finished.
                 */
                finishedAt?: string;
                /** @description How CI concluded the job, in its own words: `success`, `failure`, `timed_out`, `canceled` … */
                conclusion?: string;
            };
            /** @description What went wrong, for people. */
            error?: string;
        };
        /** @description `job.cancelled@1`: The job was cancelled. */
        EventJobCancelledV1: {
            job: {
                /** @description The CI job (or pipeline) id; stable across the job's events. */
                id: string;
                /** @enum {string} */
                kind: "training" | "evaluation" | "conversion" | "benchmark";
                /** @description Slug of the model the job works on; it must be registered in the hub. */
                model: string;
                /** @description Version the job evaluates, converts or benchmarks; for training, the parent version. */
                modelVersion?: number;
                /** @description Job name as CI shows it. */
                name?: string;
                /**
                 * Format: uri
                 * @description Link to the pipeline or job page.
                 */
                ciUrl?: string;
                /** Format: uri */
                logsUrl?: string;
                commit?: string;
                /** @description Branch or tag. */
                ref?: string;
                /** @description e.g. "4× NVIDIA A100 40GB". */
                hardware?: string;
                gpuHours?: number;
                /** @description The retrain request this job answers; a training job.succeeded closes it. */
                retrainRequest?: string;
                /** @description The CI workflow or pipeline the job belongs to. */
                workflow?: string;
                /** @description Who started the run (a CI user name). */
                actor?: string;
                /**
                 * Format: date-time
                 * @description When the job started running.
                 */
                startedAt?: string;
                /**
                 * Format: date-time
                 * @description When the job finished.
                 */
                finishedAt?: string;
                /** @description How CI concluded the job, in its own words: `success`, `failure`, `timed_out`, `canceled` … */
                conclusion?: string;
            };
            reason?: string;
        };
        /** @description `dataset.version.published@1`: A new version of a registered dataset. Retraining policies watching the dataset fire; the event shows on the timeline of every model linked to it. */
        EventDatasetVersionPublishedV1: {
            dataset: string;
            version: components["schemas"]["DatasetVersionCreate"];
        };
        /** @description The new version, exactly as POST /api/datasets/{slug}/versions takes it. */
        DatasetVersionCreate: {
            /** @example mc23a-v2 */
            version: string;
            /** @default  */
            description?: string;
            /**
             * @description Exact size in bytes (integer, up to 2^53 − 1 ≈ 9 PB).
             * @example 48318382080000
             */
            bytes: number;
            /** @example 12800 */
            fileCount: number;
            /**
             * @description Checksum of the file manifest.
             * @example sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
             */
            checksum?: string;
            producedBy?: components["schemas"]["ProducedBy"];
            /** @description Where the data can be read; at least one. */
            replicas: components["schemas"]["ReplicaInput"][];
        };
        ProducedBy: {
            /** @enum {string} */
            kind: "simulation" | "data-taking" | "derived" | "other";
            /** @example MC23a */
            name: string;
            details?: string;
        };
        ReplicaInput: {
            /** @example root://eosatlas.cern.ch//eos/atlas/ml/gn2/v3/model.onnx */
            uri: string;
            /** @example CERN EOS */
            location?: string;
        };
        /** @description `model.alias.set@1`: Point an alias (`production`, `staging`, …) at a version; the move is kept in the alias history. */
        EventModelAliasSetV1: {
            model: string;
            alias: string;
            version: number;
            reason?: string;
        };
        /** @description `benchmark.completed@1`: A benchmark of one model version on one engine and hardware; queryable per version. */
        EventBenchmarkCompletedV1: {
            model: string;
            version: number;
            /** @description onnxruntime-1.20-cuda, tensorrt-10, hls4ml-vivado, … */
            engine: string;
            hardware: string;
            /** @default {} */
            settings?: {
                [key: string]: string | number | boolean;
            };
            /** @description Metric name → number, e.g. {"auc": 0.93, "latency_p99_ms": 4.1}. */
            metrics: {
                [key: string]: number;
            };
            job?: {
                id: string;
                /** Format: uri */
                ciUrl?: string;
            };
            notes?: string;
            result?: components["schemas"]["BenchmarkRecordBody"];
        };
        /** @description The full benchmark record (as `npm run bench:models -- --post` sends it): with it the hub stores a benchmark result, in the same transaction as the event, shown on the benchmark pages and in GET /api/benchmarks. Without it the event is kept in the log only: engine, hardware and metrics alone are too little to compare. */
        BenchmarkRecordBody: {
            artifact?: components["schemas"]["BenchmarkArtifact"];
            engine: components["schemas"]["BenchmarkEngine"];
            hardware: components["schemas"]["BenchmarkHardware"];
            software?: components["schemas"]["BenchmarkSoftware"];
            settings: components["schemas"]["BenchmarkSettings"];
            results: components["schemas"]["BenchmarkResults"];
            accuracy?: components["schemas"]["BenchmarkAccuracy"];
            validity?: components["schemas"]["BenchmarkValidity"];
            provenance?: components["schemas"]["BenchmarkProvenanceInput"];
            /**
             * @description The result this one corrects (same model version, not superseded yet).
             * @example bm_Xc3kTMd9aQ1f0bWm
             */
            supersedes?: string;
            /**
             * @description The hardware pool it ran on (a slug of GET /api/hardware); an unknown pool is a 422.
             * @example alice-epn
             */
            hardwarePool?: string;
        };
        BenchmarkArtifact: {
            /** @description SHA-256 of the file measured; must be one of the version's artifacts. Omitted: the version's only artifact. */
            sha256?: string;
            name?: string;
            irVersion?: number;
            /** @description Opset per domain ("" is ai.onnx). */
            opsets?: {
                [key: string]: number;
            };
            /**
             * @description Defaults to the artifact's registered precision.
             * @example ap_fixed<16,6>
             */
            precision?: string;
            sparsityPct?: number;
        };
        BenchmarkEngine: {
            /** @example onnxruntime-node */
            name: string;
            /** @example 1.30.0 */
            version: string;
            /** @example cpu */
            executionProvider: string;
            /** @example cuda12-cudnn9 */
            buildVariant?: string;
        };
        BenchmarkHardware: {
            cpu?: {
                /** @example AMD EPYC 7763 64-Core Processor */
                model: string;
                /** @description Logical processors. */
                cores?: number;
                architecture?: string;
                frequencyMhz?: number;
            };
            /**
             * @description Exact size in bytes (integer, up to 2^53 − 1 ≈ 9 PB).
             * @example 48318382080000
             */
            memoryBytes?: number;
            accelerators?: {
                /** @enum {string} */
                kind: "gpu" | "fpga" | "npu" | "other";
                /** @example NVIDIA A100-SXM4-40GB */
                model: string;
                count: number;
                /**
                 * @description Exact size in bytes (integer, up to 2^53 − 1 ≈ 9 PB).
                 * @example 48318382080000
                 */
                memoryBytes?: number;
                driver?: string;
            }[];
            browser?: {
                name: string;
                version: string;
                userAgent: string;
            };
            webgpuAdapter?: components["schemas"]["BenchmarkWebGpuAdapter"];
            description?: string;
        };
        BenchmarkWebGpuAdapter: {
            vendor?: string;
            architecture?: string;
            device?: string;
            description?: string;
            /** @description SwiftShader or another CPU rasteriser: a WebGPU number, not a GPU one. */
            softwareRendered: boolean;
        };
        /** @default {} */
        BenchmarkSoftware: {
            os?: string;
            kernel?: string;
            /** @example Node 20.19.2 */
            runtime?: string;
            containerImageDigest?: string;
            libraries?: {
                [key: string]: string;
            };
        };
        BenchmarkSettings: {
            /**
             * @description single-stream: one batch at a time, latency per batch; offline: throughput.
             * @enum {string}
             */
            scenario: "single-stream" | "offline";
            batchSize: number;
            intraOpThreads?: number;
            interOpThreads?: number;
            warmupRuns: number;
            minIterations?: number;
            minDurationMs?: number;
            graphOptimizationLevel?: string;
            input?: {
                description: string;
                seed?: number;
            };
            timing?: string;
            runsPerSample?: number;
        };
        BenchmarkResults: {
            /** @description Timed runs. */
            iterations: number;
            /** @description Wall time of the timed loop. */
            durationMs: number;
            latencyMs: components["schemas"]["BenchmarkLatencyMs"];
            /** @description stdev / mean of the samples. */
            latencyCv?: number;
            /** @description stdev / mean of the p50 of ten consecutive parts of the run; judged against 10 %. */
            p50StabilityCv?: number;
            throughputPerSec: number;
            sessionCreateMs?: number;
            firstInferenceMs?: number;
            /**
             * @description Exact size in bytes (integer, up to 2^53 − 1 ≈ 9 PB).
             * @example 48318382080000
             */
            peakMemoryBytes?: number;
            /**
             * @description Exact size in bytes (integer, up to 2^53 − 1 ≈ 9 PB).
             * @example 48318382080000
             */
            baselineMemoryBytes?: number;
        };
        /** @description Milliseconds per batch. */
        BenchmarkLatencyMs: {
            min: number;
            mean: number;
            p50: number;
            p90: number;
            p95?: number;
            p99: number;
            p999: number;
            max?: number;
            stdev?: number;
        };
        BenchmarkAccuracy: {
            metric: string;
            value: number;
            reference?: number;
            ratio?: number;
        };
        /** @description The harness's verdict; the hub re-judges (see BenchmarkValidity). */
        BenchmarkValidity: {
            valid: boolean;
            flags: components["schemas"]["BenchmarkValidityFlag"][];
        };
        BenchmarkValidityFlag: {
            code: string;
            /** @enum {string} */
            severity: "invalid" | "note";
            message: string;
        };
        /** @default {} */
        BenchmarkProvenanceInput: {
            /**
             * @description harness, ci (default) or browser; `community` is reserved for POST /api/benchmarks/community.
             * @enum {string}
             */
            source?: "harness" | "ci" | "browser";
            /** @description Who ran it; defaults to the token or webhook source name. */
            submitter?: string;
            /**
             * Format: date-time
             * @description Defaults to when the hub received it.
             */
            measuredAt?: string;
            /**
             * Format: uri
             * @example https://ml.cern.ch
             */
            rawLogUrl?: string;
            harness?: {
                name: string;
                version: string;
            };
        };
        /** @description `release.published@1`: A release of the code behind a model (a GitHub release published, a GitLab release created); shown on the model's timeline with its notes. */
        EventReleasePublishedV1: {
            /** @description The model the release is of. */
            model: string;
            /** @description The git tag of the release. */
            tag: string;
            /** @description The release title. */
            name?: string;
            /**
             * Format: uri
             * @description The release page.
             */
            url?: string;
            /** @description Release notes, as Markdown. */
            notes?: string;
            /** @description Repository or project path, e.g. `cms-ml/jet-tagger`. */
            repository?: string;
            commit?: string;
            author?: string;
            prerelease?: boolean;
            /** Format: date-time */
            publishedAt?: string;
        };
        /** @description `mlflow.registered_model.created@1`: A registered model was created in MLflow: the hub registers a model of that name for the source's group (or takes the existing one), with its tags. Sent by MLflow (webhook source with the `mlflow` scheme, or as an envelope). */
        EventMlflowRegisteredModelCreatedV1: {
            /** @description The registered model name in MLflow. */
            name: string;
            /**
             * @description Tags as MLflow sends them: key → value.
             * @default {}
             */
            tags?: {
                [key: string]: string;
            };
            description?: string | null;
        } & {
            [key: string]: unknown;
        };
        /** @description `mlflow.model_version.created@1`: A model version was created in MLflow: the hub registers the same version number with its source, run id and tags. Sent by MLflow (webhook source with the `mlflow` scheme, or as an envelope). */
        EventMlflowModelVersionCreatedV1: {
            /** @description The registered model name in MLflow. */
            name: string;
            /** @description The version number, as MLflow sends it (a string). */
            version: string;
            /** @description Where MLflow keeps the model: a storage URI (s3://, root://, https://) or runs:/ / models:/. */
            source: string;
            run_id?: string | null;
            /**
             * @description Tags as MLflow sends them: key → value.
             * @default {}
             */
            tags?: {
                [key: string]: string;
            };
            description?: string | null;
        } & {
            [key: string]: unknown;
        };
        /** @description `mlflow.model_version_tag.set@1`: A tag was set on a model version in MLflow; the hub sets it on the version. Sent by MLflow (webhook source with the `mlflow` scheme, or as an envelope). */
        EventMlflowModelVersionTagSetV1: {
            /** @description The registered model name in MLflow. */
            name: string;
            /** @description The version number, as MLflow sends it (a string). */
            version: string;
            key: string;
            value: string;
        } & {
            [key: string]: unknown;
        };
        /** @description `mlflow.model_version_tag.deleted@1`: A tag was deleted from a model version in MLflow; the hub deletes it too. Sent by MLflow (webhook source with the `mlflow` scheme, or as an envelope). */
        EventMlflowModelVersionTagDeletedV1: {
            /** @description The registered model name in MLflow. */
            name: string;
            /** @description The version number, as MLflow sends it (a string). */
            version: string;
            key: string;
        } & {
            [key: string]: unknown;
        };
        /** @description `mlflow.model_version_alias.created@1`: An alias was set in MLflow; the hub moves its alias of that name, as model.alias.set does. Sent by MLflow (webhook source with the `mlflow` scheme, or as an envelope). */
        EventMlflowModelVersionAliasCreatedV1: {
            /** @description The registered model name in MLflow. */
            name: string;
            alias: string;
            /** @description The version number, as MLflow sends it (a string). */
            version: string;
        } & {
            [key: string]: unknown;
        };
        /** @description `mlflow.model_version_alias.deleted@1`: An alias was deleted in MLflow; the hub deletes its alias of that name. Sent by MLflow (webhook source with the `mlflow` scheme, or as an envelope). */
        EventMlflowModelVersionAliasDeletedV1: {
            /** @description The registered model name in MLflow. */
            name: string;
            alias: string;
        } & {
            [key: string]: unknown;
        };
        /** @description `hardware.capacity.reported@1`: A hardware pool's capacity (free GPUs, GPUs in service, queue length, status). The source's group must own the pool; every report is kept and the pool page shows the latest observation. */
        EventHardwareCapacityReportedV1: {
            pool: string;
            /**
             * @default up
             * @enum {string}
             */
            status?: "up" | "degraded" | "down";
            /** @default null */
            freeGpus?: number | null;
            /** @default null */
            totalGpus?: number | null;
            /** @default null */
            queueLength?: number | null;
            /** @default null */
            note?: string | null;
            /**
             * Format: date-time
             * @description When observed; defaults to the delivery time.
             */
            observedAt?: string;
        };
        /** @description `benchmark.data_access.reported@1`: A storage-access benchmark result (storage, protocol, file format, reader, concurrency, cache state, throughput, time to first byte, environment and provenance): stored in the same transaction as the event, owned by the source’s group, shown on /benchmarks/storage/ and in GET /api/benchmarks/data-access. The hub judges validity itself, as for POST. */
        EventBenchmarkDataAccessReportedV1: {
            storage: components["schemas"]["DataAccessStorage"];
            file: components["schemas"]["DataAccessFile"];
            reader: components["schemas"]["DataAccessReader"];
            settings: components["schemas"]["DataAccessSettings"];
            results: components["schemas"]["DataAccessResults"];
            hardware: components["schemas"]["BenchmarkHardware"];
            software?: components["schemas"]["BenchmarkSoftware"];
            /**
             * @description The hardware pool it ran on (GET /api/hardware).
             * @example ml-cern-ch
             */
            hardwarePool?: string;
            /**
             * @description The dataset whose files were read. A result naming a non-public dataset is seen only by your group.
             * @example ml-cern-ch
             */
            dataset?: string;
            validity?: components["schemas"]["BenchmarkValidity"] & unknown;
            provenance?: components["schemas"]["BenchmarkProvenanceInput"];
            /**
             * @description The result this one corrects (one of your group, not superseded yet).
             * @example da_Xc3kTMd9aQ1f0bWm
             */
            supersedes?: string;
        };
        DataAccessStorage: {
            /**
             * @description Where the files live.
             * @example eos-xrootd
             * @enum {string}
             */
            kind: "eos-xrootd" | "eos-fuse" | "s3" | "cephfs" | "nfs" | "lustre" | "gpfs" | "local-nvme" | "local-ssd" | "local-disk" | "tmpfs" | "other";
            /**
             * @description How the reader reaches them: root (XRootD), https, s3, posix, …
             * @example root
             * @enum {string}
             */
            protocol: "root" | "https" | "http" | "s3" | "posix" | "nfs" | "other";
            /** @example eospublic.cern.ch */
            endpoint?: string;
            description?: string;
        };
        DataAccessFile: {
            /**
             * @example parquet
             * @enum {string}
             */
            format: "root" | "hdf5" | "parquet" | "arrow-ipc" | "csv" | "npy" | "tfrecord" | "raw" | "other";
            /**
             * @description Size of one file, in bytes.
             * @example 48318382080000
             */
            sizeBytes: number;
            /** @description How many files were read. */
            count: number;
            /** @example zstd */
            compression?: string;
            eventsPerFile?: number;
        };
        DataAccessReader: {
            /** @example uproot */
            name: string;
            /** @example 5.6.0 */
            version: string;
        };
        DataAccessSettings: {
            /** @description Files read at the same time. */
            concurrency: number;
            /**
             * @description cold: no cache between the storage and the reader held the files; warm: they were read before.
             * @enum {string}
             */
            cacheState: "cold" | "warm";
            /** @example echo 3 > /proc/sys/vm/drop_caches before each pass */
            cacheMethod?: string;
            /** @description Timed passes over the files. */
            repetitions: number;
            /**
             * @default full-file
             * @enum {string}
             */
            readPattern?: "full-file" | "columns" | "random-blocks";
            description?: string;
        };
        DataAccessResults: {
            /** @description Wall time of all timed passes. */
            durationMs: number;
            /**
             * @description Bytes delivered to the reader in all timed passes.
             * @example 48318382080000
             */
            bytesRead: number;
            /** @description bytesRead / duration in MB/s (1 MB = 10^6 bytes); must match them within 5 %. */
            throughputMBps: number;
            eventsPerSec?: number;
            /** @description Median time from opening a file to its first bytes. */
            timeToFirstByteMs: number;
            /** @description stdev / mean of the throughput of each pass; judged against 10 %. */
            throughputCv?: number;
            /**
             * @description Exact size in bytes (integer, up to 2^53 − 1 ≈ 9 PB).
             * @example 48318382080000
             */
            peakMemoryBytes?: number;
        };
        /** @description `hpo.trial.started@1`: A trial of an HPO study started (the study is created through the API or CLI first). Its parameters must lie in the study's search space; the study must be running and within budget. */
        EventHpoTrialStartedV1: {
            /** @description The model the study belongs to. */
            model: string;
            /** @description The study slug. */
            study: string;
            /** @description Optuna's trial number; default: the study's next. */
            trial?: number;
            /** @description Checked against the study's search space. */
            params: {
                [key: string]: string | number | boolean | null;
            };
            job?: {
                id: string;
                /** Format: uri */
                ciUrl?: string;
            };
            /** Format: date-time */
            startedAt?: string;
        };
        /** @description `hpo.trial.reported@1`: An intermediate value of a running trial at a step (an epoch); the study page draws them as learning curves. */
        EventHpoTrialReportedV1: {
            /** @description The model the study belongs to. */
            model: string;
            /** @description The study slug. */
            study: string;
            trial: number;
            step: number;
            value: number;
        };
        /** @description `hpo.trial.finished@1`: A trial finished: COMPLETE with its objective value, PRUNED or FAIL (Optuna TrialState names). */
        EventHpoTrialFinishedV1: {
            /** @description The model the study belongs to. */
            model: string;
            /** @description The study slug. */
            study: string;
            trial: number;
            /** @enum {string} */
            state: "COMPLETE" | "PRUNED" | "FAIL";
            value?: number;
            values?: number[];
            metrics?: {
                [key: string]: number;
            };
            gpuHours?: number;
            job?: {
                id: string;
                /** Format: uri */
                ciUrl?: string;
            };
            /** Format: date-time */
            finishedAt?: string;
        };
        Health: {
            ok: boolean;
            /** @enum {string} */
            database: "ok" | "unavailable";
        };
        ToolList: {
            items: components["schemas"]["Tool"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor: string | null;
            /** @description Rows matching the filters, over all pages. */
            total: number;
        };
        Tool: {
            slug: string;
            name: string;
            summary: string;
            description: string;
            categories: ("training-platform" | "notebook-interactive" | "batch-hpc" | "inference-serving" | "compiler-conversion" | "hyperparameter-optimisation" | "storage-data" | "mlops-tracking" | "library" | "compute-resource" | "community")[];
            accessSteps: components["schemas"]["AccessStep"][];
            requirements: components["schemas"]["ToolRequirements"];
            hardware: components["schemas"]["HardwareOffer"][];
            license: string | null;
            ownerTeam: string | null;
            ownerGroup: string | null;
            /** @enum {string} */
            lifecycle: "experimental" | "production" | "deprecated";
            experiments: string[];
            tags: string[];
            links: components["schemas"]["ToolLinks"];
            unverified: string[];
            /** @enum {string} */
            status: "pending" | "published";
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** Format: date-time */
            publishedAt: string | null;
            /** @description The tool page on the site (once published). */
            url: string;
        };
        AccessStep: {
            /** @example Log in to the GPU interactive nodes. */
            text: string;
            /** @example ssh lxplus-gpu.cern.ch */
            command?: string;
        };
        ToolRequirements: {
            /** @default null */
            account?: string | null;
            /** @default [] */
            networkZones?: ("general-purpose" | "technical" | "internet")[];
            /** @default [] */
            notes?: string[];
        };
        HardwareOffer: {
            /** @enum {string} */
            kind: "GPU" | "CPU" | "FPGA" | "storage" | "other";
            /** @default null */
            model?: string | null;
            /** @default null */
            count?: number | null;
            /** @default null */
            notes?: string | null;
        };
        ToolLinks: {
            /**
             * Format: uri
             * @example https://ml.cern.ch
             */
            homepage?: string;
            /**
             * Format: uri
             * @example https://ml.cern.ch
             */
            docs?: string;
            /**
             * Format: uri
             * @example https://ml.cern.ch
             */
            repository?: string;
            /**
             * Format: uri
             * @example https://ml.cern.ch
             */
            support?: string;
        };
        Error: {
            error: {
                /** @example validation_failed */
                code: string;
                /** @example Invalid body field "name": Too small: expected string to have >=2 characters */
                message: string;
                details?: unknown;
            };
        };
        ToolCreate: {
            /** @example ml-cern-ch */
            slug: string;
            /** @example ml.cern.ch */
            name: string;
            /** @example CERN's central Kubeflow-based ML service. */
            summary: string;
            /**
             * @description Markdown; rendered and sanitised on pages.
             * @default
             */
            description?: string;
            categories: ("training-platform" | "notebook-interactive" | "batch-hpc" | "inference-serving" | "compiler-conversion" | "hyperparameter-optimisation" | "storage-data" | "mlops-tracking" | "library" | "compute-resource" | "community")[];
            /** @description How to get access, in order. */
            accessSteps: components["schemas"]["AccessStep"][];
            requirements?: components["schemas"]["ToolRequirements"];
            /** @default [] */
            hardware?: components["schemas"]["HardwareOffer"][];
            /** @default null */
            license?: string | null;
            /** @default null */
            ownerTeam?: string | null;
            /**
             * @description Group id (e.g. "it", "cms") that maintains the entry.
             * @default null
             */
            ownerGroup?: string | null;
            /**
             * @default production
             * @enum {string}
             */
            lifecycle?: "experimental" | "production" | "deprecated";
            /**
             * @default []
             * @example [
             *       "ATLAS",
             *       "CMS"
             *     ]
             */
            experiments?: string[];
            /** @default [] */
            tags?: string[];
            links?: components["schemas"]["ToolLinks"];
            /**
             * @description Statements on the entry nobody has confirmed yet.
             * @default []
             */
            unverified?: string[];
        };
        ToolPatch: {
            /** @example ml-cern-ch */
            slug?: string;
            /** @example ml.cern.ch */
            name?: string;
            /** @example CERN's central Kubeflow-based ML service. */
            summary?: string;
            description?: string;
            categories?: ("training-platform" | "notebook-interactive" | "batch-hpc" | "inference-serving" | "compiler-conversion" | "hyperparameter-optimisation" | "storage-data" | "mlops-tracking" | "library" | "compute-resource" | "community")[];
            /** @description How to get access, in order. */
            accessSteps?: components["schemas"]["AccessStep"][];
            requirements?: components["schemas"]["ToolRequirements"];
            hardware?: components["schemas"]["HardwareOffer"][];
            license?: string | null;
            ownerTeam?: string | null;
            /** @enum {string} */
            lifecycle?: "experimental" | "production" | "deprecated";
            experiments?: string[];
            tags?: string[];
            links?: components["schemas"]["ToolLinks"];
            unverified?: string[];
            /** @description Only admins may change it; null leaves the entry to admins alone. */
            ownerGroup?: string | null;
        };
        ToolSuggestion: {
            /** @example ml.cern.ch */
            name: string;
            /** @example CERN's central Kubeflow-based ML service. */
            summary: string;
            /** @default  */
            description?: string;
            categories: ("training-platform" | "notebook-interactive" | "batch-hpc" | "inference-serving" | "compiler-conversion" | "hyperparameter-optimisation" | "storage-data" | "mlops-tracking" | "library" | "compute-resource" | "community")[];
            /** @description How to get access, in order. */
            accessSteps: components["schemas"]["AccessStep"][];
            links?: components["schemas"]["ToolLinks"];
            /** @default [] */
            experiments?: string[];
            /** @description Your name and e-mail, so a curator can ask questions. */
            suggestedBy: string;
        };
        ToolApprove: {
            /**
             * @description Group whose writers may change the entry from now on (e.g. "cms"). Omitted or null: nobody but admins may change it, like the seeded entries.
             * @default null
             * @example cms
             */
            ownerGroup?: string | null;
        };
        ToolHistory: {
            items: components["schemas"]["ToolChange"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        ToolChange: {
            id: number;
            /** @enum {string} */
            action: "suggested" | "created" | "changed" | "approved";
            /** @description The token that made the change; null for a suggestion. */
            tokenId: string | null;
            tokenName: string | null;
            /** @description The token's group when it made the change. */
            group: string | null;
            /** @description Each changed field (API names) with its value before and after. */
            changes: {
                [key: string]: {
                    from?: unknown;
                    to?: unknown;
                };
            };
            /** Format: date-time */
            changedAt: string;
        };
        HardwarePoolList: {
            items: components["schemas"]["HardwarePool"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor: string | null;
            /** @description Rows matching the filters, over all pages. */
            total: number;
        };
        HardwarePool: {
            slug: string;
            name: string;
            summary: string;
            site: string;
            /** @enum {string} */
            zone: "general-purpose" | "technical" | "online";
            accelerators: components["schemas"]["Accelerator"][];
            precisions: ("fp32" | "fp16" | "bf16" | "int8" | "custom")[];
            /** @enum {string|null} */
            scheduler: "htcondor" | "kubernetes" | "slurm" | "interactive" | null;
            /** @enum {string} */
            availability: "dedicated" | "opportunistic" | "shared";
            access: string;
            description: string;
            tools: string[];
            ownerGroup: string | null;
            unverified: string[];
            /** @description The latest capacity report; null before the first. */
            capacity: components["schemas"]["CapacityReport"] | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description The pool page on the site. */
            url: string;
        };
        Accelerator: {
            /** @enum {string} */
            kind: "gpu" | "fpga" | "cpu" | "other";
            /**
             * @default null
             * @example AMD
             */
            vendor?: string | null;
            /**
             * @default null
             * @example AMD Instinct MI50
             */
            model?: string | null;
            /**
             * @description Memory per device, GB.
             * @default null
             */
            memoryGb?: number | null;
            /**
             * @description Devices in the whole pool; null when not recorded.
             * @default null
             */
            count?: number | null;
            /**
             * @description Devices per node, when nodes are alike.
             * @default null
             */
            perNode?: number | null;
        };
        CapacityReport: {
            id: number;
            pool: string;
            /** @enum {string} */
            status: "up" | "degraded" | "down";
            freeGpus: number | null;
            totalGpus: number | null;
            queueLength: number | null;
            note: string | null;
            /** Format: date-time */
            observedAt: string;
            /** Format: date-time */
            receivedAt: string;
            /** @enum {string} */
            source: "api" | "webhook";
        };
        HardwarePoolCreate: {
            /** @example ml-cern-ch */
            slug: string;
            /** @example ALICE EPN farm */
            name: string;
            summary: string;
            /** @example CERN, LHC Point 2 */
            site: string;
            /** @enum {string} */
            zone: "general-purpose" | "technical" | "online";
            /** @default [] */
            accelerators?: components["schemas"]["Accelerator"][];
            /** @default [] */
            precisions?: ("fp32" | "fp16" | "bf16" | "int8" | "custom")[];
            /**
             * @description How jobs reach the pool; null when not recorded.
             * @default null
             * @enum {string|null}
             */
            scheduler?: "htcondor" | "kubernetes" | "slurm" | "interactive" | null;
            /**
             * @description `opportunistic`: usable when its main use leaves room (e.g. when data taking does not fill it).
             * @enum {string}
             */
            availability: "dedicated" | "opportunistic" | "shared";
            /** @description Who may use it and how to request access (Markdown). */
            access: string;
            /** @default  */
            description?: string;
            /**
             * @description Slugs of published tools in the directory that run on this pool.
             * @default []
             */
            tools?: string[];
            /**
             * @description Statements on the entry nobody has confirmed yet.
             * @default []
             */
            unverified?: string[];
            /** @description Group that owns the entry and reports its capacity; defaults to the token's group. */
            ownerGroup?: string;
        };
        HardwarePoolPatch: {
            /** @example ml-cern-ch */
            slug?: string;
            /** @example ALICE EPN farm */
            name?: string;
            summary?: string;
            /** @example CERN, LHC Point 2 */
            site?: string;
            /** @enum {string} */
            zone?: "general-purpose" | "technical" | "online";
            accelerators?: components["schemas"]["Accelerator"][];
            precisions?: ("fp32" | "fp16" | "bf16" | "int8" | "custom")[];
            /**
             * @description How jobs reach the pool; null when not recorded.
             * @enum {string|null}
             */
            scheduler?: "htcondor" | "kubernetes" | "slurm" | "interactive" | null;
            /**
             * @description `opportunistic`: usable when its main use leaves room (e.g. when data taking does not fill it).
             * @enum {string}
             */
            availability?: "dedicated" | "opportunistic" | "shared";
            /** @description Who may use it and how to request access (Markdown). */
            access?: string;
            description?: string;
            /** @description Slugs of published tools in the directory that run on this pool. */
            tools?: string[];
            /** @description Statements on the entry nobody has confirmed yet. */
            unverified?: string[];
        };
        CapacityReportCreate: {
            /**
             * @default up
             * @enum {string}
             */
            status?: "up" | "degraded" | "down";
            /**
             * @default null
             * @example 12
             */
            freeGpus?: number | null;
            /**
             * @description GPUs in service now, when known.
             * @default null
             */
            totalGpus?: number | null;
            /**
             * @description Jobs waiting for the pool.
             * @default null
             */
            queueLength?: number | null;
            /** @default null */
            note?: string | null;
            /**
             * Format: date-time
             * @description When these numbers were observed; defaults to the time of the request.
             */
            observedAt?: string;
        };
        CapacityHistory: {
            items: components["schemas"]["CapacityReport"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "query": "anomally",
         *       "groups": [
         *         {
         *           "kind": "model",
         *           "label": "Models",
         *           "items": [
         *             {
         *               "name": "L1 anomaly detector",
         *               "path": "/models/l1-anomaly/"
         *             }
         *           ]
         *         }
         *       ],
         *       "alternatives": [
         *         {
         *           "word": "anomally",
         *           "terms": [
         *             "anomaly"
         *           ]
         *         }
         *       ],
         *       "searchPath": "/search/?q=anomally"
         *     }
         */
        SuggestResult: {
            /** @example anomally */
            query: string;
            /** @description Kinds with suggestions, in a fixed order (models, datasets, tools, hardware); exact and prefix matches first. */
            groups: components["schemas"]["SuggestionGroup"][];
            alternatives: components["schemas"]["WordAlternatives"][];
            /**
             * @description The full search for the same words.
             * @example /search/?q=anomally
             */
            searchPath: string;
        };
        SuggestionGroup: {
            /** @enum {string} */
            kind: "model" | "dataset" | "tool" | "hardware";
            /** @example Models */
            label: string;
            items: components["schemas"]["Suggestion"][];
        };
        Suggestion: {
            /** @example L1 anomaly detector */
            name: string;
            /**
             * @description The page, relative to the hub.
             * @example /models/l1-anomaly/
             */
            path: string;
        };
        WordAlternatives: {
            /** @example anomally */
            word: string;
            /**
             * @example [
             *       "anomaly"
             *     ]
             */
            terms: string[];
        };
        SearchResult: {
            query: string;
            hits: components["schemas"]["SearchHit"][];
            /** @description Matches, counted up to 2,000 (see `totalExact`). */
            total: number;
            /** @description False when there are more than `total` matches. */
            totalExact: boolean;
            nextCursor: string | null;
            /** @description Counts per facet value. A filtered facet is counted as if unfiltered, so its other values stay visible. */
            facets: {
                kind: components["schemas"]["FacetCount"][];
                group: components["schemas"]["FacetCount"][];
                task: components["schemas"]["FacetCount"][];
                framework: components["schemas"]["FacetCount"][];
                format: components["schemas"]["FacetCount"][];
                precision: components["schemas"]["FacetCount"][];
                license: components["schemas"]["FacetCount"][];
            };
            /** @description False when the query matched more than 300 documents: counts then cover the newest 300 and are lower bounds. */
            facetsExact: boolean;
            /**
             * @description Typo tolerance: query words that no entry has as typed, with the indexed words searched for instead. Their matches rank after every exact or prefix match.
             * @example [
             *       {
             *         "word": "anomally",
             *         "terms": [
             *           "anomaly"
             *         ]
             *       }
             *     ]
             */
            alternatives: components["schemas"]["WordAlternatives"][];
        };
        SearchHit: {
            /** @enum {string} */
            kind: "tool" | "model" | "dataset";
            slug: string;
            name: string;
            summary: string;
            url: string;
            /** @description Matched text, plain. */
            snippet: string;
            /** @description Matched text, HTML-escaped, matches wrapped in <mark>. */
            snippetHtml: string;
            /** @description The document's facet values, e.g. {"task": ["jet-tagging"]}. */
            facets: {
                [key: string]: string[];
            };
            /** @description Readable labels for display (task, format, group). */
            badges: string[];
        };
        FacetCount: {
            value: string;
            label: string;
            count: number;
        };
        OnnxInspectResponse: {
            report: components["schemas"]["OnnxInspectReport"];
            coverage: components["schemas"]["OnnxCoverageReport"];
        };
        OnnxInspectReport: {
            /** @enum {number} */
            schemaVersion: 1;
            byteSize: number;
            sha256: string;
            irVersion: number;
            opsetImports: {
                /** @description '' is the default ai.onnx domain. */
                domain: string;
                version: number;
            }[];
            producer: {
                name: string;
                version: string;
            };
            model: {
                domain: string;
                version: number;
            };
            docString: string;
            docStringTruncated: boolean;
            graphName: string;
            inputs: components["schemas"]["OnnxValue"][];
            outputs: components["schemas"]["OnnxValue"][];
            initializers: {
                count: number;
                bytes: number;
                externalCount: number;
                externalBytes: number;
                parameters: number;
                byElementType: {
                    elemType: string;
                    count: number;
                    bytes: number;
                    parameters: number;
                }[];
            };
            /** @description Weights held by Constant nodes (main graph and subgraphs). */
            constants: {
                count: number;
                bytes: number;
                parameters: number;
            };
            /** @description All weights: initializers of every graph plus Constant nodes. */
            parameters: number;
            nodeCount: number;
            subgraphCount: number;
            subgraphNodeCount: number;
            /** @description If/Loop/Scan bodies and other graph attributes, parents first (the first 1,000). */
            subgraphs: {
                path: string;
                opType: string;
                attribute: string;
                depth: number;
                nodeCount: number;
                initializerCount: number;
            }[];
            /** @description Non-standard operator domains that nodes use (an opset import alone does not count). */
            customDomains: {
                domain: string;
                nodeCount: number;
                opTypes: string[];
                opset: number | null;
                localFunctions: string[];
            }[];
            externalData: {
                tensor: string;
                location: string;
                offset: number | null;
                length: number | null;
                graph: string;
            }[];
            /** @description Named dimensions and the values that use them (the first 20 of each). */
            symbolicDims: {
                name: string;
                usedBy: string[];
            }[];
            operators: components["schemas"]["OnnxOperatorCount"][];
            /** @description Node list in graph order, capped at 10,000 (see nodesTruncated). */
            nodes: {
                name: string;
                opType: string;
                domain: string;
                inputs: string[];
                outputs: string[];
                /** @description '' for the main graph, else the subgraph path. */
                graph: string;
                /** @description Type of each input where the model states it (graph inputs and outputs, value_info, initializers, Constant nodes); null where unknown. */
                inputTypes: ({
                    type: string;
                    elemType: string | null;
                    shape: (number | string | null)[] | null;
                } | null)[];
                outputTypes: ({
                    type: string;
                    elemType: string | null;
                    shape: (number | string | null)[] | null;
                } | null)[];
                /** @description INT, FLOAT, STRING and short INTS attributes of the node. */
                attributes: {
                    [key: string]: number | string | number[];
                };
            }[];
            nodesTruncated: boolean;
            functions: {
                domain: string;
                name: string;
                nodeCount: number;
                opsetImports: {
                    /** @description '' is the default ai.onnx domain. */
                    domain: string;
                    version: number;
                }[];
                operators: components["schemas"]["OnnxOperatorCount"][];
            }[];
            metadata: {
                key: string;
                value: string;
            }[];
            warnings: string[];
        };
        OnnxValue: {
            name: string;
            /**
             * @description `float32` for tensors; `seq(…)`, `map(…)`, `optional(…)`, `sparse(…)` otherwise.
             * @example float32
             */
            type: string;
            elemType: string | null;
            /**
             * @example [
             *       "batch",
             *       2
             *     ]
             */
            shape: (number | string | null)[] | null;
        };
        OnnxOperatorCount: {
            /**
             * @description Domain-qualified: `Relu`, `ai.onnx.ml:Scaler`.
             * @example MatMul
             */
            op: string;
            domain: string;
            opType: string;
            count: number;
            opset: number | null;
        };
        OnnxCoverageReport: {
            /** @enum {number} */
            schemaVersion: 1;
            engines: components["schemas"]["OnnxEngineCoverage"][];
        };
        OnnxEngineCoverage: {
            /** @enum {string} */
            engine: "ort-cpu" | "ort-web-webgpu" | "tmva-sofie" | "hls4ml";
            name: string;
            version: string;
            /**
             * @description runs; runs-with-fallback (some nodes run on the CPU back end, see reasons); fails (a node cannot run, see reasons); unknown (the checker could not decide, see reasons).
             * @enum {string}
             */
            status: "runs" | "runs-with-fallback" | "fails" | "unknown";
            /** @example missing: DequantizeLinear, QuantizeLinear */
            summary: string;
            missing: string[];
            /** @description Operators that run, but on the WASM CPU back end (onnxruntime-web). */
            fallback: string[];
            opsetProblems: {
                op: string;
                opset: number | null;
                range: string | null;
                message: string;
            }[];
            /** @description Why the status is not runs: which node fails, falls back or could not be decided, and why. */
            reasons: {
                /** @enum {string} */
                kind: "fails" | "fallback" | "unknown";
                op: string;
                /** @description Node name (or #index); null for model-wide reasons. */
                node: string | null;
                message: string;
            }[];
            notes: string[];
            sources: {
                repository: string;
                path: string;
                commit: string | null;
                /** @description Commit date; null where the list does not record it. */
                date: string | null;
                sections: string[];
            }[];
        };
        PriceTable: {
            version: components["schemas"]["PriceVersion"];
            rows: components["schemas"]["PriceRow"][];
        };
        PriceVersion: {
            id: string;
            /** @example 2026-11-01 */
            effectiveDate: string;
            note: string;
            /**
             * @description `current`: in force today; `scheduled`: effective date still to come; `superseded`: replaced by a later version.
             * @enum {string}
             */
            status: "current" | "scheduled" | "superseded";
            rowCount: number;
            /** @description Rows with at least one warning-level flag. */
            flaggedRowCount: number;
            /** Format: date-time */
            createdAt: string;
            /** @description The version's price table in the API. */
            url: string;
        };
        PriceRow: {
            /** @example gcp:us-central1:gpu_only:nvidia-a100-80gb */
            id: string;
            /** @enum {string} */
            kind: "gpu_vm" | "gpu_only" | "storage" | "egress" | "ingress";
            /** @enum {string} */
            provider: "aws" | "gcp" | "azure";
            region: string;
            sku: string;
            accelerator: string | null;
            acceleratorCount: number | null;
            /** @enum {string} */
            unit: "hour" | "GB-month" | "GB";
            onDemandUsd: number;
            spot: {
                minUsd: number;
                maxUsd: number;
                isRange: boolean;
                raw: string;
            } | null;
            host: {
                sku: string;
                onDemandUsd: number;
                spotUsd: number | null;
            } | null;
            tier: {
                fromGb: number;
                toGb: number | null;
            } | null;
            /** @enum {string|null} */
            network: "internet" | "premium" | "standard" | null;
            storageClass: string | null;
            /** @description Where the figure was read. */
            source: string;
            /** @description When it was read: YYYY-MM or YYYY-MM-DD. */
            retrieved: string;
            note: string;
            /** @description Anomalies found by the server; `warning` flags are repeated on estimates that use the row. */
            flags: components["schemas"]["PriceFlag"][];
        };
        PriceFlag: {
            /** @enum {string} */
            code: "spot_above_on_demand" | "regional_price_spread" | "accelerator_count_disputed" | "spot_missing" | "old_catalog_version" | "host_vm_missing" | "host_spot_missing" | "unverified_source" | "marked_anomaly";
            /** @enum {string} */
            severity: "warning" | "info";
            message: string;
        };
        PriceVersionList: {
            items: components["schemas"]["PriceVersion"][];
            currentId: string | null;
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor: string | null;
            /** @description Rows matching the filters, over all pages. */
            total: number;
        };
        PriceVersionCreate: {
            /**
             * @description Default: "prices-<effectiveDate>" (with a suffix when taken).
             * @example prices-2026-11
             */
            id?: string;
            /**
             * Format: date
             * @description The version becomes current on this day (UTC).
             * @example 2026-12-01
             */
            effectiveDate: string;
            /** @example List prices change. Read on 1 December 2026 from … */
            note: string;
            /**
             * @description Retrieval date for rows that give none.
             * @example 2026-11
             */
            retrieved?: string;
            rows?: components["schemas"]["PriceRowInput"][];
            /** @description Instead of `rows`: the table as CSV with the columns of the seed file (cloud-prices.csv), optionally `retrieved`. */
            csv?: string;
        };
        PriceRowInput: {
            /** @enum {string} */
            kind: "gpu_vm" | "gpu_only" | "storage" | "egress" | "ingress";
            /** @enum {string} */
            provider: "aws" | "gcp" | "azure";
            region: string;
            sku: string;
            accelerator?: string | null;
            acceleratorCount?: number | null;
            /**
             * @description Default: the unit of the kind (hour, GB-month, GB).
             * @enum {string}
             */
            unit?: "hour" | "GB-month" | "GB";
            onDemandUsd: number;
            /** @description One figure, or a zone range as text: "2.47-8.19 (varies by zone)". */
            spotUsd?: number | string | null;
            source: string;
            /**
             * @description Default: the version's `retrieved`.
             * @example 2026-11
             */
            retrieved?: string;
            note?: string;
        };
        Estimate: {
            priceVersion: {
                id: string;
                effectiveDate: string;
                note: string;
            };
            campaign: components["schemas"]["Campaign"];
            options: components["schemas"]["OptionEstimate"][];
            cheapest: {
                optionId: string;
                totalUsd: number;
            } | null;
            cheapestCloud: {
                optionId: string;
                totalUsd: number;
            } | null;
            assumptions: string[];
            warnings: components["schemas"]["EstimateWarning"][];
            pool?: components["schemas"]["EstimatePool"];
        };
        /** @description The campaign with every default filled in. */
        Campaign: {
            datasetTb: number;
            /** @default 1 */
            egressCount?: number;
            /** @default 1 */
            egressMonths?: number;
            /** @default 1 */
            ingressCount?: number;
            /** @default 1 */
            storageMonths?: number;
            /** @default standard */
            storageClass?: string;
            gpuType: string;
            /** @default 1 */
            gpusPerJob?: number;
            hoursPerJob: number;
            /** @default 1 */
            jobs?: number;
            /** @default 0 */
            spotShare?: number;
            /**
             * @default max
             * @enum {string}
             */
            spotPrice?: "max" | "min";
            /**
             * @default single-node
             * @enum {string}
             */
            placement?: "single-node" | "cheapest";
            /**
             * @default premium
             * @enum {string}
             */
            networkTier?: "premium" | "standard";
            options?: ({
                /** @enum {string} */
                provider: "aws" | "gcp" | "azure";
                region?: string;
            } | {
                /** @enum {string} */
                provider: "on-prem";
            })[];
            onPrem?: {
                usdPerGpuHour: number;
                usdPerTbMonth: number;
                source: string;
                asOf?: string;
                placeholderFields?: ("usdPerGpuHour" | "usdPerTbMonth")[];
            };
        };
        OptionEstimate: {
            /** @example gcp:us-central1 */
            id: string;
            /** @enum {string} */
            kind: "cloud" | "on-prem";
            /** @enum {string} */
            provider: "aws" | "gcp" | "azure" | "on-prem";
            region: string | null;
            label: string;
            instance: {
                priceRowId: string;
                sku: string;
                gpusPerInstance: number;
                instancesPerJob: number;
                idleGpusPerJob: number;
                spotUsdUsed: number | null;
            } | null;
            components: components["schemas"]["CostComponent"][];
            subtotals: {
                compute: number;
                storage: number;
                transfer: number;
            };
            totalUsd: number;
            /** @description false when something is not priced; such options are not ranked. */
            complete: boolean;
            unpriced: {
                /** @enum {string} */
                category: "compute" | "storage" | "transfer";
                name: string;
                reason: string;
            }[];
            /** @description Figures that are the hub's placeholder, not a price (the on-prem rate before a site sets its own): such an option is shown but not ranked. Absent in estimates saved before placeholders were reported. */
            placeholders?: {
                /** @enum {string} */
                field: "usdPerGpuHour" | "usdPerTbMonth";
                placeholderUsd: number;
                unit: string;
                /** @example enter your site's cost per GPU-hour */
                fillIn: string;
            }[];
            warnings: components["schemas"]["EstimateWarning"][];
        };
        CostComponent: {
            /** @enum {string} */
            category: "compute" | "storage" | "transfer";
            name: string;
            unit: string;
            quantity: number;
            unitPriceUsd: number;
            costUsd: number;
            priceRow: components["schemas"]["PriceRef"];
        };
        PriceRef: {
            id: string;
            sku: string;
            source: string;
            retrieved: string;
            flags: ("spot_above_on_demand" | "regional_price_spread" | "accelerator_count_disputed" | "spot_missing" | "old_catalog_version" | "host_vm_missing" | "host_spot_missing" | "unverified_source" | "marked_anomaly")[];
            /** @description true for the lab's own rates: assumptions, not list prices. */
            assumption: boolean;
        };
        EstimateWarning: {
            /** @enum {string} */
            code: "flagged_price_row" | "gpu_not_offered" | "no_spot_price" | "spot_capped_at_on_demand" | "host_vm_missing" | "host_spot_missing" | "idle_gpus" | "multi_node_job" | "no_storage_price" | "storage_beyond_tier" | "no_egress_price" | "egress_beyond_tiers" | "no_ingress_price" | "no_on_prem_rate" | "no_prices_for_region" | "incomplete_option" | "placeholder_rate";
            message: string;
            priceRowId?: string;
        };
        /** @description The hardware pool the request named, unpriced. */
        EstimatePool: {
            slug: string;
            name: string;
            /** @description The pool page. */
            url: string;
            /** @description GPU models the directory records for the pool. */
            gpuModels: string[];
            /**
             * @description Always false: no price table prices the lab’s own pools.
             * @enum {boolean}
             */
            priced: false;
            note: string;
        };
        EstimateRequest: {
            datasetTb: number;
            /** @default 1 */
            egressCount?: number;
            /** @default 1 */
            egressMonths?: number;
            /** @default 1 */
            ingressCount?: number;
            /** @default 1 */
            storageMonths?: number;
            /** @default standard */
            storageClass?: string;
            gpuType: string;
            /** @default 1 */
            gpusPerJob?: number;
            hoursPerJob: number;
            /** @default 1 */
            jobs?: number;
            /** @default 0 */
            spotShare?: number;
            /**
             * @default max
             * @enum {string}
             */
            spotPrice?: "max" | "min";
            /**
             * @default single-node
             * @enum {string}
             */
            placement?: "single-node" | "cheapest";
            /**
             * @default premium
             * @enum {string}
             */
            networkTier?: "premium" | "standard";
            options?: ({
                /** @enum {string} */
                provider: "aws" | "gcp" | "azure";
                region?: string;
            } | {
                /** @enum {string} */
                provider: "on-prem";
            })[];
            onPrem?: components["schemas"]["OnPremRateOverride"];
            /**
             * @description Price version to use; default: the current one.
             * @example prices-2026-11
             */
            priceVersion?: string;
            /**
             * @description A hardware pool of the directory (`GET /api/hardware`) the campaign would run on. The lab’s pools have no price: the estimate names the pool and says so, and the on-prem option keeps the hub’s assumed rate. 400 when there is no such pool.
             * @example batch-gpu
             */
            pool?: string;
        };
        /** @description The lab's own cost: an assumption. Figures left out come from the hub configuration. */
        OnPremRateOverride: {
            usdPerGpuHour?: number;
            usdPerTbMonth?: number;
            /** @description Where the figures come from; default "given in the request". */
            source?: string;
            asOf?: string;
        };
        SavedEstimate: {
            /** @example est_4kX2b9QmZ1Aa */
            id: string;
            /** @description This saved estimate in the API. */
            url: string;
            /** @description The cost page with the same inputs and price version. */
            pageUrl: string;
            /** Format: date-time */
            createdAt: string;
            priceVersionId: string;
            /** @description The request the estimate was made from. */
            request: {
                [key: string]: unknown;
            };
            estimate: components["schemas"]["Estimate"];
        };
        WebhookSourceWithSecret: components["schemas"]["WebhookSource"] & {
            /**
             * @description The signing secret (`whsec_…`), shown only in this response.
             * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
             */
            secret: string;
        };
        /**
         * @example {
         *       "provider": "github",
         *       "repository": "cms-l1t/anomaly-*",
         *       "workflow": "train*.yml",
         *       "branch": "main",
         *       "job": "*",
         *       "model": "l1-anomaly-ae",
         *       "kind": "training"
         *     }
         */
        WebhookGithubMapping: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            provider: "github";
            /**
             * @description Repository `owner/name` (case-insensitive); a glob: `*` any characters, `?` one. Default `*`.
             * @default *
             */
            repository?: string;
            /**
             * @description Workflow file path (`.github/workflows/train.yml`), its file name, or the workflow name; a glob: `*` any characters, `?` one. Default `*`.
             * @default *
             */
            workflow?: string;
            /**
             * @description Branch the run is on; a glob: `*` any characters, `?` one. Default `*`.
             * @default *
             */
            branch?: string;
            /**
             * @description Job name (workflow_job events; a workflow_run has no job and matches only `*`); a glob: `*` any characters, `?` one. Default `*`.
             * @default *
             */
            job?: string;
            /** @description Slug of the hub model the run reports on; it must belong to the source's group. */
            model: string;
            /**
             * @description What the run is for the model (default `training`).
             * @default training
             * @enum {string}
             */
            kind?: "training" | "evaluation" | "conversion" | "benchmark";
        };
        /**
         * @example {
         *       "provider": "gitlab",
         *       "project": "cms-ml/jet-tagger",
         *       "pipeline": "*",
         *       "job": "evaluate*",
         *       "branch": "*",
         *       "model": "jet-tagger",
         *       "kind": "evaluation"
         *     }
         */
        WebhookGitlabMapping: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            provider: "gitlab";
            /**
             * @description Project path with its namespace, e.g. `cms-ml/jet-tagger` (case-insensitive); a glob: `*` any characters, `?` one. Default `*`.
             * @default *
             */
            project?: string;
            /**
             * @description Pipeline name (`workflow:name`; an unnamed pipeline matches only `*`); a glob: `*` any characters, `?` one. Default `*`.
             * @default *
             */
            pipeline?: string;
            /**
             * @description Job name (Job Hook events; a Pipeline Hook has no job and matches only `*`); a glob: `*` any characters, `?` one. Default `*`.
             * @default *
             */
            job?: string;
            /**
             * @description Branch (or tag) the pipeline runs for; a glob: `*` any characters, `?` one. Default `*`.
             * @default *
             */
            branch?: string;
            /** @description Slug of the hub model the run reports on; it must belong to the source's group. */
            model: string;
            /**
             * @description What the run is for the model (default `training`).
             * @default training
             * @enum {string}
             */
            kind?: "training" | "evaluation" | "conversion" | "benchmark";
        };
        WebhookSource: {
            id: string;
            name: string;
            group: string;
            schemes: ("standard" | "mlflow" | "github" | "gitlab")[];
            /** @description Which model a native GitHub or GitLab run belongs to: an ordered list (at most 50), the first rule that matches decides. A run no rule matches is stored as ignored ("no model matches …"). A release takes the first rule for its repository or project whose `job` is `*`. Envelope bodies name their model themselves and ignore these rules. */
            mappings: (components["schemas"]["WebhookGithubMapping"] | components["schemas"]["WebhookGitlabMapping"])[];
            /** @enum {string} */
            status: "active" | "disabled";
            /** @description Whether deliveries may move or remove protected aliases (`production` and aliases marked protected), through `model.alias.set` or MLflow `model_version_alias.created`/`deleted`. Default false: such a delivery is stored as rejected (403 `protected_alias`). The alias history names the source for each move it made. */
            allowProtectedAliases: boolean;
            /** @description Where to send deliveries: POST here. */
            endpoint: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            rotatedAt: string | null;
            /**
             * Format: date-time
             * @description Until then the secret before the last rotation still verifies.
             */
            previousSecretExpiresAt: string | null;
            /** Format: date-time */
            disabledAt: string | null;
        };
        WebhookSourceCreate: {
            /** @example jet-tagger GitLab CI */
            name: string;
            /** @description Group the source reports for (e.g. "cms"); its events may only touch that group's models and datasets. */
            group: string;
            /** @description Signature schemes accepted: standard (Standard Webhooks), github, gitlab, mlflow. Default: all. */
            schemes?: ("standard" | "mlflow" | "github" | "gitlab")[];
            /** @description Which model a native GitHub or GitLab run belongs to: an ordered list (at most 50), the first rule that matches decides. A run no rule matches is stored as ignored ("no model matches …"). A release takes the first rule for its repository or project whose `job` is `*`. Envelope bodies name their model themselves and ignore these rules. */
            mappings?: (components["schemas"]["WebhookGithubMapping"] | components["schemas"]["WebhookGitlabMapping"])[];
            /** @description Whether deliveries may move or remove protected aliases (`production` and aliases marked protected), through `model.alias.set` or MLflow `model_version_alias.created`/`deleted`. Default false: such a delivery is stored as rejected (403 `protected_alias`). The alias history names the source for each move it made. */
            allowProtectedAliases?: boolean;
        };
        WebhookSourceList: {
            items: components["schemas"]["WebhookSource"][];
        };
        WebhookSourcePatch: {
            name?: string;
            schemes?: ("standard" | "mlflow" | "github" | "gitlab")[];
            /** @description Replaces the whole list (send `[]` to clear it). */
            mappings?: (components["schemas"]["WebhookGithubMapping"] | components["schemas"]["WebhookGitlabMapping"])[];
            /** @description Whether deliveries may move or remove protected aliases (`production` and aliases marked protected), through `model.alias.set` or MLflow `model_version_alias.created`/`deleted`. Default false: such a delivery is stored as rejected (403 `protected_alias`). The alias history names the source for each move it made. */
            allowProtectedAliases?: boolean;
        };
        WebhookSourceRotate: {
            /** @description How long the old secret keeps verifying (default 86400, at most 30 days; 0 stops it at once). */
            overlapSeconds?: number;
        };
        InboundDeliveryList: {
            items: components["schemas"]["InboundDelivery"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        InboundDelivery: {
            id: string;
            /** @description The sender's id (webhook-id, X-GitHub-Delivery, Idempotency-Key). */
            deliveryId: string;
            /** @enum {string} */
            scheme: "standard" | "mlflow" | "github" | "gitlab";
            /**
             * @description `ignored`: a native GitHub / GitLab event the hub does not record (another event or action, or no model matches); `error` says why.
             * @enum {string}
             */
            status: "accepted" | "rejected" | "ignored";
            eventType: string | null;
            /** @description Why a delivery was rejected or ignored. */
            error: {
                code: string;
                message: string;
            } | null;
            /** @description What arrived, for rejected deliveries (first 4 KiB). */
            rejectedBody: string | null;
            bodyBytes: number;
            /** Format: date-time */
            receivedAt: string;
        };
        EventTypeList: {
            items: components["schemas"]["EventType"][];
        };
        EventType: {
            /** @example job.succeeded */
            type: string;
            version: number;
            /** @example job.succeeded@1 */
            id: string;
            description: string;
            /** @description The component in this OpenAPI document. */
            schemaRef: string;
            jsonSchema: {
                [key: string]: unknown;
            };
            example?: unknown;
        };
        OutboundRun: {
            attempted: number;
            delivered: number;
            policiesFired: number;
        };
        DeliveryAccepted: {
            /** @description True when this delivery id was accepted before: nothing was written again. */
            duplicate: boolean;
            /** @description The lifecycle event the delivery recorded. */
            eventId: number | null;
            /** @description The sender's delivery id (the idempotency key). */
            deliveryId: string;
            /** @example job.succeeded@1 */
            type: string | null;
        };
        DeliveryIgnored: {
            /** @enum {boolean} */
            ignored: true;
            /**
             * @description Why nothing was recorded, as listed in the delivery log.
             * @example GitHub "push" events are not recorded; the hub reads workflow_run, workflow_job, release and ping
             */
            reason: string;
            /** @description The sender's delivery id. */
            deliveryId: string;
            /** @description The native event as seen: `github:push`, `gitlab:pipeline.skipped` … */
            type: string | null;
        };
        EventEnvelope: {
            /**
             * @description Event type, optionally with its schema version: `job.succeeded` or `job.succeeded@1`.
             * @example job.started
             */
            type: string;
            /**
             * Format: date-time
             * @description When it happened (defaults to when it was received).
             */
            timestamp?: string;
            /** @description The payload; its schema depends on `type` (see the `Event…` components and GET /api/webhooks/event-types). */
            data: {
                [key: string]: unknown;
            };
        };
        /** @description What a GitHub repository or organization webhook sends (header `X-GitHub-Event`): `workflow_run`, `workflow_job`, `release`, `ping`; see https://docs.github.com/webhooks/webhook-events-and-payloads. */
        NativeGithubBody: {
            action?: string;
            repository?: {
                full_name: string;
            } & {
                [key: string]: unknown;
            };
            workflow_run?: {
                [key: string]: unknown;
            };
            workflow_job?: {
                [key: string]: unknown;
            };
            release?: {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        /** @description What a GitLab project or group webhook sends (header `X-Gitlab-Event`): Pipeline Hook, Job Hook, Release Hook; see https://docs.gitlab.com/user/project/integrations/webhook_events/. */
        NativeGitlabBody: {
            /** @example pipeline */
            object_kind: string;
            object_attributes?: {
                [key: string]: unknown;
            };
            project?: {
                path_with_namespace: string;
            } & {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        LifecycleEventList: {
            items: components["schemas"]["LifecycleEvent"][];
            nextCursor: string | null;
            /** @description Highest event id in this response (or the `after` sent): poll again with `after=latestId`. */
            latestId: number;
        };
        LifecycleEvent: {
            id: number;
            /** @example job.succeeded */
            type: string;
            schemaVersion: number;
            /**
             * @description Where the event sits on the lifecycle timeline.
             * @enum {string}
             */
            stage: "queued" | "started" | "trained" | "registered" | "evaluated" | "converted" | "benchmarked" | "promoted" | "alias-moved" | "alias-removed" | "deployed" | "undeployed" | "dataset-published" | "released" | "failed" | "cancelled" | "retrain-requested" | "retrain-triggered" | "retrain-closed" | "retrain-failed" | "trigger-disabled" | "archived" | "unarchived" | "deleted" | "other";
            stageLabel: string;
            summary: string;
            /** @enum {string} */
            origin: "webhook" | "hub";
            /** @description Webhook source that delivered it (hub events: null). */
            source: string | null;
            modelVersion: number | null;
            job: {
                id: string;
                kind: string | null;
            } | null;
            gpuHours: number | null;
            retrainRequest: string | null;
            causeEventId: number | null;
            /** Format: date-time */
            occurredAt: string;
            /** Format: date-time */
            recordedAt: string;
            data: {
                [key: string]: unknown;
            };
        };
        RetrainPolicyList: {
            items: components["schemas"]["RetrainPolicy"][];
        };
        RetrainPolicy: {
            id: string;
            /** @enum {string} */
            kind: "dataset_version" | "metric_threshold" | "max_age";
            config: {
                [key: string]: unknown;
            };
            description: string;
            enabled: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** Format: date-time */
            lastFiredAt: string | null;
        };
        /** @description `dataset_version`: fires on a new version of `config.dataset` (or, without it, of any dataset the production version was trained on). `metric_threshold`: fires when an evaluation job or benchmark reports `metric <comparison> threshold`. `max_age`: fires when the version behind `alias` (default production) is older than `maxAgeDays` (checked every minute). */
        RetrainPolicyCreate: {
            /** @enum {string} */
            kind: "dataset_version";
            /** @default {} */
            config?: {
                /** @description Dataset to watch; omitted: every dataset the production (else latest) version was trained on. */
                dataset?: string;
            };
            /** @default  */
            description?: string;
            /** @default true */
            enabled?: boolean;
        } | {
            /** @enum {string} */
            kind: "metric_threshold";
            config: {
                /** @description Metric name as sent in `metrics`, e.g. "auc" or "latency_p99_ms". */
                metric: string;
                /**
                 * @description Fires when `value <comparison> threshold`.
                 * @enum {string}
                 */
                comparison: "<" | "<=" | ">" | ">=";
                /** @description Any figure within ±1e30. */
                threshold: number;
                /**
                 * @description Which events count: evaluation job.succeeded, benchmark.completed, or both.
                 * @default any
                 * @enum {string}
                 */
                from?: "evaluation" | "benchmark" | "any";
                /** @description Only for the version this alias points to (e.g. "production"); omitted: any version. */
                alias?: string;
            };
            /** @default  */
            description?: string;
            /** @default true */
            enabled?: boolean;
        } | {
            /** @enum {string} */
            kind: "max_age";
            config: {
                /** @description Fires when the aliased version is older than this. */
                maxAgeDays: number;
                /** @default production */
                alias?: string;
            };
            /** @default  */
            description?: string;
            /** @default true */
            enabled?: boolean;
        };
        RetrainPolicyPatch: {
            description?: string;
            enabled?: boolean;
            /** @description A complete new configuration for the policy's kind. */
            config?: {
                [key: string]: unknown;
            };
        };
        RetrainRequestList: {
            items: components["schemas"]["RetrainRequest"][];
            nextCursor: string | null;
        };
        RetrainRequest: {
            id: string;
            /** @enum {string} */
            status: "open" | "triggered" | "closed" | "failed";
            statusReason: string | null;
            /** @enum {string} */
            trigger: "dataset_version" | "metric_threshold" | "max_age" | "manual";
            policy: string | null;
            reason: string;
            inputs: {
                [key: string]: unknown;
            };
            /** @description The version a successful retraining registered. */
            resultVersion: number | null;
            /** Format: date-time */
            openedAt: string;
            /** Format: date-time */
            triggeredAt: string | null;
            /** Format: date-time */
            closedAt: string | null;
        };
        RetrainRequestCreate: {
            /** @description Why, for the people reading the timeline. */
            note?: string;
            /** @description Version to start from (default: production, else the newest). */
            parentVersion?: number;
        };
        RetrainTrigger: {
            /** @description The target with query values hidden; shown to the owner group and admins only (null for others). */
            url: string | null;
            ref: string | null;
            /** @enum {string} */
            status: "active" | "disabled";
            disabledReason: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        RetrainTriggerWithSecret: components["schemas"]["RetrainTrigger"] & {
            /** @description The signing secret (`whsec_…`) when new or rotated; shown only now. Receivers verify `webhook-signature` with it. */
            secret: string | null;
        };
        RetrainTriggerPut: {
            /**
             * Format: uri
             * @description Where retrain requests are POSTed, e.g. a GitLab pipeline trigger URL (its token in the query is never shown back).
             * @example https://gitlab.cern.ch/api/v4/projects/1234/trigger/pipeline?token=glptt-xxxxxxxxxxxxxxxxxxxx
             */
            url: string;
            /**
             * @description Sent as `ref` (the branch a GitLab pipeline trigger runs).
             * @example main
             */
            ref?: string;
            /**
             * @description Issue a new signing secret (returned once).
             * @default false
             */
            rotateSecret?: boolean;
        };
        OutboundDeliveryList: {
            items: components["schemas"]["OutboundDelivery"][];
            nextCursor: string | null;
        };
        OutboundDelivery: {
            /** @description The `webhook-id`, the same on every attempt. */
            id: string;
            eventType: string;
            /** @enum {string} */
            status: "pending" | "sending" | "delivered" | "failed" | "cancelled";
            attempts: number;
            lastStatusCode: number | null;
            lastLatencyMs: number | null;
            lastError: string | null;
            /**
             * Format: date-time
             * @description When the next try is due (pending only).
             */
            nextAttemptAt: string | null;
            retrainRequest: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            deliveredAt: string | null;
            attemptLog: components["schemas"]["OutboundAttempt"][];
        };
        OutboundAttempt: {
            attempt: number;
            /** Format: date-time */
            startedAt: string;
            statusCode: number | null;
            latencyMs: number | null;
            error: string | null;
            /** @enum {string} */
            outcome: "delivered" | "retry" | "give_up" | "disabled" | "refused";
        };
        GroupList: {
            items: components["schemas"]["Group"][];
        };
        Group: {
            /** @example cms */
            id: string;
            /** @example CMS */
            name: string;
            /** @enum {string} */
            kind: "experiment" | "sector" | "team";
            description: string;
        };
        TokenWithSecret: components["schemas"]["Token"] & {
            /**
             * @description Shown only in this response; only its hash is stored.
             * @example hub_…
             */
            secret: string;
        };
        Token: {
            /** @example tok_3Xb1c9Qm0a2ZkL8p */
            id: string;
            /** @example CMS GitLab CI */
            name: string;
            /** @description `write` ⊂ `maintainer` ⊂ `admin`. */
            scopes: ("write" | "maintainer" | "admin")[];
            /**
             * @description Owning group; writes are limited to its models and datasets.
             * @example cms
             */
            group: string | null;
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description Recorded at most once a minute.
             */
            lastUsedAt: string | null;
            /** Format: date-time */
            expiresAt: string | null;
            /** Format: date-time */
            revokedAt: string | null;
            /** @enum {string} */
            status: "active" | "expired" | "revoked";
        };
        TokenCreate: {
            /** @example CMS GitLab CI */
            name: string;
            scopes: ("write" | "maintainer" | "admin")[];
            /**
             * @default null
             * @example cms
             */
            group?: string | null;
            /**
             * @description Days until the token stops working; null: never.
             * @default null
             * @example 365
             */
            expiresInDays?: number | null;
        };
        TokenList: {
            items: components["schemas"]["Token"][];
        };
        DatasetList: {
            items: components["schemas"]["Dataset"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor: string | null;
            /** @description Rows matching the filters, over all pages. */
            total: number;
        };
        Dataset: {
            slug: string;
            name: string;
            summary: string;
            description: string;
            /** @enum {string} */
            format: "root" | "hdf5" | "parquet" | "tfrecord" | "zarr" | "csv" | "other";
            schemaNotes: string;
            ownerGroup: string;
            license: string | null;
            tags: string[];
            contacts: components["schemas"]["Contact"][];
            /**
             * @description `internal`: visible through the API to the owner group and admins only; never on the site or in search.
             * @enum {string}
             */
            visibility: "public" | "internal";
            versionCount: number;
            latestVersion: string | null;
            latestBytes: number | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description When the owner archived it (hidden from lists and search, still resolvable); null when not archived. */
            archivedAt: string | null;
            /** @description The group that archived it; null when not archived. */
            archivedBy: string | null;
            /** @description The dataset page on the site (public datasets). */
            url: string;
        };
        Contact: {
            /** @example Flavour tagging conveners */
            name: string;
            /** Format: email */
            email?: string;
            /**
             * Format: uri
             * @example https://ml.cern.ch
             */
            url?: string;
        };
        DatasetCreate: {
            /** @example ml-cern-ch */
            slug: string;
            /**
             * @description Group id (e.g. "cms"). Defaults to the token's group; only admins may name another group.
             * @example cms
             */
            ownerGroup?: string;
            /** @example Run 3 jet flavour sample */
            name: string;
            summary: string;
            /**
             * @description Markdown; rendered and sanitised on pages.
             * @default
             */
            description?: string;
            /** @enum {string} */
            format: "root" | "hdf5" | "parquet" | "tfrecord" | "zarr" | "csv" | "other";
            /**
             * @description Markdown: branches, columns, units, selections.
             * @default
             */
            schemaNotes?: string;
            /** @default null */
            license?: string | null;
            /** @default [] */
            tags?: string[];
            /** @default [] */
            contacts?: components["schemas"]["Contact"][];
            /**
             * @description `internal`: visible through the API to the owner group and admins only; never on the site or in search.
             * @default public
             * @enum {string}
             */
            visibility?: "public" | "internal";
        };
        DatasetPatch: {
            /** @example ml-cern-ch */
            slug?: string;
            /** @example Run 3 jet flavour sample */
            name?: string;
            summary?: string;
            description?: string;
            /** @enum {string} */
            format?: "root" | "hdf5" | "parquet" | "tfrecord" | "zarr" | "csv" | "other";
            schemaNotes?: string;
            license?: string | null;
            tags?: string[];
            contacts?: components["schemas"]["Contact"][];
            /**
             * @description `internal`: visible through the API to the owner group and admins only; never on the site or in search.
             * @enum {string}
             */
            visibility?: "public" | "internal";
        };
        DatasetVersionList: {
            items: components["schemas"]["DatasetVersion"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor: string | null;
            /** @description Rows matching the filters, over all pages. */
            total: number;
        };
        DatasetVersion: {
            dataset: string;
            version: string;
            description: string;
            bytes: number;
            fileCount: number;
            checksum: string | null;
            producedBy: components["schemas"]["ProducedBy"] | null;
            replicas: components["schemas"]["Replica"][];
            /** @description Model versions (visible to you) trained or evaluated on it. */
            usedBy: components["schemas"]["DatasetUse"][];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description When the owner archived it (hidden from lists and search, still resolvable); null when not archived. */
            archivedAt: string | null;
            /** @description The group that archived it; null when not archived. */
            archivedBy: string | null;
            url: string;
        };
        Replica: {
            uri: string;
            location: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        DatasetUse: {
            model: string;
            modelName: string;
            version: number;
            /** @enum {string} */
            role: "training" | "validation" | "evaluation" | "calibration" | "other";
        };
        DatasetVersionPatch: {
            description?: string;
            /** @example sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 */
            checksum?: string;
            producedBy?: components["schemas"]["ProducedBy"] | null;
        };
        ModelList: {
            items: components["schemas"]["ModelSummary"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor: string | null;
            /** @description Rows matching the filters, over all pages. */
            total: number;
        };
        ModelSummary: {
            slug: string;
            name: string;
            summary: string;
            /** @enum {string} */
            task: "jet-tagging" | "tracking" | "particle-identification" | "fast-simulation" | "trigger" | "vertexing" | "anomaly-detection" | "calibration" | "other";
            tags: string[];
            license: string | null;
            contacts: components["schemas"]["Contact"][];
            datasets: string[];
            languages: string[];
            library: string | null;
            ownerGroup: string;
            /**
             * @description `internal`: visible through the API to the owner group and admins only; never on the site or in search.
             * @enum {string}
             */
            visibility: "public" | "internal";
            versionCount: number;
            latestVersion: number | null;
            /** @description The version the `production` alias points at. */
            productionVersion: number | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description When the owner archived it (hidden from lists and search, still resolvable); null when not archived. */
            archivedAt: string | null;
            /** @description The group that archived it; null when not archived. */
            archivedBy: string | null;
            /** @description The model page on the site (public models). */
            url: string;
        };
        Model: {
            slug: string;
            name: string;
            summary: string;
            /** @enum {string} */
            task: "jet-tagging" | "tracking" | "particle-identification" | "fast-simulation" | "trigger" | "vertexing" | "anomaly-detection" | "calibration" | "other";
            tags: string[];
            license: string | null;
            contacts: components["schemas"]["Contact"][];
            datasets: string[];
            languages: string[];
            library: string | null;
            ownerGroup: string;
            /**
             * @description `internal`: visible through the API to the owner group and admins only; never on the site or in search.
             * @enum {string}
             */
            visibility: "public" | "internal";
            versionCount: number;
            latestVersion: number | null;
            /** @description The version the `production` alias points at. */
            productionVersion: number | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description When the owner archived it (hidden from lists and search, still resolvable); null when not archived. */
            archivedAt: string | null;
            /** @description The group that archived it; null when not archived. */
            archivedBy: string | null;
            /** @description The model page on the site (public models). */
            url: string;
            /** @description The card body (Markdown, front matter removed). */
            card: string;
            /** @description The card's front matter as imported. */
            cardMetadata: {
                [key: string]: unknown;
            };
            /**
             * @description Key/value labels: the MLflow tags set through `/api/2.0/mlflow/…/set-tag` or mirrored from an MLflow webhook.
             * @example {
             *       "team": "l1t",
             *       "mlflow.source.type": "JOB"
             *     }
             */
            labels: {
                [key: string]: string;
            };
            aliases: components["schemas"]["ModelAlias"][];
        };
        ModelAlias: {
            name: string;
            version: number;
            protected: boolean;
            /** Format: date-time */
            updatedAt: string;
            /** @description Name of the token that last moved it. */
            updatedBy: string | null;
        };
        ModelVersion: {
            model: string;
            version: number;
            /** @enum {string} */
            status: "registering" | "ready" | "failed";
            statusMessage: string | null;
            description: string;
            artifacts: components["schemas"]["Artifact"][];
            hyperParameters: {
                [key: string]: unknown;
            };
            /**
             * @description Key/value labels: the MLflow tags set through `/api/2.0/mlflow/…/set-tag` or mirrored from an MLflow webhook.
             * @example {
             *       "team": "l1t",
             *       "mlflow.source.type": "JOB"
             *     }
             */
            labels: {
                [key: string]: string;
            };
            metrics: components["schemas"]["Metric"][];
            datasets: {
                dataset: string;
                datasetName: string;
                version: string;
                /** @enum {string} */
                role: "training" | "validation" | "evaluation" | "calibration" | "other";
            }[];
            parent: components["schemas"]["ModelVersionRef"];
            children: components["schemas"]["ModelVersionRef"][];
            trainingJob: components["schemas"]["TrainingJob"];
            /** @description Aliases that point at this version. */
            aliases: string[];
            /** @description The token that registered it: shown to the model's owner group and admins only (null for others, and when unknown). */
            registeredBy: {
                tokenId: string;
                name: string;
                group: string | null;
            } | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description When the owner archived it (hidden from lists and search, still resolvable); null when not archived. */
            archivedAt: string | null;
            /** @description The group that archived it; null when not archived. */
            archivedBy: string | null;
            url: string;
        };
        Artifact: {
            name: string;
            /** @enum {string} */
            format: "onnx" | "torchscript" | "pytorch-state-dict" | "savedmodel" | "keras" | "tflite" | "xgboost" | "lightgbm" | "lwtnn" | "hls4ml" | "sofie" | "other";
            uri: string;
            bytes: number | null;
            sha256: string | null;
            precision: string | null;
            sparsityPct: number | null;
            parameters: number | null;
            framework: string | null;
            frameworkVersion: string | null;
        };
        Metric: {
            name: string;
            value: number;
            split: string;
            dataset: {
                dataset: string;
                version: string;
            } | null;
            description: string | null;
        };
        ModelVersionRef: {
            model: string;
            modelName: string;
            version: number;
            /** @enum {string} */
            status: "registering" | "ready" | "failed";
        } | null;
        /** @description `slug` is required; `name`, `summary` and `task` are too unless the card provides them. */
        ModelCreate: {
            /** @example ml-cern-ch */
            slug: string;
            /**
             * @description Group id (e.g. "cms"). Defaults to the token's group; only admins may name another group.
             * @example cms
             */
            ownerGroup?: string;
            /**
             * @description `internal`: visible through the API to the owner group and admins only; never on the site or in search.
             * @default public
             * @enum {string}
             */
            visibility?: "public" | "internal";
            /** @example GN2 flavour tagger */
            name?: string;
            summary?: string;
            /** @enum {string} */
            task?: "jet-tagging" | "tracking" | "particle-identification" | "fast-simulation" | "trigger" | "vertexing" | "anomaly-detection" | "calibration" | "other";
            tags?: string[];
            license?: string | null;
            contacts?: components["schemas"]["Contact"][];
            /** @description Datasets the card names (catalog slugs or outside names). */
            datasets?: string[];
            languages?: string[];
            library?: string | null;
            /** @description The model card: Markdown with optional Hugging Face-style YAML front matter. Keys read from the front matter: `model_name`, `model-index`, `license`, `license_name`, `tags`, `pipeline_tag`, `task`, `datasets`, `language`, `library_name` (`pipeline_tag`/`task` → task when it names a hub task; `license: other` + `license_name` → license). A missing name comes from the first heading, a missing summary from the first paragraph. Fields sent explicitly win over the card. The whole front matter is kept as `cardMetadata`. */
            card?: string;
        };
        /** @description Changes the fields sent. A new `card` also refills the fields its front matter names, unless sent explicitly. */
        ModelPatch: {
            /** @example ml-cern-ch */
            slug?: string;
            /**
             * @description `internal`: visible through the API to the owner group and admins only; never on the site or in search.
             * @enum {string}
             */
            visibility?: "public" | "internal";
            /** @example GN2 flavour tagger */
            name?: string;
            summary?: string;
            /** @enum {string} */
            task?: "jet-tagging" | "tracking" | "particle-identification" | "fast-simulation" | "trigger" | "vertexing" | "anomaly-detection" | "calibration" | "other";
            tags?: string[];
            license?: string | null;
            contacts?: components["schemas"]["Contact"][];
            /** @description Datasets the card names (catalog slugs or outside names). */
            datasets?: string[];
            languages?: string[];
            library?: string | null;
            /** @description The model card: Markdown with optional Hugging Face-style YAML front matter. Keys read from the front matter: `model_name`, `model-index`, `license`, `license_name`, `tags`, `pipeline_tag`, `task`, `datasets`, `language`, `library_name` (`pipeline_tag`/`task` → task when it names a hub task; `license: other` + `license_name` → license). A missing name comes from the first heading, a missing summary from the first paragraph. Fields sent explicitly win over the card. The whole front matter is kept as `cardMetadata`. */
            card?: string;
        };
        ModelVersionList: {
            items: components["schemas"]["ModelVersion"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor: string | null;
            /** @description Rows matching the filters, over all pages. */
            total: number;
        };
        ModelVersionPatch: {
            /** @enum {string} */
            status?: "registering" | "ready" | "failed";
            statusMessage?: string | null;
            description?: string;
            trainingJob?: components["schemas"]["TrainingJob"];
        };
        ModelAliasList: {
            items: components["schemas"]["ModelAlias"][];
        };
        AliasMove: {
            version: number;
            /** @example Validated on 2025 data; approved in the ML forum. */
            reason?: string;
            /** @description Mark (or unmark) as protected; needs `maintainer`. `production` is always protected. */
            protected?: boolean;
        };
        AliasHistory: {
            items: components["schemas"]["AliasHistoryEntry"][];
            nextCursor: string | null;
        };
        AliasHistoryEntry: {
            alias: string;
            /** @description Null when the move created the alias. */
            fromVersion: number | null;
            /** @description Null when the alias was removed. */
            toVersion: number | null;
            reason: string | null;
            movedBy: string | null;
            /** @description The webhook source the move came through (null for a move through the API). */
            movedBySource: {
                id: string;
                name: string;
            } | null;
            /** Format: date-time */
            movedAt: string;
        };
        DeploymentList: {
            items: components["schemas"]["Deployment"][];
            nextCursor: string | null;
        };
        Deployment: {
            id: number;
            version: number;
            /** @enum {string} */
            kind: "offline" | "hlt" | "l1-trigger" | "inference-server" | "analysis" | "other";
            target: string;
            url: string | null;
            notes: string | null;
            active: boolean;
            /** Format: date-time */
            startedAt: string;
            /** Format: date-time */
            endedAt: string | null;
            endReason: string | null;
            recordedBy: string | null;
            endedBy: string | null;
        };
        DeploymentCreate: {
            version: number;
            /** @enum {string} */
            kind: "offline" | "hlt" | "l1-trigger" | "inference-server" | "analysis" | "other";
            /**
             * @description Where it runs.
             * @example CMSSW_14_0_X (HLT menu 2025 v1.2)
             */
            target: string;
            /**
             * Format: uri
             * @example https://ml.cern.ch
             */
            url?: string;
            notes?: string;
            /**
             * Format: date-time
             * @description Since when; default now.
             */
            startedAt?: string;
        };
        DeploymentEnd: {
            /** Format: date-time */
            endedAt?: string;
            reason?: string;
        };
        BenchmarkResultList: {
            items: components["schemas"]["BenchmarkResult"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor: string | null;
            /** @description Rows matching the filters, over all pages. */
            total: number;
        };
        BenchmarkResult: {
            /** @example bm_Xc3kTMd9aQ1f0bWm */
            id: string;
            model: {
                slug: string;
                name: string;
                /** @enum {string} */
                task: "jet-tagging" | "tracking" | "particle-identification" | "fast-simulation" | "trigger" | "vertexing" | "anomaly-detection" | "calibration" | "other";
            };
            version: number;
            artifact: components["schemas"]["BenchmarkArtifact"];
            engine: components["schemas"]["BenchmarkEngine"];
            /** @example onnxruntime-node 1.30.0 · cpu */
            engineLabel: string;
            hardware: components["schemas"]["BenchmarkHardware"];
            /** @example AMD EPYC 7763, 16 cores */
            hardwareLabel: string;
            /** @description The hardware pool it was measured on (slug), if any. */
            hardwarePool: string | null;
            software: components["schemas"]["BenchmarkSoftware"];
            settings: components["schemas"]["BenchmarkSettings"];
            results: components["schemas"]["BenchmarkResults"];
            accuracy?: components["schemas"]["BenchmarkAccuracy"];
            validity: components["schemas"]["BenchmarkValidity"] & unknown;
            provenance: {
                /** @enum {string} */
                source: "harness" | "ci" | "browser" | "community";
                submitter: string;
                /** Format: date-time */
                measuredAt: string;
                /** Format: date-time */
                recordedAt: string;
                rawLogUrl?: string;
                harness?: {
                    name: string;
                    version: string;
                };
                /** @description The webhook delivery it came with, if any. */
                eventRef: string | null;
            };
            /** @example bm_Xc3kTMd9aQ1f0bWm */
            supersedes: string | null;
            /** @example bm_Xc3kTMd9aQ1f0bWm */
            supersededBy: string | null;
            links: {
                self: string;
                page: string;
                version: string;
                versionBenchmarks: string;
            };
        };
        HpoStudyList: {
            items: components["schemas"]["HpoStudy"][];
        };
        HpoStudy: {
            model: string;
            slug: string;
            name: string;
            description: string;
            objective: components["schemas"]["HpoObjective"];
            searchSpace: {
                [key: string]: components["schemas"]["HpoDistribution"];
            };
            sampler: string;
            pruner: string | null;
            budget: {
                maxTrials: number | null;
                gpuHours: number | null;
            };
            gpuType: string | null;
            /** @enum {string} */
            status: "running" | "complete" | "stopped";
            /** @description `api` or `optuna-journal`. */
            source: string;
            trials: {
                total: number;
                RUNNING: number;
                COMPLETE: number;
                PRUNED: number;
                FAIL: number;
            };
            gpuHoursUsed: number;
            /** @description Budgeted trials not yet started; null without a trial budget. */
            trialsLeft: number | null;
            bestTrial: components["schemas"]["HpoTrialSummary"] | null;
            pageUrl: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        HpoObjective: {
            /** @example val_loss */
            metric: string;
            /** @enum {string} */
            direction: "minimize" | "maximize";
        };
        /**
         * @description One parameter's distribution in Optuna's abbreviated JSON (what `optuna.distributions.json_to_distribution` reads): `float` and `int` with `low`/`high` (inclusive), `log` and `step`; `categorical` with `choices`.
         * @example {
         *       "type": "float",
         *       "low": 0.00001,
         *       "high": 0.01,
         *       "log": true
         *     }
         */
        HpoDistribution: {
            /** @enum {string} */
            type: "float";
            low: number;
            high: number;
            /** @default false */
            log?: boolean;
            /** @default null */
            step?: number | null;
        } | {
            /** @enum {string} */
            type: "int";
            low: number;
            high: number;
            /** @default false */
            log?: boolean;
            /** @default 1 */
            step?: number;
        } | {
            /** @enum {string} */
            type: "categorical";
            choices: (string | number | boolean | null)[];
        };
        HpoTrialSummary: {
            number: number;
            value: number;
            params: {
                [key: string]: unknown;
            };
        };
        HpoStudyCreate: {
            /** @example ml-cern-ch */
            slug: string;
            name: string;
            /** @default  */
            description?: string;
            objective: components["schemas"]["HpoObjective"];
            searchSpace: components["schemas"]["HpoSearchSpace"];
            /**
             * @description Optuna sampler class name.
             * @default TPESampler
             * @enum {string}
             */
            sampler?: "TPESampler" | "RandomSampler" | "GridSampler" | "CmaEsSampler" | "NSGAIISampler" | "NSGAIIISampler" | "QMCSampler" | "GPSampler" | "BruteForceSampler" | "PartialFixedSampler";
            /**
             * @default null
             * @example MedianPruner
             */
            pruner?: string | null;
            budget?: components["schemas"]["HpoBudget"];
            /**
             * @description GPU as the price table names it (A100-80GB, H100-80GB, L4, T4 …), for the cost estimate.
             * @default null
             */
            gpuType?: string | null;
        };
        /**
         * @description Parameter name → distribution.
         * @example {
         *       "learning_rate": {
         *         "type": "float",
         *         "low": 0.00001,
         *         "high": 0.01,
         *         "log": true
         *       },
         *       "layers": {
         *         "type": "int",
         *         "low": 2,
         *         "high": 8
         *       },
         *       "optimizer": {
         *         "type": "categorical",
         *         "choices": [
         *           "adam",
         *           "sgd"
         *         ]
         *       }
         *     }
         */
        HpoSearchSpace: {
            [key: string]: components["schemas"]["HpoDistribution"];
        };
        /** @default {} */
        HpoBudget: {
            maxTrials?: number | null;
            gpuHours?: number | null;
        };
        HpoStudyImportResult: {
            study: components["schemas"]["HpoStudy"];
            imported: {
                trials: number;
                intermediateValues: number;
            };
            skipped: {
                trial: number;
                reason: string;
            }[];
        };
        HpoStudyImport: {
            /** @description An Optuna JournalStorage file (JournalFileBackend): one JSON operation per line. */
            journal: string;
            /** @description Which Optuna study of the journal; needed when it holds more than one. */
            studyName?: string;
            /** @example ml-cern-ch */
            slug: string;
            /** @description Default: the Optuna study's name. */
            name?: string;
            /** @default  */
            description?: string;
            /**
             * @description Name of the objective.
             * @default value
             */
            metric?: string;
            /**
             * @description A journal does not record the sampler.
             * @default TPESampler
             * @enum {string}
             */
            sampler?: "TPESampler" | "RandomSampler" | "GridSampler" | "CmaEsSampler" | "NSGAIISampler" | "NSGAIIISampler" | "QMCSampler" | "GPSampler" | "BruteForceSampler" | "PartialFixedSampler";
            /**
             * @description Default: `running` while a trial runs, else `complete`.
             * @enum {string}
             */
            status?: "running" | "complete" | "stopped";
            budget?: components["schemas"]["HpoBudget"];
            /**
             * @description GPU as the price table names it (A100-80GB, H100-80GB, L4, T4 …), for the cost estimate.
             * @default null
             */
            gpuType?: string | null;
        };
        HpoStudyPatch: {
            name?: string;
            description?: string;
            /** @enum {string} */
            status?: "running" | "complete" | "stopped";
            budget?: components["schemas"]["HpoBudget"];
            /** @description GPU as the price table names it (A100-80GB, H100-80GB, L4, T4 …), for the cost estimate. */
            gpuType?: string | null;
        };
        HpoTrialList: {
            items: components["schemas"]["HpoTrial"][];
            nextCursor: string | null;
        };
        HpoTrial: {
            study: string;
            number: number;
            /** @enum {string} */
            state: "RUNNING" | "COMPLETE" | "PRUNED" | "FAIL";
            params: {
                [key: string]: unknown;
            };
            value: number | null;
            values: number[] | null;
            metrics: {
                [key: string]: number;
            };
            intermediateValues: {
                step: number;
                value: number;
            }[];
            job: {
                id: string | null;
                url: string | null;
            };
            gpuHours: number | null;
            /** Format: date-time */
            startedAt: string | null;
            /** Format: date-time */
            finishedAt: string | null;
            promotedVersion: number | null;
            createdBy: string | null;
        };
        HpoTrialCreate: {
            /** @description Checked against the search space. */
            params: {
                [key: string]: string | number | boolean | null;
            };
            /**
             * @description RUNNING (default), or a finished state to report a whole trial at once.
             * @default RUNNING
             * @enum {string}
             */
            state?: "RUNNING" | "COMPLETE" | "PRUNED" | "FAIL";
            /** @description The objective value; required for COMPLETE. */
            value?: number;
            values?: number[];
            /** @default {} */
            metrics?: {
                [key: string]: number;
            };
            /** @default [] */
            intermediateValues?: components["schemas"]["HpoIntermediateValue"][];
            job?: components["schemas"]["HpoJobRef"];
            gpuHours?: number;
            /** Format: date-time */
            startedAt?: string;
            /** Format: date-time */
            finishedAt?: string;
        };
        HpoIntermediateValue: {
            step: number;
            value: number;
        };
        HpoJobRef: {
            /** @description The CI job id. */
            id?: string;
            /**
             * Format: uri
             * @description The CI job page.
             * @example https://ml.cern.ch
             */
            url?: string;
        };
        HpoTrialFinish: {
            /** @enum {string} */
            state: "COMPLETE" | "PRUNED" | "FAIL";
            value?: number;
            values?: number[];
            metrics?: {
                [key: string]: number;
            };
            gpuHours?: number;
            job?: components["schemas"]["HpoJobRef"];
            /** Format: date-time */
            finishedAt?: string;
        };
        HpoPromoteResult: {
            trial: number;
            version: components["schemas"]["ModelVersion"];
        };
        HpoPromote: {
            /** @description Default: the best COMPLETE trial. */
            trial?: number;
            description?: string;
        };
        DataAccessResultList: {
            items: components["schemas"]["DataAccessResult"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor: string | null;
            /** @description Rows matching the filters, over all pages. */
            total: number;
        };
        DataAccessResult: {
            /** @example da_Xc3kTMd9aQ1f0bWm */
            id: string;
            storage: components["schemas"]["DataAccessStorage"];
            file: components["schemas"]["DataAccessFile"];
            reader: components["schemas"]["DataAccessReader"];
            settings: components["schemas"]["DataAccessSettings"];
            results: components["schemas"]["DataAccessResults"];
            hardware: components["schemas"]["BenchmarkHardware"];
            /** @example AMD EPYC 7763, 16 cores */
            hardwareLabel: string;
            /** @example local disk · POSIX · Parquet · hyparquet 1.25.1 */
            setupLabel: string;
            software: components["schemas"]["BenchmarkSoftware"];
            hardwarePool: {
                slug: string;
                name: string;
            } | null;
            dataset: {
                slug: string;
                name: string;
            } | null;
            /** @enum {string} */
            visibility: "public" | "internal";
            validity: components["schemas"]["BenchmarkValidity"] & unknown;
            provenance: {
                /** @enum {string} */
                source: "harness" | "ci" | "browser" | "community";
                submitter: string;
                /** Format: date-time */
                measuredAt: string;
                /** Format: date-time */
                recordedAt: string;
                rawLogUrl?: string;
                harness?: {
                    name: string;
                    version: string;
                };
                /** @description The webhook delivery it came with, if any. */
                eventRef: string | null;
            };
            /** @example da_Xc3kTMd9aQ1f0bWm */
            supersedes: string | null;
            /** @example da_Xc3kTMd9aQ1f0bWm */
            supersededBy: string | null;
            links: {
                self: string;
                page: string;
            };
        };
        DataAccessCreate: {
            storage: components["schemas"]["DataAccessStorage"];
            file: components["schemas"]["DataAccessFile"];
            reader: components["schemas"]["DataAccessReader"];
            settings: components["schemas"]["DataAccessSettings"];
            results: components["schemas"]["DataAccessResults"];
            hardware: components["schemas"]["BenchmarkHardware"];
            software?: components["schemas"]["BenchmarkSoftware"];
            /**
             * @description The hardware pool it ran on (GET /api/hardware).
             * @example ml-cern-ch
             */
            hardwarePool?: string;
            /**
             * @description The dataset whose files were read. A result naming a non-public dataset is seen only by your group.
             * @example ml-cern-ch
             */
            dataset?: string;
            validity?: components["schemas"]["BenchmarkValidity"] & unknown;
            provenance?: components["schemas"]["BenchmarkProvenanceInput"];
            /**
             * @description The result this one corrects (one of your group, not superseded yet).
             * @example da_Xc3kTMd9aQ1f0bWm
             */
            supersedes?: string;
        };
        ArchiveRequest: {
            /** @description Why; kept in the audit record and shown on the timeline. */
            reason?: string;
        };
        /** @description A latency a visitor measured in their browser. The device is read from the User-Agent header and the WebGPU adapter sent here. */
        BenchmarkCommunityCreate: {
            /** @example ml-cern-ch */
            model: string;
            version: number;
            /**
             * @description Community results are always marked `community`; no other source can be claimed here.
             * @enum {string}
             */
            source?: "community";
            engine: {
                /** @enum {string} */
                name: "onnxruntime-web";
                version: string;
                /** @enum {string} */
                executionProvider: "wasm" | "webgpu";
            };
            /** @default {} */
            device?: {
                webgpuAdapter?: {
                    vendor?: string;
                    architecture?: string;
                    device?: string;
                    description?: string;
                };
                hardwareConcurrency?: number;
                deviceMemoryGb?: number;
            };
            settings: {
                batchSize: number;
                warmupRuns: number;
                wasmThreads?: number;
                runsPerSample?: number;
                input?: {
                    description: string;
                };
            };
            results: {
                iterations: number;
                durationMs: number;
                latencyMs: components["schemas"]["BenchmarkLatencyMs"];
                latencyCv?: number;
                p50StabilityCv?: number;
                sessionCreateMs?: number;
                firstInferenceMs?: number;
            };
        };
        BenchmarkCreate: {
            /** @example jet-btag */
            model: string;
            /** @example 1 */
            version: number;
            artifact?: components["schemas"]["BenchmarkArtifact"];
            engine: components["schemas"]["BenchmarkEngine"];
            hardware: components["schemas"]["BenchmarkHardware"];
            software?: components["schemas"]["BenchmarkSoftware"];
            settings: components["schemas"]["BenchmarkSettings"];
            results: components["schemas"]["BenchmarkResults"];
            accuracy?: components["schemas"]["BenchmarkAccuracy"];
            validity?: components["schemas"]["BenchmarkValidity"];
            provenance?: components["schemas"]["BenchmarkProvenanceInput"];
            /**
             * @description The result this one corrects (same model version, not superseded yet).
             * @example bm_Xc3kTMd9aQ1f0bWm
             */
            supersedes?: string;
            /**
             * @description The hardware pool it ran on (a slug of GET /api/hardware); an unknown pool is a 422.
             * @example alice-epn
             */
            hardwarePool?: string;
        };
        MlflowRegisteredModelResponse: {
            registered_model: components["schemas"]["MlflowRegisteredModel"];
        };
        MlflowRegisteredModel: {
            name: string;
            creation_timestamp: number;
            last_updated_timestamp: number;
            description: string;
            latest_versions: components["schemas"]["MlflowModelVersion"][];
            tags: {
                key: string;
                value: string;
            }[];
            aliases: {
                alias: string;
                version: string;
            }[];
        };
        MlflowModelVersion: {
            name: string;
            version: string;
            /** @description Epoch milliseconds. */
            creation_timestamp: number;
            /** @description Epoch milliseconds. */
            last_updated_timestamp: number;
            /** @description Never sent: who registered a version is shown to its owner group only, as `registeredBy` in the hub API. */
            user_id?: string;
            /**
             * @description `Production` / `Staging` when the hub alias of that name points here, else `None`.
             * @enum {string}
             */
            current_stage: "None" | "Staging" | "Production" | "Archived";
            description: string;
            source: string;
            run_id?: string;
            /** @enum {string} */
            status: "PENDING_REGISTRATION" | "FAILED_REGISTRATION" | "READY";
            status_message?: string;
            tags: {
                key: string;
                value: string;
            }[];
            run_link?: string;
            aliases: string[];
        };
        /** @description MLflow's error body; the status follows MLflow's mapping of the code. */
        MlflowError: {
            /** @example RESOURCE_DOES_NOT_EXIST */
            error_code: string;
            /** @example Registered Model with name=jet-tagger not found */
            message: string;
        };
        MlflowCreateRegisteredModel: {
            /** @description Registered model name (a hub slug, or the MLflow name it was registered under). */
            name: string;
            /** @default [] */
            tags?: {
                key: string;
                /** @default  */
                value?: string;
            }[];
            description?: string;
        };
        MlflowRenameRegisteredModel: {
            /** @description Registered model name (a hub slug, or the MLflow name it was registered under). */
            name: string;
            /** @description Registered model name (a hub slug, or the MLflow name it was registered under). */
            new_name: string;
        };
        MlflowUpdateRegisteredModel: {
            /** @description Registered model name (a hub slug, or the MLflow name it was registered under). */
            name: string;
            description?: string;
        };
        MlflowEmpty: Record<string, never>;
        MlflowRegisteredModelName: {
            /** @description Registered model name (a hub slug, or the MLflow name it was registered under). */
            name: string;
        };
        MlflowSearchRegisteredModelsResponse: {
            registered_models: components["schemas"]["MlflowRegisteredModel"][];
            next_page_token?: string;
        };
        MlflowModelVersionList: {
            model_versions: components["schemas"]["MlflowModelVersion"][];
        };
        MlflowGetLatestVersions: {
            /** @description Registered model name (a hub slug, or the MLflow name it was registered under). */
            name: string;
            /** @default [] */
            stages?: string[];
        };
        MlflowSetRegisteredModelTag: {
            /** @description Registered model name (a hub slug, or the MLflow name it was registered under). */
            name: string;
            key: string;
            value: string;
        };
        MlflowDeleteRegisteredModelTag: {
            /** @description Registered model name (a hub slug, or the MLflow name it was registered under). */
            name: string;
            key: string;
        };
        MlflowSetRegisteredModelAlias: {
            /** @description Registered model name (a hub slug, or the MLflow name it was registered under). */
            name: string;
            alias: string;
            /** @example 3 */
            version: string;
        };
        MlflowRegisteredModelAliasRef: {
            /** @description Registered model name (a hub slug, or the MLflow name it was registered under). */
            name: string;
            alias: string;
        };
        MlflowModelVersionResponse: {
            model_version: components["schemas"]["MlflowModelVersion"];
        };
        MlflowCreateModelVersion: {
            /** @description Registered model name (a hub slug, or the MLflow name it was registered under). */
            name: string;
            source: string;
            run_id?: string;
            /** @default [] */
            tags?: {
                key: string;
                /** @default  */
                value?: string;
            }[];
            run_link?: string;
            description?: string;
        };
        MlflowUpdateModelVersion: {
            /** @description Registered model name (a hub slug, or the MLflow name it was registered under). */
            name: string;
            /** @example 3 */
            version: string;
            description?: string;
        };
        MlflowModelVersionRef: {
            /** @description Registered model name (a hub slug, or the MLflow name it was registered under). */
            name: string;
            /** @example 3 */
            version: string;
        };
        MlflowSearchModelVersionsResponse: {
            model_versions: components["schemas"]["MlflowModelVersion"][];
            next_page_token?: string;
        };
        MlflowDownloadUri: {
            artifact_uri: string;
        };
        MlflowSetModelVersionTag: {
            /** @description Registered model name (a hub slug, or the MLflow name it was registered under). */
            name: string;
            /** @example 3 */
            version: string;
            key: string;
            value: string;
        };
        MlflowDeleteModelVersionTag: {
            /** @description Registered model name (a hub slug, or the MLflow name it was registered under). */
            name: string;
            /** @example 3 */
            version: string;
            key: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Healthy. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description A JSON body nested deeper than 64 levels or with more than 10,000 keys (`too_deep`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The `Authorization` header was sent but is malformed, or names an unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is unreachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
        };
    };
    listTools: {
        parameters: {
            query?: {
                /** @description Page size (default 50, max 200). */
                limit?: number;
                /** @description Opaque cursor from `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Category. Repeat the parameter for several values (any matches). */
                category?: ("training-platform" | "notebook-interactive" | "batch-hpc" | "inference-serving" | "compiler-conversion" | "hyperparameter-optimisation" | "storage-data" | "mlops-tracking" | "library" | "compute-resource" | "community") | ("training-platform" | "notebook-interactive" | "batch-hpc" | "inference-serving" | "compiler-conversion" | "hyperparameter-optimisation" | "storage-data" | "mlops-tracking" | "library" | "compute-resource" | "community")[];
                /** @description Experiment (case-insensitive). Repeat the parameter for several values (any matches). */
                experiment?: string | string[];
                /** @description Lifecycle. Repeat the parameter for several values (any matches). */
                lifecycle?: ("experimental" | "production" | "deprecated") | ("experimental" | "production" | "deprecated")[];
                /** @description Tag (case-insensitive). Repeat the parameter for several values (any matches). */
                tag?: string | string[];
                /** @description Full-text search over name, summary, description, tags. */
                q?: string;
                /** @description `pending` needs an admin token. */
                status?: "pending" | "published";
                sort?: "name" | "updated";
                /** @description Default: asc for name, desc for updated. */
                order?: "asc" | "desc";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of tools. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ToolList"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The `Authorization` header was sent but is malformed, or names an unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the required scope or belongs to another group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createTool: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ToolCreate"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tool"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the required scope or belongs to another group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with an existing resource (e.g. the slug is taken). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the documented size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body was not sent as `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getTool: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tool. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tool"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The `Authorization` header was sent but is malformed, or names an unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateTool: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ToolPatch"];
            };
        };
        responses: {
            /** @description The changed tool. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tool"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the required scope or belongs to another group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with an existing resource (e.g. the slug is taken). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the documented size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body was not sent as `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    suggestTool: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ToolSuggestion"];
            };
        };
        responses: {
            /** @description Accepted for review. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tool"];
                };
            };
            /** @description A form post (the site's form without JavaScript) was accepted; `Location` is the thank-you page. */
            303: {
                headers: {
                    /** @example /tools/suggest/thanks/ */
                    Location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). A form post gets the form page again, with the errors beside the fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                    "text/html": string;
                };
            };
            /** @description The `Authorization` header was sent but is malformed, or names an unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with an existing resource (e.g. the slug is taken). A form post gets the form page again, with the errors beside the fields. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                    "text/html": string;
                };
            };
            /** @description The body is over the documented size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body was not sent as `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; see `Retry-After`. A form post gets the form page again, with the errors beside the fields. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                    "text/html": string;
                };
            };
        };
    };
    approveTool: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ToolApprove"];
            };
        };
        responses: {
            /** @description The published tool. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tool"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the required scope or belongs to another group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with an existing resource (e.g. the slug is taken). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the documented size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getToolHistory: {
        parameters: {
            query?: {
                /** @description Page size (default 50, max 200). */
                limit?: number;
                /** @description Opaque cursor from `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of changes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ToolHistory"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the required scope or belongs to another group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listHardwarePools: {
        parameters: {
            query?: {
                /** @description Page size (default 50, max 200). */
                limit?: number;
                /** @description Opaque cursor from `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Pools with at least one accelerator of this kind. Repeat the parameter for several values (any matches). */
                accelerator?: ("gpu" | "fpga" | "cpu" | "other") | ("gpu" | "fpga" | "cpu" | "other")[];
                /** @description Network zone. Repeat the parameter for several values (any matches). */
                zone?: ("general-purpose" | "technical" | "online") | ("general-purpose" | "technical" | "online")[];
                /** @description Scheduler. Repeat the parameter for several values (any matches). */
                scheduler?: ("htcondor" | "kubernetes" | "slurm" | "interactive") | ("htcondor" | "kubernetes" | "slurm" | "interactive")[];
                /** @description Availability. Repeat the parameter for several values (any matches). */
                availability?: ("dedicated" | "opportunistic" | "shared") | ("dedicated" | "opportunistic" | "shared")[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of pools. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HardwarePoolList"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The `Authorization` header was sent but is malformed, or names an unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createHardwarePool: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HardwarePoolCreate"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HardwarePool"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the required scope or belongs to another group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with an existing resource (e.g. the slug is taken). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the documented size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body was not sent as `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getHardwarePool: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The pool. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HardwarePool"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The `Authorization` header was sent but is malformed, or names an unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateHardwarePool: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HardwarePoolPatch"];
            };
        };
        responses: {
            /** @description The changed pool. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HardwarePool"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the required scope or belongs to another group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with an existing resource (e.g. the slug is taken). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the documented size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body was not sent as `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listHardwareCapacity: {
        parameters: {
            query?: {
                /** @description Page size (default 50, max 200). */
                limit?: number;
                /** @description Opaque cursor from `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of reports. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapacityHistory"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The `Authorization` header was sent but is malformed, or names an unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    reportHardwareCapacity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CapacityReportCreate"];
            };
        };
        responses: {
            /** @description The stored report. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapacityReport"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the required scope or belongs to another group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the documented size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body was not sent as `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    suggestSearch: {
        parameters: {
            query?: {
                /** @description What has been typed so far. Words match as prefixes; mistyped words also match their closest indexed words. */
                q?: string;
                /** @description Suggestions per kind (1–10). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Suggestions by kind. */
            200: {
                headers: {
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuggestResult"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The `Authorization` header was sent but is malformed, or names an unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    search: {
        parameters: {
            query?: {
                /** @description Page size (default 50, max 200). */
                limit?: number;
                /** @description Opaque cursor from `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Words (prefixes, all must match). Empty: browse by filters, newest first. */
                q?: string;
                /** @description Only one kind of result. */
                kind?: "tool" | "model" | "dataset";
                /** @description Owner group id, e.g. `cms`. */
                group?: string;
                /** @description Model task, e.g. `jet-tagging`. */
                task?: string;
                /** @description Models with an artifact of this framework, e.g. `pytorch`. */
                framework?: string;
                /** @description Artifact format (`onnx`, …) or dataset format (`root`, …). */
                format?: string;
                /** @description Models with an artifact of this precision, e.g. `fp16` or `ap_fixed<16,6>`. */
                precision?: string;
                /** @description License as recorded, e.g. `Apache-2.0`. */
                license?: string;
                /** @description Set `false` to skip facet counts (a little faster). */
                facets?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ranked hits and facet counts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchResult"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The `Authorization` header was sent but is malformed, or names an unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    inspectOnnxModel: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The .onnx file, as raw bytes. */
        requestBody: {
            content: {
                "application/octet-stream": string;
            };
        };
        responses: {
            /** @description The report and the coverage matrix. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OnnxInspectResponse"];
                };
            };
            /** @description The body is empty. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The `Authorization` header was sent but is malformed, or names an unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the documented size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not a readable ONNX model. `error.code` is the inspector's: `not_onnx`, `truncated`, `corrupt` or `unsupported`, or `too_complex` when inspecting it ran past the host's time or memory limit for one model; `error.details.offset` is the byte offset of the problem when known. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; see `Retry-After`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Every inspector is busy (the Node host inspects in a small worker pool): try again after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPriceTable: {
        parameters: {
            query?: {
                /** @description A price version id; default: the current version. */
                version?: string;
                kind?: "gpu_vm" | "gpu_only" | "storage" | "egress" | "ingress";
                provider?: "aws" | "gcp" | "azure";
                region?: string;
                /** @description GPU name, case-insensitive (A100-80GB). */
                accelerator?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The version and its rows. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PriceTable"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The `Authorization` header was sent but is malformed, or names an unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listPriceVersions: {
        parameters: {
            query?: {
                /** @description Page size (default 50, max 200). */
                limit?: number;
                /** @description Opaque cursor from `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of price versions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PriceVersionList"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The `Authorization` header was sent but is malformed, or names an unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createPriceVersion: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PriceVersionCreate"];
            };
        };
        responses: {
            /** @description Published. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PriceTable"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the required scope or belongs to another group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with an existing resource (e.g. the slug is taken). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the documented size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body was not sent as `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    estimateCost: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EstimateRequest"];
            };
        };
        responses: {
            /** @description The estimate. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Estimate"];
                };
            };
            /** @description Invalid campaign (`details.issues`), or an unknown GPU type (`details.knownGpuTypes` lists the known ones). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The `Authorization` header was sent but is malformed, or names an unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the documented size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body was not sent as `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The inputs and prices make a cost too large to represent (`details.reason: total_not_finite`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    saveCostEstimate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EstimateRequest"];
            };
        };
        responses: {
            /** @description Saved. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedEstimate"];
                };
            };
            /** @description Invalid campaign (`details.issues`), or an unknown GPU type (`details.knownGpuTypes` lists the known ones). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the required scope or belongs to another group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the documented size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body was not sent as `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The inputs and prices make a cost too large to represent (`details.reason: total_not_finite`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCostEstimate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The saved estimate. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedEstimate"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The `Authorization` header was sent but is malformed, or names an unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listWebhookSources: {
        parameters: {
            query?: {
                group?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Sources, newest first (never their secrets). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSourceList"];
                };
            };
            /** @description A JSON body nested deeper than 64 levels or with more than 10,000 keys (`too_deep`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the required scope or belongs to another group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createWebhookSource: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookSourceCreate"];
            };
        };
        responses: {
            /** @description Created; `secret` is shown only now. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSourceWithSecret"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the required scope or belongs to another group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the documented size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body was not sent as `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No server key is configured, so secrets cannot be stored. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWebhookSource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The source. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSource"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the required scope or belongs to another group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateWebhookSource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookSourcePatch"];
            };
        };
        responses: {
            /** @description The changed source. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSource"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the required scope or belongs to another group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body was not sent as `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    rotateWebhookSourceSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["WebhookSourceRotate"];
            };
        };
        responses: {
            /** @description The source with its new secret. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSourceWithSecret"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the required scope or belongs to another group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with an existing resource (e.g. the slug is taken). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No server key is configured, so secrets cannot be stored. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    disableWebhookSource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The disabled source. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSource"];
                };
            };
            /** @description A JSON body nested deeper than 64 levels or with more than 10,000 keys (`too_deep`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the required scope or belongs to another group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    enableWebhookSource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The enabled source. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSource"];
                };
            };
            /** @description A JSON body nested deeper than 64 levels or with more than 10,000 keys (`too_deep`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the required scope or belongs to another group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listWebhookSourceDeliveries: {
        parameters: {
            query?: {
                /** @description Page size (default 50, max 200). */
                limit?: number;
                /** @description Opaque cursor from `nextCursor` of the previous page. */
                cursor?: string;
                status?: "accepted" | "rejected" | "ignored";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of deliveries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboundDeliveryList"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the required scope or belongs to another group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listEventTypes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event catalogue. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventTypeList"];
                };
            };
            /** @description A JSON body nested deeper than 64 levels or with more than 10,000 keys (`too_deep`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The `Authorization` header was sent but is malformed, or names an unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    runOutboundDeliveries: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What the run did. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutboundRun"];
                };
            };
            /** @description A JSON body nested deeper than 64 levels or with more than 10,000 keys (`too_deep`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the required scope or belongs to another group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No server key is configured, so secrets cannot be stored. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deliverHookEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sourceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventEnvelope"] | components["schemas"]["NativeGithubBody"] | components["schemas"]["NativeGitlabBody"];
            };
        };
        responses: {
            /** @description Stored (or stored before: `duplicate`); a GitHub `ping` is answered 200 with `eventId: null`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryAccepted"];
                };
            };
            /** @description A native GitHub / GitLab event the hub does not record; logged as `ignored` with the reason. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryIgnored"];
                };
            };
            /** @description The body is nested deeper than 64 levels or has more than 10000 object keys (`too_deep`, with `details.maxDepth` and `details.maxKeys`): it can never be accepted. Stored as rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or bad signature, unknown secret, or timestamp outside ±300 s. Nothing is stored. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The event names a public model or dataset of another group. Stored as rejected. One the source's group cannot see is answered as unknown (422), exactly like a missing one. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such source. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The dataset version label exists already (stored as rejected), or a GitHub body and signature accepted before arrive under another delivery id (`details.reason: replayed_signature`; nothing stored). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The source is disabled; stop sending. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the documented size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown event type, invalid payload, or unknown model/version/dataset; `details.reason` and `details.issues` say what. Stored as rejected. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The delivery could not be stored (retry with the same id), or webhooks are not configured. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listModelEvents: {
        parameters: {
            query?: {
                /** @description Only these types, comma-separated (e.g. `job.succeeded,benchmark.completed`). */
                type?: string;
                /** @description Only events about this model version (e.g. its benchmarks). */
                version?: number;
                /** @description Live polling: events newer than this id, oldest first (then `cursor` is not used). */
                after?: number;
                /** @description Page size (default 50, max 200). */
                limit?: number;
                /** @description Opaque cursor from `nextCursor`. */
                cursor?: string;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LifecycleEventList"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The `Authorization` header was sent but is malformed, or names an unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listRetrainPolicies: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The policies. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetrainPolicyList"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The `Authorization` header was sent but is malformed, or names an unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createRetrainPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RetrainPolicyCreate"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetrainPolicy"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the required scope or belongs to another group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the documented size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body was not sent as `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getRetrainPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The policy. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetrainPolicy"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The `Authorization` header was sent but is malformed, or names an unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteRetrainPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the required scope or belongs to another group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateRetrainPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RetrainPolicyPatch"];
            };
        };
        responses: {
            /** @description The changed policy. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetrainPolicy"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the required scope or belongs to another group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body was not sent as `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listRetrainRequests: {
        parameters: {
            query?: {
                status?: "open" | "triggered" | "closed" | "failed";
                /** @description Page size (default 50, max 200). */
                limit?: number;
                /** @description Opaque cursor from `nextCursor`. */
                cursor?: string;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of requests. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetrainRequestList"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The `Authorization` header was sent but is malformed, or names an unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createRetrainRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RetrainRequestCreate"];
            };
        };
        responses: {
            /** @description Opened. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetrainRequest"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the required scope or belongs to another group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getRetrainRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetrainRequest"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The `Authorization` header was sent but is malformed, or names an unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getRetrainTrigger: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The trigger. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetrainTrigger"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The `Authorization` header was sent but is malformed, or names an unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    setRetrainTrigger: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RetrainTriggerPut"];
            };
        };
        responses: {
            /** @description Updated (`secret` is null unless rotated). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetrainTriggerWithSecret"];
                };
            };
            /** @description Created, with its secret. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetrainTriggerWithSecret"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the required scope or belongs to another group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body was not sent as `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteRetrainTrigger: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the required scope or belongs to another group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listModelDeliveries: {
        parameters: {
            query?: {
                status?: "pending" | "sending" | "delivered" | "failed" | "cancelled";
                /** @description Page size (default 50, max 200). */
                limit?: number;
                /** @description Opaque cursor from `nextCursor`. */
                cursor?: string;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of deliveries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutboundDeliveryList"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The `Authorization` header was sent but is malformed, or names an unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getModelDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutboundDelivery"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The `Authorization` header was sent but is malformed, or names an unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    redeliverModelDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Queued; the worker sends it within seconds. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutboundDelivery"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the required scope or belongs to another group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Still being delivered, or the model's trigger is disabled (set it again with PUT …/trigger). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listGroups: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All groups, by name. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupList"];
                };
            };
            /** @description A JSON body nested deeper than 64 levels or with more than 10,000 keys (`too_deep`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The `Authorization` header was sent but is malformed, or names an unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The group. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Group"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The `Authorization` header was sent but is malformed, or names an unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listTokens: {
        parameters: {
            query?: {
                /** @description Only tokens in this state. */
                status?: "active" | "expired" | "revoked";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tokens. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenList"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the required scope or belongs to another group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TokenCreate"];
            };
        };
        responses: {
            /** @description Created; `secret` is shown only now. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenWithSecret"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the required scope or belongs to another group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the documented size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body was not sent as `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    revokeToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Token"];
                };
            };
            /** @description A JSON body nested deeper than 64 levels or with more than 10,000 keys (`too_deep`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the required scope or belongs to another group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with an existing resource (e.g. the slug is taken). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listDatasets: {
        parameters: {
            query?: {
                /** @description Page size (default 50, max 200). */
                limit?: number;
                /** @description Opaque cursor from `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Owner group id. Repeat the parameter for several values (any matches). */
                group?: string | string[];
                /** @description Dataset format. Repeat the parameter for several values (any matches). */
                format?: ("root" | "hdf5" | "parquet" | "tfrecord" | "zarr" | "csv" | "other") | ("root" | "hdf5" | "parquet" | "tfrecord" | "zarr" | "csv" | "other")[];
                tag?: string;
                /** @description Full-text search (public datasets). */
                q?: string;
                sort?: "name" | "updated";
                /** @description Default: asc for name, desc for updated. */
                order?: "asc" | "desc";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of datasets. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatasetList"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The `Authorization` header was sent but is malformed, or names an unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createDataset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DatasetCreate"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dataset"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the required scope or belongs to another group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with an existing resource (e.g. the slug is taken). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the documented size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body was not sent as `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDataset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The dataset. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dataset"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The `Authorization` header was sent but is malformed, or names an unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteDataset: {
        parameters: {
            query?: {
                /** @description Why; kept in the audit record and shown on the timeline. */
                reason?: string;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the required scope or belongs to another group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something still refers to it (an alias, lineage, a deployment, an HPO trial, a retrain policy, training data or a metric). `details.blockers[]` lists each reference (`reason`, `subject`, `message` saying what to do); archiving is always possible. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateDataset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DatasetPatch"];
            };
        };
        responses: {
            /** @description The changed dataset. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dataset"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the required scope or belongs to another group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with an existing resource (e.g. the slug is taken). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the documented size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body was not sent as `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listDatasetVersions: {
        parameters: {
            query?: {
                /** @description Page size (default 50, max 200). */
                limit?: number;
                /** @description Opaque cursor from `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of versions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatasetVersionList"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The `Authorization` header was sent but is malformed, or names an unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createDatasetVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DatasetVersionCreate"];
            };
        };
        responses: {
            /** @description Created; `Location` names the version. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatasetVersion"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the required scope or belongs to another group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with an existing resource (e.g. the slug is taken). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the documented size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body was not sent as `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDatasetVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatasetVersion"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The `Authorization` header was sent but is malformed, or names an unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteDatasetVersion: {
        parameters: {
            query?: {
                /** @description Why; kept in the audit record and shown on the timeline. */
                reason?: string;
            };
            header?: never;
            path: {
                slug: string;
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the required scope or belongs to another group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something still refers to it (an alias, lineage, a deployment, an HPO trial, a retrain policy, training data or a metric). `details.blockers[]` lists each reference (`reason`, `subject`, `message` saying what to do); archiving is always possible. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateDatasetVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                version: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DatasetVersionPatch"];
            };
        };
        responses: {
            /** @description The changed version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatasetVersion"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the required scope or belongs to another group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the documented size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body was not sent as `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    addDatasetReplica: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                version: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReplicaInput"];
            };
        };
        responses: {
            /** @description Added; the version with all its replicas. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatasetVersion"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the required scope or belongs to another group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with an existing resource (e.g. the slug is taken). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body was not sent as `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listModels: {
        parameters: {
            query?: {
                /** @description Page size (default 50, max 200). */
                limit?: number;
                /** @description Opaque cursor from `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Owner group id. Repeat the parameter for several values (any matches). */
                group?: string | string[];
                /** @description Task. Repeat the parameter for several values (any matches). */
                task?: ("jet-tagging" | "tracking" | "particle-identification" | "fast-simulation" | "trigger" | "vertexing" | "anomaly-detection" | "calibration" | "other") | ("jet-tagging" | "tracking" | "particle-identification" | "fast-simulation" | "trigger" | "vertexing" | "anomaly-detection" | "calibration" | "other")[];
                tag?: string;
                /** @description License as recorded (case-insensitive). Repeat the parameter for several values (any matches). */
                license?: string | string[];
                /** @description Models with an artifact of this framework. Repeat the parameter for several values (any matches). */
                framework?: string | string[];
                /** @description Models with an artifact in this format. Repeat the parameter for several values (any matches). */
                format?: ("onnx" | "torchscript" | "pytorch-state-dict" | "savedmodel" | "keras" | "tflite" | "xgboost" | "lightgbm" | "lwtnn" | "hls4ml" | "sofie" | "other") | ("onnx" | "torchscript" | "pytorch-state-dict" | "savedmodel" | "keras" | "tflite" | "xgboost" | "lightgbm" | "lwtnn" | "hls4ml" | "sofie" | "other")[];
                /** @description Models with an artifact of this precision. Repeat the parameter for several values (any matches). */
                precision?: string | string[];
                /** @description Full-text search (public models). */
                q?: string;
                sort?: "name" | "updated" | "created";
                /** @description Default: asc for name, desc otherwise. */
                order?: "asc" | "desc";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of models. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelList"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The `Authorization` header was sent but is malformed, or names an unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createModel: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ModelCreate"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Model"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the required scope or belongs to another group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with an existing resource (e.g. the slug is taken). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the documented size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body was not sent as `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getModel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The model. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Model"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The `Authorization` header was sent but is malformed, or names an unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteModel: {
        parameters: {
            query?: {
                /** @description Why; kept in the audit record and shown on the timeline. */
                reason?: string;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the required scope or belongs to another group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something still refers to it (an alias, lineage, a deployment, an HPO trial, a retrain policy, training data or a metric). `details.blockers[]` lists each reference (`reason`, `subject`, `message` saying what to do); archiving is always possible. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateModel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ModelPatch"];
            };
        };
        responses: {
            /** @description The changed model. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Model"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the required scope or belongs to another group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with an existing resource (e.g. the slug is taken). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the documented size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body was not sent as `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getModelVersionByAlias: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                alias: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelVersion"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The `Authorization` header was sent but is malformed, or names an unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listModelVersions: {
        parameters: {
            query?: {
                /** @description Page size (default 50, max 200). */
                limit?: number;
                /** @description Opaque cursor from `nextCursor` of the previous page. */
                cursor?: string;
                status?: "registering" | "ready" | "failed";
                /** @description By version number; newest first by default. */
                order?: "asc" | "desc";
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of versions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelVersionList"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The `Authorization` header was sent but is malformed, or names an unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createModelVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ModelVersionCreate"];
            };
        };
        responses: {
            /** @description Registered; `Location` names the version. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelVersion"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the required scope or belongs to another group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the documented size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body was not sent as `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body refers to something that does not exist or you may not see; `details.issues` names each reference. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getModelVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelVersion"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The `Authorization` header was sent but is malformed, or names an unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteModelVersion: {
        parameters: {
            query?: {
                /** @description Why; kept in the audit record and shown on the timeline. */
                reason?: string;
            };
            header?: never;
            path: {
                slug: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the required scope or belongs to another group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something still refers to it (an alias, lineage, a deployment, an HPO trial, a retrain policy, training data or a metric). `details.blockers[]` lists each reference (`reason`, `subject`, `message` saying what to do); archiving is always possible. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateModelVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ModelVersionPatch"];
            };
        };
        responses: {
            /** @description The changed version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelVersion"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the required scope or belongs to another group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the documented size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body was not sent as `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    addModelArtifacts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ArtifactInput"][];
            };
        };
        responses: {
            /** @description Added; the version with all its artifacts. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelVersion"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the required scope or belongs to another group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with an existing resource (e.g. the slug is taken). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body was not sent as `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    addModelMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MetricInput"][];
            };
        };
        responses: {
            /** @description Added; the version with all its metrics. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelVersion"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the required scope or belongs to another group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body was not sent as `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body refers to something that does not exist or you may not see; `details.issues` names each reference. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listModelAliases: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The aliases. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelAliasList"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The `Authorization` header was sent but is malformed, or names an unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    setModelAlias: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                alias: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AliasMove"];
            };
        };
        responses: {
            /** @description Moved. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelAlias"];
                };
            };
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelAlias"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the required scope or belongs to another group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body was not sent as `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body refers to something that does not exist or you may not see; `details.issues` names each reference. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteModelAlias: {
        parameters: {
            query?: {
                reason?: string;
            };
            header?: never;
            path: {
                slug: string;
                alias: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the required scope or belongs to another group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listModelAliasHistory: {
        parameters: {
            query?: {
                /** @description Page size (default 50, max 200). */
                limit?: number;
                /** @description Opaque cursor from `nextCursor` of the previous page. */
                cursor?: string;
                alias?: string;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of moves. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AliasHistory"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The `Authorization` header was sent but is malformed, or names an unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listModelDeployments: {
        parameters: {
            query?: {
                /** @description Page size (default 50, max 200). */
                limit?: number;
                /** @description Opaque cursor from `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Only running (true) or ended (false) deployments. */
                active?: "true" | "false";
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of deployments. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeploymentList"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The `Authorization` header was sent but is malformed, or names an unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createModelDeployment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeploymentCreate"];
            };
        };
        responses: {
            /** @description Recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Deployment"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the required scope or belongs to another group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body was not sent as `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body refers to something that does not exist or you may not see; `details.issues` names each reference. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getModelDeployment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deployment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Deployment"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The `Authorization` header was sent but is malformed, or names an unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    endModelDeployment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["DeploymentEnd"];
            };
        };
        responses: {
            /** @description Ended. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Deployment"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the required scope or belongs to another group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with an existing resource (e.g. the slug is taken). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listModelVersionBenchmarks: {
        parameters: {
            query?: {
                task?: "jet-tagging" | "tracking" | "particle-identification" | "fast-simulation" | "trigger" | "vertexing" | "anomaly-detection" | "calibration" | "other";
                engine?: string;
                provider?: string;
                precision?: string;
                /** @description Part of the hardware label, case-insensitive (e.g. "EPYC", "swiftshader"). */
                hardware?: string;
                source?: "harness" | "ci" | "browser" | "community";
                valid?: "true" | "false";
                batch?: number;
                /** @description Superseded results are excluded unless `include`. */
                superseded?: "include" | "exclude";
                sort?: "recorded" | "measured" | "p50" | "p99" | "throughput" | "batch";
                /** @description Default: asc for latencies and batch, desc otherwise. */
                order?: "asc" | "desc";
                /** @description Page size (default 50; CSV default 1000; max 1000). */
                limit?: number;
                cursor?: string;
                /** @description csv: the same rows as CSV (also with `Accept: text/csv`). */
                format?: "json" | "csv";
                /** @description family: also the versions that name this one as parent (precision and pruned variants), its parent and siblings. */
                include?: "version" | "family";
            };
            header?: never;
            path: {
                slug: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results, newest first by default; superseded results are left out unless `superseded=include`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BenchmarkResultList"];
                    "text/csv": string;
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The `Authorization` header was sent but is malformed, or names an unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listModelStudies: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The studies, oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HpoStudyList"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The `Authorization` header was sent but is malformed, or names an unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createModelStudy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HpoStudyCreate"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HpoStudy"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the required scope or belongs to another group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with an existing resource (e.g. the slug is taken). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the documented size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body was not sent as `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    importModelStudy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HpoStudyImport"];
            };
        };
        responses: {
            /** @description Imported. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HpoStudyImportResult"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the required scope or belongs to another group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with an existing resource (e.g. the slug is taken). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the documented size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body was not sent as `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body refers to something that does not exist or you may not see; `details.issues` names each reference. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getModelStudy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                study: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The study. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HpoStudy"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The `Authorization` header was sent but is malformed, or names an unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateModelStudy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                study: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HpoStudyPatch"];
            };
        };
        responses: {
            /** @description Changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HpoStudy"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the required scope or belongs to another group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the documented size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body was not sent as `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listStudyTrials: {
        parameters: {
            query?: {
                state?: "RUNNING" | "COMPLETE" | "PRUNED" | "FAIL";
                /** @description Page size (default 200). */
                limit?: number;
                /** @description `nextCursor` of the previous page (the last trial number). */
                cursor?: string;
            };
            header?: never;
            path: {
                slug: string;
                study: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of trials. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HpoTrialList"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The `Authorization` header was sent but is malformed, or names an unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createStudyTrial: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                study: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HpoTrialCreate"];
            };
        };
        responses: {
            /** @description Recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HpoTrial"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the required scope or belongs to another group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with an existing resource (e.g. the slug is taken). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the documented size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body was not sent as `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getStudyTrial: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                study: string;
                number: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The trial. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HpoTrial"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The `Authorization` header was sent but is malformed, or names an unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    reportTrialIntermediateValue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                study: string;
                number: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HpoIntermediateValue"];
            };
        };
        responses: {
            /** @description The trial. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HpoTrial"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the required scope or belongs to another group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with an existing resource (e.g. the slug is taken). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the documented size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body was not sent as `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    finishStudyTrial: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                study: string;
                number: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HpoTrialFinish"];
            };
        };
        responses: {
            /** @description Finished. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HpoTrial"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the required scope or belongs to another group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with an existing resource (e.g. the slug is taken). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the documented size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body was not sent as `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    promoteStudyTrial: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                study: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["HpoPromote"];
            };
        };
        responses: {
            /** @description The registered version. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HpoPromoteResult"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the required scope or belongs to another group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with an existing resource (e.g. the slug is taken). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the documented size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body refers to something that does not exist or you may not see; `details.issues` names each reference. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listDataAccessResults: {
        parameters: {
            query?: {
                storage?: "eos-xrootd" | "eos-fuse" | "s3" | "cephfs" | "nfs" | "lustre" | "gpfs" | "local-nvme" | "local-ssd" | "local-disk" | "tmpfs" | "other";
                protocol?: "root" | "https" | "http" | "s3" | "posix" | "nfs" | "other";
                format?: "root" | "hdf5" | "parquet" | "arrow-ipc" | "csv" | "npy" | "tfrecord" | "raw" | "other";
                reader?: string;
                cache?: "cold" | "warm";
                concurrency?: number;
                /** @description Results measured on this hardware pool. */
                pool?: string;
                dataset?: string;
                source?: "harness" | "ci" | "browser" | "community";
                valid?: "true" | "false";
                /** @description Superseded results are excluded unless `include`. */
                superseded?: "include" | "exclude";
                sort?: "recorded" | "measured" | "throughput" | "concurrency" | "ttfb";
                /** @description Default: asc for concurrency and ttfb, desc otherwise. */
                order?: "asc" | "desc";
                /** @description Page size (default 50, max 200). */
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataAccessResultList"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The `Authorization` header was sent but is malformed, or names an unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createDataAccessResult: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DataAccessCreate"];
            };
        };
        responses: {
            /** @description Stored; `Location` is its URL. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataAccessResult"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the required scope or belongs to another group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The result named in `supersedes` is already superseded. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the documented size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body was not sent as `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body refers to something that does not exist or you may not see; `details.issues` names each reference. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDataAccessResult: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The result. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataAccessResult"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The `Authorization` header was sent but is malformed, or names an unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    archiveModel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ArchiveRequest"];
            };
        };
        responses: {
            /** @description The model. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Model"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the required scope or belongs to another group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the documented size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    archiveModelVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ArchiveRequest"];
            };
        };
        responses: {
            /** @description The version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelVersion"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the required scope or belongs to another group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the documented size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    unarchiveModel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ArchiveRequest"];
            };
        };
        responses: {
            /** @description The model. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Model"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the required scope or belongs to another group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the documented size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    unarchiveModelVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ArchiveRequest"];
            };
        };
        responses: {
            /** @description The version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelVersion"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the required scope or belongs to another group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the documented size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    archiveDataset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ArchiveRequest"];
            };
        };
        responses: {
            /** @description The dataset. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dataset"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the required scope or belongs to another group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the documented size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    archiveDatasetVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                version: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ArchiveRequest"];
            };
        };
        responses: {
            /** @description The dataset version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatasetVersion"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the required scope or belongs to another group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the documented size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    unarchiveDataset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ArchiveRequest"];
            };
        };
        responses: {
            /** @description The dataset. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dataset"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the required scope or belongs to another group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the documented size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    unarchiveDatasetVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                version: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ArchiveRequest"];
            };
        };
        responses: {
            /** @description The dataset version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatasetVersion"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the required scope or belongs to another group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the documented size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    submitCommunityBenchmark: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BenchmarkCommunityCreate"];
            };
        };
        responses: {
            /** @description Stored as a community result. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BenchmarkResult"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The `Authorization` header was sent but is malformed, or names an unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the documented size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body was not sent as `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body refers to something that does not exist or you may not see; `details.issues` names each reference. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; see `Retry-After`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listBenchmarks: {
        parameters: {
            query?: {
                task?: "jet-tagging" | "tracking" | "particle-identification" | "fast-simulation" | "trigger" | "vertexing" | "anomaly-detection" | "calibration" | "other";
                engine?: string;
                provider?: string;
                precision?: string;
                /** @description Part of the hardware label, case-insensitive (e.g. "EPYC", "swiftshader"). */
                hardware?: string;
                source?: "harness" | "ci" | "browser" | "community";
                valid?: "true" | "false";
                batch?: number;
                /** @description Superseded results are excluded unless `include`. */
                superseded?: "include" | "exclude";
                sort?: "recorded" | "measured" | "p50" | "p99" | "throughput" | "batch";
                /** @description Default: asc for latencies and batch, desc otherwise. */
                order?: "asc" | "desc";
                /** @description Page size (default 50; CSV default 1000; max 1000). */
                limit?: number;
                cursor?: string;
                /** @description csv: the same rows as CSV (also with `Accept: text/csv`). */
                format?: "json" | "csv";
                model?: string;
                /** @description Needs `model`. */
                version?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results, newest first by default; superseded results are left out unless `superseded=include`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BenchmarkResultList"];
                    "text/csv": string;
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The `Authorization` header was sent but is malformed, or names an unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createBenchmark: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BenchmarkCreate"];
            };
        };
        responses: {
            /** @description Stored; `Location` is its URL. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BenchmarkResult"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the required scope or belongs to another group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The result named in `supersedes` is already superseded. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the documented size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body was not sent as `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body refers to something that does not exist or you may not see; `details.issues` names each reference. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getBenchmark: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The result. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BenchmarkResult"];
                };
            };
            /** @description Invalid input: `details.issues` lists each field (`in`, `path`, `message`). A JSON body nested deeper than 64 levels or with more than 10000 object keys is refused as `too_deep` (`details.maxDepth`, `details.maxKeys`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The `Authorization` header was sent but is malformed, or names an unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    mlflowCreateRegisteredModel: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MlflowCreateRegisteredModel"];
            };
        };
        responses: {
            /** @description Created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowRegisteredModelResponse"];
                };
            };
            /** @description `INVALID_PARAMETER_VALUE` (or `RESOURCE_ALREADY_EXISTS`, `BAD_REQUEST`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description `UNAUTHENTICATED`: missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description `PERMISSION_DENIED`: the token lacks the scope or its group does not own the model. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description `RESOURCE_DOES_NOT_EXIST`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description `BAD_REQUEST`: the body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description The body was not sent as `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
        };
    };
    mlflowGetRegisteredModel: {
        parameters: {
            query: {
                /** @description Registered model name (a hub slug, or the MLflow name it was registered under). */
                name: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The model. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowRegisteredModelResponse"];
                };
            };
            /** @description `INVALID_PARAMETER_VALUE` (or `RESOURCE_ALREADY_EXISTS`, `BAD_REQUEST`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description `UNAUTHENTICATED`: missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description `RESOURCE_DOES_NOT_EXIST`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
        };
    };
    mlflowRenameRegisteredModel: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MlflowRenameRegisteredModel"];
            };
        };
        responses: {
            /** @description Renamed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowRegisteredModelResponse"];
                };
            };
            /** @description `INVALID_PARAMETER_VALUE` (or `RESOURCE_ALREADY_EXISTS`, `BAD_REQUEST`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description `UNAUTHENTICATED`: missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description `PERMISSION_DENIED`: the token lacks the scope or its group does not own the model. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description `RESOURCE_DOES_NOT_EXIST`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description `BAD_REQUEST`: the body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description The body was not sent as `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
        };
    };
    mlflowUpdateRegisteredModel: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MlflowUpdateRegisteredModel"];
            };
        };
        responses: {
            /** @description Updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowRegisteredModelResponse"];
                };
            };
            /** @description `INVALID_PARAMETER_VALUE` (or `RESOURCE_ALREADY_EXISTS`, `BAD_REQUEST`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description `UNAUTHENTICATED`: missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description `PERMISSION_DENIED`: the token lacks the scope or its group does not own the model. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description `RESOURCE_DOES_NOT_EXIST`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description `BAD_REQUEST`: the body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description The body was not sent as `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
        };
    };
    mlflowDeleteRegisteredModel: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MlflowRegisteredModelName"];
            };
        };
        responses: {
            /** @description Deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowEmpty"];
                };
            };
            /** @description `INVALID_PARAMETER_VALUE` (or `RESOURCE_ALREADY_EXISTS`, `BAD_REQUEST`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description `UNAUTHENTICATED`: missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description `PERMISSION_DENIED`: the token lacks the scope or its group does not own the model. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description `RESOURCE_DOES_NOT_EXIST`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description `BAD_REQUEST`: the body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description The body was not sent as `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
        };
    };
    mlflowSearchRegisteredModels: {
        parameters: {
            query?: {
                /** @description MLflow filter, e.g. `name LIKE '%tagger%' AND tags.team = 'atlas'`. */
                filter?: string;
                /** @description Page size. */
                max_results?: number;
                /** @description `name`, `creation_timestamp`, `last_updated_timestamp` (and for versions `version_number`), each with optional `ASC`/`DESC`. */
                order_by?: string | string[];
                page_token?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of models. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowSearchRegisteredModelsResponse"];
                };
            };
            /** @description `INVALID_PARAMETER_VALUE` (or `RESOURCE_ALREADY_EXISTS`, `BAD_REQUEST`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description `UNAUTHENTICATED`: missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description `RESOURCE_DOES_NOT_EXIST`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
        };
    };
    mlflowGetLatestVersionsGet: {
        parameters: {
            query: {
                /** @description Registered model name (a hub slug, or the MLflow name it was registered under). */
                name: string;
                /** @description Stages: None, Staging, Production, Archived. */
                stages?: string | string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The versions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowModelVersionList"];
                };
            };
            /** @description `INVALID_PARAMETER_VALUE` (or `RESOURCE_ALREADY_EXISTS`, `BAD_REQUEST`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description `UNAUTHENTICATED`: missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description `RESOURCE_DOES_NOT_EXIST`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
        };
    };
    mlflowGetLatestVersions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MlflowGetLatestVersions"];
            };
        };
        responses: {
            /** @description The versions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowModelVersionList"];
                };
            };
            /** @description `INVALID_PARAMETER_VALUE` (or `RESOURCE_ALREADY_EXISTS`, `BAD_REQUEST`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description `UNAUTHENTICATED`: missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description `RESOURCE_DOES_NOT_EXIST`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description The body was not sent as `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
        };
    };
    mlflowSetRegisteredModelTag: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MlflowSetRegisteredModelTag"];
            };
        };
        responses: {
            /** @description Set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowEmpty"];
                };
            };
            /** @description `INVALID_PARAMETER_VALUE` (or `RESOURCE_ALREADY_EXISTS`, `BAD_REQUEST`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description `UNAUTHENTICATED`: missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description `PERMISSION_DENIED`: the token lacks the scope or its group does not own the model. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description `RESOURCE_DOES_NOT_EXIST`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description `BAD_REQUEST`: the body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description The body was not sent as `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
        };
    };
    mlflowDeleteRegisteredModelTag: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MlflowDeleteRegisteredModelTag"];
            };
        };
        responses: {
            /** @description Deleted (or was not there). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowEmpty"];
                };
            };
            /** @description `INVALID_PARAMETER_VALUE` (or `RESOURCE_ALREADY_EXISTS`, `BAD_REQUEST`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description `UNAUTHENTICATED`: missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description `PERMISSION_DENIED`: the token lacks the scope or its group does not own the model. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description `RESOURCE_DOES_NOT_EXIST`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description `BAD_REQUEST`: the body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description The body was not sent as `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
        };
    };
    mlflowGetModelVersionByAlias: {
        parameters: {
            query: {
                /** @description Registered model name (a hub slug, or the MLflow name it was registered under). */
                name: string;
                alias: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowModelVersionResponse"];
                };
            };
            /** @description `INVALID_PARAMETER_VALUE` (or `RESOURCE_ALREADY_EXISTS`, `BAD_REQUEST`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description `UNAUTHENTICATED`: missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description `RESOURCE_DOES_NOT_EXIST`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
        };
    };
    mlflowSetRegisteredModelAlias: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MlflowSetRegisteredModelAlias"];
            };
        };
        responses: {
            /** @description Set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowEmpty"];
                };
            };
            /** @description `INVALID_PARAMETER_VALUE` (or `RESOURCE_ALREADY_EXISTS`, `BAD_REQUEST`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description `UNAUTHENTICATED`: missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description `PERMISSION_DENIED`: the token lacks the scope or its group does not own the model. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description `RESOURCE_DOES_NOT_EXIST`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description `BAD_REQUEST`: the body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description The body was not sent as `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
        };
    };
    mlflowDeleteRegisteredModelAlias: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MlflowRegisteredModelAliasRef"];
            };
        };
        responses: {
            /** @description Deleted (or was not there). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowEmpty"];
                };
            };
            /** @description `INVALID_PARAMETER_VALUE` (or `RESOURCE_ALREADY_EXISTS`, `BAD_REQUEST`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description `UNAUTHENTICATED`: missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description `PERMISSION_DENIED`: the token lacks the scope or its group does not own the model. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description `RESOURCE_DOES_NOT_EXIST`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description `BAD_REQUEST`: the body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description The body was not sent as `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
        };
    };
    mlflowCreateModelVersion: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MlflowCreateModelVersion"];
            };
        };
        responses: {
            /** @description Created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowModelVersionResponse"];
                };
            };
            /** @description `INVALID_PARAMETER_VALUE` (or `RESOURCE_ALREADY_EXISTS`, `BAD_REQUEST`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description `UNAUTHENTICATED`: missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description `PERMISSION_DENIED`: the token lacks the scope or its group does not own the model. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description `RESOURCE_DOES_NOT_EXIST`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description `BAD_REQUEST`: the body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description The body was not sent as `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
        };
    };
    mlflowGetModelVersion: {
        parameters: {
            query: {
                /** @description Registered model name (a hub slug, or the MLflow name it was registered under). */
                name: string;
                version: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowModelVersionResponse"];
                };
            };
            /** @description `INVALID_PARAMETER_VALUE` (or `RESOURCE_ALREADY_EXISTS`, `BAD_REQUEST`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description `UNAUTHENTICATED`: missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description `RESOURCE_DOES_NOT_EXIST`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
        };
    };
    mlflowUpdateModelVersion: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MlflowUpdateModelVersion"];
            };
        };
        responses: {
            /** @description Updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowModelVersionResponse"];
                };
            };
            /** @description `INVALID_PARAMETER_VALUE` (or `RESOURCE_ALREADY_EXISTS`, `BAD_REQUEST`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description `UNAUTHENTICATED`: missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description `PERMISSION_DENIED`: the token lacks the scope or its group does not own the model. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description `RESOURCE_DOES_NOT_EXIST`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description `BAD_REQUEST`: the body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description The body was not sent as `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
        };
    };
    mlflowDeleteModelVersion: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MlflowModelVersionRef"];
            };
        };
        responses: {
            /** @description Deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowEmpty"];
                };
            };
            /** @description `INVALID_PARAMETER_VALUE` (or `RESOURCE_ALREADY_EXISTS`, `BAD_REQUEST`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description `UNAUTHENTICATED`: missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description `PERMISSION_DENIED`: the token lacks the scope or its group does not own the model. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description `RESOURCE_DOES_NOT_EXIST`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description `BAD_REQUEST`: the body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description The body was not sent as `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
        };
    };
    mlflowSearchModelVersions: {
        parameters: {
            query?: {
                /** @description MLflow filter, e.g. `name LIKE '%tagger%' AND tags.team = 'atlas'`. */
                filter?: string;
                /** @description Page size. */
                max_results?: number;
                /** @description `name`, `creation_timestamp`, `last_updated_timestamp` (and for versions `version_number`), each with optional `ASC`/`DESC`. */
                order_by?: string | string[];
                page_token?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of versions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowSearchModelVersionsResponse"];
                };
            };
            /** @description `INVALID_PARAMETER_VALUE` (or `RESOURCE_ALREADY_EXISTS`, `BAD_REQUEST`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description `UNAUTHENTICATED`: missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description `RESOURCE_DOES_NOT_EXIST`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
        };
    };
    mlflowGetModelVersionDownloadUri: {
        parameters: {
            query: {
                /** @description Registered model name (a hub slug, or the MLflow name it was registered under). */
                name: string;
                version: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The URI. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowDownloadUri"];
                };
            };
            /** @description `INVALID_PARAMETER_VALUE` (or `RESOURCE_ALREADY_EXISTS`, `BAD_REQUEST`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description `UNAUTHENTICATED`: missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description `RESOURCE_DOES_NOT_EXIST`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
        };
    };
    mlflowSetModelVersionTag: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MlflowSetModelVersionTag"];
            };
        };
        responses: {
            /** @description Set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowEmpty"];
                };
            };
            /** @description `INVALID_PARAMETER_VALUE` (or `RESOURCE_ALREADY_EXISTS`, `BAD_REQUEST`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description `UNAUTHENTICATED`: missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description `PERMISSION_DENIED`: the token lacks the scope or its group does not own the model. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description `RESOURCE_DOES_NOT_EXIST`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description `BAD_REQUEST`: the body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description The body was not sent as `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
        };
    };
    mlflowDeleteModelVersionTag: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MlflowDeleteModelVersionTag"];
            };
        };
        responses: {
            /** @description Deleted (or was not there). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowEmpty"];
                };
            };
            /** @description `INVALID_PARAMETER_VALUE` (or `RESOURCE_ALREADY_EXISTS`, `BAD_REQUEST`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description `UNAUTHENTICATED`: missing, unknown, revoked or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description `PERMISSION_DENIED`: the token lacks the scope or its group does not own the model. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description `RESOURCE_DOES_NOT_EXIST`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description `BAD_REQUEST`: the body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
            /** @description The body was not sent as `Content-Type: application/json`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlflowError"];
                };
            };
        };
    };
}
