// Generated from specs/phishstats/openapi.yaml by @api-clients/codegen. Do not edit: run `pnpm generate`.

export interface paths {
    "/phishing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List phishing records
         * @description A JSON array of records, `[]` when nothing matches. Beware: a malformed `_where` is silently dropped by the server, which then returns unfiltered rows; build filters with a checked builder.
         */
        get: operations["listPhishing"];
        put?: never;
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
        OptionalText: string | null;
        OptionalCount: number | null;
        /** @description "Yes" or "No" (text, not a boolean). */
        YesNo: string | null;
        /** @description One phishing URL and what was learned about it. Two field sets are in use: the current one (`redirect_url`, `rank_*`, `ssl_fingerprint`) and an older one (`alexa_rank_*`, `threat_crowd*`); both are valid. Without `_fields` every record has `id` and `url`; with `_fields` any field, those two included, can be left out, so none is required. Empty strings and `null` both mean unknown; `"0.0000"` coordinates too. */
        PhishingRecord: {
            /** @description Increases with time; `_sort=-id` is newest first. */
            id?: number;
            url?: string;
            redirect_url?: components["schemas"]["OptionalText"];
            ip?: components["schemas"]["OptionalText"];
            countrycode?: components["schemas"]["OptionalText"];
            countryname?: components["schemas"]["OptionalText"];
            regioncode?: components["schemas"]["OptionalText"];
            regionname?: components["schemas"]["OptionalText"];
            city?: components["schemas"]["OptionalText"];
            zipcode?: components["schemas"]["OptionalText"];
            /** @description A decimal, sent as text (`"0.0000"` when unknown). */
            latitude?: string | number | null;
            /** @description As `latitude`. */
            longitude?: string | number | null;
            asn?: components["schemas"]["OptionalText"];
            bgp?: components["schemas"]["OptionalText"];
            isp?: components["schemas"]["OptionalText"];
            title?: components["schemas"]["OptionalText"];
            /** @description When first seen, ISO 8601 UTC (a zero date shows as `1970-01-01T00:00:00.000Z`). Assumption: may be null on legacy rows, like every other column but `id` and `url`; no format is enforced. */
            date?: string | null;
            date_update?: components["schemas"]["OptionalText"];
            hash?: components["schemas"]["OptionalText"];
            /** @description 0 to 10; above 4 is likely phishing, above 6 almost certainly. */
            score?: number | null;
            host?: components["schemas"]["OptionalText"];
            domain?: components["schemas"]["OptionalText"];
            tld?: components["schemas"]["OptionalText"];
            domain_registered_n_days_ago?: components["schemas"]["OptionalCount"];
            screenshot?: components["schemas"]["OptionalText"];
            abuse_contact?: components["schemas"]["OptionalText"];
            ssl_issuer?: components["schemas"]["OptionalText"];
            ssl_subject?: components["schemas"]["OptionalText"];
            ssl_fingerprint?: components["schemas"]["OptionalText"];
            rank_host?: components["schemas"]["OptionalCount"];
            rank_domain?: components["schemas"]["OptionalCount"];
            alexa_rank_host?: components["schemas"]["OptionalCount"];
            alexa_rank_domain?: components["schemas"]["OptionalCount"];
            n_times_seen_ip?: components["schemas"]["OptionalCount"];
            n_times_seen_host?: components["schemas"]["OptionalCount"];
            n_times_seen_domain?: components["schemas"]["OptionalCount"];
            http_code?: components["schemas"]["OptionalCount"];
            http_server?: components["schemas"]["OptionalText"];
            google_safebrowsing?: components["schemas"]["YesNo"];
            virus_total?: components["schemas"]["YesNo"];
            abuse_ch_malware?: components["schemas"]["YesNo"];
            threat_crowd?: components["schemas"]["OptionalText"];
            threat_crowd_subdomain_count?: components["schemas"]["OptionalCount"];
            threat_crowd_votes?: components["schemas"]["OptionalCount"];
            vulns?: components["schemas"]["OptionalText"];
            /** @description A ", "-separated list, as text. */
            ports?: string | null;
            os?: components["schemas"]["OptionalText"];
            /** @description A comma-separated list, as text. */
            tags?: string | null;
            technology?: components["schemas"]["OptionalText"];
            page_text?: components["schemas"]["OptionalText"];
        };
        QueryError: {
            /** @description A message, or the database's error object. */
            error?: string | {
                code?: string;
                errno?: number;
                sqlMessage?: string;
                sqlState?: string;
            };
        };
        RateLimitError: {
            /** @description Burst limits (per minute). */
            message?: string;
            /** @description Daily quotas. */
            error?: string;
            /**
             * @description Which limit was hit. Assumption: `burst`, `anonymous_daily` and `daily` are the values seen so far; no published list exists, so others (a new tier) may appear.
             * @example burst
             * @example anonymous_daily
             * @example daily
             */
            limit_type?: string;
            limit?: number;
            /**
             * Format: date-time
             * @description The next UTC midnight, written by the server (not stored data), so the format stays.
             */
            quota_resets_at?: string;
            register_url?: string;
            upgrade_url?: string;
            monitoring_url?: string;
            docs_url?: string;
        };
    };
    responses: {
        /** @description Over a limit. A burst (per minute) answers with `message` and should be retried later (honour Retry-After if present); a spent daily quota (`limit_type` `daily` or `anonymous_daily`) answers with `error` and `quota_resets_at` (UTC midnight) and should not be retried before then. */
        TooManyRequests: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["RateLimitError"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listPhishing: {
        parameters: {
            query?: {
                /** @description Conditions `(field,operator,value)` joined by `~and` / `~or`. Operators: eq, ne, gt, lt, like (plus xmysql's gte, lte, in, bw, nlike, is, isnot). In `like`, `~` is the wildcard: `(url,like,~login~)` means "contains"; without it `like` is an exact match. Values cannot contain `,`, `(`, `)` or `~`. */
                _where?: string;
                /**
                 * @description A field, or `-field` for descending; several joined by commas.
                 * @example -id
                 */
                _sort?: string;
                /** @description Page number. The docs say it starts at 1 (default 1) but their own sample sends 0, and the underlying xmysql treats 0 and 1 differently; any integer from 0 is accepted. */
                _p?: number;
                /** @description Records per page, default 20; the server clamps larger values to 100. */
                _size?: number;
                /** @description Undocumented column selection (`id,url,score`; `-field` excludes). */
                _fields?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching records. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhishingRecord"][];
                };
            };
            /** @description The database refused the query (e.g. an unknown column in `_sort`). Assumption: the body is xmysql's `{error: <database error>}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueryError"];
                };
            };
            /** @description Assumption: an invalid `psk_` key is refused with 401; the docs show no body for it. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueryError"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Something failed on PhishStats' side. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueryError"];
                };
            };
        };
    };
}
