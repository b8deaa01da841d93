// Generated from specs/pluralkit/openapi.yaml by @api-clients/codegen. Do not edit: run `pnpm generate`.

export interface paths {
    "/systems/{systemRef}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A system's 5 or 6 letter short ID (any case, dashes allowed), its UUID, the ID of a linked Discord account, or `@me` for the system the token belongs to.
                 * @example exmpl
                 */
                systemRef: components["parameters"]["SystemRef"];
            };
            cookie?: never;
        };
        /**
         * Get a system
         * @description Private fields are `null` unless the token belongs to this system.
         */
        get: operations["getSystem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update a system */
        patch: operations["updateSystem"];
        trace?: never;
    };
    "/systems/{systemRef}/settings": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A system's 5 or 6 letter short ID (any case, dashes allowed), its UUID, the ID of a linked Discord account, or `@me` for the system the token belongs to.
                 * @example exmpl
                 */
                systemRef: components["parameters"]["SystemRef"];
            };
            cookie?: never;
        };
        /**
         * Get a system's settings
         * @description The owner gets every setting; anyone else gets the public subset.
         */
        get: operations["getSystemSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update a system's settings */
        patch: operations["updateSystemSettings"];
        trace?: never;
    };
    "/systems/@me/guilds/{guildId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A Discord server (guild) ID. */
                guildId: components["parameters"]["GuildId"];
            };
            cookie?: never;
        };
        /**
         * Get the system's settings in a server
         * @description 404 (20009) until the system has changed a setting in that server through the bot.
         */
        get: operations["getSystemGuildSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update the system's settings in a server */
        patch: operations["updateSystemGuildSettings"];
        trace?: never;
    };
    "/systems/@me/autoproxy": {
        parameters: {
            query?: {
                /** @description The server whose autoproxy settings to read or change. The docs call it optional, but the API answers 501 without it (only per-server autoproxy is implemented). */
                guild_id?: components["parameters"]["AutoproxyGuildId"];
                /** @description Reserved for per-channel autoproxy, which the API does not implement yet (501). */
                channel_id?: components["parameters"]["AutoproxyChannelId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get autoproxy settings in a server */
        get: operations["getAutoproxySettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update autoproxy settings in a server */
        patch: operations["updateAutoproxySettings"];
        trace?: never;
    };
    "/systems/{systemRef}/members": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A system's 5 or 6 letter short ID (any case, dashes allowed), its UUID, the ID of a linked Discord account, or `@me` for the system the token belongs to.
                 * @example exmpl
                 */
                systemRef: components["parameters"]["SystemRef"];
            };
            cookie?: never;
        };
        /**
         * List a system's members
         * @description Others do not see members whose visibility is private; 403 (30001) when the list itself is private.
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
         * @description Creates a member in the token's system. 400 with code 40007 when the member limit is reached (undocumented).
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
                 * @description A member's short ID (any case, dashes allowed) or UUID.
                 * @example mbrab
                 */
                memberRef: components["parameters"]["MemberRef"];
            };
            cookie?: never;
        };
        /** Get a member */
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
                 * @description A member's short ID (any case, dashes allowed) or UUID.
                 * @example mbrab
                 */
                memberRef: components["parameters"]["MemberRef"];
            };
            cookie?: never;
        };
        /** List the groups a member is in */
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
                 * @description A member's short ID (any case, dashes allowed) or UUID.
                 * @example mbrab
                 */
                memberRef: components["parameters"]["MemberRef"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a member to groups
         * @description The list must not be empty (400).
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
                 * @description A member's short ID (any case, dashes allowed) or UUID.
                 * @example mbrab
                 */
                memberRef: components["parameters"]["MemberRef"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove a member from groups
         * @description The list must not be empty (400); to leave every group, overwrite with an empty list.
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
                 * @description A member's short ID (any case, dashes allowed) or UUID.
                 * @example mbrab
                 */
                memberRef: components["parameters"]["MemberRef"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set exactly the groups a member is in
         * @description An empty list removes the member from every group.
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
                 * @description A member's short ID (any case, dashes allowed) or UUID.
                 * @example mbrab
                 */
                memberRef: components["parameters"]["MemberRef"];
                /** @description A Discord server (guild) ID. */
                guildId: components["parameters"]["GuildId"];
            };
            cookie?: never;
        };
        /**
         * Get a member's settings in a server
         * @description 404 (20010) until the member has a setting in that server.
         */
        get: operations["getMemberGuildSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update a member's settings in a server */
        patch: operations["updateMemberGuildSettings"];
        trace?: never;
    };
    "/systems/{systemRef}/groups": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A system's 5 or 6 letter short ID (any case, dashes allowed), its UUID, the ID of a linked Discord account, or `@me` for the system the token belongs to.
                 * @example exmpl
                 */
                systemRef: components["parameters"]["SystemRef"];
            };
            cookie?: never;
        };
        /** List a system's groups */
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
         * @description Creates a group in the token's system. 400 with code 40008 when the group limit is reached (undocumented).
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
                 * @description A group's short ID (any case, dashes allowed) or UUID.
                 * @example grpab
                 */
                groupRef: components["parameters"]["GroupRef"];
            };
            cookie?: never;
        };
        /** Get a group */
        get: operations["getGroup"];
        put?: never;
        post?: never;
        /** Delete a group */
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
                 * @description A group's short ID (any case, dashes allowed) or UUID.
                 * @example grpab
                 */
                groupRef: components["parameters"]["GroupRef"];
            };
            cookie?: never;
        };
        /** List a group's members */
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
                 * @description A group's short ID (any case, dashes allowed) or UUID.
                 * @example grpab
                 */
                groupRef: components["parameters"]["GroupRef"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add members to a group
         * @description The list must not be empty (400).
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
                 * @description A group's short ID (any case, dashes allowed) or UUID.
                 * @example grpab
                 */
                groupRef: components["parameters"]["GroupRef"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove members from a group
         * @description The list must not be empty (400); to empty a group, overwrite with an empty list.
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
                 * @description A group's short ID (any case, dashes allowed) or UUID.
                 * @example grpab
                 */
                groupRef: components["parameters"]["GroupRef"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set exactly a group's members
         * @description An empty list empties the group.
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
                 * @description A system's 5 or 6 letter short ID (any case, dashes allowed), its UUID, the ID of a linked Discord account, or `@me` for the system the token belongs to.
                 * @example exmpl
                 */
                systemRef: components["parameters"]["SystemRef"];
            };
            cookie?: never;
        };
        /**
         * List a system's switches
         * @description Newest first, at most 100, each strictly before `before` (default now). The docs call the answer "a switch object"; it is a JSON array of switches whose `members` are short IDs. Page backwards by passing the last switch's timestamp as `before`.
         */
        get: operations["listSystemSwitches"];
        put?: never;
        /**
         * Record a switch
         * @description 400 with 40003 for duplicate members, 40004 when the members equal the current fronters, 40005 when a switch already has that timestamp.
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
                 * @description A system's 5 or 6 letter short ID (any case, dashes allowed), its UUID, the ID of a linked Discord account, or `@me` for the system the token belongs to.
                 * @example exmpl
                 */
                systemRef: components["parameters"]["SystemRef"];
            };
            cookie?: never;
        };
        /**
         * Get the current fronters
         * @description The latest switch with full members; 204 when the system has no switch yet.
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
                 * @description A system's 5 or 6 letter short ID (any case, dashes allowed), its UUID, the ID of a linked Discord account, or `@me` for the system the token belongs to.
                 * @example exmpl
                 */
                systemRef: components["parameters"]["SystemRef"];
                /**
                 * @description A switch's UUID (switches have no short ID).
                 * @example e1a8c5a4-0c2c-4f6f-9a53-5b1f0f1d2a3b
                 */
                switchRef: components["parameters"]["SwitchRef"];
            };
            cookie?: never;
        };
        /**
         * Get a switch
         * @description 404 with 20008 when the switch is not this system's or its history is private; the server's front layer answers 20007 for an unknown UUID.
         */
        get: operations["getSwitch"];
        put?: never;
        post?: never;
        /** Delete a switch */
        delete: operations["deleteSwitch"];
        options?: never;
        head?: never;
        /** Move a switch in time */
        patch: operations["updateSwitch"];
        trace?: never;
    };
    "/systems/{systemRef}/switches/{switchRef}/members": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A system's 5 or 6 letter short ID (any case, dashes allowed), its UUID, the ID of a linked Discord account, or `@me` for the system the token belongs to.
                 * @example exmpl
                 */
                systemRef: components["parameters"]["SystemRef"];
                /**
                 * @description A switch's UUID (switches have no short ID).
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
        /** Change a switch's members */
        patch: operations["updateSwitchMembers"];
        trace?: never;
    };
    "/messages/{messageRef}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of a proxied message, or of the message that triggered the proxy (the latter only works for about 30 minutes after it was sent). */
                messageRef: components["parameters"]["MessageRef"];
            };
            cookie?: never;
        };
        /**
         * Look up a proxied message
         * @description Counts against its own rate-limit scope (`message`). The owner's token reveals private fields of the system and member.
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
        /**
         * @description A Discord ID, as a string of digits (it does not fit in a JavaScript number).
         * @example 466707357099884544
         */
        Snowflake: string;
        /** @description A five or six letter ID, lowercase and without dashes in responses. */
        ShortId: string;
        /** Format: uuid */
        Uuid: string;
        /**
         * @description Whether a piece of information is shown to others. On PATCH, `null` means public and an empty string means private.
         * @enum {string}
         */
        PrivacyValue: "public" | "private";
        /**
         * @description A privacy value as written in a request; `null` sets public, `""` sets private.
         * @enum {string|null}
         */
        PrivacyInput: "public" | "private" | "" | null;
        /** @description PluralKit's error body. */
        Error: {
            /** @description 0 for generic errors (with the HTTP status), 2000x not found, 3000x forbidden, 4000x bad request (40007 member limit and 40008 group limit are undocumented), 50001 unimplemented. */
            code: number;
            message: string;
            /** @description For code 40001, the problems per request key. */
            errors?: {
                [key: string]: components["schemas"]["ErrorObject"][];
            };
            /** @description On 429, milliseconds until a request may succeed. */
            retry_after?: number;
            /** @description On 429, the rate-limit scope that was exceeded (sent by the server, undocumented). */
            scope?: string;
        };
        ErrorObject: {
            message: string;
            max_length?: number;
            actual_length?: number;
        };
        /** @description Who sees each part of a system. Only the owner sees this object; others get `null`. */
        SystemPrivacy: {
            name_privacy?: components["schemas"]["PrivacyValue"];
            avatar_privacy?: components["schemas"]["PrivacyValue"];
            description_privacy?: components["schemas"]["PrivacyValue"];
            banner_privacy?: components["schemas"]["PrivacyValue"];
            pronoun_privacy?: components["schemas"]["PrivacyValue"];
            member_list_privacy?: components["schemas"]["PrivacyValue"];
            group_list_privacy?: components["schemas"]["PrivacyValue"];
            front_privacy?: components["schemas"]["PrivacyValue"];
            front_history_privacy?: components["schemas"]["PrivacyValue"];
        };
        /** @description A system. Private fields are `null` for anyone but the owner. */
        System: {
            id: components["schemas"]["ShortId"];
            uuid: components["schemas"]["Uuid"];
            name: string | null;
            description: string | null;
            /** @description Appended to proxied member names. */
            tag: string | null;
            pronouns: string | null;
            avatar_url: string | null;
            banner: string | null;
            color: string | null;
            /** Format: date-time */
            readonly created: string;
            /** @description The dispatch webhook. Sent to the owner only (undocumented); the key is absent for others. */
            readonly webhook_url?: string | null;
            privacy: components["schemas"]["SystemPrivacy"] | null;
        };
        SystemPrivacyUpdate: {
            name_privacy?: components["schemas"]["PrivacyInput"];
            avatar_privacy?: components["schemas"]["PrivacyInput"];
            description_privacy?: components["schemas"]["PrivacyInput"];
            banner_privacy?: components["schemas"]["PrivacyInput"];
            pronoun_privacy?: components["schemas"]["PrivacyInput"];
            member_list_privacy?: components["schemas"]["PrivacyInput"];
            group_list_privacy?: components["schemas"]["PrivacyInput"];
            front_privacy?: components["schemas"]["PrivacyInput"];
            front_history_privacy?: components["schemas"]["PrivacyInput"];
        };
        /** @description Keys to change; missing keys are kept, `null` or `""` clears a field. Unknown keys are ignored. */
        SystemUpdate: {
            name?: string | null;
            description?: string | null;
            tag?: string | null;
            pronouns?: string | null;
            avatar_url?: string | null;
            banner?: string | null;
            color?: string | null;
            privacy?: components["schemas"]["SystemPrivacyUpdate"];
        };
        /**
         * @description How five letter IDs are padded in lists.
         * @enum {string}
         */
        IdPadding: "off" | "left" | "right";
        /**
         * @description What a proxied message does to the current switch.
         * @enum {string}
         */
        ProxySwitch: "off" | "new" | "add";
        /** @description The settings anyone may see. */
        PublicSystemSettings: {
            pings_enabled: boolean;
            /** @description Seconds; `null` is the 6 hour default and 0 never expires. */
            latch_timeout: number | null;
            case_sensitive_proxy_tags: boolean;
            proxy_error_message_enabled: boolean;
            hid_display_split: boolean;
            hid_display_caps: boolean;
            hid_list_padding: components["schemas"]["IdPadding"];
            proxy_switch: components["schemas"]["ProxySwitch"];
            /** @description Defaults to `{name} {tag}`. */
            name_format: string;
        };
        /** @description The owner's view of the settings. */
        SystemSettings: components["schemas"]["PublicSystemSettings"] & {
            /** @description A tz database zone ID; defaults to `UTC`. */
            timezone: string;
            /** @description Does not apply to members created through the API. */
            member_default_private: boolean;
            /** @description Does not apply to groups created through the API. */
            group_default_private: boolean;
            show_private_info: boolean;
            readonly member_limit: number;
            readonly group_limit: number;
            /** @description Undocumented; present in the server's answers. */
            description_templates?: string[];
            /** @description Undocumented; only in PATCH answers. */
            card_show_color_hex?: boolean;
        };
        /** @description Settings to change. `show_private_info` and `hid_list_padding` are read but ignored by PATCH; an unknown `proxy_switch` value becomes `off`. */
        SystemSettingsUpdate: {
            timezone?: string;
            pings_enabled?: boolean;
            latch_timeout?: number | null;
            member_default_private?: boolean;
            group_default_private?: boolean;
            show_private_info?: boolean;
            case_sensitive_proxy_tags?: boolean;
            proxy_error_message_enabled?: boolean;
            hid_display_split?: boolean;
            hid_display_caps?: boolean;
            hid_list_padding?: components["schemas"]["IdPadding"];
            proxy_switch?: string;
            name_format?: string | null;
            description_templates?: string[];
            card_show_color_hex?: boolean;
        };
        /** @description The system's settings in one Discord server. */
        SystemGuildSettings: {
            guild_id?: components["schemas"]["Snowflake"];
            proxying_enabled: boolean;
            tag: string | null;
            tag_enabled: boolean;
            avatar_url: string | null;
            display_name: string | null;
            /** @description Undocumented; returned and settable. */
            name_format?: string | null;
        };
        SystemGuildSettingsUpdate: {
            /** @description `null` is ignored. */
            proxying_enabled?: boolean | null;
            tag?: string | null;
            tag_enabled?: boolean;
            avatar_url?: string | null;
            display_name?: string | null;
            name_format?: string | null;
        };
        /**
         * @description `off`; `front`: the first current fronter; `latch`: the last member who proxied in the server; `member`: the member in `autoproxy_member`.
         * @enum {string}
         */
        AutoproxyMode: "off" | "front" | "latch" | "member";
        AutoproxySettings: {
            guild_id?: components["schemas"]["Snowflake"];
            channel_id?: components["schemas"]["Snowflake"];
            autoproxy_mode: components["schemas"]["AutoproxyMode"];
            /** @description The member's short ID. */
            autoproxy_member: string | null;
            /** Format: date-time */
            readonly last_latch_timestamp: string | null;
        };
        AutoproxySettingsUpdate: {
            /**
             * @description `null` sets `off`.
             * @enum {string|null}
             */
            autoproxy_mode?: "off" | "front" | "latch" | "member" | null;
            /** @description A member short ID or UUID; must be `null` in `front` mode and set in `member` mode. */
            autoproxy_member?: string | null;
        };
        /** @description Text around a message that proxies it. `prefix + "text" + suffix` may be at most 100 characters. */
        ProxyTag: {
            prefix?: string | null;
            suffix?: string | null;
        };
        /** @description Who sees each part of a member. Only the owner sees this object. */
        MemberPrivacy: {
            visibility?: components["schemas"]["PrivacyValue"];
            name_privacy?: components["schemas"]["PrivacyValue"];
            description_privacy?: components["schemas"]["PrivacyValue"];
            banner_privacy?: components["schemas"]["PrivacyValue"];
            birthday_privacy?: components["schemas"]["PrivacyValue"];
            pronoun_privacy?: components["schemas"]["PrivacyValue"];
            avatar_privacy?: components["schemas"]["PrivacyValue"];
            metadata_privacy?: components["schemas"]["PrivacyValue"];
            proxy_privacy?: components["schemas"]["PrivacyValue"];
        };
        /** @description A member. Private fields are `null` for anyone but the owner (a private name shows `display_name` instead). `system` is in every member answer except inside a message (the docs say only the single-member endpoint). */
        Member: {
            id: components["schemas"]["ShortId"];
            uuid: components["schemas"]["Uuid"];
            system?: components["schemas"]["ShortId"];
            name: string;
            display_name: string | null;
            color: string | null;
            /**
             * Format: date
             * @description `YYYY-MM-DD`; year 0004 (or 0001 in old data) hides the year.
             */
            birthday: string | null;
            pronouns: string | null;
            avatar_url: string | null;
            webhook_avatar_url: string | null;
            banner: string | null;
            description: string | null;
            /** Format: date-time */
            readonly created: string | null;
            keep_proxy: boolean;
            tts: boolean;
            /** @description Owner only; not settable through the API. */
            readonly autoproxy_enabled: boolean | null;
            readonly message_count: number | null;
            /** Format: date-time */
            readonly last_message_timestamp: string | null;
            /** @description Empty for others when the member's proxy tags are private. */
            proxy_tags: components["schemas"]["ProxyTag"][];
            privacy: components["schemas"]["MemberPrivacy"] | null;
        };
        MemberPrivacyUpdate: {
            visibility?: components["schemas"]["PrivacyInput"];
            name_privacy?: components["schemas"]["PrivacyInput"];
            description_privacy?: components["schemas"]["PrivacyInput"];
            banner_privacy?: components["schemas"]["PrivacyInput"];
            birthday_privacy?: components["schemas"]["PrivacyInput"];
            pronoun_privacy?: components["schemas"]["PrivacyInput"];
            avatar_privacy?: components["schemas"]["PrivacyInput"];
            metadata_privacy?: components["schemas"]["PrivacyInput"];
            proxy_privacy?: components["schemas"]["PrivacyInput"];
        };
        /** @description The member keys a request may set. */
        MemberFields: {
            display_name?: string | null;
            color?: string | null;
            birthday?: string | null;
            pronouns?: string | null;
            avatar_url?: string | null;
            webhook_avatar_url?: string | null;
            banner?: string | null;
            description?: string | null;
            keep_proxy?: boolean;
            tts?: boolean;
            proxy_tags?: components["schemas"]["ProxyTag"][];
            privacy?: components["schemas"]["MemberPrivacyUpdate"];
        };
        /** @description A new member. Keys left out are empty; the system's default privacy does not apply. */
        MemberCreate: components["schemas"]["MemberFields"] & {
            name: string;
        };
        /** @description Keys to change; at least one. `name` cannot be cleared. */
        MemberUpdate: components["schemas"]["MemberFields"] & {
            name?: string;
        };
        /** @description A member's overrides in one Discord server. */
        MemberGuildSettings: {
            guild_id?: components["schemas"]["Snowflake"];
            display_name: string | null;
            avatar_url: string | null;
            keep_proxy: boolean | null;
        };
        MemberGuildSettingsUpdate: {
            display_name?: string | null;
            avatar_url?: string | null;
            keep_proxy?: boolean | null;
        };
        /** @description Who sees each part of a group. Only the owner sees this object. */
        GroupPrivacy: {
            name_privacy?: components["schemas"]["PrivacyValue"];
            description_privacy?: components["schemas"]["PrivacyValue"];
            banner_privacy?: components["schemas"]["PrivacyValue"];
            icon_privacy?: components["schemas"]["PrivacyValue"];
            list_privacy?: components["schemas"]["PrivacyValue"];
            metadata_privacy?: components["schemas"]["PrivacyValue"];
            visibility?: components["schemas"]["PrivacyValue"];
        };
        /** @description A group of members. `members` appears only when listing with `with_members=true`. */
        Group: {
            id: components["schemas"]["ShortId"];
            uuid: components["schemas"]["Uuid"];
            name: string;
            system?: components["schemas"]["ShortId"];
            display_name: string | null;
            description: string | null;
            icon: string | null;
            banner: string | null;
            color: string | null;
            /** Format: date-time */
            readonly created: string | null;
            /** @description Member UUIDs (only with `with_members=true`). */
            readonly members?: string[];
            privacy: components["schemas"]["GroupPrivacy"] | null;
        };
        GroupPrivacyUpdate: {
            name_privacy?: components["schemas"]["PrivacyInput"];
            description_privacy?: components["schemas"]["PrivacyInput"];
            banner_privacy?: components["schemas"]["PrivacyInput"];
            icon_privacy?: components["schemas"]["PrivacyInput"];
            list_privacy?: components["schemas"]["PrivacyInput"];
            metadata_privacy?: components["schemas"]["PrivacyInput"];
            visibility?: components["schemas"]["PrivacyInput"];
        };
        /** @description The group keys a request may set. */
        GroupFields: {
            display_name?: string | null;
            description?: string | null;
            icon?: string | null;
            banner?: string | null;
            color?: string | null;
            privacy?: components["schemas"]["GroupPrivacyUpdate"];
        };
        /** @description A new group. */
        GroupCreate: components["schemas"]["GroupFields"] & {
            name: string;
        };
        /** @description Keys to change; at least one. `name` cannot be cleared. */
        GroupUpdate: components["schemas"]["GroupFields"] & {
            name?: string;
        };
        /** @description Short IDs or UUIDs. */
        RefList: string[];
        /** @description A switch as the switch list gives it, with member short IDs. */
        SwitchWithIds: {
            id: components["schemas"]["Uuid"];
            /** Format: date-time */
            timestamp: string;
            members: string[];
        };
        /** @description A switch with full member objects. */
        SwitchWithMembers: {
            id: components["schemas"]["Uuid"];
            /** Format: date-time */
            timestamp: string;
            members: components["schemas"]["Member"][];
        };
        SwitchCreate: {
            /**
             * Format: date-time
             * @description Defaults to now.
             */
            timestamp?: string;
            /** @description The new fronters; an empty list records a switch-out. */
            members: components["schemas"]["RefList"];
        };
        SwitchUpdate: {
            /** Format: date-time */
            timestamp: string;
        };
        /** @description A message PluralKit proxied. */
        Message: {
            /**
             * Format: date-time
             * @description Taken from the message ID; no fraction.
             */
            timestamp: string;
            id: components["schemas"]["Snowflake"];
            original: components["schemas"]["Snowflake"];
            sender: components["schemas"]["Snowflake"];
            channel: components["schemas"]["Snowflake"];
            /** @description The server; the server's source allows `null`. */
            guild: components["schemas"]["Snowflake"] | null;
            /** @description `null` when the member was deleted. */
            system: components["schemas"]["System"] | null;
            /** @description `null` when the member was deleted. */
            member: components["schemas"]["Member"] | null;
        };
    };
    responses: {
        /** @description Invalid request. Code 0 for malformed JSON or an empty PATCH; 40001 with per-key details under `errors` for model errors; 4000x for switch and limit rules. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No valid token where the endpoint needs the owning system. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The token's system does not own the target, or the target system keeps this list private (3000x codes). Code 0 is also used when access to the API is blocked. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The system, member, group, switch, message or guild settings do not exist (2000x codes). */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Over the rate limit of this request's scope. `retry_after` is the wait in milliseconds; the server also sends `scope`, which the docs do not mention. */
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
        /** @description Autoproxy settings without `guild_id`, or with `channel_id`, are not implemented. */
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
         * @description A system's 5 or 6 letter short ID (any case, dashes allowed), its UUID, the ID of a linked Discord account, or `@me` for the system the token belongs to.
         * @example exmpl
         */
        SystemRef: string;
        /**
         * @description A member's short ID (any case, dashes allowed) or UUID.
         * @example mbrab
         */
        MemberRef: string;
        /**
         * @description A group's short ID (any case, dashes allowed) or UUID.
         * @example grpab
         */
        GroupRef: string;
        /**
         * @description A switch's UUID (switches have no short ID).
         * @example e1a8c5a4-0c2c-4f6f-9a53-5b1f0f1d2a3b
         */
        SwitchRef: string;
        /** @description A Discord server (guild) ID. */
        GuildId: components["schemas"]["Snowflake"];
        /** @description The ID of a proxied message, or of the message that triggered the proxy (the latter only works for about 30 minutes after it was sent). */
        MessageRef: components["schemas"]["Snowflake"];
        /** @description The server whose autoproxy settings to read or change. The docs call it optional, but the API answers 501 without it (only per-server autoproxy is implemented). */
        AutoproxyGuildId: components["schemas"]["Snowflake"];
        /** @description Reserved for per-channel autoproxy, which the API does not implement yet (501). */
        AutoproxyChannelId: components["schemas"]["Snowflake"];
    };
    requestBodies: {
        /** @description Group short IDs or UUIDs. */
        GroupRefs: {
            content: {
                "application/json": components["schemas"]["RefList"];
            };
        };
        /** @description Member short IDs or UUIDs. */
        MemberRefs: {
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
         * @description Requests left in the current period.
         * @example 0
         */
        RateLimitRemaining: number;
        /**
         * @description When the period resets. The docs say Unix milliseconds, but the server sends Unix seconds; clients should accept both (values above 10^11 are milliseconds).
         * @example 1709633731
         */
        RateLimitReset: number;
        /**
         * @description The rate-limit bucket: `generic_get`, `generic_update`, `message`, or `own_system_get` / `own_system_update` when the target belongs to the token's system.
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
                 * @description A system's 5 or 6 letter short ID (any case, dashes allowed), its UUID, the ID of a linked Discord account, or `@me` for the system the token belongs to.
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
                 * @description A system's 5 or 6 letter short ID (any case, dashes allowed), its UUID, the ID of a linked Discord account, or `@me` for the system the token belongs to.
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
                 * @description A system's 5 or 6 letter short ID (any case, dashes allowed), its UUID, the ID of a linked Discord account, or `@me` for the system the token belongs to.
                 * @example exmpl
                 */
                systemRef: components["parameters"]["SystemRef"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The settings. */
            200: {
                headers: {
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
                 * @description A system's 5 or 6 letter short ID (any case, dashes allowed), its UUID, the ID of a linked Discord account, or `@me` for the system the token belongs to.
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
            /** @description The updated settings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SystemSettings"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getSystemGuildSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A Discord server (guild) ID. */
                guildId: components["parameters"]["GuildId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The settings in that server. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SystemGuildSettings"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No settings for this server yet (20009). */
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
                /** @description A Discord server (guild) ID. */
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
            /** @description The updated settings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SystemGuildSettings"];
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
    getAutoproxySettings: {
        parameters: {
            query?: {
                /** @description The server whose autoproxy settings to read or change. The docs call it optional, but the API answers 501 without it (only per-server autoproxy is implemented). */
                guild_id?: components["parameters"]["AutoproxyGuildId"];
                /** @description Reserved for per-channel autoproxy, which the API does not implement yet (501). */
                channel_id?: components["parameters"]["AutoproxyChannelId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The autoproxy settings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AutoproxySettings"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No autoproxy settings for that server (the server sends an empty body). */
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
                /** @description The server whose autoproxy settings to read or change. The docs call it optional, but the API answers 501 without it (only per-server autoproxy is implemented). */
                guild_id?: components["parameters"]["AutoproxyGuildId"];
                /** @description Reserved for per-channel autoproxy, which the API does not implement yet (501). */
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
            /** @description The updated settings. */
            200: {
                headers: {
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
                 * @description A system's 5 or 6 letter short ID (any case, dashes allowed), its UUID, the ID of a linked Discord account, or `@me` for the system the token belongs to.
                 * @example exmpl
                 */
                systemRef: components["parameters"]["SystemRef"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The members. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description The member list is private (30001). */
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
            /** @description The new member. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
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
                 * @description A member's short ID (any case, dashes allowed) or UUID.
                 * @example mbrab
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
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"];
                };
            };
            404: components["responses"]["NotFound"];
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
                 * @description A member's short ID (any case, dashes allowed) or UUID.
                 * @example mbrab
                 */
                memberRef: components["parameters"]["MemberRef"];
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
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
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
                 * @description A member's short ID (any case, dashes allowed) or UUID.
                 * @example mbrab
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
            /** @description The updated member. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"];
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
    listMemberGroups: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A member's short ID (any case, dashes allowed) or UUID.
                 * @example mbrab
                 */
                memberRef: components["parameters"]["MemberRef"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The groups. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Group"][];
                };
            };
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
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
                 * @description A member's short ID (any case, dashes allowed) or UUID.
                 * @example mbrab
                 */
                memberRef: components["parameters"]["MemberRef"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["GroupRefs"];
        responses: {
            /** @description Added. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
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
                 * @description A member's short ID (any case, dashes allowed) or UUID.
                 * @example mbrab
                 */
                memberRef: components["parameters"]["MemberRef"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["GroupRefs"];
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
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
                 * @description A member's short ID (any case, dashes allowed) or UUID.
                 * @example mbrab
                 */
                memberRef: components["parameters"]["MemberRef"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["GroupRefs"];
        responses: {
            /** @description Replaced. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
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
                 * @description A member's short ID (any case, dashes allowed) or UUID.
                 * @example mbrab
                 */
                memberRef: components["parameters"]["MemberRef"];
                /** @description A Discord server (guild) ID. */
                guildId: components["parameters"]["GuildId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The member's settings in that server. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberGuildSettings"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
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
                 * @description A member's short ID (any case, dashes allowed) or UUID.
                 * @example mbrab
                 */
                memberRef: components["parameters"]["MemberRef"];
                /** @description A Discord server (guild) ID. */
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
            /** @description The updated settings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberGuildSettings"];
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
    listSystemGroups: {
        parameters: {
            query?: {
                /** @description Add each group's member UUIDs as `members`. */
                with_members?: boolean;
            };
            header?: never;
            path: {
                /**
                 * @description A system's 5 or 6 letter short ID (any case, dashes allowed), its UUID, the ID of a linked Discord account, or `@me` for the system the token belongs to.
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
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Group"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
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
            /** @description The new group. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Group"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
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
                 * @description A group's short ID (any case, dashes allowed) or UUID.
                 * @example grpab
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
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Group"];
                };
            };
            /** @description No such group (20004). */
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
                 * @description A group's short ID (any case, dashes allowed) or UUID.
                 * @example grpab
                 */
                groupRef: components["parameters"]["GroupRef"];
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
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
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
                 * @description A group's short ID (any case, dashes allowed) or UUID.
                 * @example grpab
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
            /** @description The updated group. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Group"];
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
    listGroupMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A group's short ID (any case, dashes allowed) or UUID.
                 * @example grpab
                 */
                groupRef: components["parameters"]["GroupRef"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The members. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"][];
                };
            };
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
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
                 * @description A group's short ID (any case, dashes allowed) or UUID.
                 * @example grpab
                 */
                groupRef: components["parameters"]["GroupRef"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["MemberRefs"];
        responses: {
            /** @description Added. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
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
                 * @description A group's short ID (any case, dashes allowed) or UUID.
                 * @example grpab
                 */
                groupRef: components["parameters"]["GroupRef"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["MemberRefs"];
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
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
                 * @description A group's short ID (any case, dashes allowed) or UUID.
                 * @example grpab
                 */
                groupRef: components["parameters"]["GroupRef"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["MemberRefs"];
        responses: {
            /** @description Replaced. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listSystemSwitches: {
        parameters: {
            query?: {
                /** @description Only switches strictly before this time. */
                before?: string;
                /** @description How many switches; default and maximum 100. */
                limit?: number;
            };
            header?: never;
            path: {
                /**
                 * @description A system's 5 or 6 letter short ID (any case, dashes allowed), its UUID, the ID of a linked Discord account, or `@me` for the system the token belongs to.
                 * @example exmpl
                 */
                systemRef: components["parameters"]["SystemRef"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The switches. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SwitchWithIds"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description The front history is private (30005). */
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
                 * @description A system's 5 or 6 letter short ID (any case, dashes allowed), its UUID, the ID of a linked Discord account, or `@me` for the system the token belongs to.
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
            /** @description The new switch. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SwitchWithMembers"];
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
    getSystemFronters: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A system's 5 or 6 letter short ID (any case, dashes allowed), its UUID, the ID of a linked Discord account, or `@me` for the system the token belongs to.
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
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SwitchWithMembers"];
                };
            };
            /** @description No switch recorded yet. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            /** @description The current fronters are private (30004). */
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
                 * @description A system's 5 or 6 letter short ID (any case, dashes allowed), its UUID, the ID of a linked Discord account, or `@me` for the system the token belongs to.
                 * @example exmpl
                 */
                systemRef: components["parameters"]["SystemRef"];
                /**
                 * @description A switch's UUID (switches have no short ID).
                 * @example e1a8c5a4-0c2c-4f6f-9a53-5b1f0f1d2a3b
                 */
                switchRef: components["parameters"]["SwitchRef"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The switch. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SwitchWithMembers"];
                };
            };
            400: components["responses"]["BadRequest"];
            /** @description No such switch, or not visible (20007 or 20008). */
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
                 * @description A system's 5 or 6 letter short ID (any case, dashes allowed), its UUID, the ID of a linked Discord account, or `@me` for the system the token belongs to.
                 * @example exmpl
                 */
                systemRef: components["parameters"]["SystemRef"];
                /**
                 * @description A switch's UUID (switches have no short ID).
                 * @example e1a8c5a4-0c2c-4f6f-9a53-5b1f0f1d2a3b
                 */
                switchRef: components["parameters"]["SwitchRef"];
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
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
                 * @description A system's 5 or 6 letter short ID (any case, dashes allowed), its UUID, the ID of a linked Discord account, or `@me` for the system the token belongs to.
                 * @example exmpl
                 */
                systemRef: components["parameters"]["SystemRef"];
                /**
                 * @description A switch's UUID (switches have no short ID).
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
            /** @description The updated switch. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SwitchWithMembers"];
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
    updateSwitchMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A system's 5 or 6 letter short ID (any case, dashes allowed), its UUID, the ID of a linked Discord account, or `@me` for the system the token belongs to.
                 * @example exmpl
                 */
                systemRef: components["parameters"]["SystemRef"];
                /**
                 * @description A switch's UUID (switches have no short ID).
                 * @example e1a8c5a4-0c2c-4f6f-9a53-5b1f0f1d2a3b
                 */
                switchRef: components["parameters"]["SwitchRef"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["MemberRefs"];
        responses: {
            /** @description The updated switch. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SwitchWithMembers"];
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
    getMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of a proxied message, or of the message that triggered the proxy (the latter only works for about 30 minutes after it was sent). */
                messageRef: components["parameters"]["MessageRef"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The message. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            /** @description No such proxied message (20006). */
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
