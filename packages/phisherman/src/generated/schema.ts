// Generated from specs/phisherman/openapi.yaml by @api-clients/codegen. Do not edit: run `pnpm generate`.

export interface paths {
    "/domains/check/{domain}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A bare host name, without scheme, port or path (e.g. `scam-login.example`).
                 * @example suspicious.test.phisherman.gg
                 */
                domain: components["parameters"]["Domain"];
            };
            cookie?: never;
        };
        /**
         * Check a domain
         * @description How the database classifies a domain. An unknown domain is answered with 404 and a normal body (`classification: unknown`); the docs also show 200 for the same answer, so both carry a `CheckResult`.
         */
        get: operations["checkDomain"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/domains/info/{domain}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A bare host name, without scheme, port or path (e.g. `scam-login.example`).
                 * @example suspicious.test.phisherman.gg
                 */
                domain: components["parameters"]["Domain"];
            };
            cookie?: never;
        };
        /**
         * Get what is known about a domain
         * @description The body has one key, the domain (possibly in a normalised form, so read the first key rather than the one you sent), whose value is the record. One docs page puts `/details` after the domain; every sample and client leaves it out, and so does this path. Unknown domains get 404 with a normal body.
         */
        get: operations["getDomainInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/phish/caught/{domain}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A bare host name, without scheme, port or path (e.g. `scam-login.example`).
                 * @example suspicious.test.phisherman.gg
                 */
                domain: components["parameters"]["Domain"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report a detection
         * @description Tell Phisherman your bot caught a domain that is in its database; it feeds statistics and your dashboard. Current docs answer 201 with the detection, older ones 204; accept any 2xx.
         */
        post: operations["reportCaughtPhish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/phish/caught/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report many detections at once
         * @description For large bots: collect detections locally and send them every few minutes. The body maps each end user's API key to the URLs caught for them and when. The docs use Unix seconds; at least one client sends milliseconds, so any integer is accepted. Older docs keyed by domain instead of URL.
         */
        post: operations["bulkReportCaughtPhish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/phish/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Report a new phishing site (retired)
         * @deprecated
         * @description Documented from 2022 until mid-2023 and no longer in the docs, which now send new reports to the Trawler Discord bot; several bots still call it. Reports were reviewed by hand. A duplicate is refused with a message containing "Domain already exists".
         */
        put: operations["reportNewPhish"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description `safe`, `suspicious`, `malicious` or `unknown` (docs: guide/domain-classifications). The info endpoint has sent upper case (`SUSPICIOUS`) since 2024 while the check endpoint sends lower case, so compare case-insensitively. Assumption: the spelling may change again and classes may be added, so any string is accepted; treat an unrecognised value as `unknown` (as the client's `checkDomain` does).
         * @example safe
         * @example suspicious
         * @example malicious
         * @example unknown
         * @example SUSPICIOUS
         */
        Classification: string;
        CheckResult: {
            classification: components["schemas"]["Classification"];
            /** @description Volunteers or other sources confirmed it as malicious. */
            verifiedPhish: boolean;
        };
        /** @description What the database knows about a domain. Only the classification fields are always present. */
        DomainInfo: {
            /**
             * @description `ONLINE` or `OFFLINE`; mostly for future use. Assumption: other values, or null for a record never probed, may appear (the docs call the field unfinished).
             * @example ONLINE
             * @example OFFLINE
             */
            status?: string | null;
            /**
             * Format: date-time
             * @description When the record was added; the server writes it (ISO 8601 UTC in every documented sample).
             */
            created?: string;
            /**
             * Format: date-time
             * @description Written by the server (ISO 8601 UTC). Only the 2024 docs show it. Assumption: null on a record never updated.
             */
            updated?: string | null;
            /**
             * Format: date-time
             * @description Written by the server (ISO 8601 UTC). Assumption: null until the domain is first checked.
             */
            lastChecked?: string | null;
            verifiedPhish: boolean;
            classification: components["schemas"]["Classification"];
            /** @description ISO 8601; an old version sent `YYYY-MM-DD HH:MM:SS`, so no format is enforced. */
            firstSeen?: string | null;
            /** @description As `firstSeen`. */
            lastSeen?: string | null;
            /** @description e.g. `Discord`, `Other`. Assumption: null when no brand was recorded. */
            targetedBrand?: string | null;
            /** @description How many detections were reported for this domain. */
            phishCaught?: number;
            /** @description Assumption: may be null, not only absent, when nothing was collected. */
            details?: {
                /** @description The docs' table says integer, their example sends a string (also empty). */
                phishTankId?: string | number | null;
                /** @description A urlscan.io scan ID (a UUID in the docs). Assumption: null before a scan ran; no format is enforced. */
                urlScanId?: string | null;
                /** @description A URL, stored as it was collected, so no format is enforced. Assumption: null when no screenshot exists. */
                websiteScreenshot?: string | null;
                ip_address?: string | null;
                /** @description May be an empty object. Assumption: may be null too, as `ip_address` is when the IP is unknown. */
                asn?: {
                    asn?: string;
                    asn_name?: string;
                    route?: string;
                } | null;
                /** @description e.g. `arin`. Assumption: null when the IP lookup failed. */
                registry?: string | null;
                /** @description An object, possibly empty; one client types it as a plain string. Assumption: may be null too, as `ip_address` is when the IP is unknown. */
                country?: {
                    code?: string;
                    name?: string;
                } | string | null;
            } | null;
        };
        /** @description One key, the domain, whose value is its record. */
        DomainInfoResponse: {
            [key: string]: components["schemas"]["DomainInfo"];
        };
        /** @description A Discord ID. The docs' table says string and their samples send a number; send a string, because these IDs exceed 2^53 and a JSON number loses digits in most clients. */
        Snowflake: string | number;
        CaughtPhish: {
            guild?: components["schemas"]["Snowflake"];
        };
        CaughtPhishResult: {
            data?: {
                id?: string;
                domain?: string;
            };
        };
        /** @description End user's API key → caught URL → when it was caught (Unix seconds or milliseconds). */
        BulkCaughtPhish: {
            [key: string]: {
                [key: string]: number[];
            };
        };
        BulkCaughtPhishResult: {
            message?: string;
            data?: {
                detections_count?: number;
            };
        };
        NewPhishReport: {
            /** @description The full URL of the phishing page. */
            url: string;
        };
        NewPhishReportResult: {
            success?: boolean;
            message?: string;
        };
        /** @description Phisherman's error body. */
        Error: {
            message?: string;
            /** @description Validation problems (zod issues); an older server sent an object here. */
            error?: components["schemas"]["ValidationIssue"][] | Record<string, never>;
            /** @description Seen as `false` on key errors by client libraries. */
            success?: boolean;
        };
        ValidationIssue: {
            code?: string;
            message?: string;
            path?: unknown[];
            expected?: string;
            received?: string;
        };
    };
    responses: {
        /** @description Not a valid domain. `error` lists the validation problems (an older server sent an object there). */
        InvalidDomain: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The request was malformed. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The key is missing or invalid, and some clients see this for a missing permission too. Stop using a key once it is rejected. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The key lacks the permission this operation needs. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Over 30 requests in 10 seconds; later requests are blocked for a while. Assumption: the body uses the common error shape (the docs show none). */
        TooManyRequests: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Something failed on Phisherman's side. */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /**
         * @description A bare host name, without scheme, port or path (e.g. `scam-login.example`).
         * @example suspicious.test.phisherman.gg
         */
        Domain: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    checkDomain: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A bare host name, without scheme, port or path (e.g. `scam-login.example`).
                 * @example suspicious.test.phisherman.gg
                 */
                domain: components["parameters"]["Domain"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The domain's classification. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckResult"];
                };
            };
            400: components["responses"]["InvalidDomain"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Not in the database; the body says `unknown`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckResult"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getDomainInfo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A bare host name, without scheme, port or path (e.g. `scam-login.example`).
                 * @example suspicious.test.phisherman.gg
                 */
                domain: components["parameters"]["Domain"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record, keyed by the domain. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomainInfoResponse"];
                };
            };
            400: components["responses"]["InvalidDomain"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Not in the database; the record says `unknown`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomainInfoResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    reportCaughtPhish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A bare host name, without scheme, port or path (e.g. `scam-login.example`).
                 * @example suspicious.test.phisherman.gg
                 */
                domain: components["parameters"]["Domain"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CaughtPhish"];
            };
        };
        responses: {
            /** @description Recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaughtPhishResult"];
                };
            };
            /** @description Recorded (older servers answer without a body). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    bulkReportCaughtPhish: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkCaughtPhish"];
            };
        };
        responses: {
            /** @description Recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkCaughtPhishResult"];
                };
            };
            /** @description Recorded (older servers answer without a body). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    reportNewPhish: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewPhishReport"];
            };
        };
        responses: {
            /** @description Submitted for review. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NewPhishReportResult"];
                };
            };
            /** @description Submitted (the docs before mid-2022). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
}
