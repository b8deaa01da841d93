// Generated from specs/pwnbook/openapi.yaml by @api-clients/codegen. Do not edit: run `pnpm generate`.

export interface paths {
    "/engagements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List engagements
         * @description Assumption: needs `engagements:read` (the docs show no scope line for listing).
         */
        get: operations["listEngagements"];
        put?: never;
        /**
         * Create an engagement
         * @description Assumption: the docs do not say whether this answers 200 or 201; both are accepted.
         */
        post: operations["createEngagement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engagements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description An engagement ID (`eng_…`).
                 * @example eng_7h2k9m4p1q8r3s6t0v5w
                 */
                id: components["parameters"]["EngagementId"];
            };
            cookie?: never;
        };
        /**
         * Get an engagement
         * @description Assumption: needs `engagements:read`.
         */
        get: operations["getEngagement"];
        put?: never;
        post?: never;
        /**
         * Delete an engagement
         * @description Needs `engagements:delete`, the scope that exists for this. Assumption: the docs do not give the status; 204 without a body and 200 with the deleted engagement are both accepted.
         */
        delete: operations["deleteEngagement"];
        options?: never;
        head?: never;
        /**
         * Update an engagement
         * @description Assumption: needs `engagements:write` and takes the create fields, all optional.
         */
        patch: operations["updateEngagement"];
        trace?: never;
    };
    "/engagements/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description An engagement ID (`eng_…`).
                 * @example eng_7h2k9m4p1q8r3s6t0v5w
                 */
                id: components["parameters"]["EngagementId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Archive an engagement
         * @description Assumption: needs `engagements:write` and answers with the engagement, now `archived`.
         */
        post: operations["archiveEngagement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/engagements/{id}/unarchive": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description An engagement ID (`eng_…`).
                 * @example eng_7h2k9m4p1q8r3s6t0v5w
                 */
                id: components["parameters"]["EngagementId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unarchive an engagement
         * @description Assumption: needs `engagements:write` and answers with the engagement, now `active`.
         */
        post: operations["unarchiveEngagement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get the key's organization */
        get: operations["getOrganization"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update the organization's settings
         * @description The answer carries only the changed organization's id, name, slug and update time.
         */
        patch: operations["updateOrganization"];
        trace?: never;
    };
    "/organizations/current/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the organization's members
         * @description Assumption: paged like engagements (`page`, `perPage`); the member fields are not published beyond what is shown.
         */
        get: operations["listOrganizationMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/current/members/invite": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Invite a member
         * @description Assumption: needs `organizations:write`, takes an email and a role, and answers with the invitation.
         */
        post: operations["inviteOrganizationMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/current/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The member's user ID.
                 * @example usr_3e9f1a7b5c2d8e4f6a0c
                 */
                userId: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a member
         * @description Assumption: needs `organizations:write`; 204 without a body (200 accepted too).
         */
        delete: operations["removeOrganizationMember"];
        options?: never;
        head?: never;
        /**
         * Change a member's role
         * @description Assumption: needs `organizations:write`, takes `{ role }` and answers with the member.
         */
        patch: operations["updateOrganizationMemberRole"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description An engagement's status as the server reports it: `active` or `archived` in the docs. Assumption: the server may add statuses (the docs list only the two the `status` filter takes), so any string is accepted.
         * @example active
         * @example archived
         */
        EngagementStatus: string;
        /**
         * @description The statuses the list filter takes (docs.pwnbook.io/api-reference/endpoints/engagements, "List engagements").
         * @enum {string}
         */
        EngagementStatusFilter: "active" | "archived";
        /** @description An engagement as the server returns it; the request shapes are `EngagementCreate` and `EngagementUpdate`. */
        Engagement: {
            /** @description Starts with `eng_`. */
            readonly id: string;
            /** @description Returned as stored; no length is enforced on what comes back. */
            name: string;
            /** @description Assumption: may be null when none was given. */
            description?: string | null;
            status: components["schemas"]["EngagementStatus"];
            /**
             * Format: date-time
             * @description Written by the server (ISO 8601 UTC with milliseconds in every documented sample).
             */
            readonly createdAt: string;
            /**
             * Format: date-time
             * @description Written by the server, as `createdAt`.
             */
            readonly updatedAt: string;
        };
        EngagementCreate: {
            /** @description Required (docs: endpoints/engagements, "Create engagement"). Assumption: an empty name is refused with 422 VALIDATION_ERROR. */
            name: string;
            /** @description Optional (docs, "Create engagement"). */
            description?: string;
        };
        EngagementUpdate: {
            /** @description Assumption: validated as on create. */
            name?: string;
            /** @description Assumption: null clears it. */
            description?: string | null;
        };
        /** @description Page counters computed by the server (docs: api-reference/introduction, Pagination). */
        PageMeta: {
            total: number;
            page: number;
            perPage: number;
            totalPages: number;
        };
        EngagementList: {
            data: components["schemas"]["Engagement"][];
            meta: components["schemas"]["PageMeta"];
        };
        OrganizationSettings: {
            requireTwoFactor?: boolean;
            domainAutoJoin?: boolean;
            ssoEnabled?: boolean;
        };
        Organization: {
            /** @description Starts with `org_`. */
            readonly id: string;
            name: string;
            slug: string;
            /** @description The plan, e.g. `business`; other values are not published. Assumption: null (or absent) on a self-hosted instance without a plan. */
            plan?: string | null;
            memberCount?: number;
            engagementCount?: number;
            /**
             * Format: date-time
             * @description Written by the server.
             */
            createdAt?: string;
            /**
             * Format: date-time
             * @description Written by the server.
             */
            updatedAt?: string;
            settings?: components["schemas"]["OrganizationSettings"];
        };
        OrganizationSummary: {
            id: string;
            name: string;
            slug?: string;
            /** Format: date-time */
            updatedAt?: string;
        };
        OrganizationUpdate: {
            /** @description The display name. */
            name?: string;
        };
        /**
         * @description Owner and Admin are documented; Assumption: `member` for everyone else, and other values may appear. Shared by requests and responses on purpose: no source says which roles the server accepts, so neither side is narrowed.
         * @example owner
         * @example admin
         * @example member
         */
        MemberRole: string;
        /** @description Assumption: the member fields are not published; these are the likely ones, and more may appear. */
        Member: {
            id: string;
            email?: string;
            name?: string | null;
            role?: components["schemas"]["MemberRole"];
            /**
             * Format: date-time
             * @description Written by the server. Assumption: null for someone invited who has not joined yet.
             */
            joinedAt?: string | null;
        };
        MemberList: {
            data: components["schemas"]["Member"][];
            meta?: components["schemas"]["PageMeta"];
        };
        MemberInvite: {
            /** @description The invitee's address. Assumption: the server refuses an empty or clearly invalid address (422); no source states its check. */
            email: string;
            role?: components["schemas"]["MemberRole"];
        };
        MemberRoleUpdate: {
            role: components["schemas"]["MemberRole"];
        };
        Invitation: {
            id?: string;
            email?: string;
            role?: components["schemas"]["MemberRole"];
            /** Format: date-time */
            createdAt?: string;
        };
        /**
         * @description Kept closed: the docs (api-reference/introduction, error table) give one code per status, and each error response below pins its own.
         * @enum {string}
         */
        ErrorCode: "BAD_REQUEST" | "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "VALIDATION_ERROR" | "RATE_LIMITED" | "INTERNAL_ERROR";
        /** @description Pwnbook's error body. */
        ErrorEnvelope: {
            error: {
                code: components["schemas"]["ErrorCode"];
                message: string;
                statusCode?: number;
            };
        };
        BadRequestError: components["schemas"]["ErrorEnvelope"] & {
            error?: {
                /** @constant */
                code?: "BAD_REQUEST";
            } & {
                [key: string]: unknown;
            };
        };
        UnauthorizedError: components["schemas"]["ErrorEnvelope"] & {
            error?: {
                /** @constant */
                code?: "UNAUTHORIZED";
            } & {
                [key: string]: unknown;
            };
        };
        ForbiddenError: components["schemas"]["ErrorEnvelope"] & {
            error?: {
                /** @constant */
                code?: "FORBIDDEN";
            } & {
                [key: string]: unknown;
            };
        };
        NotFoundError: components["schemas"]["ErrorEnvelope"] & {
            error?: {
                /** @constant */
                code?: "NOT_FOUND";
            } & {
                [key: string]: unknown;
            };
        };
        ConflictError: components["schemas"]["ErrorEnvelope"] & {
            error?: {
                /** @constant */
                code?: "CONFLICT";
            } & {
                [key: string]: unknown;
            };
        };
        ValidationFailedError: components["schemas"]["ErrorEnvelope"] & {
            error?: {
                /** @constant */
                code?: "VALIDATION_ERROR";
            } & {
                [key: string]: unknown;
            };
        };
        RateLimitedError: components["schemas"]["ErrorEnvelope"] & {
            error?: {
                /** @constant */
                code?: "RATE_LIMITED";
            } & {
                [key: string]: unknown;
            };
        };
        InternalServerError: components["schemas"]["ErrorEnvelope"] & {
            error?: {
                /** @constant */
                code?: "INTERNAL_ERROR";
            } & {
                [key: string]: unknown;
            };
        };
    };
    responses: {
        /** @description The engagement. */
        EngagementResult: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: components["schemas"]["Engagement"];
                };
            };
        };
        /** @description The invitation. */
        InvitationResult: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: components["schemas"]["Invitation"];
                };
            };
        };
        /** @description The body or a parameter is invalid. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["BadRequestError"];
            };
        };
        /** @description The API key is missing or invalid. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["UnauthorizedError"];
            };
        };
        /** @description The API key lacks the scope this operation needs. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ForbiddenError"];
            };
        };
        /** @description No such resource in this organization. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["NotFoundError"];
            };
        };
        /** @description Conflicts with existing data (e.g. a duplicate name). */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ConflictError"];
            };
        };
        /** @description The data failed validation. */
        ValidationError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ValidationFailedError"];
            };
        };
        /** @description Over this key's rate limit; wait until `X-RateLimit-Reset`. */
        TooManyRequests: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["RateLimitedError"];
            };
        };
        /** @description Something failed on Pwnbook's side. */
        InternalError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["InternalServerError"];
            };
        };
    };
    parameters: {
        /**
         * @description An engagement ID (`eng_…`).
         * @example eng_7h2k9m4p1q8r3s6t0v5w
         */
        EngagementId: string;
        /** @description Page number, from 1 (default 1). */
        Page: number;
        /** @description Items per page, default 20, at most 100. */
        PerPage: number;
    };
    requestBodies: never;
    headers: {
        /**
         * @description Requests allowed per window for this key.
         * @example 1000
         */
        RateLimitLimit: number;
        /**
         * @description Requests left in the current window.
         * @example 998
         */
        RateLimitRemaining: number;
        /**
         * @description When the window resets, in Unix seconds.
         * @example 1743501600
         */
        RateLimitReset: number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listEngagements: {
        parameters: {
            query?: {
                status?: components["schemas"]["EngagementStatusFilter"];
                /** @description Page number, from 1 (default 1). */
                page?: components["parameters"]["Page"];
                /** @description Items per page, default 20, at most 100. */
                perPage?: components["parameters"]["PerPage"];
                sort?: "createdAt" | "updatedAt" | "name";
                /** @description Default `desc`. */
                order?: "asc" | "desc";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of engagements. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EngagementList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createEngagement: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EngagementCreate"];
            };
        };
        responses: {
            200: components["responses"]["EngagementResult"];
            201: components["responses"]["EngagementResult"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getEngagement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description An engagement ID (`eng_…`).
                 * @example eng_7h2k9m4p1q8r3s6t0v5w
                 */
                id: components["parameters"]["EngagementId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["EngagementResult"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteEngagement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description An engagement ID (`eng_…`).
                 * @example eng_7h2k9m4p1q8r3s6t0v5w
                 */
                id: components["parameters"]["EngagementId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["EngagementResult"];
            /** @description Deleted. */
            204: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateEngagement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description An engagement ID (`eng_…`).
                 * @example eng_7h2k9m4p1q8r3s6t0v5w
                 */
                id: components["parameters"]["EngagementId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EngagementUpdate"];
            };
        };
        responses: {
            200: components["responses"]["EngagementResult"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    archiveEngagement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description An engagement ID (`eng_…`).
                 * @example eng_7h2k9m4p1q8r3s6t0v5w
                 */
                id: components["parameters"]["EngagementId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["EngagementResult"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    unarchiveEngagement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description An engagement ID (`eng_…`).
                 * @example eng_7h2k9m4p1q8r3s6t0v5w
                 */
                id: components["parameters"]["EngagementId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["EngagementResult"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organization. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Organization"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrganizationUpdate"];
            };
        };
        responses: {
            /** @description The updated organization, in short. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["OrganizationSummary"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listOrganizationMembers: {
        parameters: {
            query?: {
                /** @description Page number, from 1 (default 1). */
                page?: components["parameters"]["Page"];
                /** @description Items per page, default 20, at most 100. */
                perPage?: components["parameters"]["PerPage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of members. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    inviteOrganizationMember: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemberInvite"];
            };
        };
        responses: {
            200: components["responses"]["InvitationResult"];
            201: components["responses"]["InvitationResult"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    removeOrganizationMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The member's user ID.
                 * @example usr_3e9f1a7b5c2d8e4f6a0c
                 */
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            /** @description Removed. */
            204: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateOrganizationMemberRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The member's user ID.
                 * @example usr_3e9f1a7b5c2d8e4f6a0c
                 */
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemberRoleUpdate"];
            };
        };
        responses: {
            /** @description The member with the new role. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Member"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
}
