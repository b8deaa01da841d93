// Generated from specs/pluralkit/openapi.yaml by @api-clients/codegen. Do not edit: run `pnpm generate`.

export interface paths {
    "/systems/{systemRef}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A system's 5 or 6 letter short ID (any case, a dash is allowed, e.g. `EXM-PL`), its UUID, the snowflake of a Discord account linked to it, or `@me` for the token's own system (401 without a valid token).
                 * @example exmpl
                 */
                systemRef: components["parameters"]["SystemRef"];
            };
            cookie?: never;
        };
        /**
         * Get a system
         * @description Anyone may read a system; fields the system keeps private come back as `null`, and `privacy` is `null`, unless the token belongs to it.
         */
        get: operations["getSystem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a system
         * @description Changes the given keys of the token's own system and returns the owner view.
         */
        patch: operations["updateSystem"];
        trace?: never;
    };
    "/systems/{systemRef}/settings": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A system's 5 or 6 letter short ID (any case, a dash is allowed, e.g. `EXM-PL`), its UUID, the snowflake of a Discord account linked to it, or `@me` for the token's own system (401 without a valid token).
                 * @example exmpl
                 */
                systemRef: components["parameters"]["SystemRef"];
            };
            cookie?: never;
        };
        /**
         * Get a system's settings
         * @description The owning system's token gets every setting; anyone else gets the nine public ones.
         */
        get: operations["getSystemSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a system's settings
         * @description An unknown `timezone` is rejected with 400 (40001). The answer comes from the C# API rather than the front layer that serves GET, so its `name_format` is the stored value (`null` unless the system set one) and it adds `card_show_color_hex` (PluralKit.Core/Models/SystemConfig.cs).
         */
        patch: operations["updateSystemSettings"];
        trace?: never;
    };
    "/systems/@me/guilds/{guildId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The snowflake ID of a Discord server (guild).
                 * @example 466707357099884544
                 */
                guildId: components["parameters"]["GuildId"];
            };
            cookie?: never;
        };
        /**
         * Get the system's settings in a server
         * @description Answers 404 (20009) until the system has changed a per-server setting there through the bot. `@me` may be any reference to the token's own system.
         */
        get: operations["getSystemGuildSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update the system's settings in a server
         * @description Only works once the settings exist (404, 20009, before that). `@me` may be any reference to the token's own system.
         */
        patch: operations["updateSystemGuildSettings"];
        trace?: never;
    };
    "/systems/@me/autoproxy": {
        parameters: {
            query?: {
                /**
                 * @description The server to read or change autoproxy in. The docs list it as optional, but without it the API answers 501.
                 * @example 466707357099884544
                 */
                guild_id?: components["parameters"]["AutoproxyGuildId"];
                /** @description Meant for per-channel autoproxy, which is not implemented; sending it gets 501. */
                channel_id?: components["parameters"]["AutoproxyChannelId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get autoproxy settings in a server
         * @description Only per-server autoproxy exists: pass `guild_id` and leave out `channel_id`, or the API answers 501. `@me` may be any reference to the token's own system.
         */
        get: operations["getAutoproxySettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update autoproxy settings in a server
         * @description Needs `guild_id` and no `channel_id` (501 otherwise). Mode `member` needs `autoproxy_member`; modes `off` and `front` refuse one (400, 40001). `@me` may be any reference to the token's own system.
         */
        patch: operations["updateAutoproxySettings"];
        trace?: never;
    };
    "/systems/{systemRef}/members": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A system's 5 or 6 letter short ID (any case, a dash is allowed, e.g. `EXM-PL`), its UUID, the snowflake of a Discord account linked to it, or `@me` for the token's own system (401 without a valid token).
                 * @example exmpl
                 */
                systemRef: components["parameters"]["SystemRef"];
            };
            cookie?: never;
        };
        /**
         * List a system's members
         * @description Others do not see members whose visibility is private, and get 403 (30001) when the whole member list is private.
         */
        get: operations["listSystemMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a member
         * @description Adds a member to the token's system; keys left out start empty. Answers 400 with code 40007 once the system's member limit is reached (server source; not in the docs).
         */
        post: operations["createMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/members/{memberRef}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A member's 5 or 6 letter short ID (any case, a dash is allowed) or its UUID.
                 * @example qmdzk
                 */
                memberRef: components["parameters"]["MemberRef"];
            };
            cookie?: never;
        };
        /**
         * Get a member
         * @description Private fields are `null` (and `privacy` is `null`) unless the token belongs to the member's system.
         */
        get: operations["getMember"];
        put?: never;
        post?: never;
        /** Delete a member */
        delete: operations["deleteMember"];
        options?: never;
        head?: never;
        /** Update a member */
        patch: operations["updateMember"];
        trace?: never;
    };
    "/members/{memberRef}/groups": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A member's 5 or 6 letter short ID (any case, a dash is allowed) or its UUID.
                 * @example qmdzk
                 */
                memberRef: components["parameters"]["MemberRef"];
            };
            cookie?: never;
        };
        /**
         * List the groups a member is in
         * @description 403 (30002) when the owning system keeps its group list private.
         */
        get: operations["listMemberGroups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/members/{memberRef}/groups/add": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A member's 5 or 6 letter short ID (any case, a dash is allowed) or its UUID.
                 * @example qmdzk
                 */
                memberRef: components["parameters"]["MemberRef"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a member to groups
         * @description At least one group, each once; an empty list is a 400 (code 0). Groups are matched by exact short ID or UUID among the token's own groups (PluralKit.API/Controllers/v2/GroupMemberControllerV2.cs), so another system's group is reported as not found (20004), not as 30009.
         */
        post: operations["addMemberGroups"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/members/{memberRef}/groups/remove": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A member's 5 or 6 letter short ID (any case, a dash is allowed) or its UUID.
                 * @example qmdzk
                 */
                memberRef: components["parameters"]["MemberRef"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove a member from groups
         * @description At least one group; an empty list is a 400 (code 0). Groups are matched by exact short ID or UUID among the token's own groups (GroupMemberControllerV2.cs). To take the member out of every group, overwrite with an empty list instead.
         */
        post: operations["removeMemberGroups"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/members/{memberRef}/groups/overwrite": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A member's 5 or 6 letter short ID (any case, a dash is allowed) or its UUID.
                 * @example qmdzk
                 */
                memberRef: components["parameters"]["MemberRef"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace the groups a member is in
         * @description Each group once; an empty list takes the member out of every group. Groups are matched by exact short ID or UUID among the token's own groups (GroupMemberControllerV2.cs).
         */
        post: operations["overwriteMemberGroups"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/members/{memberRef}/guilds/{guildId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A member's 5 or 6 letter short ID (any case, a dash is allowed) or its UUID.
                 * @example qmdzk
                 */
                memberRef: components["parameters"]["MemberRef"];
                /**
                 * @description The snowflake ID of a Discord server (guild).
                 * @example 466707357099884544
                 */
                guildId: components["parameters"]["GuildId"];
            };
            cookie?: never;
        };
        /**
         * Get a member's settings in a server
         * @description Answers 404 (20010) until the member has a per-server setting there.
         */
        get: operations["getMemberGuildSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a member's settings in a server
         * @description Only works once the settings exist (404, 20010, before that).
         */
        patch: operations["updateMemberGuildSettings"];
        trace?: never;
    };
    "/systems/{systemRef}/groups": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A system's 5 or 6 letter short ID (any case, a dash is allowed, e.g. `EXM-PL`), its UUID, the snowflake of a Discord account linked to it, or `@me` for the token's own system (401 without a valid token).
                 * @example exmpl
                 */
                systemRef: components["parameters"]["SystemRef"];
            };
            cookie?: never;
        };
        /**
         * List a system's groups
         * @description Others do not see groups whose visibility is private, and get 403 (30002) when the whole group list is private.
         */
        get: operations["listSystemGroups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a group
         * @description Adds a group to the token's system; keys left out start empty. Answers 400 with code 40008 once the group limit is reached (server source; not in the docs).
         */
        post: operations["createGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/groups/{groupRef}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A group's 5 or 6 letter short ID (any case, a dash is allowed) or its UUID.
                 * @example gvfhr
                 */
                groupRef: components["parameters"]["GroupRef"];
            };
            cookie?: never;
        };
        /**
         * Get a group
         * @description Private fields are `null` (and `privacy` is `null`) unless the token belongs to the group's system.
         */
        get: operations["getGroup"];
        put?: never;
        post?: never;
        /**
         * Delete a group
         * @description Deletes the group only; its members stay.
         */
        delete: operations["deleteGroup"];
        options?: never;
        head?: never;
        /** Update a group */
        patch: operations["updateGroup"];
        trace?: never;
    };
    "/groups/{groupRef}/members": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A group's 5 or 6 letter short ID (any case, a dash is allowed) or its UUID.
                 * @example gvfhr
                 */
                groupRef: components["parameters"]["GroupRef"];
            };
            cookie?: never;
        };
        /**
         * List a group's members
         * @description 403 (30003) when the group's member list is private.
         */
        get: operations["listGroupMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/groups/{groupRef}/members/add": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A group's 5 or 6 letter short ID (any case, a dash is allowed) or its UUID.
                 * @example gvfhr
                 */
                groupRef: components["parameters"]["GroupRef"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add members to a group
         * @description At least one member, each once; an empty list is a 400 (code 0). Members are matched by exact short ID or UUID among the token's own members (PluralKit.API/Controllers/v2/GroupMemberControllerV2.cs), so another system's member is reported as not found (20003), not as 30008.
         */
        post: operations["addGroupMembers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/groups/{groupRef}/members/remove": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A group's 5 or 6 letter short ID (any case, a dash is allowed) or its UUID.
                 * @example gvfhr
                 */
                groupRef: components["parameters"]["GroupRef"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove members from a group
         * @description At least one member; an empty list is a 400 (code 0). Members are matched by exact short ID or UUID among the token's own members (GroupMemberControllerV2.cs). To empty the group, overwrite with an empty list instead.
         */
        post: operations["removeGroupMembers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/groups/{groupRef}/members/overwrite": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A group's 5 or 6 letter short ID (any case, a dash is allowed) or its UUID.
                 * @example gvfhr
                 */
                groupRef: components["parameters"]["GroupRef"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace a group's members
         * @description Each member once; an empty list empties the group. Members are matched by exact short ID or UUID among the token's own members (GroupMemberControllerV2.cs).
         */
        post: operations["overwriteGroupMembers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/systems/{systemRef}/switches": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A system's 5 or 6 letter short ID (any case, a dash is allowed, e.g. `EXM-PL`), its UUID, the snowflake of a Discord account linked to it, or `@me` for the token's own system (401 without a valid token).
                 * @example exmpl
                 */
                systemRef: components["parameters"]["SystemRef"];
            };
            cookie?: never;
        };
        /**
         * List a system's switches
         * @description Newest first, at most `limit` (default and maximum 100), all strictly older than `before` (default now). The docs describe the answer as one switch object; the server sends a JSON array of switches whose `members` are short IDs, which is what this schema says. To page back, pass the oldest returned `timestamp` as `before`.
         */
        get: operations["listSystemSwitches"];
        put?: never;
        /**
         * Record a switch
         * @description 400 with 40003 when a member is listed twice, 40004 when the members equal the current fronters, 40005 when a switch already has that timestamp.
         */
        post: operations["createSwitch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/systems/{systemRef}/fronters": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A system's 5 or 6 letter short ID (any case, a dash is allowed, e.g. `EXM-PL`), its UUID, the snowflake of a Discord account linked to it, or `@me` for the token's own system (401 without a valid token).
                 * @example exmpl
                 */
                systemRef: components["parameters"]["SystemRef"];
            };
            cookie?: never;
        };
        /**
         * Get the current fronters
         * @description The latest switch with its members in full; 204 when the system has never switched.
         */
        get: operations["getSystemFronters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/systems/{systemRef}/switches/{switchRef}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A system's 5 or 6 letter short ID (any case, a dash is allowed, e.g. `EXM-PL`), its UUID, the snowflake of a Discord account linked to it, or `@me` for the token's own system (401 without a valid token).
                 * @example exmpl
                 */
                systemRef: components["parameters"]["SystemRef"];
                /**
                 * @description A switch's UUID; switches have no short ID.
                 * @example e1a8c5a4-0c2c-4f6f-9a53-5b1f0f1d2a3b
                 */
                switchRef: components["parameters"]["SwitchRef"];
            };
            cookie?: never;
        };
        /**
         * Get a switch
         * @description 404 with 20008 when the switch belongs to another system or the front history is private; an unknown UUID gets 20007 from the server's front layer. The docs give 400 (40006) for a malformed UUID; the front layer casts it to a UUID in its database lookup first, which fails with a 500 (crates/api/src/middleware/params.rs).
         */
        get: operations["getSwitch"];
        put?: never;
        post?: never;
        /** Delete a switch */
        delete: operations["deleteSwitch"];
        options?: never;
        head?: never;
        /**
         * Move a switch to another time
         * @description 400 with 40005 when another switch already has that timestamp.
         */
        patch: operations["updateSwitch"];
        trace?: never;
    };
    "/systems/{systemRef}/switches/{switchRef}/members": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A system's 5 or 6 letter short ID (any case, a dash is allowed, e.g. `EXM-PL`), its UUID, the snowflake of a Discord account linked to it, or `@me` for the token's own system (401 without a valid token).
                 * @example exmpl
                 */
                systemRef: components["parameters"]["SystemRef"];
                /**
                 * @description A switch's UUID; switches have no short ID.
                 * @example e1a8c5a4-0c2c-4f6f-9a53-5b1f0f1d2a3b
                 */
                switchRef: components["parameters"]["SwitchRef"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Replace a switch's members
         * @description The body is the full new member list. 400 with 40003 for duplicates and 40004 when the list equals the switch's current members.
         */
        patch: operations["updateSwitchMembers"];
        trace?: never;
    };
    "/messages/{messageRef}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The snowflake ID of the proxied (webhook) message, or of the message that triggered the proxy; the latter works only for about 30 minutes after it was sent.
                 * @example 1214530148735537152
                 */
                messageRef: components["parameters"]["MessageRef"];
            };
            cookie?: never;
        };
        /**
         * Look up a proxied message
         * @description Counted in its own rate-limit scope (`message`). The owning system's token reveals private fields of the nested system and member.
         */
        get: operations["getMessage"];
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
        /** @description A Discord ID, sent as a string of digits because it does not fit in a JavaScript number. */
        Snowflake: string;
        /**
         * @description Whether something is shown to everyone or only to the owning system.
         * @enum {string}
         */
        PrivacyValue: "public" | "private";
        /** @description Members as short IDs (any case, a dash allowed) or UUIDs, each once: the server answers 40003 when the same text appears twice (PluralKit.API/Controllers/v2/SwitchControllerV2.cs). */
        RefList: string[];
        /** @description A short ID exactly as the API sends it (lowercase, no dash) or a lowercase UUID. These lists are matched by exact text against the token's own members or groups (PluralKit.API/Controllers/PKControllerBase.cs, lookups with `cache: true`), so `QMDZK` or `qmd-zk` is not found (404), and neither is another system's member or group. */
        OwnRef: string;
        /** @description At least one reference; an empty list is a 400 (PluralKit.API/Controllers/v2/GroupMemberControllerV2.cs). */
        OwnRefList: components["schemas"]["OwnRef"][];
        /** @description At least one reference, each once. An empty list is a 400; a repeated one breaks the server's insert into its membership table, whose primary key is the pair (PluralKit.API/Controllers/v2/GroupMemberControllerV2.cs). */
        OwnRefSet: components["schemas"]["OwnRef"][];
        /** @description The complete new list, each reference once (a repeated one breaks the server's insert, PluralKit.API/Controllers/v2/GroupMemberControllerV2.cs); may be empty. */
        OwnRefOverwrite: components["schemas"]["OwnRef"][];
        /** @description An absolute `https` URL of at most 256 characters, optionally wrapped in `<>` (PluralKit.Core/Utils/MiscUtils.cs `TryMatchUri`, Limits.cs `MaxUriLength`); `http` and relative URLs are a 40001. `null` or a blank string clears the field. */
        HttpsUrlInput: string | null;
        /** @description Six hex digits without `#`, checked with `^[0-9a-fA-F]{6}$` (PluralKit.Core/Models/Patch/PatchObject.cs `AssertValid`); `null` or a blank string clears the color. */
        ColorInput: string | null;
        /** @description `YYYY-MM-DD`, parsed with the pattern `yyyy-MM-dd` (PluralKit.Core/Models/Patch/MemberPatch.cs); the year 0004 hides the year. `null` or a blank string clears the birthday. */
        BirthdayInput: string | null;
        /**
         * @description `public` or `private`. `null` means public and `""` means private (PluralKit.Core/Models/Patch/PatchObject.cs `ParsePrivacy`); any other value is a 40001.
         * @enum {string|null}
         */
        PrivacyValueInput: "public" | "private" | "" | null;
        /** @description A proxy tag to set. `prefix + "text" + suffix` may be at most 100 characters (Limits.cs `MaxProxyTagLength`, checked in PluralKit.Core/Models/Patch/MemberPatch.cs), so neither part is longer than 96; an empty string counts as missing, and a tag with neither part is dropped (PluralKit.Core/Models/ProxyTag.cs). */
        ProxyTagInput: {
            prefix?: string | null;
            suffix?: string | null;
        };
        /** @description The body of every PluralKit error. */
        Error: {
            /** @description A human-readable explanation. */
            message: string;
            /** @description 0 for generic errors (read it with the HTTP status); 2000x not found; 3000x forbidden; 4000x invalid request (40007 member limit and 40008 group limit are in the server source only); 50001 not implemented. */
            code: number;
            /** @description With code 40001, the problems found per request key (a key such as `description_templates[1]` names one list item). */
            errors?: {
                [key: string]: components["schemas"]["ErrorObject"][];
            };
            /** @description On 429, milliseconds to wait before retrying. */
            retry_after?: number;
            /** @description On 429, the rate-limit scope that ran out. Sent by the server, not in the docs. */
            scope?: string;
        };
        /** @description One problem with one request key. */
        ErrorObject: {
            message: string;
            /** @description For a too-long value, the allowed length. */
            max_length?: number;
            /** @description For a too-long value, the length sent (for a too-long description template the server swaps the two numbers, PluralKit.Core/Models/Patch/SystemConfigPatch.cs). */
            actual_length?: number;
        };
        /** @description A system. Others see `null` in the fields the system keeps private and in `privacy`. Text is returned as stored, so rows older than today's limits may be longer (PluralKit.Core/Models/PKSystem.cs `ToJson`). */
        System: {
            /** @description Short ID, lowercase, no dash. */
            readonly id: string;
            /** Format: uuid */
            readonly uuid: string;
            name: string | null;
            description: string | null;
            /** @description Added to proxied member names. Never hidden. */
            tag: string | null;
            pronouns: string | null;
            /** @description The stored URL (Discord media-proxy links are rewritten to the CDN). */
            avatar_url: string | null;
            banner: string | null;
            /** @description Six hex digits without `#`, in the case they were written. */
            color: string | null;
            /**
             * Format: date-time
             * @description Never `null` (the docs changed this in 2025).
             */
            readonly created: string;
            /** @description The system's dispatch webhook. From the server source, not the docs: sent to the owner only; the key is missing for anyone else. */
            readonly webhook_url?: string | null;
            /** @description Only the owner sees it; `null` for anyone else. */
            privacy: components["schemas"]["SystemPrivacy"] | null;
        };
        /** @description Who may see each part of a system. */
        SystemPrivacy: {
            name_privacy: components["schemas"]["PrivacyValue"];
            avatar_privacy: components["schemas"]["PrivacyValue"];
            description_privacy: components["schemas"]["PrivacyValue"];
            banner_privacy: components["schemas"]["PrivacyValue"];
            pronoun_privacy: components["schemas"]["PrivacyValue"];
            member_list_privacy: components["schemas"]["PrivacyValue"];
            group_list_privacy: components["schemas"]["PrivacyValue"];
            front_privacy: components["schemas"]["PrivacyValue"];
            front_history_privacy: components["schemas"]["PrivacyValue"];
        };
        /** @description Privacy keys to set; may be empty. `null` is ignored (PluralKit.Core/Models/Patch/SystemPatch.cs). */
        SystemPrivacyUpdate: {
            name_privacy?: components["schemas"]["PrivacyValueInput"];
            avatar_privacy?: components["schemas"]["PrivacyValueInput"];
            description_privacy?: components["schemas"]["PrivacyValueInput"];
            banner_privacy?: components["schemas"]["PrivacyValueInput"];
            pronoun_privacy?: components["schemas"]["PrivacyValueInput"];
            member_list_privacy?: components["schemas"]["PrivacyValueInput"];
            group_list_privacy?: components["schemas"]["PrivacyValueInput"];
            front_privacy?: components["schemas"]["PrivacyValueInput"];
            front_history_privacy?: components["schemas"]["PrivacyValueInput"];
        } | null;
        /** @description The keys to change; at least one the server reads (a body without one is a 400, code 0). `null` or a blank string clears a field. Limits from PluralKit.Core/Utils/Limits.cs, checked in PluralKit.Core/Models/Patch/SystemPatch.cs. */
        SystemUpdate: {
            /** @description At most 100 characters (`MaxSystemNameLength`). */
            name?: string | null;
            /** @description At most 1000 characters (`MaxDescriptionLength`). */
            description?: string | null;
            /** @description At most 79 characters (`MaxSystemTagLength`). */
            tag?: string | null;
            /** @description At most 100 characters (`MaxPronounsLength`). */
            pronouns?: string | null;
            avatar_url?: components["schemas"]["HttpsUrlInput"];
            banner?: components["schemas"]["HttpsUrlInput"];
            color?: components["schemas"]["ColorInput"];
            privacy?: components["schemas"]["SystemPrivacyUpdate"];
        };
        /** @description The nine settings anyone may read. */
        PublicSystemSettings: {
            pings_enabled: boolean;
            /** @description Seconds a latch lasts; `null` means the 6 hour default, 0 never expires. */
            latch_timeout: number | null;
            case_sensitive_proxy_tags: boolean;
            proxy_error_message_enabled: boolean;
            hid_display_split: boolean;
            hid_display_caps: boolean;
            /**
             * @description How 5 letter IDs are padded in lists.
             * @enum {string}
             */
            hid_list_padding: "off" | "left" | "right";
            /**
             * @description What proxying does to the front (nothing, new switch, add to switch).
             * @enum {string}
             */
            proxy_switch: "off" | "new" | "add";
            /** @description How proxied names are built; `{name} {tag}` when the system set none (crates/api/src/endpoints/system.rs fills it in). */
            name_format: string;
        };
        /** @description Every setting, as the owner sees it. GET is answered by the server's front layer (crates/api/src/endpoints/system.rs), PATCH by the C# API (PluralKit.Core/Models/SystemConfig.cs `ToJson`); the two differ in `name_format` and `card_show_color_hex`. `description_templates` and `card_show_color_hex` come from the server source, not the docs. */
        SystemSettings: {
            /** @description A tz database zone, `UTC` by default. */
            timezone: string;
            pings_enabled: boolean;
            /** @description Seconds a latch lasts; `null` means the 6 hour default, 0 never expires. */
            latch_timeout: number | null;
            /** @description Applies to members made through the bot, not through the API. */
            member_default_private: boolean;
            /** @description Applies to groups made through the bot, not through the API. */
            group_default_private: boolean;
            /** @description Changed through the bot only; the API's PATCH ignores it (SystemConfigPatch.cs). */
            readonly show_private_info: boolean;
            /** @description 1000 by default. */
            readonly member_limit: number;
            /** @description 250 by default. */
            readonly group_limit: number;
            case_sensitive_proxy_tags: boolean;
            proxy_error_message_enabled: boolean;
            hid_display_split: boolean;
            hid_display_caps: boolean;
            /**
             * @description Changed through the bot only; the API's PATCH ignores it (SystemConfigPatch.cs).
             * @enum {string}
             */
            readonly hid_list_padding: "off" | "left" | "right";
            /** @enum {string} */
            proxy_switch: "off" | "new" | "add";
            /** @description How proxied names are built. GET fills in `{name} {tag}` when the system set none (crates/api/src/endpoints/system.rs); the PATCH answer sends the stored value, which is `null` for most systems (PluralKit.Core/Models/SystemConfig.cs). */
            name_format: string | null;
            description_templates?: string[];
            /** @description Only in the PATCH answer (SystemConfig.cs); GET leaves it out. */
            card_show_color_hex?: boolean;
        };
        /** @description The settings to change; at least one the server reads (a body without one is a 400, code 0). `show_private_info` and `hid_list_padding` are not offered: the PATCH ignores them (PluralKit.Core/Models/Patch/SystemConfigPatch.cs `FromJson`). */
        SystemSettingsUpdate: {
            /** @description A tz database zone such as `Europe/Berlin`; an unknown one is a 40001 and `null` makes the server fail (SystemConfigPatch.cs `AssertIsValid`). */
            timezone?: string;
            pings_enabled?: boolean;
            /** @description Seconds; `null` restores the 6 hour default, 0 never expires. Read as a 32-bit integer (SystemConfigPatch.cs), so a larger one fails. */
            latch_timeout?: number | null;
            member_default_private?: boolean;
            group_default_private?: boolean;
            case_sensitive_proxy_tags?: boolean;
            proxy_error_message_enabled?: boolean;
            hid_display_split?: boolean;
            hid_display_caps?: boolean;
            /**
             * @description The server reads `null` (and any unknown value) as `off` (SystemConfigPatch.cs).
             * @enum {string|null}
             */
            proxy_switch?: "off" | "new" | "add" | null;
            /** @description Stored as sent, without a length check; `null` restores `{name} {tag}`. */
            name_format?: string | null;
            /** @description At most 3 templates of at most 1000 characters each (SystemConfigPatch.cs `AssertIsValid`); `null` makes the server fail. */
            description_templates?: string[];
            card_show_color_hex?: boolean;
        };
        /** @description The system's overrides in one server, as stored. `name_format` comes from the server source, not the docs. Unlike the dispatch event, the API's answer has no `guild_id` (PluralKit.Core/Models/SystemGuildSettings.cs `ToJson`). */
        SystemGuildSettings: {
            proxying_enabled: boolean;
            tag: string | null;
            tag_enabled: boolean;
            avatar_url: string | null;
            display_name: string | null;
            name_format?: string | null;
        };
        /** @description The overrides to change; at least one the server reads. `proxying_enabled` and `tag_enabled` set to `null` are ignored (PluralKit.Core/Models/Patch/SystemGuildPatch.cs). */
        SystemGuildSettingsUpdate: {
            proxying_enabled?: boolean | null;
            /** @description At most 79 characters (Limits.cs `MaxSystemTagLength`). */
            tag?: string | null;
            tag_enabled?: boolean | null;
            avatar_url?: components["schemas"]["HttpsUrlInput"];
            /** @description At most 100 characters (Limits.cs `MaxMemberNameLength`). */
            display_name?: string | null;
            /** @description Stored as sent; `null` or a blank string clears it. */
            name_format?: string | null;
        };
        /** @description How the system autoproxies in one server. Unlike the dispatch event, the API's answer has no `guild_id` or `channel_id` (PluralKit.Core/Models/Autoproxy.cs `ToJson`). */
        AutoproxySettings: {
            /**
             * @description `off`; `front`, the first current fronter; `latch`, whoever last proxied in the server; `member`, the one `autoproxy_member`.
             * @enum {string}
             */
            autoproxy_mode: "off" | "front" | "latch" | "member";
            /** @description The member's short ID; `null` in `front` mode or when none is set. A PATCH that switches to `off` still names the previous member in its answer (PluralKit.API/Controllers/v2/AutoproxyControllerV2.cs). */
            autoproxy_member: string | null;
            /** Format: date-time */
            readonly last_latch_timestamp: string | null;
        };
        /** @description The keys to change; at least one. A `null` mode means `off`. `autoproxy_member` takes a short ID or UUID of the token's own system; naming one while the resulting mode is `off` or `front` is a 40001, and `null` leaves it as it is (PluralKit.API/Controllers/v2/AutoproxyControllerV2.cs). */
        AutoproxySettingsUpdate: {
            /** @enum {string|null} */
            autoproxy_mode?: "off" | "front" | "latch" | "member" | null;
            autoproxy_member?: string | null;
        };
        /** @description Text around a message that makes the bot proxy it. Responses always carry both keys (PluralKit.Core/Models/PKMember.cs `ToJson`). */
        ProxyTag: {
            prefix: string | null;
            suffix: string | null;
        };
        /** @description A member. Others see `null` in the fields the system keeps private and in `privacy`; with a private name they see the display name as `name`. Text is returned as stored, so rows older than today's limits may be longer (PluralKit.Core/Models/PKMember.cs `ToJson`). */
        Member: {
            /** @description Short ID, lowercase, no dash. */
            readonly id: string;
            /** Format: uuid */
            readonly uuid: string;
            /** @description The owning system's short ID. The docs promise it only from `GET /members/{memberRef}`; the server sends it from every member endpoint but leaves it out of `Message.member`. */
            readonly system?: string;
            name: string;
            display_name: string | null;
            /** @description Six hex digits without `#`. */
            color: string | null;
            /**
             * Format: date
             * @description The year 0004 (older data 0001) means the year is hidden.
             */
            birthday: string | null;
            pronouns: string | null;
            avatar_url: string | null;
            /** @description Avatar used only on proxied messages. */
            webhook_avatar_url: string | null;
            banner: string | null;
            description: string | null;
            /** Format: date-time */
            readonly created: string | null;
            keep_proxy: boolean;
            tts: boolean;
            /** @description Owner only; not changeable through the API. */
            readonly autoproxy_enabled: boolean | null;
            readonly message_count: number | null;
            /** Format: date-time */
            readonly last_message_timestamp: string | null;
            /** @description Empty for others when the proxy tags are private. */
            proxy_tags: components["schemas"]["ProxyTag"][];
            /** @description Only the owner sees it; `null` for anyone else. */
            privacy: components["schemas"]["MemberPrivacy"] | null;
        };
        /** @description Who may see each part of a member. */
        MemberPrivacy: {
            visibility: components["schemas"]["PrivacyValue"];
            name_privacy: components["schemas"]["PrivacyValue"];
            description_privacy: components["schemas"]["PrivacyValue"];
            banner_privacy: components["schemas"]["PrivacyValue"];
            birthday_privacy: components["schemas"]["PrivacyValue"];
            pronoun_privacy: components["schemas"]["PrivacyValue"];
            avatar_privacy: components["schemas"]["PrivacyValue"];
            metadata_privacy: components["schemas"]["PrivacyValue"];
            proxy_privacy: components["schemas"]["PrivacyValue"];
        };
        /** @description Privacy keys to set; may be empty (pkapi.js sends `{}`), and `null` is ignored (PluralKit.Core/Models/Patch/MemberPatch.cs). */
        MemberPrivacyUpdate: {
            visibility?: components["schemas"]["PrivacyValueInput"];
            name_privacy?: components["schemas"]["PrivacyValueInput"];
            description_privacy?: components["schemas"]["PrivacyValueInput"];
            banner_privacy?: components["schemas"]["PrivacyValueInput"];
            birthday_privacy?: components["schemas"]["PrivacyValueInput"];
            pronoun_privacy?: components["schemas"]["PrivacyValueInput"];
            avatar_privacy?: components["schemas"]["PrivacyValueInput"];
            metadata_privacy?: components["schemas"]["PrivacyValueInput"];
            proxy_privacy?: components["schemas"]["PrivacyValueInput"];
        } | null;
        /** @description A new member. Only `name` is required; keys left out start empty. Limits from PluralKit.Core/Utils/Limits.cs, checked in PluralKit.Core/Models/Patch/MemberPatch.cs. */
        MemberCreate: {
            /** @description At most 100 characters (`MaxMemberNameLength`); empty, blank or `null` is a 40001 ("Member name can not be set to null."). */
            name: string;
            /** @description At most 100 characters (`MaxMemberNameLength`). */
            display_name?: string | null;
            /** @description Six hex digits without `#`, stored in lowercase; `null` or a blank string clears it. */
            color?: components["schemas"]["ColorInput"];
            birthday?: components["schemas"]["BirthdayInput"];
            /** @description At most 100 characters (`MaxPronounsLength`). */
            pronouns?: string | null;
            avatar_url?: components["schemas"]["HttpsUrlInput"];
            /** @description An `https` URL like `avatar_url`; set to `null` instead when it equals `avatar_url` in the same body (MemberPatch.cs). */
            webhook_avatar_url?: components["schemas"]["HttpsUrlInput"];
            banner?: components["schemas"]["HttpsUrlInput"];
            /** @description At most 1000 characters (`MaxDescriptionLength`). */
            description?: string | null;
            /** @description `true` or `false`; `null` makes the server fail (MemberPatch.cs reads a non-null boolean). */
            keep_proxy?: boolean;
            /** @description `true` or `false`; `null` makes the server fail (MemberPatch.cs reads a non-null boolean). */
            tts?: boolean;
            /** @description The full new list, at most 100 tags (MemberPatch.cs); `null` makes the server fail. */
            proxy_tags?: components["schemas"]["ProxyTagInput"][];
            privacy?: components["schemas"]["MemberPrivacyUpdate"];
        };
        /** @description The keys to change; at least one the server reads (a body without one is a 400, code 0). `name` cannot be cleared; `null` or a blank string clears any other text field. */
        MemberUpdate: {
            /** @description At most 100 characters (`MaxMemberNameLength`); empty, blank or `null` is a 40001 ("Member name can not be set to null."). */
            name?: string;
            /** @description At most 100 characters (`MaxMemberNameLength`). */
            display_name?: string | null;
            /** @description Six hex digits without `#`, stored in lowercase; `null` or a blank string clears it. */
            color?: components["schemas"]["ColorInput"];
            birthday?: components["schemas"]["BirthdayInput"];
            /** @description At most 100 characters (`MaxPronounsLength`). */
            pronouns?: string | null;
            avatar_url?: components["schemas"]["HttpsUrlInput"];
            /** @description An `https` URL like `avatar_url`; set to `null` instead when it equals `avatar_url` in the same body (MemberPatch.cs). */
            webhook_avatar_url?: components["schemas"]["HttpsUrlInput"];
            banner?: components["schemas"]["HttpsUrlInput"];
            /** @description At most 1000 characters (`MaxDescriptionLength`). */
            description?: string | null;
            /** @description `true` or `false`; `null` makes the server fail (MemberPatch.cs reads a non-null boolean). */
            keep_proxy?: boolean;
            /** @description `true` or `false`; `null` makes the server fail (MemberPatch.cs reads a non-null boolean). */
            tts?: boolean;
            /** @description The full new list, at most 100 tags (MemberPatch.cs); `null` makes the server fail. */
            proxy_tags?: components["schemas"]["ProxyTagInput"][];
            privacy?: components["schemas"]["MemberPrivacyUpdate"];
        };
        /** @description A member's overrides in one server, as stored. Unlike the dispatch event, the API's answer has no `guild_id` (PluralKit.Core/Models/MemberGuildSettings.cs `ToJson`). */
        MemberGuildSettings: {
            display_name: string | null;
            avatar_url: string | null;
            /** @description `null` follows the member's own setting. */
            keep_proxy: boolean | null;
        };
        /** @description The overrides to change; at least one the server reads (PluralKit.Core/Models/Patch/MemberGuildPatch.cs). */
        MemberGuildSettingsUpdate: {
            /** @description At most 100 characters (Limits.cs `MaxMemberNameLength`). */
            display_name?: string | null;
            avatar_url?: components["schemas"]["HttpsUrlInput"];
            /** @description `true` or `false`. `null` is not accepted: the server reads a non-null boolean and fails with a 500 (MemberGuildPatch.cs `FromJson`), so this override cannot be reset through the API. */
            keep_proxy?: boolean;
        };
        /** @description A group. Others see `null` in the fields the system keeps private and in `privacy`; with a private name they see the display name as `name`. Text is returned as stored (PluralKit.Core/Models/PKGroup.cs `ToJson`). */
        Group: {
            /** @description Short ID, lowercase, no dash. */
            readonly id: string;
            /** Format: uuid */
            readonly uuid: string;
            name: string;
            /** @description The owning system's short ID. The docs promise it only from `GET /groups/{groupRef}`; the server sends it from every group endpoint. */
            readonly system?: string;
            display_name: string | null;
            description: string | null;
            icon: string | null;
            banner: string | null;
            /** @description Six hex digits without `#`. */
            color: string | null;
            /** Format: date-time */
            readonly created: string | null;
            /** @description Member UUIDs; only when listing with `with_members=true`. */
            readonly members?: string[];
            /** @description Only the owner sees it; `null` for anyone else. */
            privacy: components["schemas"]["GroupPrivacy"] | null;
        };
        /** @description Who may see each part of a group. */
        GroupPrivacy: {
            name_privacy: components["schemas"]["PrivacyValue"];
            description_privacy: components["schemas"]["PrivacyValue"];
            banner_privacy: components["schemas"]["PrivacyValue"];
            icon_privacy: components["schemas"]["PrivacyValue"];
            list_privacy: components["schemas"]["PrivacyValue"];
            metadata_privacy: components["schemas"]["PrivacyValue"];
            visibility: components["schemas"]["PrivacyValue"];
        };
        /** @description Privacy keys to set; may be empty (pkapi.js sends `{}` when it creates a group), and `null` is ignored (PluralKit.Core/Models/Patch/GroupPatch.cs). */
        GroupPrivacyUpdate: {
            name_privacy?: components["schemas"]["PrivacyValueInput"];
            description_privacy?: components["schemas"]["PrivacyValueInput"];
            banner_privacy?: components["schemas"]["PrivacyValueInput"];
            icon_privacy?: components["schemas"]["PrivacyValueInput"];
            list_privacy?: components["schemas"]["PrivacyValueInput"];
            metadata_privacy?: components["schemas"]["PrivacyValueInput"];
            visibility?: components["schemas"]["PrivacyValueInput"];
        } | null;
        /** @description A new group. Only `name` is required; keys left out start empty. Limits from PluralKit.Core/Utils/Limits.cs, checked in PluralKit.Core/Models/Patch/GroupPatch.cs. */
        GroupCreate: {
            /** @description At most 100 characters (`MaxGroupNameLength`); empty, blank or `null` is a 40001 ("Group name can not be set to null."). */
            name: string;
            /** @description At most 100 characters (`MaxGroupNameLength`). */
            display_name?: string | null;
            /** @description At most 1000 characters (`MaxDescriptionLength`). */
            description?: string | null;
            icon?: components["schemas"]["HttpsUrlInput"];
            banner?: components["schemas"]["HttpsUrlInput"];
            /** @description Six hex digits without `#`, stored in lowercase; `null` or a blank string clears it. */
            color?: components["schemas"]["ColorInput"];
            privacy?: components["schemas"]["GroupPrivacyUpdate"];
        };
        /** @description The keys to change; at least one the server reads (a body without one is a 400, code 0). `name` cannot be cleared; `null` or a blank string clears any other field. */
        GroupUpdate: {
            /** @description At most 100 characters (`MaxGroupNameLength`); empty, blank or `null` is a 40001 ("Group name can not be set to null."). */
            name?: string;
            /** @description At most 100 characters (`MaxGroupNameLength`). */
            display_name?: string | null;
            /** @description At most 1000 characters (`MaxDescriptionLength`). */
            description?: string | null;
            icon?: components["schemas"]["HttpsUrlInput"];
            banner?: components["schemas"]["HttpsUrlInput"];
            /** @description Six hex digits without `#`, stored in lowercase; `null` or a blank string clears it. */
            color?: components["schemas"]["ColorInput"];
            privacy?: components["schemas"]["GroupPrivacyUpdate"];
        };
        /** @description A switch as the switch list gives it, with members as short IDs. */
        SwitchWithIds: {
            /** Format: uuid */
            readonly id: string;
            /** Format: date-time */
            timestamp: string;
            /** @description Short IDs of the members who fronted; empty for a switch-out. */
            members: string[];
        };
        /** @description A switch with its members in full. */
        SwitchWithMembers: {
            /** Format: uuid */
            readonly id: string;
            /** Format: date-time */
            timestamp: string;
            /** @description The members who fronted; empty for a switch-out. */
            members: components["schemas"]["Member"][];
        };
        /** @description A new switch (PluralKit.API/Controllers/v2/SwitchControllerV2.cs `PostSwitchParams`). */
        SwitchCreate: {
            /**
             * Format: date-time
             * @description When the switch happened, in UTC with a `Z`; now if left out. The server reads it as a NodaTime `Instant` in its extended ISO pattern, which takes no other offset (SwitchControllerV2.cs `PostSwitchParams`).
             */
            timestamp?: string;
            /** @description The new fronters, each once (a repeat is a 400 with code 40003), as exact short IDs or UUIDs of the token's own members; an empty list records a switch-out. `null` makes the server fail. */
            members: components["schemas"]["OwnRef"][];
        };
        /** @description The new time of the switch. Unlike other PATCH bodies, `timestamp` is required (400, 40001, without it). */
        SwitchUpdate: {
            /**
             * Format: date-time
             * @description Parsed with .NET's `DateTime.Parse`, so an offset other than `Z` is converted to UTC (SwitchControllerV2.cs).
             */
            timestamp: string;
        };
        /** @description A message the bot proxied (PluralKit.Core/Models/PKMessage.cs `FullMessage.ToJson`). */
        Message: {
            /**
             * Format: date-time
             * @description Derived from the message ID, so it has no fractional seconds.
             */
            timestamp: string;
            /** @description The webhook message the bot sent. */
            id: components["schemas"]["Snowflake"];
            /** @description The deleted message that triggered the proxy; an empty string when it was not recorded (PKMessage.cs prints the nullable ID with `ToString()`). */
            original: string;
            /** @description The Discord user who sent the original message. */
            sender: components["schemas"]["Snowflake"];
            /** @description The channel both messages were in. */
            channel: components["schemas"]["Snowflake"];
            /** @description The server. The docs say always set; the server's model allows `null`. */
            guild: components["schemas"]["Snowflake"] | null;
            /** @description The system that proxied; `null` once the member is deleted. The docs mark the key optional, so it may also be missing. */
            system?: components["schemas"]["System"] | null;
            /** @description The member that proxied, without its `system` key; `null` once the member is deleted. It may also be missing, as for `system`. */
            member?: components["schemas"]["Member"] | null;
        };
    };
    responses: {
        /** @description The request was refused. Code 0 for malformed JSON, an empty list or a PATCH with no known key; 40001 with details per key under `errors` when a field is invalid; 40003–40008 for switch rules and limits. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The endpoint needs the owning system's token and none valid was sent. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The token's system does not own the target (code 0, or a 3000x code), or access to the API has been blocked (code 0). */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The system does not exist (20001). Other resources use their own 2000x codes, listed on each operation. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Over the limit of this request's rate-limit scope; wait `retry_after` milliseconds. The server also puts the scope in the body as `scope`, which the docs do not show. */
        TooManyRequests: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                "X-RateLimit-Scope": components["headers"]["RateLimitScope"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Something failed on PluralKit's side; try again later. */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Autoproxy was asked for without `guild_id` or with `channel_id` (50001). */
        NotImplemented: {
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
         * @description A system's 5 or 6 letter short ID (any case, a dash is allowed, e.g. `EXM-PL`), its UUID, the snowflake of a Discord account linked to it, or `@me` for the token's own system (401 without a valid token).
         * @example exmpl
         */
        SystemRef: string;
        /**
         * @description A member's 5 or 6 letter short ID (any case, a dash is allowed) or its UUID.
         * @example qmdzk
         */
        MemberRef: string;
        /**
         * @description A group's 5 or 6 letter short ID (any case, a dash is allowed) or its UUID.
         * @example gvfhr
         */
        GroupRef: string;
        /**
         * @description A switch's UUID; switches have no short ID.
         * @example e1a8c5a4-0c2c-4f6f-9a53-5b1f0f1d2a3b
         */
        SwitchRef: string;
        /**
         * @description The snowflake ID of a Discord server (guild).
         * @example 466707357099884544
         */
        GuildId: components["schemas"]["Snowflake"];
        /**
         * @description The snowflake ID of the proxied (webhook) message, or of the message that triggered the proxy; the latter works only for about 30 minutes after it was sent.
         * @example 1214530148735537152
         */
        MessageRef: components["schemas"]["Snowflake"];
        /**
         * @description The server to read or change autoproxy in. The docs list it as optional, but without it the API answers 501.
         * @example 466707357099884544
         */
        AutoproxyGuildId: components["schemas"]["Snowflake"];
        /** @description Meant for per-channel autoproxy, which is not implemented; sending it gets 501. */
        AutoproxyChannelId: components["schemas"]["Snowflake"];
    };
    requestBodies: {
        /** @description The groups to add, each once and at least one: an empty list is a 400 (code 0) and a group listed twice makes the server fail (PluralKit.API/Controllers/v2/GroupMemberControllerV2.cs). */
        GroupRefs: {
            content: {
                "application/json": components["schemas"]["OwnRefSet"];
            };
        };
        /** @description The groups to leave, at least one: an empty list is a 400 (code 0) (PluralKit.API/Controllers/v2/GroupMemberControllerV2.cs). */
        GroupRefsRemove: {
            content: {
                "application/json": components["schemas"]["OwnRefList"];
            };
        };
        /** @description Every group the member should be in, each once; an empty list takes the member out of all groups. */
        GroupRefsOverwrite: {
            content: {
                "application/json": components["schemas"]["OwnRefOverwrite"];
            };
        };
        /** @description The members to add, each once and at least one: an empty list is a 400 (code 0) and a member listed twice makes the server fail (PluralKit.API/Controllers/v2/GroupMemberControllerV2.cs). */
        MemberRefs: {
            content: {
                "application/json": components["schemas"]["OwnRefSet"];
            };
        };
        /** @description The members to take out, at least one: an empty list is a 400 (code 0) (PluralKit.API/Controllers/v2/GroupMemberControllerV2.cs). */
        MemberRefsRemove: {
            content: {
                "application/json": components["schemas"]["OwnRefList"];
            };
        };
        /** @description Every member the group should have, each once; an empty list empties the group. */
        MemberRefsOverwrite: {
            content: {
                "application/json": components["schemas"]["OwnRefOverwrite"];
            };
        };
        /** @description The switch's new members, each once: a member listed twice is a 400 with code 40003 (PluralKit.API/Controllers/v2/SwitchControllerV2.cs). An empty list makes it a switch-out. */
        SwitchMemberRefs: {
            content: {
                "application/json": components["schemas"]["RefList"];
            };
        };
    };
    headers: {
        /**
         * @description Requests allowed per second in this request's rate-limit scope.
         * @example 10
         */
        RateLimitLimit: number;
        /**
         * @description Requests left in the current period of that scope.
         * @example 7
         */
        RateLimitRemaining: number;
        /**
         * @description When the scope's period resets, as a Unix timestamp. The docs say milliseconds; the server (and pkapi.js) use seconds. Accept both: a value above 10^11 is in milliseconds.
         * @example 1709633731
         */
        RateLimitReset: number;
        /**
         * @description The rate-limit bucket: `generic_get`, `generic_update` or `message`, or `own_system_get` / `own_system_update` when the target belongs to the token's system.
         * @example generic_get
         */
        RateLimitScope: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getSystem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A system's 5 or 6 letter short ID (any case, a dash is allowed, e.g. `EXM-PL`), its UUID, the snowflake of a Discord account linked to it, or `@me` for the token's own system (401 without a valid token).
                 * @example exmpl
                 */
                systemRef: components["parameters"]["SystemRef"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The system. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Scope": components["headers"]["RateLimitScope"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["System"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateSystem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A system's 5 or 6 letter short ID (any case, a dash is allowed, e.g. `EXM-PL`), its UUID, the snowflake of a Discord account linked to it, or `@me` for the token's own system (401 without a valid token).
                 * @example exmpl
                 */
                systemRef: components["parameters"]["SystemRef"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SystemUpdate"];
            };
        };
        responses: {
            /** @description The updated system. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Scope": components["headers"]["RateLimitScope"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["System"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getSystemSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A system's 5 or 6 letter short ID (any case, a dash is allowed, e.g. `EXM-PL`), its UUID, the snowflake of a Discord account linked to it, or `@me` for the token's own system (401 without a valid token).
                 * @example exmpl
                 */
                systemRef: components["parameters"]["SystemRef"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All settings for the owner, the public subset otherwise. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Scope": components["headers"]["RateLimitScope"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SystemSettings"] | components["schemas"]["PublicSystemSettings"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateSystemSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A system's 5 or 6 letter short ID (any case, a dash is allowed, e.g. `EXM-PL`), its UUID, the snowflake of a Discord account linked to it, or `@me` for the token's own system (401 without a valid token).
                 * @example exmpl
                 */
                systemRef: components["parameters"]["SystemRef"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SystemSettingsUpdate"];
            };
        };
        responses: {
            /** @description The settings after the change. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Scope": components["headers"]["RateLimitScope"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SystemSettings"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getSystemGuildSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The snowflake ID of a Discord server (guild).
                 * @example 466707357099884544
                 */
                guildId: components["parameters"]["GuildId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The system's settings in that server. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Scope": components["headers"]["RateLimitScope"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SystemGuildSettings"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No per-server settings for this system in that server yet (20009). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateSystemGuildSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The snowflake ID of a Discord server (guild).
                 * @example 466707357099884544
                 */
                guildId: components["parameters"]["GuildId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SystemGuildSettingsUpdate"];
            };
        };
        responses: {
            /** @description The settings after the change. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Scope": components["headers"]["RateLimitScope"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SystemGuildSettings"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No per-server settings for this system in that server yet (20009). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getAutoproxySettings: {
        parameters: {
            query?: {
                /**
                 * @description The server to read or change autoproxy in. The docs list it as optional, but without it the API answers 501.
                 * @example 466707357099884544
                 */
                guild_id?: components["parameters"]["AutoproxyGuildId"];
                /** @description Meant for per-channel autoproxy, which is not implemented; sending it gets 501. */
                channel_id?: components["parameters"]["AutoproxyChannelId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The autoproxy state in that server. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Scope": components["headers"]["RateLimitScope"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AutoproxySettings"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No autoproxy record for that server. The server sends this 404 with an empty body (not documented). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    updateAutoproxySettings: {
        parameters: {
            query?: {
                /**
                 * @description The server to read or change autoproxy in. The docs list it as optional, but without it the API answers 501.
                 * @example 466707357099884544
                 */
                guild_id?: components["parameters"]["AutoproxyGuildId"];
                /** @description Meant for per-channel autoproxy, which is not implemented; sending it gets 501. */
                channel_id?: components["parameters"]["AutoproxyChannelId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AutoproxySettingsUpdate"];
            };
        };
        responses: {
            /** @description The autoproxy state after the change. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Scope": components["headers"]["RateLimitScope"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AutoproxySettings"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    listSystemMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A system's 5 or 6 letter short ID (any case, a dash is allowed, e.g. `EXM-PL`), its UUID, the snowflake of a Discord account linked to it, or `@me` for the token's own system (401 without a valid token).
                 * @example exmpl
                 */
                systemRef: components["parameters"]["SystemRef"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The members, in no documented order. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Scope": components["headers"]["RateLimitScope"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description The system keeps its member list private (30001). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createMember: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemberCreate"];
            };
        };
        responses: {
            /** @description The new member, as its owner sees it. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Scope": components["headers"]["RateLimitScope"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A member's 5 or 6 letter short ID (any case, a dash is allowed) or its UUID.
                 * @example qmdzk
                 */
                memberRef: components["parameters"]["MemberRef"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The member. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Scope": components["headers"]["RateLimitScope"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"];
                };
            };
            /** @description No member with that reference (20002). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A member's 5 or 6 letter short ID (any case, a dash is allowed) or its UUID.
                 * @example qmdzk
                 */
                memberRef: components["parameters"]["MemberRef"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The member is gone. */
            204: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Scope": components["headers"]["RateLimitScope"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            /** @description The member belongs to another system (30006). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No member with that reference (20002). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A member's 5 or 6 letter short ID (any case, a dash is allowed) or its UUID.
                 * @example qmdzk
                 */
                memberRef: components["parameters"]["MemberRef"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemberUpdate"];
            };
        };
        responses: {
            /** @description The updated member, as its owner sees it. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Scope": components["headers"]["RateLimitScope"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description The member belongs to another system (30006). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No member with that reference (20002). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listMemberGroups: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A member's 5 or 6 letter short ID (any case, a dash is allowed) or its UUID.
                 * @example qmdzk
                 */
                memberRef: components["parameters"]["MemberRef"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The member's groups. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Scope": components["headers"]["RateLimitScope"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Group"][];
                };
            };
            /** @description The system keeps its group list private (30002). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No member with that reference (20002). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    addMemberGroups: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A member's 5 or 6 letter short ID (any case, a dash is allowed) or its UUID.
                 * @example qmdzk
                 */
                memberRef: components["parameters"]["MemberRef"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["GroupRefs"];
        responses: {
            /** @description The member is in those groups now. */
            204: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Scope": components["headers"]["RateLimitScope"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description The member belongs to another system (30006). The docs add 30009 for a group of another system; the server source answers 404 for it instead. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The member or one of the groups does not exist (20002, 20004). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    removeMemberGroups: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A member's 5 or 6 letter short ID (any case, a dash is allowed) or its UUID.
                 * @example qmdzk
                 */
                memberRef: components["parameters"]["MemberRef"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["GroupRefsRemove"];
        responses: {
            /** @description The member has left those groups. */
            204: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Scope": components["headers"]["RateLimitScope"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description The member belongs to another system (30006). The docs add 30009 for a group of another system; the server source answers 404 for it instead. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The member or one of the groups does not exist (20002, 20005). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    overwriteMemberGroups: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A member's 5 or 6 letter short ID (any case, a dash is allowed) or its UUID.
                 * @example qmdzk
                 */
                memberRef: components["parameters"]["MemberRef"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["GroupRefsOverwrite"];
        responses: {
            /** @description The member is in exactly those groups now. */
            204: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Scope": components["headers"]["RateLimitScope"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description The member belongs to another system (30006). The docs add 30009 for a group of another system; the server source answers 404 for it instead. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The member or one of the groups does not exist (20002, 20005). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getMemberGuildSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A member's 5 or 6 letter short ID (any case, a dash is allowed) or its UUID.
                 * @example qmdzk
                 */
                memberRef: components["parameters"]["MemberRef"];
                /**
                 * @description The snowflake ID of a Discord server (guild).
                 * @example 466707357099884544
                 */
                guildId: components["parameters"]["GuildId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The member's settings in that server. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Scope": components["headers"]["RateLimitScope"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberGuildSettings"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description The member belongs to another system (30006). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such member, or no settings for it in that server yet (20002, 20010). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateMemberGuildSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A member's 5 or 6 letter short ID (any case, a dash is allowed) or its UUID.
                 * @example qmdzk
                 */
                memberRef: components["parameters"]["MemberRef"];
                /**
                 * @description The snowflake ID of a Discord server (guild).
                 * @example 466707357099884544
                 */
                guildId: components["parameters"]["GuildId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemberGuildSettingsUpdate"];
            };
        };
        responses: {
            /** @description The settings after the change. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Scope": components["headers"]["RateLimitScope"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberGuildSettings"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description The member belongs to another system (30006). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such member, or no settings for it in that server yet (20002, 20010). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listSystemGroups: {
        parameters: {
            query?: {
                /**
                 * @description When true, each group carries `members`, the UUIDs of its members (empty for others when the group's member list is private).
                 * @example true
                 */
                with_members?: boolean;
            };
            header?: never;
            path: {
                /**
                 * @description A system's 5 or 6 letter short ID (any case, a dash is allowed, e.g. `EXM-PL`), its UUID, the snowflake of a Discord account linked to it, or `@me` for the token's own system (401 without a valid token).
                 * @example exmpl
                 */
                systemRef: components["parameters"]["SystemRef"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The groups. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Scope": components["headers"]["RateLimitScope"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Group"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description The system keeps its group list private (30002). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createGroup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupCreate"];
            };
        };
        responses: {
            /** @description The new group, as its owner sees it. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Scope": components["headers"]["RateLimitScope"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Group"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A group's 5 or 6 letter short ID (any case, a dash is allowed) or its UUID.
                 * @example gvfhr
                 */
                groupRef: components["parameters"]["GroupRef"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The group. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Scope": components["headers"]["RateLimitScope"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Group"];
                };
            };
            /** @description No group with that reference (20004). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A group's 5 or 6 letter short ID (any case, a dash is allowed) or its UUID.
                 * @example gvfhr
                 */
                groupRef: components["parameters"]["GroupRef"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The group is gone. */
            204: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Scope": components["headers"]["RateLimitScope"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            /** @description The group belongs to another system (30007). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No group with that reference (20004). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A group's 5 or 6 letter short ID (any case, a dash is allowed) or its UUID.
                 * @example gvfhr
                 */
                groupRef: components["parameters"]["GroupRef"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupUpdate"];
            };
        };
        responses: {
            /** @description The updated group, as its owner sees it. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Scope": components["headers"]["RateLimitScope"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Group"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description The group belongs to another system (30007). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No group with that reference (20004). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listGroupMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A group's 5 or 6 letter short ID (any case, a dash is allowed) or its UUID.
                 * @example gvfhr
                 */
                groupRef: components["parameters"]["GroupRef"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The group's members. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Scope": components["headers"]["RateLimitScope"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"][];
                };
            };
            /** @description The group's member list is private (30003). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No group with that reference (20004). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    addGroupMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A group's 5 or 6 letter short ID (any case, a dash is allowed) or its UUID.
                 * @example gvfhr
                 */
                groupRef: components["parameters"]["GroupRef"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["MemberRefs"];
        responses: {
            /** @description Those members are in the group now. */
            204: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Scope": components["headers"]["RateLimitScope"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description The group belongs to another system (30007). The docs add 30008 for a member of another system; the server source answers 404 (20003) for it instead. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The group or one of the members does not exist (20004, 20003). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    removeGroupMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A group's 5 or 6 letter short ID (any case, a dash is allowed) or its UUID.
                 * @example gvfhr
                 */
                groupRef: components["parameters"]["GroupRef"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["MemberRefsRemove"];
        responses: {
            /** @description Those members have left the group. */
            204: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Scope": components["headers"]["RateLimitScope"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description The group belongs to another system (30007). The docs add 30008 for a member of another system; the server source answers 404 (20003) for it instead. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The group or one of the members does not exist (20004, 20003). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    overwriteGroupMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A group's 5 or 6 letter short ID (any case, a dash is allowed) or its UUID.
                 * @example gvfhr
                 */
                groupRef: components["parameters"]["GroupRef"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["MemberRefsOverwrite"];
        responses: {
            /** @description The group holds exactly those members now. */
            204: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Scope": components["headers"]["RateLimitScope"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description The group belongs to another system (30007). The docs add 30008 for a member of another system; the server source answers 404 (20003) for it instead. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The group or one of the members does not exist (20004, 20003). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listSystemSwitches: {
        parameters: {
            query?: {
                /**
                 * @description Return only switches strictly older than this moment, in UTC with a `Z`: the server binds it to a NodaTime `Instant`, whose extended ISO pattern takes no other offset (SwitchControllerV2.cs).
                 * @example 2024-03-05T10:15:30.123456Z
                 */
                before?: string;
                /**
                 * @description How many switches to return (default 100). The server caps a larger value at 100 and fails on a negative one (SwitchControllerV2.cs).
                 * @example 25
                 */
                limit?: number;
            };
            header?: never;
            path: {
                /**
                 * @description A system's 5 or 6 letter short ID (any case, a dash is allowed, e.g. `EXM-PL`), its UUID, the snowflake of a Discord account linked to it, or `@me` for the token's own system (401 without a valid token).
                 * @example exmpl
                 */
                systemRef: components["parameters"]["SystemRef"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The switches, newest first. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Scope": components["headers"]["RateLimitScope"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SwitchWithIds"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description The system keeps its front history private (30005). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createSwitch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A system's 5 or 6 letter short ID (any case, a dash is allowed, e.g. `EXM-PL`), its UUID, the snowflake of a Discord account linked to it, or `@me` for the token's own system (401 without a valid token).
                 * @example exmpl
                 */
                systemRef: components["parameters"]["SystemRef"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SwitchCreate"];
            };
        };
        responses: {
            /** @description The new switch with its members in full. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Scope": components["headers"]["RateLimitScope"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SwitchWithMembers"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description Not the token's system (code 0). The docs add 30008 for a member of another system; the server matches members by exact short ID or UUID among its own (SwitchControllerV2.cs) and answers 404 (20003) instead. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The system or one of the members does not exist (20001, 20003). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getSystemFronters: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A system's 5 or 6 letter short ID (any case, a dash is allowed, e.g. `EXM-PL`), its UUID, the snowflake of a Discord account linked to it, or `@me` for the token's own system (401 without a valid token).
                 * @example exmpl
                 */
                systemRef: components["parameters"]["SystemRef"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The latest switch. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Scope": components["headers"]["RateLimitScope"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SwitchWithMembers"];
                };
            };
            /** @description The system has no switches yet. */
            204: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Scope": components["headers"]["RateLimitScope"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            /** @description The system keeps its current fronters private (30004). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getSwitch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A system's 5 or 6 letter short ID (any case, a dash is allowed, e.g. `EXM-PL`), its UUID, the snowflake of a Discord account linked to it, or `@me` for the token's own system (401 without a valid token).
                 * @example exmpl
                 */
                systemRef: components["parameters"]["SystemRef"];
                /**
                 * @description A switch's UUID; switches have no short ID.
                 * @example e1a8c5a4-0c2c-4f6f-9a53-5b1f0f1d2a3b
                 */
                switchRef: components["parameters"]["SwitchRef"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The switch with its members in full. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Scope": components["headers"]["RateLimitScope"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SwitchWithMembers"];
                };
            };
            400: components["responses"]["BadRequest"];
            /** @description No such switch, or not visible to this caller (20007, 20008). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteSwitch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A system's 5 or 6 letter short ID (any case, a dash is allowed, e.g. `EXM-PL`), its UUID, the snowflake of a Discord account linked to it, or `@me` for the token's own system (401 without a valid token).
                 * @example exmpl
                 */
                systemRef: components["parameters"]["SystemRef"];
                /**
                 * @description A switch's UUID; switches have no short ID.
                 * @example e1a8c5a4-0c2c-4f6f-9a53-5b1f0f1d2a3b
                 */
                switchRef: components["parameters"]["SwitchRef"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The switch is gone. */
            204: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Scope": components["headers"]["RateLimitScope"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No such switch, or it belongs to another system (20007, 20008). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateSwitch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A system's 5 or 6 letter short ID (any case, a dash is allowed, e.g. `EXM-PL`), its UUID, the snowflake of a Discord account linked to it, or `@me` for the token's own system (401 without a valid token).
                 * @example exmpl
                 */
                systemRef: components["parameters"]["SystemRef"];
                /**
                 * @description A switch's UUID; switches have no short ID.
                 * @example e1a8c5a4-0c2c-4f6f-9a53-5b1f0f1d2a3b
                 */
                switchRef: components["parameters"]["SwitchRef"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SwitchUpdate"];
            };
        };
        responses: {
            /** @description The switch after the change. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Scope": components["headers"]["RateLimitScope"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SwitchWithMembers"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No such switch, or it belongs to another system (20007, 20008). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateSwitchMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A system's 5 or 6 letter short ID (any case, a dash is allowed, e.g. `EXM-PL`), its UUID, the snowflake of a Discord account linked to it, or `@me` for the token's own system (401 without a valid token).
                 * @example exmpl
                 */
                systemRef: components["parameters"]["SystemRef"];
                /**
                 * @description A switch's UUID; switches have no short ID.
                 * @example e1a8c5a4-0c2c-4f6f-9a53-5b1f0f1d2a3b
                 */
                switchRef: components["parameters"]["SwitchRef"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["SwitchMemberRefs"];
        responses: {
            /** @description The switch after the change. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Scope": components["headers"]["RateLimitScope"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SwitchWithMembers"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description A member belongs to another system (30008). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such switch, or one of the members does not exist (20007, 20003). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The snowflake ID of the proxied (webhook) message, or of the message that triggered the proxy; the latter works only for about 30 minutes after it was sent.
                 * @example 1214530148735537152
                 */
                messageRef: components["parameters"]["MessageRef"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The proxied message. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "X-RateLimit-Scope": components["headers"]["RateLimitScope"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            /** @description PluralKit did not proxy that message, or the lookup came too late (20006). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
}
