// Generated from specs/husqy/openapi.yaml by @api-clients/codegen. Do not edit: run `pnpm generate`.

export interface paths {
    "/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** General service home */
        get: operations["getGeneralService"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/livez": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** General service liveness */
        get: operations["getGeneralLiveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** General service readiness */
        get: operations["getGeneralReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the server's general settings
         * @description The server as Husqy sees it (`metadata`), its general settings including one `module_*` flag per module, and its entitlements.
         */
        get: operations["getServerSettings"];
        /**
         * Update the server's general settings
         * @description Changes only the fields sent; an omitted or `null` field keeps its value. Modules are switched on and off through each module's own `/enable` and `/disable`, not here.
         */
        put: operations["updateServerSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/authorize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check an access token or API key
         * @description Asks Husqy whether a credential (a Discord OAuth access token or a server API key) is valid, and answers with what it stands for. The docs do not explain `sub` and `target`.
         */
        post: operations["authorizeUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/validate-user-permissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check access to a server
         * @description Whether the caller may manage Husqy on the given server.
         */
        post: operations["validateUserPermissions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/api-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the server's API keys
         * @description Needs a user token; an API key cannot list API keys.
         */
        get: operations["listApiKeys"];
        put?: never;
        /**
         * Create an API key
         * @description Makes a new API key for the server. The key acts as an administrator of that one server. Needs a user token; an API key cannot create API keys.
         */
        post: operations["createApiKey"];
        /**
         * Delete an API key
         * @description Revokes one of the server's API keys, named by its value, and answers with the key as it was. Needs a user token; an API key cannot delete API keys.
         */
        delete: operations["deleteApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/helpers/get-supported-languages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the languages Husqy speaks */
        get: operations["listSupportedLanguages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/helpers/get-supported-timezones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the time zones Husqy knows */
        get: operations["listSupportedTimezones"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/helpers/get-supported-unit-systems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the unit systems Husqy knows */
        get: operations["listSupportedUnitSystems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/helpers/get-husqy-for-guild": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the caller's servers
         * @description The Discord servers of the signed-in user, as Husqy knows them. Despite its path it takes no `guild_id`: the user comes from the credential, so this is only meaningful with a user's OAuth token, not with an API key (which belongs to one server).
         */
        get: operations["listUserGuilds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/helpers/get-guild-roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the server's roles */
        get: operations["listGuildRoles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/helpers/get-guild-users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the server's users */
        get: operations["listGuildUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/helpers/get-guild-channels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the server's channels
         * @description All channels of the server, or only those of the kinds given in `types`.
         */
        get: operations["listGuildChannels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/helpers/get-guild-emojis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the server's custom emojis */
        get: operations["listGuildEmojis"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/helpers/get-variable-replaced-content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fill in Husqy variables in a text
         * @description Returns `content` with Husqy's variables replaced, as the bot would post it, for the language and time zone given and, optionally, a server, user and channel. (The vendor spec types those three ids as optional strings; in a query string a decimal id reads the same.)
         */
        get: operations["replaceContentVariables"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/logging": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Logging service home */
        get: operations["getLoggingService"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/logging/livez": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Logging service liveness */
        get: operations["getLoggingLiveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/logging/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Logging service readiness */
        get: operations["getLoggingReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/logging/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether logging is enabled */
        get: operations["getLoggingStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/logging/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enable logging
         * @description Turns the module on for the server; 409 when it is already on.
         */
        post: operations["enableLogging"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/logging/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disable logging
         * @description Turns the module off and deletes its settings; answers with the settings as they were. 409 when it is already off.
         */
        post: operations["disableLogging"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/logging/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get logging settings */
        get: operations["getLoggingSettings"];
        /**
         * Update logging settings
         * @description Changes only the fields sent; an omitted or `null` field keeps its value.
         */
        put: operations["updateLoggingSettings"];
        post?: never;
        /**
         * Reset logging settings
         * @description Deletes the module's settings for the server; answers with the settings as they were.
         */
        delete: operations["resetLoggingSettings"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/welcoming": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Welcoming service home */
        get: operations["getWelcomingService"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/welcoming/livez": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Welcoming service liveness */
        get: operations["getWelcomingLiveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/welcoming/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Welcoming service readiness */
        get: operations["getWelcomingReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/welcoming/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether welcoming is enabled */
        get: operations["getWelcomingStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/welcoming/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enable welcoming
         * @description Turns the module on for the server and answers with its settings; 409 when it is already on.
         */
        post: operations["enableWelcoming"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/welcoming/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disable welcoming
         * @description Turns the module off and deletes its settings, responses and timed roles; answers with them as they were. 409 when it is already off.
         */
        post: operations["disableWelcoming"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/welcoming/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get welcoming settings */
        get: operations["getWelcomingSettings"];
        /**
         * Update welcoming settings
         * @description Changes only the fields sent; an omitted or `null` field keeps its value.
         */
        put: operations["updateWelcomingSettings"];
        post?: never;
        /**
         * Reset welcoming settings
         * @description Deletes the module's settings, responses and timed roles for the server; answers with them as they were.
         */
        delete: operations["resetWelcomingSettings"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/welcoming/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List welcoming responses
         * @description The server's saved welcome and leave messages, optionally only those of one `response_type`.
         */
        get: operations["listWelcomingResponses"];
        put?: never;
        /**
         * Create a welcoming response
         * @description Saves a message the module can post; its `response_id` is then usable in the settings.
         */
        post: operations["createWelcomingResponse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/welcoming/responses/{response_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The response's `response_id` (Husqy's own id, not a Discord id).
                 * @example k3v9q2xa7m
                 */
                response_id: string;
            };
            cookie?: never;
        };
        /** Get a welcoming response */
        get: operations["getWelcomingResponse"];
        put?: never;
        post?: never;
        /**
         * Delete a welcoming response
         * @description Deletes the response and answers with it as it was.
         */
        delete: operations["deleteWelcomingResponse"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/welcoming/timedroles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List timed roles */
        get: operations["listWelcomingTimedRoles"];
        put?: never;
        /**
         * Create a timed role
         * @description Has Husqy give a role to new members once `add_after` has passed since they joined.
         */
        post: operations["createWelcomingTimedRole"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/welcoming/timedroles/{timedrole_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The timed role's `timedrole_id` (Husqy's own id, not the Discord role id).
                 * @example t4n7b2r9sy
                 */
                timedrole_id: string;
            };
            cookie?: never;
        };
        /** Get a timed role */
        get: operations["getWelcomingTimedRole"];
        put?: never;
        post?: never;
        /**
         * Delete a timed role
         * @description Deletes the timed role and answers with it as it was.
         */
        delete: operations["deleteWelcomingTimedRole"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/tempchannels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Temp channels service home */
        get: operations["getTempChannelsService"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/tempchannels/livez": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Temp channels service liveness */
        get: operations["getTempChannelsLiveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/tempchannels/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Temp channels service readiness */
        get: operations["getTempChannelsReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/tempchannels/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether temp channels are enabled */
        get: operations["getTempChannelsStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/tempchannels/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enable temp channels
         * @description Turns the module on for the server and answers with its creation channels and temp channels; 409 when it is already on.
         */
        post: operations["enableTempChannels"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/tempchannels/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disable temp channels
         * @description Turns the module off; answers with the creation channels and temp channels as they were. 409 when it is already off.
         */
        post: operations["disableTempChannels"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/tempchannels/settings": {
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
         * Reset temp channels configuration
         * @description Deletes the module's data for the server (its creation channels and the records of its temp channels); answers with them as they were.
         */
        delete: operations["resetTempChannelsSettings"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/tempchannels/creation-channels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List creation channels */
        get: operations["listTempChannelCreationChannels"];
        put?: never;
        /**
         * Create a creation channel
         * @description Husqy creates a voice channel called `creation_channel_name` and watches it: a member who joins gets a temp voice channel and/or text channel, created in `tempchannel_create_category_id` (or in the per-kind category when given). The category ids are decimal strings here, unlike the integer ids elsewhere in request bodies.
         */
        post: operations["createTempChannelCreationChannel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/tempchannels/creation-channels/{creation_channel_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Discord id of the creation channel (a voice channel), an integer unlike the string path ids elsewhere in Husqy.
                 * @example 1187654321098767000
                 */
                creation_channel_id: components["schemas"]["Snowflake"];
            };
            cookie?: never;
        };
        /** Get a creation channel */
        get: operations["getTempChannelCreationChannel"];
        /**
         * Update a creation channel
         * @description Changes only the fields sent; an omitted or `null` field keeps its value. The category of new temp channels cannot be changed here.
         */
        put: operations["updateTempChannelCreationChannel"];
        post?: never;
        /**
         * Delete a creation channel
         * @description Stops watching the channel; answers with its configuration as it was.
         */
        delete: operations["deleteTempChannelCreationChannel"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/tempchannels/tempchannels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List temp channels
         * @description The temp channels that currently exist on the server.
         */
        get: operations["listTempChannels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/tempchannels/tempchannels/{tempchannel_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a temp channel */
        get: operations["getTempChannel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/tempchannels/tempchannels/edit/add-block-rule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Block a member or role from a temp channel
         * @description Owner only. Adds a block rule for `target_id` (a role when `target_is_role`, else a member). The interaction fields are explained on `TempChannelEditAction`.
         */
        post: operations["addTempChannelBlockRule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/tempchannels/tempchannels/edit/add-trust-rule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Trust a member or role in a temp channel
         * @description Owner only. Adds a trust rule for `target_id` (a role when `target_is_role`, else a member). The interaction fields are explained on `TempChannelEditAction`.
         */
        post: operations["addTempChannelTrustRule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/tempchannels/tempchannels/edit/remove-block-rule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove a block rule from a temp channel
         * @description Owner only. Removes the block rule for `target_id` (a role when `target_is_role`, else a member). The interaction fields are explained on `TempChannelEditAction`.
         */
        post: operations["removeTempChannelBlockRule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/tempchannels/tempchannels/edit/remove-trust-rule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove a trust rule from a temp channel
         * @description Owner only. Removes the trust rule for `target_id` (a role when `target_is_role`, else a member). The interaction fields are explained on `TempChannelEditAction`.
         */
        post: operations["removeTempChannelTrustRule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/tempchannels/tempchannels/edit/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Claim a temp channel that has no owner
         * @description Makes the member behind the interaction the owner of a temp channel whose owner has left. The interaction fields are explained on `TempChannelEditAction`.
         */
        post: operations["claimTempChannel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/tempchannels/tempchannels/edit/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete a temp channel
         * @description Owner only. Removes the temp channel before it empties. The interaction fields are explained on `TempChannelEditAction`.
         */
        post: operations["deleteTempChannel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/tempchannels/tempchannels/edit/set-age-restriction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a temp channel age-restricted or not
         * @description Owner only. The interaction fields are explained on `TempChannelEditAction`.
         */
        post: operations["setTempChannelAgeRestriction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/tempchannels/tempchannels/edit/set-bitrate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a temp channel's bitrate
         * @description Owner only. The interaction fields are explained on `TempChannelEditAction`.
         */
        post: operations["setTempChannelBitrate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/tempchannels/tempchannels/edit/set-name": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rename a temp channel
         * @description Owner only. The interaction fields are explained on `TempChannelEditAction`.
         */
        post: operations["setTempChannelName"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/tempchannels/tempchannels/edit/set-region": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a temp channel's voice region
         * @description Owner only. The interaction fields are explained on `TempChannelEditAction`.
         */
        post: operations["setTempChannelRegion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/tempchannels/tempchannels/edit/set-slowmode": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a temp channel's slowmode
         * @description Owner only. The interaction fields are explained on `TempChannelEditAction`.
         */
        post: operations["setTempChannelSlowmode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/tempchannels/tempchannels/edit/set-user-limit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a temp channel's user limit
         * @description Owner only. The interaction fields are explained on `TempChannelEditAction`.
         */
        post: operations["setTempChannelUserLimit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/tempchannels/tempchannels/edit/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hand a temp channel to a new owner
         * @description Owner only. The interaction fields are explained on `TempChannelEditAction`.
         */
        post: operations["transferTempChannel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/socials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Socials service home */
        get: operations["getSocialsService"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/socials/livez": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Socials service liveness */
        get: operations["getSocialsLiveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/socials/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Socials service readiness */
        get: operations["getSocialsReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/socials/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether socials is enabled */
        get: operations["getSocialsStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/socials/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enable socials
         * @description Turns the module on for the server and answers with its settings and feeds; 409 when it is already on.
         */
        post: operations["enableSocials"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/socials/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disable socials
         * @description Turns the module off; answers with the settings and feeds as they were. 409 when it is already off.
         */
        post: operations["disableSocials"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/socials/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get socials settings */
        get: operations["getSocialsSettings"];
        /**
         * Update socials settings
         * @description Changes only the fields sent; an omitted or `null` field keeps its value.
         */
        put: operations["updateSocialsSettings"];
        post?: never;
        /**
         * Reset socials settings
         * @description Deletes the module's settings and feeds for the server; answers with them as they were.
         */
        delete: operations["resetSocialsSettings"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/socials/meme/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Post a meme to a channel
         * @description Has Husqy post a meme in `channel_id` and answers with a confirmation. (The vendor's summary speaks of updating a message Husqy sent, but the body names no message, only the channel.)
         */
        post: operations["sendSocialMeme"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/socials/entries/reddit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List watched subreddits */
        get: operations["listSocialRedditFeeds"];
        put?: never;
        /**
         * Watch a subreddit
         * @description New posts of the subreddit are posted to `target_channel_id`.
         */
        post: operations["createSocialRedditFeed"];
        /**
         * Stop watching a subreddit
         * @description Answers with the entry as it was.
         */
        delete: operations["deleteSocialRedditFeed"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/socials/entries/rss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List watched RSS feeds */
        get: operations["listSocialRssFeeds"];
        put?: never;
        /**
         * Watch an RSS feed
         * @description New entries of the feed at `rss_feed` (its URL) are posted to `target_channel_id`.
         */
        post: operations["createSocialRssFeed"];
        /**
         * Stop watching an RSS feed
         * @description Answers with the entry as it was.
         */
        delete: operations["deleteSocialRssFeed"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/socials/entries/twitch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List watched Twitch accounts */
        get: operations["listSocialTwitchFeeds"];
        put?: never;
        /**
         * Watch a Twitch account
         * @description A message goes to `target_channel_id` when the account goes live.
         */
        post: operations["createSocialTwitchFeed"];
        /**
         * Stop watching a Twitch account
         * @description Answers with the entry as it was.
         */
        delete: operations["deleteSocialTwitchFeed"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/socials/entries/youtube": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List watched YouTube channels */
        get: operations["listSocialYoutubeFeeds"];
        put?: never;
        /**
         * Watch a YouTube channel
         * @description New uploads of the channel with handle `youtube_channel_handle` are posted to `target_channel_id`.
         */
        post: operations["createSocialYoutubeFeed"];
        /**
         * Stop watching a YouTube channel
         * @description Answers with the entry as it was.
         */
        delete: operations["deleteSocialYoutubeFeed"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/reactionroles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reaction roles service home */
        get: operations["getReactionRolesService"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/reactionroles/livez": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reaction roles service liveness */
        get: operations["getReactionRolesLiveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/reactionroles/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reaction roles service readiness */
        get: operations["getReactionRolesReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/reactionroles/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether reaction roles are enabled */
        get: operations["getReactionRolesStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/reactionroles/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enable reaction roles
         * @description Turns the module on for the server and answers with its panels and entries; 409 when it is already on.
         */
        post: operations["enableReactionRoles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/reactionroles/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disable reaction roles
         * @description Turns the module off and answers with the panels and entries the server had; 409 when it is already off.
         */
        post: operations["disableReactionRoles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/reactionroles/settings": {
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
         * Reset reaction roles data
         * @description Deletes the module's data for the server; answers with the panels and entries as they were. The module has no GET or PUT settings.
         */
        delete: operations["resetReactionRolesSettings"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/reactionroles/panels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List reaction role panels */
        get: operations["listReactionRolePanels"];
        put?: never;
        /**
         * Create a reaction role panel
         * @description Creates a panel in the given channel, either as a new message or on an existing one (`message_id`).
         */
        post: operations["createReactionRolePanel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/reactionroles/panels/{panel_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a reaction role panel */
        get: operations["getReactionRolePanel"];
        /**
         * Update a reaction role panel
         * @description Changes only the fields sent; an omitted or `null` field keeps its value. The panel's channel and message cannot be changed here.
         */
        put: operations["updateReactionRolePanel"];
        post?: never;
        /**
         * Delete a reaction role panel
         * @description Deletes the panel; answers with it and its entries as they were.
         */
        delete: operations["deleteReactionRolePanel"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/reactionroles/panels/{panel_id}/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a panel's reaction roles */
        get: operations["listReactionRoleEntries"];
        put?: never;
        /**
         * Add a reaction role to a panel
         * @description Adds an entry (a button, menu option or reaction) that gives members the listed roles.
         */
        post: operations["createReactionRoleEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/reactionroles/panels/{panel_id}/entries/{entry_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a reaction role */
        get: operations["getReactionRoleEntry"];
        /**
         * Update a reaction role
         * @description Changes only the fields sent; an omitted or `null` field keeps its value. The emoji cannot be changed here.
         */
        put: operations["updateReactionRoleEntry"];
        post?: never;
        /**
         * Remove a reaction role from a panel
         * @description Deletes the entry; answers with it as it was.
         */
        delete: operations["deleteReactionRoleEntry"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/autoresponder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Autoresponder service home */
        get: operations["getAutoresponderService"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/autoresponder/livez": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Autoresponder service liveness */
        get: operations["getAutoresponderLiveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/autoresponder/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Autoresponder service readiness */
        get: operations["getAutoresponderReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/autoresponder/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the autoresponder is enabled */
        get: operations["getAutoresponderStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/autoresponder/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enable the autoresponder
         * @description Turns the module on for the server and answers with its triggers and responses; 409 when it is already on.
         */
        post: operations["enableAutoresponder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/autoresponder/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disable the autoresponder
         * @description Turns the module off; answers with the server's triggers and responses. 409 when it is already off.
         */
        post: operations["disableAutoresponder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/autoresponder/settings": {
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
         * Reset the autoresponder
         * @description Deletes the module's data for the server, its triggers and responses, and answers with them as they were. The module has no GET or PUT `/settings`.
         */
        delete: operations["resetAutoresponderSettings"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/autoresponder/triggers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List triggers */
        get: operations["listAutoresponderTriggers"];
        put?: never;
        /** Create a trigger */
        post: operations["createAutoresponderTrigger"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/autoresponder/triggers/{trigger_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The trigger's `trigger_id`.
                 * @example 3f9a2c71-5d4e-4b8a-9c06-1e7d2b5a8f34
                 */
                trigger_id: components["parameters"]["AutoresponderTriggerId"];
            };
            cookie?: never;
        };
        /** Get a trigger */
        get: operations["getAutoresponderTrigger"];
        /**
         * Update a trigger
         * @description Changes only the fields sent; an omitted or `null` field keeps its value.
         */
        put: operations["updateAutoresponderTrigger"];
        post?: never;
        /**
         * Delete a trigger
         * @description Answers with the trigger as it was.
         */
        delete: operations["deleteAutoresponderTrigger"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/autoresponder/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List responses */
        get: operations["listAutoresponderResponses"];
        put?: never;
        /** Create a response */
        post: operations["createAutoresponderResponse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/autoresponder/responses/{response_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The response's `response_id`.
                 * @example 9b2e4d18-7c3a-4f65-a0d9-5e81c6b2f7a3
                 */
                response_id: components["parameters"]["AutoresponderResponseId"];
            };
            cookie?: never;
        };
        /** Get a response */
        get: operations["getAutoresponderResponse"];
        put?: never;
        post?: never;
        /**
         * Delete a response
         * @description Answers with the response as it was. Responses cannot be edited; delete and create again.
         */
        delete: operations["deleteAutoresponderResponse"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tickets service home */
        get: operations["getTicketsService"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/tickets/livez": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tickets service liveness */
        get: operations["getTicketsLiveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/tickets/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tickets service readiness */
        get: operations["getTicketsReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/tickets/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether tickets are enabled */
        get: operations["getTicketsStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/tickets/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enable tickets
         * @description Turns the module on for the server and answers with its panels, ticket types, tickets and ticket messages; 409 when it is already on.
         */
        post: operations["enableTickets"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/tickets/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disable tickets
         * @description Turns the module off and answers with the panels, ticket types, tickets and ticket messages the server had; 409 when it is already off.
         */
        post: operations["disableTickets"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/tickets/settings": {
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
         * Reset tickets data
         * @description Deletes the module's data for the server; answers with the panels, ticket types, tickets and ticket messages as they were. The module has no GET or PUT settings.
         */
        delete: operations["resetTicketsSettings"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/tickets/panels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List ticket panels */
        get: operations["listTicketPanels"];
        put?: never;
        /**
         * Create a ticket panel
         * @description Creates a panel, the message members use to open a ticket, in the given channel and category.
         */
        post: operations["createTicketPanel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/tickets/panels/{panel_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a ticket panel */
        get: operations["getTicketPanel"];
        /**
         * Update a ticket panel
         * @description Changes only the fields sent; an omitted or `null` field keeps its value. The panel's channel and category cannot be changed here.
         */
        put: operations["updateTicketPanel"];
        post?: never;
        /**
         * Delete a ticket panel
         * @description Deletes the panel; answers with the panel, its ticket types and its tickets as they were.
         */
        delete: operations["deleteTicketPanel"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/tickets/panels/{panel_id}/ticket-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a panel's ticket types */
        get: operations["listTicketTypes"];
        put?: never;
        /**
         * Add a ticket type to a panel
         * @description Adds a choice (a button or menu option) members pick when they open a ticket from this panel.
         */
        post: operations["createTicketType"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/tickets/panels/{panel_id}/ticket-types/{ticket_type_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a ticket type */
        get: operations["getTicketType"];
        put?: never;
        post?: never;
        /**
         * Remove a ticket type from a panel
         * @description Deletes the ticket type; answers with it as it was.
         */
        delete: operations["deleteTicketType"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/tickets/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tickets
         * @description Every ticket of the server, open and closed.
         */
        get: operations["listTickets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/tickets/entries/{ticket_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a ticket */
        get: operations["getTicket"];
        put?: never;
        post?: never;
        /**
         * Delete a ticket
         * @description Deletes the ticket; answers with it as it was.
         */
        delete: operations["deleteTicket"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/tickets/entries/{ticket_id}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Claim a ticket
         * @description Makes the caller the ticket's current support engineer; 409 when the ticket's state does not allow it.
         */
        post: operations["claimTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/tickets/entries/{ticket_id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close a ticket
         * @description Closes an open ticket; 409 when the ticket's state does not allow it.
         */
        post: operations["closeTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/tickets/entries/{ticket_id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reopen a ticket
         * @description Opens a closed ticket again; 409 when the ticket's state does not allow it.
         */
        post: operations["reopenTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/tickets/entries/{ticket_id}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Transfer a ticket
         * @description Hands an open ticket to another support engineer; 409 when the ticket's state does not allow it.
         */
        post: operations["transferTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/tickets/entries/{ticket_id}/transcribe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Transcribe a ticket
         * @description Makes a transcript of the ticket's conversation; 409 when the ticket's state does not allow it.
         */
        post: operations["transcribeTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/serverstats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Server stats service home */
        get: operations["getServerstatsService"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/serverstats/livez": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Server stats service liveness */
        get: operations["getServerstatsLiveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/serverstats/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Server stats service readiness */
        get: operations["getServerstatsReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/serverstats/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether server stats is enabled */
        get: operations["getServerstatsStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/serverstats/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enable server stats
         * @description Turns the module on for the server and answers with its settings, counters and starboard entries; 409 when it is already on.
         */
        post: operations["enableServerstats"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/serverstats/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disable server stats
         * @description Turns the module off and deletes its settings; answers with the settings, counters and starboard entries as they were. 409 when it is already off.
         */
        post: operations["disableServerstats"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/serverstats/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get server stats settings */
        get: operations["getServerstatsSettings"];
        /**
         * Update server stats settings
         * @description Changes only the fields sent; an omitted or `null` field keeps its value.
         */
        put: operations["updateServerstatsSettings"];
        post?: never;
        /**
         * Reset server stats settings
         * @description Deletes the module's settings for the server; answers with the settings, counters and starboard entries as they were.
         */
        delete: operations["resetServerstatsSettings"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/serverstats/counters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List counters
         * @description The server's counter channels.
         */
        get: operations["listServerstatsCounters"];
        put?: never;
        /**
         * Create a counter
         * @description Creates a counter of the given type. The docs do not list the values of `counter_type`, nor say when the 409 is answered.
         */
        post: operations["createServerstatsCounter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/serverstats/counters/{counter_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Husqy's id of the counter (its `counter_id`, not the row `id`).
                 * @example c4e1b7a2
                 */
                counter_id: string;
            };
            cookie?: never;
        };
        /** Get a counter */
        get: operations["getServerstatsCounter"];
        put?: never;
        post?: never;
        /**
         * Delete a counter
         * @description Deletes the counter and answers with it as it was.
         */
        delete: operations["deleteServerstatsCounter"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/serverstats/stats/activities/presence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Presence statistics
         * @description Activities (games, streams, music …) members showed, with start and end.
         */
        get: operations["getStatsActivityPresences"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/serverstats/stats/activities/statuses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Online status statistics
         * @description Snapshots of how many members were online, offline and on do-not-disturb.
         */
        get: operations["getStatsActivityStatuses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/serverstats/stats/commands/used": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Command usage statistics
         * @description Each use of a Husqy command, by whom.
         */
        get: operations["getStatsCommandsUsed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/serverstats/stats/members/joined": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Member join statistics
         * @description Each member who joined the server.
         */
        get: operations["getStatsMembersJoined"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/serverstats/stats/members/left": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Member leave statistics
         * @description Each member who left the server.
         */
        get: operations["getStatsMembersLeft"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/serverstats/stats/members/total": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Member count statistics
         * @description Snapshots of the server's member count.
         */
        get: operations["getStatsMembersTotal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/serverstats/stats/messages/sent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sent message statistics
         * @description Each message sent, with channel and author.
         */
        get: operations["getStatsMessagesSent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/serverstats/stats/messages/deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Deleted message statistics
         * @description Each message deleted, with channel and author.
         */
        get: operations["getStatsMessagesDeleted"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/serverstats/stats/voice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Voice statistics
         * @description Voice sessions: who was in which voice channel, from when to when.
         */
        get: operations["getStatsVoiceSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/serverstats/stats/modules/autoresponder/responses/deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Autoresponder responses deleted
         * @description One record per event, naming the member who caused it.
         */
        get: operations["getStatsAutoresponderResponsesDeleted"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/serverstats/stats/modules/autoresponder/responses/created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Autoresponder responses created
         * @description One record per event, naming the member who caused it.
         */
        get: operations["getStatsAutoresponderResponsesCreated"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/serverstats/stats/modules/autoresponder/triggers/created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Autoresponder triggers created
         * @description One record per event, naming the member who caused it.
         */
        get: operations["getStatsAutoresponderTriggersCreated"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/serverstats/stats/modules/autoresponder/triggers/deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Autoresponder triggers deleted
         * @description One record per event, naming the member who caused it.
         */
        get: operations["getStatsAutoresponderTriggersDeleted"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/serverstats/stats/modules/autoresponder/triggers/hit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Autoresponder trigger hits
         * @description Each time a member's message set off an autoresponder trigger.
         */
        get: operations["getStatsAutoresponderTriggersHit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/serverstats/stats/modules/autoresponder/check-time": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Autoresponder check times
         * @description How long the module's checks of Discord events took, one record per check, as the bot recorded them.
         */
        get: operations["getStatsAutoresponderCheckTimes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/serverstats/stats/modules/invite-tracker/invite/created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Invites created
         * @description One record per event, naming the member it is attributed to.
         */
        get: operations["getStatsInviteTrackerInvitesCreated"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/serverstats/stats/modules/invite-tracker/invite/deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Invites deleted
         * @description One record per event, naming the member it is attributed to.
         */
        get: operations["getStatsInviteTrackerInvitesDeleted"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/serverstats/stats/modules/giveaways/giveaway/created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Giveaways created
         * @description One record per event, naming the member who caused it.
         */
        get: operations["getStatsGiveawaysCreated"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/serverstats/stats/modules/giveaways/giveaway/deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Giveaways deleted
         * @description One record per event, naming the member who caused it.
         */
        get: operations["getStatsGiveawaysDeleted"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/serverstats/stats/modules/giveaways/giveaway/enters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Giveaway entries
         * @description One record per event, naming the member who caused it.
         */
        get: operations["getStatsGiveawaysEntered"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/serverstats/stats/modules/giveaways/giveaway/leaves": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Giveaway withdrawals
         * @description One record per event, naming the member who caused it.
         */
        get: operations["getStatsGiveawaysLeft"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/serverstats/stats/modules/giveaways/giveaway/rerolled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Giveaways rerolled
         * @description One record per event, naming the member who caused it.
         */
        get: operations["getStatsGiveawaysRerolled"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/serverstats/stats/modules/socials/entries/removed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Social feeds removed
         * @description One record per event, naming the member who caused it.
         */
        get: operations["getStatsSocialsEntriesRemoved"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/serverstats/stats/modules/socials/entries/added": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Social feeds added
         * @description One record per event, naming the member who caused it.
         */
        get: operations["getStatsSocialsEntriesAdded"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/serverstats/stats/modules/verifier/check-time": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Verifier check times
         * @description How long the module's checks of Discord events took, one record per check, as the bot recorded them.
         */
        get: operations["getStatsVerifierCheckTimes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/serverstats/stats/modules/polls/poll/created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Polls created
         * @description One record per event, naming the member who caused it.
         */
        get: operations["getStatsPollsCreated"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/serverstats/stats/modules/polls/poll/deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Polls deleted
         * @description One record per event, naming the member who caused it.
         */
        get: operations["getStatsPollsDeleted"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/serverstats/stats/modules/polls/poll/manually-closed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Polls closed by hand
         * @description One record per event, naming the member who caused it.
         */
        get: operations["getStatsPollsManuallyClosed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/serverstats/stats/modules/polls/vote/added": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Poll votes cast
         * @description One record per event, naming the member who caused it.
         */
        get: operations["getStatsPollsVotesAdded"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/serverstats/stats/modules/polls/vote/removed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Poll votes withdrawn
         * @description One record per event, naming the member who caused it.
         */
        get: operations["getStatsPollsVotesRemoved"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/serverstats/stats/modules/reactionroles/check-time": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reaction roles check times
         * @description How long the module's checks of Discord events took, one record per check, as the bot recorded them.
         */
        get: operations["getStatsReactionrolesCheckTimes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/serverstats/stats/modules/reactionroles/panels/created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reaction role panels created
         * @description One record per event, naming the member who caused it.
         */
        get: operations["getStatsReactionrolesPanelsCreated"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/serverstats/stats/modules/reactionroles/panels/deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reaction role panels deleted
         * @description One record per event, naming the member who caused it.
         */
        get: operations["getStatsReactionrolesPanelsDeleted"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/serverstats/stats/modules/reactionroles/reactionroles/added": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reaction roles added
         * @description One record per event, naming the member who caused it.
         */
        get: operations["getStatsReactionrolesAdded"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/serverstats/stats/modules/reactionroles/reactionroles/removed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reaction roles removed
         * @description One record per event, naming the member who caused it.
         */
        get: operations["getStatsReactionrolesRemoved"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/serverstats/stats/modules/reminders/send-time": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reminder send times
         * @description How long the bot took to send reminders, as it recorded it.
         */
        get: operations["getStatsRemindersSendTimes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/serverstats/stats/modules/reminders/reminder/created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reminders created
         * @description One record per event, naming the member who caused it.
         */
        get: operations["getStatsRemindersCreated"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/serverstats/stats/modules/reminders/reminder/deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reminders deleted
         * @description One record per event, naming the member who caused it.
         */
        get: operations["getStatsRemindersDeleted"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/serverstats/stats/modules/reminders/reminder/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reminders sent
         * @description When reminders went out. The records carry no user even though the operation takes a `user_id` filter.
         */
        get: operations["getStatsRemindersSent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/serverstats/stats/modules/rules/check-time": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Rules check times
         * @description How long the module's checks of Discord events took, one record per check, as the bot recorded them.
         */
        get: operations["getStatsRulesCheckTimes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/serverstats/stats/modules/rules/rule/added": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Rules added
         * @description One record per event, naming the member who caused it.
         */
        get: operations["getStatsRulesAdded"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/serverstats/stats/modules/rules/rule/removed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Rules removed
         * @description One record per event, naming the member who caused it.
         */
        get: operations["getStatsRulesRemoved"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/serverstats/stats/modules/tags/check-time": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tags check times
         * @description How long the module's checks of Discord events took, one record per check, as the bot recorded them.
         */
        get: operations["getStatsTagsCheckTimes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/serverstats/stats/modules/tags/tag/created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tags created
         * @description One record per event, naming the member who caused it.
         */
        get: operations["getStatsTagsCreated"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/serverstats/stats/modules/tags/tag/deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tags deleted
         * @description One record per event, naming the member who caused it.
         */
        get: operations["getStatsTagsDeleted"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/serverstats/stats/modules/tempchannels/created-check-time": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Temp channel creation check times
         * @description How long the module's checks of Discord events took, one record per check, as the bot recorded them.
         */
        get: operations["getStatsTempchannelsCreatedCheckTimes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/serverstats/stats/modules/tempchannels/deleted-check-time": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Temp channel deletion check times
         * @description How long the module's checks of Discord events took, one record per check, as the bot recorded them.
         */
        get: operations["getStatsTempchannelsDeletedCheckTimes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/serverstats/stats/modules/tempchannels/creation-channels/created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Creation channels created
         * @description One record per event, naming the member who caused it.
         */
        get: operations["getStatsTempchannelsCreationChannelsCreated"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/serverstats/stats/modules/tempchannels/creation-channels/deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Creation channels deleted
         * @description One record per event, naming the member who caused it.
         */
        get: operations["getStatsTempchannelsCreationChannelsDeleted"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/serverstats/stats/modules/tempchannels/tempchannels/created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Temp channels created
         * @description One record per event, naming the member who caused it.
         */
        get: operations["getStatsTempchannelsCreated"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/serverstats/stats/modules/tickets/panels/deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ticket panels deleted
         * @description One record per event, naming the member who caused it.
         */
        get: operations["getStatsTicketsPanelsDeleted"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/serverstats/stats/modules/tickets/panels/created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ticket panels created
         * @description One record per event, naming the member who caused it.
         */
        get: operations["getStatsTicketsPanelsCreated"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/serverstats/stats/modules/tickets/types/added": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ticket types added
         * @description One record per event, naming the member who caused it.
         */
        get: operations["getStatsTicketsTypesAdded"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/serverstats/stats/modules/tickets/types/removed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ticket types removed
         * @description One record per event, naming the member who caused it.
         */
        get: operations["getStatsTicketsTypesRemoved"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/serverstats/stats/modules/tickets/closed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tickets closed
         * @description One record per event, naming the member who caused it.
         */
        get: operations["getStatsTicketsClosed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/serverstats/stats/modules/tickets/created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tickets created
         * @description One record per event, naming the member who caused it.
         */
        get: operations["getStatsTicketsCreated"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/serverstats/stats/modules/tickets/deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tickets deleted
         * @description One record per event, naming the member who caused it.
         */
        get: operations["getStatsTicketsDeleted"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/serverstats/stats/modules/tickets/reopened": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tickets reopened
         * @description One record per event, naming the member who caused it.
         */
        get: operations["getStatsTicketsReopened"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/serverstats/stats/modules/welcoming/check-time": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Welcoming check times
         * @description How long the module's checks of Discord events took, one record per check, as the bot recorded them.
         */
        get: operations["getStatsWelcomingCheckTimes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/serverstats/stats/modules/welcoming/responses/deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Welcoming responses deleted
         * @description One record per event, naming the member who caused it.
         */
        get: operations["getStatsWelcomingResponsesDeleted"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/serverstats/stats/modules/welcoming/responses/created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Welcoming responses created
         * @description One record per event, naming the member who caused it.
         */
        get: operations["getStatsWelcomingResponsesCreated"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/serverstats/stats/modules/welcoming/timedroles/deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Timed roles deleted
         * @description One record per event, naming the member who caused it.
         */
        get: operations["getStatsWelcomingTimedrolesDeleted"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/serverstats/stats/modules/welcoming/timedroles/created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Timed roles created
         * @description One record per event, naming the member who caused it.
         */
        get: operations["getStatsWelcomingTimedrolesCreated"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tags service home */
        get: operations["getTagsService"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/tags/livez": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tags service liveness */
        get: operations["getTagsLiveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/tags/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tags service readiness */
        get: operations["getTagsReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/tags/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether tags are enabled */
        get: operations["getTagsStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/tags/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enable tags
         * @description Turns the module on for the server and answers with its tags; 409 when it is already on.
         */
        post: operations["enableTags"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/tags/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disable tags
         * @description Turns the module off; answers with the server's tags. 409 when it is already off.
         */
        post: operations["disableTags"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/tags/settings": {
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
         * Reset tags
         * @description Deletes the module's data for the server, its tag entries and their names, and answers with them as they were. The module has no GET or PUT `/settings`.
         */
        delete: operations["resetTagsSettings"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/tags/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tags
         * @description Every tag on the server, each with the names it answers to.
         */
        get: operations["listTagEntries"];
        put?: never;
        /**
         * Create a tag
         * @description Creates a tag with its content and the names it answers to. `application_id` and `token` are for the bot answering a slash command and can be left out.
         */
        post: operations["createTagEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/tags/entries/{entry_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The tag's id. (The docs type it `string | null` on PUT and DELETE, an artefact of their generator; a path parameter cannot be null.)
                 * @example 6e0c2b94-3a7f-4d51-8e26-b9f14a7c0d38
                 */
                entry_id: components["parameters"]["TagEntryId"];
            };
            cookie?: never;
        };
        /** Get a tag */
        get: operations["getTagEntry"];
        /**
         * Update a tag
         * @description Changes only the fields sent; an omitted or `null` field keeps its value. `names`, when sent, is the tag's new list of names.
         */
        put: operations["updateTagEntry"];
        post?: never;
        /**
         * Delete a tag
         * @description Deletes the tag and its names; answers with them as they were.
         */
        delete: operations["deleteTagEntry"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/verifier": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Verifier service home */
        get: operations["getVerifierService"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/verifier/livez": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Verifier service liveness */
        get: operations["getVerifierLiveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/verifier/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Verifier service readiness */
        get: operations["getVerifierReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/verifier/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the verifier is enabled */
        get: operations["getVerifierStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/verifier/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enable the verifier
         * @description Turns the module on for the server and answers with its settings; 409 when it is already on.
         */
        post: operations["enableVerifier"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/verifier/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disable the verifier
         * @description Turns the module off; answers with the settings and the verification entries as they were. 409 when it is already off.
         */
        post: operations["disableVerifier"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/verifier/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get verifier settings */
        get: operations["getVerifierSettings"];
        /**
         * Update verifier settings
         * @description Changes only the fields sent; an omitted or `null` field keeps its value.
         */
        put: operations["updateVerifierSettings"];
        post?: never;
        /**
         * Reset verifier settings
         * @description Deletes the module's settings and verification entries for the server; answers with them as they were.
         */
        delete: operations["resetVerifierSettings"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/verifier/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List verification entries
         * @description Every verification started on the server, finished or not.
         */
        get: operations["listVerifierEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/verifier/entries/{entry_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a verification entry
         * @description Unlike the other GET operations this one takes no `guild_id`: the docs list only the path parameter.
         */
        get: operations["getVerifierEntry"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rules service home */
        get: operations["getRulesService"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/rules/livez": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rules service liveness */
        get: operations["getRulesLiveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/rules/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rules service readiness */
        get: operations["getRulesReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/rules/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the rules module is enabled */
        get: operations["getRulesStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/rules/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enable the rules module
         * @description Turns the module on for the server and answers with its settings, rules and acceptance records; 409 when it is already on.
         */
        post: operations["enableRules"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/rules/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disable the rules module
         * @description Turns the module off and deletes its data; answers with the settings, rules and acceptance records as they were. 409 when it is already off.
         */
        post: operations["disableRules"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/rules/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get rules settings */
        get: operations["getRulesSettings"];
        /**
         * Update rules settings
         * @description Changes only the fields sent; an omitted or `null` field keeps its value.
         */
        put: operations["updateRulesSettings"];
        post?: never;
        /**
         * Reset rules settings
         * @description Deletes the module's settings, rules and acceptance records for the server; answers with them as they were.
         */
        delete: operations["resetRulesSettings"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/rules/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the server's rules */
        get: operations["listRules"];
        put?: never;
        /**
         * Add a rule
         * @description Appends a rule to the server's list.
         */
        post: operations["createRule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/rules/entries/{entry_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The rule to act on. The docs do not say whether this is the row `id` or the `rule_id`; older docs named the parameter `rule_id`.
                 * @example 3
                 */
                entry_id: string;
            };
            cookie?: never;
        };
        /** Get one rule */
        get: operations["getRule"];
        put?: never;
        post?: never;
        /**
         * Delete a rule
         * @description Removes the rule and answers with it as it was.
         */
        delete: operations["deleteRule"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/invite_tracker": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Invite tracker service home */
        get: operations["getInviteTrackerService"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/invite_tracker/livez": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Invite tracker service liveness */
        get: operations["getInviteTrackerLiveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/invite_tracker/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Invite tracker service readiness */
        get: operations["getInviteTrackerReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/invite_tracker/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the invite tracker is enabled */
        get: operations["getInviteTrackerStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/invite_tracker/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enable the invite tracker
         * @description Turns the module on for the server and answers with its settings, tracked invites and recorded joins; 409 when it is already on.
         */
        post: operations["enableInviteTracker"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/invite_tracker/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disable the invite tracker
         * @description Turns the module off and deletes its data; answers with the settings, tracked invites and recorded joins as they were. 409 when it is already off.
         */
        post: operations["disableInviteTracker"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/invite_tracker/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get invite tracker settings */
        get: operations["getInviteTrackerSettings"];
        /**
         * Update invite tracker settings
         * @description Changes only the fields sent; an omitted or `null` field keeps its value.
         */
        put: operations["updateInviteTrackerSettings"];
        post?: never;
        /**
         * Reset invite tracker settings
         * @description Deletes the module's settings, tracked invites and recorded joins for the server; answers with them as they were.
         */
        delete: operations["resetInviteTrackerSettings"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/invite_tracker/invite-links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List tracked invites */
        get: operations["listInviteTrackerInvites"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/invite_tracker/invite": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an invite
         * @description Creates a Discord invite to a channel of the server and answers with its code and URL.
         */
        post: operations["createInviteTrackerInvite"];
        /**
         * Delete an invite
         * @description Deletes the server's invite with this code.
         */
        delete: operations["deleteInviteTrackerInvite"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/invite_tracker/stats/uses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List joins through one member's invites
         * @description The recorded joins through invites owned by `inviter_id`.
         */
        get: operations["listInviteTrackerInviteUses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/polls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Polls service home */
        get: operations["getPollsService"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/polls/livez": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Polls service liveness */
        get: operations["getPollsLiveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/polls/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Polls service readiness */
        get: operations["getPollsReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/polls/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether polls are enabled */
        get: operations["getPollsStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/polls/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enable polls
         * @description Turns the module on for the server; 409 when it is already on. Answers with the settings, polls and answers the module now holds.
         */
        post: operations["enablePolls"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/polls/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disable polls
         * @description Turns the module off; answers with its settings, polls and answers as they were. 409 when it is already off.
         */
        post: operations["disablePolls"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/polls/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get polls settings */
        get: operations["getPollsSettings"];
        /**
         * Update polls settings
         * @description Changes only the fields sent; an omitted or `null` field keeps its value.
         */
        put: operations["updatePollsSettings"];
        post?: never;
        /**
         * Reset polls settings
         * @description Deletes the module's settings for the server; answers with the settings, polls and answers as they were.
         */
        delete: operations["resetPollsSettings"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/polls/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the server's polls
         * @description Every poll of the server, each with its answers.
         */
        get: operations["listPolls"];
        put?: never;
        /**
         * Create a poll
         * @description Creates a poll in a channel and answers with it and its answers. `poll_type` and `poll_answer_type` are numeric codes the docs do not enumerate.
         */
        post: operations["createPoll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/polls/entries/{entry_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The poll to act on. The docs do not say whether this is the row `id` or the `poll_id`. (Some operations declare it `string | null`, a FastAPI artefact; a path parameter is always a present string.)
                 * @example 184
                 */
                entry_id: components["parameters"]["PollEntryId"];
            };
            cookie?: never;
        };
        /**
         * Get one poll
         * @description The poll with its answers.
         */
        get: operations["getPoll"];
        /**
         * Edit a poll
         * @description Changes only the fields sent; an omitted or `null` field keeps its value. Answers with a confirmation, not the poll.
         */
        put: operations["updatePoll"];
        post?: never;
        /**
         * Delete a poll
         * @description Removes the poll and answers with it as it was.
         */
        delete: operations["deletePoll"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/polls/entries/{entry_id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The poll to act on. The docs do not say whether this is the row `id` or the `poll_id`. (Some operations declare it `string | null`, a FastAPI artefact; a path parameter is always a present string.)
                 * @example 184
                 */
                entry_id: components["parameters"]["PollEntryId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close a poll
         * @description Ends voting on the poll before its end time; 409 when it cannot be closed in its current state (e.g. already closed).
         */
        post: operations["closePoll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/giveaways": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Giveaways service home */
        get: operations["getGiveawaysService"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/giveaways/livez": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Giveaways service liveness */
        get: operations["getGiveawaysLiveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/giveaways/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Giveaways service readiness */
        get: operations["getGiveawaysReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/giveaways/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether giveaways are enabled */
        get: operations["getGiveawaysStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/giveaways/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enable giveaways
         * @description Turns the module on for the server; 409 when it is already on. Answers with the settings and giveaways the module now holds.
         */
        post: operations["enableGiveaways"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/giveaways/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disable giveaways
         * @description Turns the module off; answers with its settings and giveaways as they were. 409 when it is already off.
         */
        post: operations["disableGiveaways"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/giveaways/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get giveaways settings */
        get: operations["getGiveawaysSettings"];
        /**
         * Update giveaways settings
         * @description Changes only the fields sent; an omitted or `null` field keeps its value.
         */
        put: operations["updateGiveawaysSettings"];
        post?: never;
        /**
         * Reset giveaways settings
         * @description Deletes the module's settings for the server; answers with the settings and giveaways as they were.
         */
        delete: operations["resetGiveawaysSettings"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/giveaways/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the server's giveaways */
        get: operations["listGiveaways"];
        put?: never;
        /**
         * Start a giveaway
         * @description Posts a giveaway in a channel and answers with it.
         */
        post: operations["createGiveaway"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/giveaways/entries/{entry_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The giveaway to act on. The docs do not say whether this is the row `id` or the `giveaway_id`. (Some operations declare it `string | null`, a FastAPI artefact; a path parameter is always a present string.)
                 * @example 58
                 */
                entry_id: components["parameters"]["GiveawayEntryId"];
            };
            cookie?: never;
        };
        /** Get one giveaway */
        get: operations["getGiveaway"];
        /**
         * Edit a giveaway
         * @description Changes the prize, description or number of winners; an omitted or `null` field keeps its value. Answers with a confirmation, not the giveaway.
         */
        put: operations["updateGiveaway"];
        post?: never;
        /**
         * Delete a giveaway
         * @description Removes the giveaway and answers with it as it was.
         */
        delete: operations["deleteGiveaway"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/giveaways/entries/{entry_id}/reroll": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The giveaway to act on. The docs do not say whether this is the row `id` or the `giveaway_id`. (Some operations declare it `string | null`, a FastAPI artefact; a path parameter is always a present string.)
                 * @example 58
                 */
                entry_id: components["parameters"]["GiveawayEntryId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reroll a giveaway
         * @description Draws the winners of the giveaway again; 409 when it cannot be rerolled in its current state.
         */
        post: operations["rerollGiveaway"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reminders service home */
        get: operations["getRemindersService"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/reminders/livez": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reminders service liveness */
        get: operations["getRemindersLiveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/reminders/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reminders service readiness */
        get: operations["getRemindersReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/reminders/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether reminders are enabled */
        get: operations["getRemindersStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/reminders/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enable reminders
         * @description Turns the module on for the server; 409 when it is already on. Answers with the server's reminders.
         */
        post: operations["enableReminders"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/reminders/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disable reminders
         * @description Turns the module off; answers with the server's reminders as they were. 409 when it is already off.
         */
        post: operations["disableReminders"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/reminders/settings": {
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
         * Reset reminders
         * @description Resets the module's data for the server (there are no settings to read or change); answers with the server's reminders as they were.
         */
        delete: operations["resetRemindersSettings"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/reminders/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the server's reminders
         * @description Every reminder of the server, optionally narrowed to one type or one member.
         */
        get: operations["listReminders"];
        put?: never;
        /**
         * Create a reminder
         * @description Schedules a reminder and answers with it. `reminder_type` is a numeric code and the keys of `schedule_details` depend on it; the docs enumerate neither.
         */
        post: operations["createReminder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/modules/reminders/entries/{entry_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The reminder to act on. The docs do not say whether this is the row `id` or the `reminder_id`. (DELETE declares it `string | null`, a FastAPI artefact; a path parameter is always a present string.)
                 * @example 412
                 */
                entry_id: string;
            };
            cookie?: never;
        };
        /** Get one reminder */
        get: operations["getReminder"];
        put?: never;
        post?: never;
        /**
         * Delete a reminder
         * @description Removes the reminder and answers with it as it was.
         */
        delete: operations["deleteReminder"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description Every successful Husqy response wraps its payload in `data`; lists come back as a named array inside it (`{"data": {"entries": [...]}}`), never as a bare array, and there is no paging. */
        DataEnvelope: {
            /** @description The payload; each operation narrows its shape. */
            data: unknown;
        };
        /** @description A sentence from the server, as a service's greeting or as the confirmation of an action. */
        Message: {
            message: string;
        };
        /** @description The body of every non-2xx response, an RFC 9457 problem details object (https://www.rfc-editor.org/rfc/rfc9457). The docs contradict themselves on two points and this schema accepts both readings: `errors` is a map from field to message in the schema but an array in the prose example, and `message` (and `detail`) is required-but-nullable in the schema but "may be absent" in the prose. */
        ProblemDetails: {
            /** @description A URI naming the problem type; Husqy uses the RFC 9110 section of the status. */
            type?: string;
            /** @description A short name for the problem: `ValidationError`, `Unauthorized`, `Forbidden`, `NotFound`, `Conflict`, `InternalServerError`, `DatabaseError`, … */
            title: string;
            /** @description The HTTP status, repeated. */
            status: number;
            /** @description What went wrong in this occurrence. */
            detail?: string | null;
            /** @description A human-readable explanation, when the server gives one. */
            message?: string | null;
            /** @description Per-field problems, as a field → message map or as a list. */
            errors?: {
                [key: string]: string;
            } | unknown[] | null;
        };
        /** @description The answer of a liveness or readiness probe. */
        ProbeStatus: {
            /** @description Free text such as `ok`; the docs do not enumerate it. */
            status: string;
        };
        /** @description A Discord snowflake (server, channel, role, user or message id) as the request side expects it: a JSON integer of up to 64 bits. Most real ids are above 2^53, which a JavaScript number cannot hold, so the client takes a `string` or `bigint` and writes it as an exact JSON integer. Responses carry the same ids as strings (`SnowflakeText`). */
        Snowflake: string | bigint | number;
        /** @description A Discord snowflake as responses carry it: the id in decimal, as a string, so that it survives JSON parsers with 53-bit numbers. (Tolerant: no pattern, as the docs' own examples use placeholder text here.) */
        SnowflakeText: string;
        /** @description A Discord server as Husqy knows it. */
        HusqyGuild: {
            name: string;
            id: components["schemas"]["SnowflakeText"];
            /** @description The server's icon hash, if it has an icon. */
            icon: string | null;
            /** @description Not explained by the docs; presumably whether Husqy is active on the server. */
            active: boolean;
        };
        /** @description Husqy's general settings for a server. Each `module_*` flag says whether that module is on; all default to `false`. */
        ServerSettings: {
            /** @description Husqy's row id. */
            readonly id: number;
            guild_id: components["schemas"]["SnowflakeText"];
            /** @description The language abbreviation (see `/helpers/get-supported-languages`). */
            language: string;
            /** @description The server's time zone (see `/helpers/get-supported-timezones`). */
            gmt: string;
            /** @description The unit system (see `/helpers/get-supported-unit-systems`). */
            unit_system: string;
            /** @description Not explained by the docs. Text here, although the update takes an integer. */
            auto_delete: string | null;
            /** @default false */
            module_logging: boolean;
            /** @default false */
            module_tempchannel: boolean;
            /** @default false */
            module_socials: boolean;
            /** @default false */
            module_reactionroles: boolean;
            /** @default false */
            module_autoresponder: boolean;
            /** @default false */
            module_tickets: boolean;
            /** @default false */
            module_serverstats: boolean;
            /** @default false */
            module_tags: boolean;
            /** @default false */
            module_welcoming: boolean;
            /** @default false */
            module_verifier: boolean;
            /** @default false */
            module_rules: boolean;
            /** @default false */
            module_invite_tracker: boolean;
            /** @default false */
            module_polls: boolean;
            /** @default false */
            module_reminders: boolean;
            /** @default false */
            module_giveaways: boolean;
        };
        /** @description A Discord entitlement (a purchased SKU) of the server. */
        ServerEntitlement: {
            /** @description Husqy's row id. */
            readonly id: number;
            guild_id: components["schemas"]["SnowflakeText"];
            sku_id: components["schemas"]["SnowflakeText"];
            /** @description Discord's entitlement type number. */
            entitlement_type: number;
            /** Format: date-time */
            start_at: string;
            /** Format: date-time */
            ends_at: string | null;
            /** @default false */
            deleted: boolean;
        };
        /** @description A partial update; `guild_id` names the server, every other field is optional and `null` means "leave as is". */
        ServerSettingsUpdate: {
            guild_id: components["schemas"]["Snowflake"];
            language?: string | null;
            gmt?: string | null;
            unit_system?: string | null;
            auto_delete?: number | null;
        };
        /** @description A credential to check. */
        TokenAuthorization: {
            /** @description A Discord OAuth access token or a server API key. */
            access_token: string;
        };
        /** @description What a valid credential stands for. The docs do not define `sub` or `target`. */
        TokenAuthorizationResult: {
            /** @description The subject of the credential (undocumented). */
            sub: string;
            access_token: string;
            /** @description Undocumented; presumably what `/auth/validate-user-permissions` expects as `target`. */
            target: string;
        };
        /** @description Which server to check access to. */
        UserPermissionsCheck: {
            /** @description The Discord server. This one operation accepts the id as a JSON integer or as a decimal string. */
            guild_id: components["schemas"]["Snowflake"] | string;
            /** @description Undocumented; as returned by `/auth/authorize`. */
            target: string;
        };
        /** @description The outcome of an access check. */
        UserPermissionsResult: {
            has_access: boolean;
        };
        /** @description A server API key. It acts as an administrator of its one server. */
        ApiKey: {
            /** @description Husqy's row id. */
            readonly id: number;
            guild_id: components["schemas"]["SnowflakeText"];
            /** @description The key itself. */
            api_key: string;
            /**
             * Format: date-time
             * @description When the key was last used; `null` if never.
             */
            last_use: string | null;
        };
        /** @description Names the Discord server an action applies to. Husqy has no `/guilds/{id}` paths: the server travels as `guild_id`, in the query on GET and in the JSON body on POST, PUT and DELETE. */
        GuildReference: {
            guild_id: components["schemas"]["Snowflake"];
        };
        /** @description The API key to delete and its server. */
        ApiKeyDelete: {
            guild_id: components["schemas"]["Snowflake"];
            /** @description The key's value. */
            api_key: string;
        };
        /** @description A language Husqy can answer in. */
        SupportedLanguage: {
            full_name: string;
            /** @description The code to use in settings and lookups. */
            abbreviation: string;
        };
        /** @description A role of a server. */
        GuildRole: {
            name: string;
            id: components["schemas"]["SnowflakeText"];
        };
        /** @description A user of a server. */
        GuildUser: {
            name: string;
            id: components["schemas"]["SnowflakeText"];
            /** @description The user's avatar, if any. */
            image: string | null;
            /** @description Whether the user opted out of Husqy's data collection. */
            prevent_data_collection: boolean;
        };
        /** @description A channel of a server. */
        GuildChannel: {
            name: string | null;
            id: components["schemas"]["SnowflakeText"];
            /** @description The channel's kind, as text; the docs do not list the values. */
            type: string;
        };
        /** @description A custom emoji of a server. */
        GuildEmoji: {
            id: components["schemas"]["SnowflakeText"];
            name: string;
            animated: boolean;
            colons_required: boolean;
            managed: boolean;
            /** @description Where the emoji's image is. */
            url: string;
        };
        /** @description Whether a module is enabled on the server. */
        ModuleStatus: {
            /** @description `true` when the module is enabled. */
            status: boolean;
        };
        /** @description Where logs go and which event kinds are logged. Every flag defaults to `true`. */
        LoggingSettings: {
            /** @description Husqy's row id. */
            readonly id: number;
            guild_id: components["schemas"]["SnowflakeText"];
            logs_channel_id: components["schemas"]["SnowflakeText"];
            /** @default true */
            log_errors: boolean;
            /** @default true */
            log_info: boolean;
            /** @default true */
            log_settings_changed: boolean;
            /** @default true */
            log_channel_create: boolean;
            /** @default true */
            log_channel_delete: boolean;
            /** @default true */
            log_channel_update: boolean;
            /** @default true */
            log_clear_messages: boolean;
            /** @default true */
            log_slowmode: boolean;
            /** @default true */
            log_role_create: boolean;
            /** @default true */
            log_role_delete: boolean;
            /** @default true */
            log_role_update: boolean;
            /** @default true */
            log_user_warn_create: boolean;
            /** @default true */
            log_user_warn_delete: boolean;
            /** @default true */
            log_kick_events: boolean;
            /** @default true */
            log_ban_create: boolean;
            /** @default true */
            log_ban_delete: boolean;
            /** @default true */
            log_games: boolean;
            /** @default true */
            log_help: boolean;
            /** @default true */
            log_modules: boolean;
            /** @default true */
            log_tempmute: boolean;
            /** @default true */
            log_temptimeout: boolean;
            /** @default true */
            log_customembed_send: boolean;
            /** @default true */
            log_customembed_create: boolean;
            /** @default true */
            log_vckick: boolean;
            /** @default true */
            log_move: boolean;
            /** @default true */
            log_channel_lock: boolean;
            /** @default true */
            log_channel_unlock: boolean;
            /** @default true */
            log_channel_join: boolean;
            /** @default true */
            log_channel_leave: boolean;
            /** @default true */
            log_channel_move: boolean;
            /** @default true */
            log_custommodal_create: boolean;
            /** @default true */
            log_custommodal_preview: boolean;
            /** @default true */
            log_user_server_muted: boolean;
            /** @default true */
            log_user_server_unmuted: boolean;
            /** @default true */
            log_user_server_deafend: boolean;
            /** @default true */
            log_user_server_undeafend: boolean;
            /** @default true */
            log_user_deafend: boolean;
            /** @default true */
            log_user_undeafend: boolean;
            /** @default true */
            log_user_muted: boolean;
            /** @default true */
            log_user_unmuted: boolean;
            /** @default true */
            log_user_stream_started: boolean;
            /** @default true */
            log_user_stream_stopped: boolean;
            /** @default true */
            log_user_camera_stream_started: boolean;
            /** @default true */
            log_user_camera_stream_stopped: boolean;
            /** @default true */
            log_qr_generated: boolean;
            /** @default true */
            log_time_converted: boolean;
            /** @default true */
            log_meme: boolean;
            /** @default true */
            log_reactionroles_panel_create: boolean;
            /** @default true */
            log_reactionroles_panel_delete: boolean;
            /** @default true */
            log_reactionroles_panel_edit: boolean;
            /** @default true */
            log_reactionroles_panel_entry_create: boolean;
            /** @default true */
            log_reactionroles_panel_entry_delete: boolean;
            /** @default true */
            log_reactionroles_panel_entry_edit: boolean;
            /** @default true */
            log_tag_create: boolean;
            /** @default true */
            log_tag_delete: boolean;
            /** @default true */
            log_tag_edit: boolean;
            /** @default true */
            log_tag_send: boolean;
            /** @default true */
            log_tag_preview: boolean;
            /** @default true */
            log_autoresponder_trigger_created: boolean;
            /** @default true */
            log_autoresponder_trigger_deleted: boolean;
            /** @default true */
            log_autoresponder_trigger_edited: boolean;
            /** @default true */
            log_autoresponder_trigger_hit: boolean;
            /** @default true */
            log_autoresponder_response_created: boolean;
            /** @default true */
            log_autoresponder_response_deleted: boolean;
            /** @default true */
            log_welcoming_response_create: boolean;
            /** @default true */
            log_welcoming_response_delete: boolean;
            /** @default true */
            log_welcoming_timedrole_create: boolean;
            /** @default true */
            log_welcoming_timedrole_delete: boolean;
            /** @default true */
            log_welcoming_check_welcome_dm: boolean;
            /** @default true */
            log_welcoming_check_welcome_channel: boolean;
            /** @default true */
            log_welcoming_check_leave_channel: boolean;
            /** @default true */
            log_welcoming_check_role_on_join: boolean;
            /** @default true */
            log_welcoming_check_role_timed: boolean;
            /** @default true */
            log_socials_reddit_remove: boolean;
            /** @default true */
            log_socials_reddit_add: boolean;
            /** @default true */
            log_socials_rss_remove: boolean;
            /** @default true */
            log_socials_rss_add: boolean;
            /** @default true */
            log_socials_twitch_remove: boolean;
            /** @default true */
            log_socials_twitch_add: boolean;
            /** @default true */
            log_socials_youtube_remove: boolean;
            /** @default true */
            log_socials_youtube_add: boolean;
            /** @default true */
            log_creation_channel_create: boolean;
            /** @default true */
            log_creation_channel_delete: boolean;
            /** @default true */
            log_creation_channel_edit: boolean;
            /** @default true */
            log_tempchannel_check_create: boolean;
            /** @default true */
            log_tempchannel_check_delete: boolean;
            /** @default true */
            log_tempchannel_name_edited: boolean;
            /** @default true */
            log_tempchannel_user_limit_edited: boolean;
            /** @default true */
            log_tempchannel_slowmode_edited: boolean;
            /** @default true */
            log_tempchannel_bitrate_edited: boolean;
            /** @default true */
            log_tempchannel_age_restriction_edited: boolean;
            /** @default true */
            log_tempchannel_region_edited: boolean;
            /** @default true */
            log_tempchannel_claimed: boolean;
            /** @default true */
            log_tempchannel_transferred: boolean;
            /** @default true */
            log_tempchannel_deleted: boolean;
            /** @default true */
            log_tempchannel_block_rule_added: boolean;
            /** @default true */
            log_tempchannel_block_rule_removed: boolean;
            /** @default true */
            log_tempchannel_trust_rule_added: boolean;
            /** @default true */
            log_tempchannel_trust_rule_removed: boolean;
            /** @default true */
            log_verifier_verification_create: boolean;
            /** @default true */
            log_verifier_verification_handle: boolean;
            /** @default true */
            log_rules_rule_add: boolean;
            /** @default true */
            log_rules_rule_remove: boolean;
            /** @default true */
            log_rules_send_check: boolean;
            /** @default true */
            log_rules_interaction_check: boolean;
            /** @default true */
            log_ticket_panel_create: boolean;
            /** @default true */
            log_ticket_panel_edit: boolean;
            /** @default true */
            log_ticket_panel_delete: boolean;
            /** @default true */
            log_ticket_type_add: boolean;
            /** @default true */
            log_ticket_type_delete: boolean;
            /** @default true */
            log_ticket_create: boolean;
            /** @default true */
            log_ticket_form_showed: boolean;
            /** @default true */
            log_ticket_delete: boolean;
            /** @default true */
            log_ticket_transfer: boolean;
            /** @default true */
            log_ticket_reopen: boolean;
            /** @default true */
            log_ticket_close: boolean;
            /** @default true */
            log_ticket_claim: boolean;
            /** @default true */
            log_ticket_transcribe: boolean;
            /** @default true */
            log_invite_created: boolean;
            /** @default true */
            log_invite_deleted: boolean;
            /** @default true */
            log_invite_based_join: boolean;
            /** @default true */
            log_invite_based_leave: boolean;
            /** @default true */
            log_serverstats_counter_created: boolean;
            /** @default true */
            log_serverstats_counter_deleted: boolean;
            /** @default true */
            log_serverstats_starboard_check: boolean;
            /** @default true */
            log_serverstats_counters_updated: boolean;
            /** @default true */
            log_polls_created: boolean;
            /** @default true */
            log_polls_edited: boolean;
            /** @default true */
            log_polls_deleted: boolean;
            /** @default true */
            log_polls_closed: boolean;
            /** @default true */
            log_polls_closed_manually: boolean;
            /** @default true */
            log_polls_vote_added: boolean;
            /** @default true */
            log_polls_vote_removed: boolean;
            /** @default true */
            log_reminders_created: boolean;
            /** @default true */
            log_reminders_deleted: boolean;
            /** @default true */
            log_reminders_send: boolean;
            /** @default true */
            log_reminders_completed: boolean;
            /** @default true */
            log_reminders_reminded_later: boolean;
            /** @default true */
            log_giveaways_created: boolean;
            /** @default true */
            log_giveaways_deleted: boolean;
            /** @default true */
            log_giveaways_edited: boolean;
            /** @default true */
            log_giveaways_rerolled: boolean;
            /** @default true */
            log_giveaways_entered: boolean;
            /** @default true */
            log_giveaways_leaves: boolean;
            /** @default true */
            log_giveaways_finished: boolean;
        };
        /** @description A partial update; `guild_id` names the server, every other field is optional and `null` means "leave as is". */
        LoggingSettingsUpdate: {
            guild_id: components["schemas"]["Snowflake"];
            logs_channel_id?: components["schemas"]["Snowflake"] | null;
            log_errors?: boolean | null;
            log_info?: boolean | null;
            log_settings_changed?: boolean | null;
            log_channel_create?: boolean | null;
            log_channel_delete?: boolean | null;
            log_channel_update?: boolean | null;
            log_clear_messages?: boolean | null;
            log_slowmode?: boolean | null;
            log_role_create?: boolean | null;
            log_role_delete?: boolean | null;
            log_role_update?: boolean | null;
            log_user_warn_create?: boolean | null;
            log_user_warn_delete?: boolean | null;
            log_kick_events?: boolean | null;
            log_ban_create?: boolean | null;
            log_ban_delete?: boolean | null;
            log_games?: boolean | null;
            log_help?: boolean | null;
            log_modules?: boolean | null;
            log_tempmute?: boolean | null;
            log_temptimeout?: boolean | null;
            log_customembed_send?: boolean | null;
            log_customembed_create?: boolean | null;
            log_vckick?: boolean | null;
            log_move?: boolean | null;
            log_channel_lock?: boolean | null;
            log_channel_unlock?: boolean | null;
            log_channel_join?: boolean | null;
            log_channel_leave?: boolean | null;
            log_channel_move?: boolean | null;
            log_custommodal_create?: boolean | null;
            log_custommodal_preview?: boolean | null;
            log_user_server_muted?: boolean | null;
            log_user_server_unmuted?: boolean | null;
            log_user_server_deafend?: boolean | null;
            log_user_server_undeafend?: boolean | null;
            log_user_deafend?: boolean | null;
            log_user_undeafend?: boolean | null;
            log_user_muted?: boolean | null;
            log_user_unmuted?: boolean | null;
            log_user_stream_started?: boolean | null;
            log_user_stream_stopped?: boolean | null;
            log_user_camera_stream_started?: boolean | null;
            log_user_camera_stream_stopped?: boolean | null;
            log_qr_generated?: boolean | null;
            log_time_converted?: boolean | null;
            log_meme?: boolean | null;
            log_reactionroles_panel_create?: boolean | null;
            log_reactionroles_panel_delete?: boolean | null;
            log_reactionroles_panel_edit?: boolean | null;
            log_reactionroles_panel_entry_create?: boolean | null;
            log_reactionroles_panel_entry_delete?: boolean | null;
            log_reactionroles_panel_entry_edit?: boolean | null;
            log_tag_create?: boolean | null;
            log_tag_delete?: boolean | null;
            log_tag_edit?: boolean | null;
            log_tag_send?: boolean | null;
            log_tag_preview?: boolean | null;
            log_autoresponder_trigger_created?: boolean | null;
            log_autoresponder_trigger_deleted?: boolean | null;
            log_autoresponder_trigger_edited?: boolean | null;
            log_autoresponder_trigger_hit?: boolean | null;
            log_autoresponder_response_created?: boolean | null;
            log_autoresponder_response_deleted?: boolean | null;
            log_welcoming_response_create?: boolean | null;
            log_welcoming_response_delete?: boolean | null;
            log_welcoming_timedrole_create?: boolean | null;
            log_welcoming_timedrole_delete?: boolean | null;
            log_welcoming_check_welcome_dm?: boolean | null;
            log_welcoming_check_welcome_channel?: boolean | null;
            log_welcoming_check_leave_channel?: boolean | null;
            log_welcoming_check_role_on_join?: boolean | null;
            log_welcoming_check_role_timed?: boolean | null;
            log_socials_reddit_remove?: boolean | null;
            log_socials_reddit_add?: boolean | null;
            log_socials_rss_remove?: boolean | null;
            log_socials_rss_add?: boolean | null;
            log_socials_twitch_remove?: boolean | null;
            log_socials_twitch_add?: boolean | null;
            log_socials_youtube_remove?: boolean | null;
            log_socials_youtube_add?: boolean | null;
            log_creation_channel_create?: boolean | null;
            log_creation_channel_delete?: boolean | null;
            log_creation_channel_edit?: boolean | null;
            log_tempchannel_check_create?: boolean | null;
            log_tempchannel_check_delete?: boolean | null;
            log_tempchannel_name_edited?: boolean | null;
            log_tempchannel_user_limit_edited?: boolean | null;
            log_tempchannel_slowmode_edited?: boolean | null;
            log_tempchannel_bitrate_edited?: boolean | null;
            log_tempchannel_age_restriction_edited?: boolean | null;
            log_tempchannel_region_edited?: boolean | null;
            log_tempchannel_claimed?: boolean | null;
            log_tempchannel_transferred?: boolean | null;
            log_tempchannel_deleted?: boolean | null;
            log_tempchannel_block_rule_added?: boolean | null;
            log_tempchannel_block_rule_removed?: boolean | null;
            log_tempchannel_trust_rule_added?: boolean | null;
            log_tempchannel_trust_rule_removed?: boolean | null;
            log_verifier_verification_create?: boolean | null;
            log_verifier_verification_handle?: boolean | null;
            log_rules_rule_add?: boolean | null;
            log_rules_rule_remove?: boolean | null;
            log_rules_send_check?: boolean | null;
            log_rules_interaction_check?: boolean | null;
            log_ticket_panel_create?: boolean | null;
            log_ticket_panel_edit?: boolean | null;
            log_ticket_panel_delete?: boolean | null;
            log_ticket_type_add?: boolean | null;
            log_ticket_type_delete?: boolean | null;
            log_ticket_create?: boolean | null;
            log_ticket_form_showed?: boolean | null;
            log_ticket_delete?: boolean | null;
            log_ticket_transfer?: boolean | null;
            log_ticket_reopen?: boolean | null;
            log_ticket_close?: boolean | null;
            log_ticket_claim?: boolean | null;
            log_ticket_transcribe?: boolean | null;
            log_invite_created?: boolean | null;
            log_invite_deleted?: boolean | null;
            log_invite_based_join?: boolean | null;
            log_invite_based_leave?: boolean | null;
            log_serverstats_counter_created?: boolean | null;
            log_serverstats_counter_deleted?: boolean | null;
            log_serverstats_starboard_check?: boolean | null;
            log_serverstats_counters_updated?: boolean | null;
            log_polls_created?: boolean | null;
            log_polls_edited?: boolean | null;
            log_polls_deleted?: boolean | null;
            log_polls_closed?: boolean | null;
            log_polls_closed_manually?: boolean | null;
            log_polls_vote_added?: boolean | null;
            log_polls_vote_removed?: boolean | null;
            log_reminders_created?: boolean | null;
            log_reminders_deleted?: boolean | null;
            log_reminders_send?: boolean | null;
            log_reminders_completed?: boolean | null;
            log_reminders_reminded_later?: boolean | null;
            log_giveaways_created?: boolean | null;
            log_giveaways_deleted?: boolean | null;
            log_giveaways_edited?: boolean | null;
            log_giveaways_rerolled?: boolean | null;
            log_giveaways_entered?: boolean | null;
            log_giveaways_leaves?: boolean | null;
            log_giveaways_finished?: boolean | null;
        };
        /** @description What the module does on join and leave. Every flag defaults to `false`. The `*_response_id` fields name saved responses (`/responses`) by their `response_id`. */
        WelcomingSettings: {
            /** @description Husqy's row id. */
            readonly id: number;
            guild_id: components["schemas"]["SnowflakeText"];
            /** @default false */
            welcome_messages_enabled: boolean;
            /** @default false */
            welcome_messages_randomized: boolean;
            /** @description The channel welcome messages go to. */
            welcome_messages_channel?: components["schemas"]["SnowflakeText"] | null;
            /** @description The response used for welcome messages. */
            welcome_message_response_id?: string | null;
            /** @default false */
            welcome_messages_dm_enabled: boolean;
            /** @default false */
            welcome_messages_dm_randomized: boolean;
            /** @description The response used for welcome DMs. */
            welcome_message_dm_response_id?: string | null;
            /** @default false */
            leave_messages_enabled: boolean;
            /** @default false */
            leave_messages_randomized: boolean;
            /** @description The channel leave messages go to. */
            leave_messages_channel?: components["schemas"]["SnowflakeText"] | null;
            /** @description The response used for leave messages. */
            leave_message_response_id?: string | null;
            /** @default false */
            autorole_enabled: boolean;
            /** @description The roles given on join, as one piece of text. The docs do not say how several ids are joined; the update takes them as an array. */
            autorole_role_ids?: string | null;
            /** @default false */
            timedroles_enabled: boolean;
        };
        /** @description A saved welcome or leave message. */
        WelcomingResponse: {
            /** @description Husqy's row id. */
            readonly id: number;
            guild_id: components["schemas"]["SnowflakeText"];
            /** @description Husqy's id for the response, used in paths and settings. */
            response_id: string;
            /** @description What the response is for; the docs do not list the numbers. */
            response_type: number;
            /**
             * @description Whether `content` is posted as an embed.
             * @default false
             */
            is_embed: boolean;
            content: string;
        };
        /** @description A role Husqy gives members some time after they join. */
        WelcomingTimedRole: {
            /** @description Husqy's row id. */
            readonly id: number;
            guild_id: components["schemas"]["SnowflakeText"];
            /** @description Husqy's id for the timed role, used in paths. */
            timedrole_id: string;
            role_id: components["schemas"]["SnowflakeText"];
            /** @description How long after joining the role is given; the docs do not give the unit. */
            add_after: number;
        };
        /** @description A partial update; `guild_id` names the server, every other field is optional and `null` means "leave as is". */
        WelcomingSettingsUpdate: {
            guild_id: components["schemas"]["Snowflake"];
            welcome_messages_enabled?: boolean | null;
            welcome_messages_randomized?: boolean | null;
            welcome_messages_channel?: components["schemas"]["Snowflake"] | null;
            welcome_message_response_id?: string | null;
            welcome_messages_dm_enabled?: boolean | null;
            welcome_messages_dm_randomized?: boolean | null;
            welcome_message_dm_response_id?: string | null;
            leave_messages_enabled?: boolean | null;
            leave_messages_randomized?: boolean | null;
            leave_messages_channel?: components["schemas"]["Snowflake"] | null;
            leave_message_response_id?: string | null;
            autorole_enabled?: boolean | null;
            /** @description The roles to give on join. */
            autorole_role_ids?: components["schemas"]["Snowflake"][] | null;
            timedroles_enabled?: boolean | null;
        };
        /** @description A new saved message. */
        WelcomingResponseCreate: {
            guild_id: components["schemas"]["Snowflake"];
            /** @description What the response is for; the docs do not list the numbers. */
            response_type: number;
            /** @description Whether `content` is posted as an embed. */
            is_embed: boolean;
            content: string;
        };
        /** @description A new timed role. */
        WelcomingTimedRoleCreate: {
            guild_id: components["schemas"]["Snowflake"];
            role_id: components["schemas"]["Snowflake"];
            /** @description How long after joining the role is given; the docs do not give the unit. */
            add_after: number;
        };
        /** @description A voice channel Husqy watches; joining it makes a temp channel for the member. */
        TempChannelCreationChannel: {
            /** @description Husqy's row id. */
            readonly id: number;
            guild_id: components["schemas"]["SnowflakeText"];
            creation_channel_id: components["schemas"]["SnowflakeText"];
            /**
             * @description Whether joining makes a temp voice channel.
             * @default false
             */
            create_voice_channel: boolean;
            /** @description Name for new temp voice channels. */
            voice_channel_name?: string | null;
            /**
             * @description Whether joining makes a temp text channel.
             * @default false
             */
            create_text_channel: boolean;
            /** @description Name for new temp text channels. */
            text_channel_name?: string | null;
            /** @description The category new temp channels go in. */
            tempchannel_create_category_id: components["schemas"]["SnowflakeText"];
            /** @description The category for temp voice channels, when it differs. */
            voice_channel_category_id?: components["schemas"]["SnowflakeText"] | null;
            /** @description The category for temp text channels, when it differs. */
            text_channel_category_id?: components["schemas"]["SnowflakeText"] | null;
        };
        /** @description A temp channel Husqy made for a member, with its voice and/or text channel. */
        TempChannel: {
            /** @description Husqy's row id. */
            readonly id: number;
            guild_id: components["schemas"]["SnowflakeText"];
            /** @description The creation channel it came from. */
            creation_channel_id: components["schemas"]["SnowflakeText"];
            /** @description The member who owns it; `null` once nobody does (it can then be claimed). */
            owner_id?: components["schemas"]["SnowflakeText"] | null;
            voice_channel_id?: components["schemas"]["SnowflakeText"] | null;
            text_channel_id?: components["schemas"]["SnowflakeText"] | null;
            /** @description The id the temp channel is known by (the `tempchannel_id` path parameter). */
            tempchannel_id: components["schemas"]["SnowflakeText"];
            /**
             * Format: date-time
             * @description When its text channel last saw a message.
             */
            last_text_activity: string | null;
        };
        /** @description A new creation channel. The three category ids are strings (decimal snowflakes) in this body, as the service declares them, not integers. */
        TempChannelCreationChannelCreate: {
            guild_id: components["schemas"]["Snowflake"];
            /** @description Name of the voice channel Husqy creates to watch. */
            creation_channel_name: string;
            create_voice_channel: boolean;
            voice_channel_name?: string | null;
            voice_channel_category_id?: components["schemas"]["SnowflakeText"] | null;
            create_text_channel: boolean;
            text_channel_name?: string | null;
            text_channel_category_id?: components["schemas"]["SnowflakeText"] | null;
            tempchannel_create_category_id: components["schemas"]["SnowflakeText"];
        };
        /** @description A partial update; `guild_id` names the server, every other field is optional and `null` means "leave as is". Category ids are strings here, as on create. */
        TempChannelCreationChannelUpdate: {
            guild_id: components["schemas"]["Snowflake"];
            creation_channel_name?: string | null;
            create_voice_channel?: boolean | null;
            voice_channel_name?: string | null;
            voice_channel_category_id?: components["schemas"]["SnowflakeText"] | null;
            create_text_channel?: boolean | null;
            text_channel_name?: string | null;
            text_channel_category_id?: components["schemas"]["SnowflakeText"] | null;
        };
        /** @description An owner's action on a temp channel. Besides the server and the temp channel, the body carries `channel_id`, `application_id` and `token`, which by their names identify the Discord interaction (the button or command the member used) that Husqy answers; the docs do not explain them. The other edit bodies extend this one with the field they change. */
        TempChannelEditAction: {
            guild_id: components["schemas"]["Snowflake"];
            /** @description The temp channel to change. */
            tempchannel_id_to_edit: components["schemas"]["Snowflake"];
            /** @description The channel the interaction came from. */
            channel_id: components["schemas"]["Snowflake"];
            /** @description The Discord application (bot) the interaction belongs to. */
            application_id: components["schemas"]["Snowflake"];
            /** @description The interaction token. */
            token: string;
        };
        /** @description Adds or removes a block or trust rule on a temp channel. */
        TempChannelRuleChange: {
            /** @description `true` when `target_id` is a role, `false` when it is a member. */
            target_is_role: boolean;
            /** @description The role or member the rule is about. */
            target_id: components["schemas"]["Snowflake"];
        } & components["schemas"]["TempChannelEditAction"];
        /** @description Turns the age restriction of a temp channel on or off. */
        TempChannelAgeRestrictionChange: {
            age_restricted: boolean;
        } & components["schemas"]["TempChannelEditAction"];
        /** @description Sets the bitrate of a temp voice channel. */
        TempChannelBitrateChange: {
            /** @description Bits per second. */
            bitrate: number;
        } & components["schemas"]["TempChannelEditAction"];
        /** @description Renames a temp channel. */
        TempChannelNameChange: {
            name: string;
        } & components["schemas"]["TempChannelEditAction"];
        /** @description Sets the voice region of a temp voice channel. */
        TempChannelRegionChange: {
            /** @description A Discord voice region id such as `rotterdam`; the docs do not list the accepted values. */
            region: string;
        } & components["schemas"]["TempChannelEditAction"];
        /** @description Sets the slowmode of a temp channel. */
        TempChannelSlowmodeChange: {
            /** @description Assumption: seconds between a member's messages, as Discord's slowmode counts. */
            timeout: number;
        } & components["schemas"]["TempChannelEditAction"];
        /** @description Sets how many members may join a temp voice channel. */
        TempChannelUserLimitChange: {
            user_limit: number;
        } & components["schemas"]["TempChannelEditAction"];
        /** @description Hands a temp channel to another member. */
        TempChannelTransfer: {
            /** @description The member who becomes the owner. */
            new_owner: components["schemas"]["Snowflake"];
        } & components["schemas"]["TempChannelEditAction"];
        /** @description Which kinds of feed the server watches. Every switch defaults to `false`. */
        SocialsSettings: {
            /** @description Husqy's row id. */
            readonly id: number;
            guild_id: components["schemas"]["SnowflakeText"];
            /** @default false */
            monitor_reddit: boolean;
            /** @default false */
            monitor_rss: boolean;
            /** @default false */
            monitor_twitch: boolean;
            /** @default false */
            monitor_youtube: boolean;
        };
        /** @description A watched YouTube channel and the channel its new uploads go to. */
        SocialYoutubeFeed: {
            /** @description Husqy's row id. */
            readonly id: number;
            guild_id: components["schemas"]["SnowflakeText"];
            /** @description The channel's handle (sent as `youtube_channel_handle` when adding it). */
            channel_handle: string;
            /** @description The YouTube playlist of the channel's uploads. */
            uploads_playlist_id: string;
            /** @description The newest video Husqy has seen; `null` before the first. */
            latest_video_id: string | null;
            target_channel_id: components["schemas"]["SnowflakeText"];
            /**
             * @description Whether posts mention @everyone.
             * @default false
             */
            mention_everyone: boolean;
        };
        /** @description A watched RSS feed and the channel its new entries go to. */
        SocialRssFeed: {
            /** @description Husqy's row id. */
            readonly id: number;
            guild_id: components["schemas"]["SnowflakeText"];
            /** @description The feed's URL (sent as `rss_feed` when adding it). */
            url: string;
            /** @description The newest entry Husqy has seen; `null` before the first. */
            latest_entry: string | null;
            target_channel_id: components["schemas"]["SnowflakeText"];
            /**
             * @description Whether posts mention @everyone.
             * @default false
             */
            mention_everyone: boolean;
        };
        /** @description A watched subreddit and the channel its new posts go to. */
        SocialRedditFeed: {
            /** @description Husqy's row id. */
            readonly id: number;
            guild_id: components["schemas"]["SnowflakeText"];
            /** @description The subreddit's name. */
            subreddit: string;
            target_channel_id: components["schemas"]["SnowflakeText"];
            /**
             * @description Whether posts mention @everyone.
             * @default false
             */
            mention_everyone: boolean;
        };
        /** @description A watched Twitch account and the channel its go-live messages go to. */
        SocialTwitchFeed: {
            /** @description Husqy's row id. */
            readonly id: number;
            guild_id: components["schemas"]["SnowflakeText"];
            /** @description The account's login name. */
            twitch_account: string;
            target_channel_id: components["schemas"]["SnowflakeText"];
            /**
             * @description Whether messages mention @everyone.
             * @default false
             */
            mention_everyone: boolean;
        };
        /** @description Every feed the server watches, by kind. */
        SocialsFeeds: {
            youtube: components["schemas"]["SocialYoutubeFeed"][];
            rss: components["schemas"]["SocialRssFeed"][];
            reddit: components["schemas"]["SocialRedditFeed"][];
            twitch: components["schemas"]["SocialTwitchFeed"][];
        };
        /** @description A partial update; `guild_id` names the server, every other field is optional and `null` means "leave as is". */
        SocialsSettingsUpdate: {
            guild_id: components["schemas"]["Snowflake"];
            monitor_reddit?: boolean | null;
            monitor_rss?: boolean | null;
            monitor_twitch?: boolean | null;
            monitor_youtube?: boolean | null;
        };
        /** @description Where to post the meme. */
        SocialMemeRequest: {
            guild_id: components["schemas"]["Snowflake"];
            channel_id: components["schemas"]["Snowflake"];
        };
        /** @description A subreddit to watch and where its posts go. */
        SocialRedditFeedCreate: {
            guild_id: components["schemas"]["Snowflake"];
            subreddit: string;
            target_channel_id: components["schemas"]["Snowflake"];
            mention_everyone: boolean;
        };
        /** @description Names the subreddit to stop watching. */
        SocialRedditFeedDelete: {
            guild_id: components["schemas"]["Snowflake"];
            subreddit: string;
        };
        /** @description An RSS feed to watch and where its entries go. */
        SocialRssFeedCreate: {
            guild_id: components["schemas"]["Snowflake"];
            /** @description The feed's URL. */
            rss_feed: string;
            target_channel_id: components["schemas"]["Snowflake"];
            mention_everyone: boolean;
        };
        /** @description Names the feed (by URL) to stop watching. */
        SocialRssFeedDelete: {
            guild_id: components["schemas"]["Snowflake"];
            rss_feed: string;
        };
        /** @description A Twitch account to watch and where its go-live messages go. */
        SocialTwitchFeedCreate: {
            guild_id: components["schemas"]["Snowflake"];
            twitch_account: string;
            target_channel_id: components["schemas"]["Snowflake"];
            mention_everyone: boolean;
        };
        /** @description Names the Twitch account to stop watching. */
        SocialTwitchFeedDelete: {
            guild_id: components["schemas"]["Snowflake"];
            twitch_account: string;
        };
        /** @description A YouTube channel to watch and where its uploads go. */
        SocialYoutubeFeedCreate: {
            guild_id: components["schemas"]["Snowflake"];
            youtube_channel_handle: string;
            target_channel_id: components["schemas"]["Snowflake"];
            mention_everyone: boolean;
        };
        /** @description Names the YouTube channel (by handle) to stop watching. */
        SocialYoutubeFeedDelete: {
            guild_id: components["schemas"]["Snowflake"];
            youtube_channel_handle: string;
        };
        /** @description A message whose buttons, dropdown or emoji reactions give members roles, and how it behaves. */
        ReactionRolePanel: {
            /** @description Husqy's row id. */
            readonly id: number;
            guild_id: components["schemas"]["SnowflakeText"];
            /** @description Husqy's id of the panel, used in paths. */
            readonly panel_id: string;
            panel_message_id: components["schemas"]["SnowflakeText"];
            /** @default false */
            is_type_button: boolean;
            /** @default false */
            is_type_dropdown: boolean;
            /** @default false */
            is_type_emoji: boolean;
            /**
             * @description Whether a member may hold only one of the panel's roles.
             * @default false
             */
            limit_roles_to_one: boolean;
            /**
             * @description Assumption: whether picking an entry again takes its roles away.
             * @default false
             */
            supports_remove: boolean;
            /** @default false */
            keep_counter_at_one: boolean;
            /** @default false */
            delete_unrelated_emoji_reactions: boolean;
            /** @default false */
            remove_roles_from_users_on_entry_delete: boolean;
            panel_channel_id: components["schemas"]["SnowflakeText"];
            /**
             * @description Assumption: whether Husqy posted the panel's message, rather than the panel sitting on an existing message.
             * @default false
             */
            is_husqy_message: boolean;
            message_content?: string | null;
            /** @default false */
            message_is_embed: boolean;
        };
        /** @description One choice on a panel and the roles it gives. */
        ReactionRoleEntry: {
            /** @description Husqy's row id. */
            readonly id: number;
            guild_id: components["schemas"]["SnowflakeText"];
            /** @description The panel the entry belongs to. */
            panel_id: string;
            /** @description The roles the entry gives, as one string (requests send a list of ids; the docs do not say how the string joins them). */
            role_ids: string;
            emoji_name: string;
            /** @description A custom emoji's id, when the entry uses one. */
            emoji_id?: components["schemas"]["SnowflakeText"] | null;
            /** @description The label shown on a button or menu option. */
            text?: string | null;
            /** @description Husqy's id of the entry, used in paths. */
            readonly entry_id: string;
            description?: string | null;
        };
        /** @description A new reaction role panel. The message fields are named `is_embed` and `content` here but `message_is_embed` and `message_content` in updates and responses. */
        ReactionRolePanelCreate: {
            guild_id: components["schemas"]["Snowflake"];
            /** @description The panel's kind (buttons, dropdown or emoji reactions); the docs do not list the values. */
            panel_type: string;
            channel_id: components["schemas"]["Snowflake"];
            limit_roles_to_one: boolean;
            supports_remove: boolean;
            remove_roles_from_users_on_entry_delete: boolean;
            /** @description Undocumented flag. */
            is_register: boolean;
            keep_counter_at_one?: boolean | null;
            delete_unrelated_emoji_reactions?: boolean | null;
            /** @description An existing message to attach the panel to. */
            message_id?: components["schemas"]["Snowflake"] | null;
            is_embed?: boolean | null;
            content?: string | null;
        };
        /** @description A partial update; `guild_id` names the server, every other field is optional and `null` means "leave as is". */
        ReactionRolePanelUpdate: {
            guild_id: components["schemas"]["Snowflake"];
            panel_type?: string | null;
            limit_roles_to_one?: boolean | null;
            supports_remove?: boolean | null;
            keep_counter_at_one?: boolean | null;
            delete_unrelated_emoji_reactions?: boolean | null;
            remove_roles_from_users_on_entry_delete?: boolean | null;
            message_content?: string | null;
            message_is_embed?: boolean | null;
        };
        /** @description A new entry on a panel. */
        ReactionRoleEntryCreate: {
            guild_id: components["schemas"]["Snowflake"];
            role_ids: components["schemas"]["Snowflake"][];
            text?: string | null;
            description?: string | null;
            /** @description The emoji's name, or the emoji itself for a standard one. */
            emoji_name: string;
            /** @description A custom emoji's id; a string here, as the docs type it. */
            emoji_id?: string | null;
        };
        /** @description A partial update; `guild_id` names the server, every other field is optional and `null` means "leave as is". */
        ReactionRoleEntryUpdate: {
            guild_id: components["schemas"]["Snowflake"];
            role_ids?: components["schemas"]["Snowflake"][] | null;
            text?: string | null;
            description?: string | null;
        };
        /** @description A trigger: what to watch for and which responses to answer with. The channel, role and response lists come back as Husqy stores them, each in one string (the docs do not give its format), or `null` when unset. */
        AutoresponderTrigger: {
            /** @description Husqy's row id. */
            readonly id: number;
            guild_id: components["schemas"]["SnowflakeText"];
            /** @description The id Husqy gave the trigger, used in `/triggers/{trigger_id}`. */
            readonly trigger_id: string;
            /** @description How the text is matched; the docs do not list the values. */
            trigger_type: number;
            /**
             * @description Whether matching is case-sensitive.
             * @default false
             */
            match_case: boolean;
            /** @description The text to watch for. */
            trigger?: string | null;
            allowed_channel_ids?: string | null;
            ignored_channel_ids?: string | null;
            allowed_role_ids?: string | null;
            ignored_role_ids?: string | null;
            response_ids?: string | null;
        };
        /** @description A response a trigger can answer with, a message or an emoji reaction. */
        AutoresponderResponse: {
            /** @description Husqy's row id. */
            readonly id: number;
            guild_id: components["schemas"]["SnowflakeText"];
            /** @description The id Husqy gave the response, used in `/responses/{response_id}`. */
            readonly response_id: string;
            /** @description What kind of response it is; the docs do not list the values. */
            response_type: number;
            /** @description The message text. */
            response_content?: string | null;
            emoji_name?: string | null;
            /** @description A custom emoji's id. */
            emoji_id?: components["schemas"]["SnowflakeText"] | null;
        };
        /** @description A new trigger. */
        AutoresponderTriggerCreate: {
            guild_id: components["schemas"]["Snowflake"];
            /** @description How the text is matched; the docs do not list the values. */
            trigger_type: number;
            /** @description Whether matching is case-sensitive. */
            match_case: boolean;
            /** @description The text to watch for. */
            trigger?: string | null;
            allowed_channel_ids?: components["schemas"]["Snowflake"][] | null;
            ignored_channel_ids?: components["schemas"]["Snowflake"][] | null;
            allowed_role_ids?: components["schemas"]["Snowflake"][] | null;
            ignored_role_ids?: components["schemas"]["Snowflake"][] | null;
            /** @description The `response_id`s of the responses to answer with. */
            response_ids?: string[] | null;
        };
        /** @description A partial update; `guild_id` names the server, every other field is optional and `null` means "leave as is". */
        AutoresponderTriggerUpdate: {
            guild_id: components["schemas"]["Snowflake"];
            trigger_type?: number | null;
            match_case?: boolean | null;
            trigger?: string | null;
            allowed_channel_ids?: components["schemas"]["Snowflake"][] | null;
            ignored_channel_ids?: components["schemas"]["Snowflake"][] | null;
            allowed_role_ids?: components["schemas"]["Snowflake"][] | null;
            ignored_role_ids?: components["schemas"]["Snowflake"][] | null;
            /** @description The `response_id`s of the responses to answer with. */
            response_ids?: string[] | null;
        };
        /** @description A new response. */
        AutoresponderResponseCreate: {
            guild_id: components["schemas"]["Snowflake"];
            /** @description What kind of response it is; the docs do not list the values. */
            response_type: number;
            /** @description The message text. */
            response_content?: string | null;
            emoji_name?: string | null;
            /** @description A custom emoji's id. Unlike other ids in requests the docs type it as a string, so it is sent as one. */
            emoji_id?: string | null;
        };
        /** @description A panel members use to open tickets, and how the tickets it opens are set up. */
        TicketPanel: {
            /** @description Husqy's row id. */
            readonly id: number;
            guild_id: components["schemas"]["SnowflakeText"];
            /** @description Husqy's id of the panel, used in paths. */
            readonly panel_id: string;
            /** @description The panel's kind as a number. (Requests send `panel_type` as a string; the docs do not list the values of either.) */
            panel_type: number;
            /**
             * @description Whether the panel message is an embed.
             * @default false
             */
            create_message_is_embed: boolean;
            /** @description Content of the panel message. */
            create_message_content: string;
            /**
             * @description Whether members fill in a form before the ticket opens.
             * @default false
             */
            form_enabled: boolean;
            /** @description The form's definition. */
            form_content?: string | null;
            /** @default false */
            ticket_opened_message_is_embed: boolean;
            /** @description The message posted in a new ticket. */
            ticket_opened_message_content: string;
            /** @description Name given to a new ticket's channel or thread. */
            ticket_opened_name: string;
            /** @description The role whose members handle the tickets. */
            support_engineer_role_id?: components["schemas"]["SnowflakeText"] | null;
            create_message_category_id: components["schemas"]["SnowflakeText"];
            create_message_channel_id: components["schemas"]["SnowflakeText"];
            /** @description The categories for open tickets, as one string (requests send a list of ids; the docs do not say how the string joins them). */
            open_tickets_categories?: string | null;
            /** @description The categories for closed tickets, as one string (requests send a list of ids; the docs do not say how the string joins them). */
            closed_tickets_categories?: string | null;
            /**
             * @description Assumption: whether tickets are threads rather than channels.
             * @default false
             */
            threads_enabled: boolean;
            create_message_id: components["schemas"]["SnowflakeText"];
        };
        /** @description A support ticket. */
        Ticket: {
            /** @description Husqy's row id. */
            readonly id: number;
            guild_id: components["schemas"]["SnowflakeText"];
            /** @description Husqy's id of the ticket, used in paths. */
            readonly ticket_id: string;
            channel_id: components["schemas"]["SnowflakeText"];
            start_message_id: components["schemas"]["SnowflakeText"];
            /** @description The panel the ticket was opened from. */
            panel_id: string;
            /** @description The user handling the ticket, if anyone has claimed it. */
            current_support_engineer?: components["schemas"]["SnowflakeText"] | null;
            /** @default false */
            is_closed: boolean;
            /**
             * Format: date-time
             * @description When the ticket was opened. (The default is the moment the vendor's schema was generated, not a meaningful value.)
             * @default 2025-12-31T15:50:50.224502Z
             */
            opened_at: string;
            /** Format: date-time */
            closed_at?: string | null;
            /** @description The user who opened the ticket. */
            ticket_creator: components["schemas"]["SnowflakeText"];
        };
        /** @description A Discord message Husqy recorded as belonging to a ticket. */
        TicketMessage: {
            /** @description Husqy's row id. */
            readonly id: number;
            guild_id: components["schemas"]["SnowflakeText"];
            ticket_id: string;
            channel_id: components["schemas"]["SnowflakeText"];
            message_id: components["schemas"]["SnowflakeText"];
        };
        /** @description A kind of ticket a panel offers. */
        TicketType: {
            /** @description Husqy's row id. */
            readonly id: number;
            guild_id: components["schemas"]["SnowflakeText"];
            /** @description The panel the type belongs to. */
            panel_id: string;
            /** @description Husqy's id of the ticket type, used in paths. */
            readonly ticket_type_id: string;
            title: string;
            description?: string | null;
            /** @description A custom emoji's id, when the type shows one. */
            emoji_id?: components["schemas"]["SnowflakeText"] | null;
            /** @description The emoji's name, or the emoji itself for a standard one. */
            emoji_name?: string | null;
        };
        /** @description A new ticket panel. The three ids accept a JSON integer or a string, as the docs type them. */
        TicketPanelCreate: {
            guild_id: components["schemas"]["Snowflake"];
            /** @description The panel's kind; the docs do not list the values. */
            panel_type: string;
            create_message_is_embed: boolean;
            create_message_content: string;
            form_enabled: boolean;
            form_content?: string | null;
            ticket_opened_message_is_embed: boolean;
            threads_enabled: boolean;
            ticket_opened_message_content: string;
            ticket_opened_name: string;
            support_engineer_role_id: components["schemas"]["Snowflake"] | string;
            create_message_category_id: components["schemas"]["Snowflake"] | string;
            create_message_channel_id: components["schemas"]["Snowflake"] | string;
            open_tickets_categories?: components["schemas"]["Snowflake"][] | null;
            closed_tickets_categories?: components["schemas"]["Snowflake"][] | null;
        };
        /** @description A partial update; `guild_id` names the server, every other field is optional and `null` means "leave as is". */
        TicketPanelUpdate: {
            guild_id: components["schemas"]["Snowflake"];
            panel_type?: string | null;
            create_message_is_embed?: boolean | null;
            create_message_content?: string | null;
            form_enabled?: boolean | null;
            form_content?: string | null;
            ticket_opened_message_is_embed?: boolean | null;
            threads_enabled?: boolean | null;
            ticket_opened_message_content?: string | null;
            ticket_opened_name?: string | null;
            support_engineer_role_id?: components["schemas"]["Snowflake"] | null;
            open_tickets_categories?: components["schemas"]["Snowflake"][] | null;
            closed_tickets_categories?: components["schemas"]["Snowflake"][] | null;
        };
        /** @description A new ticket type. */
        TicketTypeCreate: {
            guild_id: components["schemas"]["Snowflake"];
            title: string;
            description?: string | null;
            /** @description A custom emoji's id; a string here, as the docs type it. */
            emoji_id?: string | null;
            emoji_name?: string | null;
        };
        /** @description Names the server for an action on a ticket. `application_id` and `token` are required but nullable: the bot fills them in when it acts for a Discord interaction. Assumption: a dashboard or API-key caller sends both as `null`. */
        TicketAction: {
            guild_id: components["schemas"]["Snowflake"];
            /** @description The Discord application answering an interaction. */
            application_id: components["schemas"]["Snowflake"] | null;
            /** @description The Discord interaction token. */
            token: string | null;
        };
        /** @description Hands a ticket to another support engineer. */
        TicketTransfer: {
            /** @description The member who takes the ticket over. */
            new_engineer: components["schemas"]["Snowflake"];
        } & components["schemas"]["TicketAction"];
        /** @description Whether counters and the starboard are on, where they live, and which statistics the bot records. Every flag defaults to `false`. `starboard_count` (how many star reactions put a message on the starboard) comes back as a string although updates send it as an integer; that is how the docs type it. */
        ServerstatsSettings: {
            /** @description Husqy's row id. */
            readonly id: number;
            guild_id: components["schemas"]["SnowflakeText"];
            /** @default false */
            counters_enabled: boolean;
            /** @description The category the counter channels are created in. */
            counters_category_id?: components["schemas"]["SnowflakeText"] | null;
            /** @default false */
            starboard_enabled: boolean;
            /** @description The channel starred messages are copied to. */
            starboard_channel_id?: components["schemas"]["SnowflakeText"] | null;
            /** @description How many star reactions a message needs to reach the starboard, as a decimal string. */
            starboard_count: string;
            /** @default false */
            stats_messages_enabled: boolean;
            /** @default false */
            stats_commands_enabled: boolean;
            /** @default false */
            stats_members_enabled: boolean;
            /** @default false */
            stats_activities_enabled: boolean;
            /** @default false */
            stats_voice_enabled: boolean;
            /** @default false */
            stats_modules_autoresponder_enabled: boolean;
            /** @default false */
            stats_modules_tags_enabled: boolean;
            /** @default false */
            stats_modules_verifier_enabled: boolean;
            /** @default false */
            stats_modules_socials_enabled: boolean;
            /** @default false */
            stats_modules_rules_enabled: boolean;
            /** @default false */
            stats_modules_invite_tracker_enabled: boolean;
            /** @default false */
            stats_modules_reactionroles_enabled: boolean;
            /** @default false */
            stats_modules_welcoming_enabled: boolean;
            /** @default false */
            stats_modules_tempchannels_enabled: boolean;
            /** @default false */
            stats_modules_tickets_enabled: boolean;
            /** @default false */
            stats_modules_reminders_enabled: boolean;
            /** @default false */
            stats_modules_giveaways_enabled: boolean;
            /** @default false */
            stats_modules_polls_enabled: boolean;
        };
        /** @description A channel whose name shows a live count. The docs do not list the values of `counter_type`. */
        ServerstatsCounter: {
            /** @description Husqy's row id. */
            readonly id: number;
            guild_id: components["schemas"]["SnowflakeText"];
            channel_id: components["schemas"]["SnowflakeText"];
            /** @description Husqy's id of the counter, used in `/counters/{counter_id}`. */
            counter_id: string;
            counter_type: number;
            /** @description The channel name pattern. */
            format: string;
            /** @description The role counted, for counter types that count a role. */
            role_id?: components["schemas"]["SnowflakeText"] | null;
            /** @description A goal shown beside the count, if any. */
            goal_count?: number | null;
        };
        /** @description A message that reached the starboard, and its copy there. */
        ServerstatsStarboardEntry: {
            /** @description Husqy's row id. */
            readonly id: number;
            guild_id: components["schemas"]["SnowflakeText"];
            original_message_id: components["schemas"]["SnowflakeText"];
            starboard_message_id: components["schemas"]["SnowflakeText"];
            /** Format: date-time */
            monitoring_start?: string;
        };
        /** @description A partial update; `guild_id` names the server, every other field is optional and `null` means "leave as is". The two channel ids are typed integer-or-string by the docs; both are accepted. */
        ServerstatsSettingsUpdate: {
            guild_id: components["schemas"]["Snowflake"];
            counters_enabled?: boolean | null;
            counters_category_id?: components["schemas"]["Snowflake"] | string | null;
            starboard_enabled?: boolean | null;
            starboard_channel_id?: components["schemas"]["Snowflake"] | string | null;
            starboard_count?: number | null;
            stats_messages_enabled?: boolean | null;
            stats_commands_enabled?: boolean | null;
            stats_members_enabled?: boolean | null;
            stats_activities_enabled?: boolean | null;
            stats_voice_enabled?: boolean | null;
            stats_modules_autoresponder_enabled?: boolean | null;
            stats_modules_tags_enabled?: boolean | null;
            stats_modules_verifier_enabled?: boolean | null;
            stats_modules_socials_enabled?: boolean | null;
            stats_modules_rules_enabled?: boolean | null;
            stats_modules_invite_tracker_enabled?: boolean | null;
            stats_modules_reactionroles_enabled?: boolean | null;
            stats_modules_welcoming_enabled?: boolean | null;
            stats_modules_tempchannels_enabled?: boolean | null;
            stats_modules_tickets_enabled?: boolean | null;
            stats_modules_reminders_enabled?: boolean | null;
            stats_modules_giveaways_enabled?: boolean | null;
            stats_modules_polls_enabled?: boolean | null;
        };
        /** @description A new counter. Only `counter_type` is required besides the server. */
        ServerstatsCounterCreate: {
            guild_id: components["schemas"]["Snowflake"];
            counter_type: number;
            /** @description The channel name pattern. */
            new_format?: string | null;
            /** @description The role to count, for counter types that count a role. */
            new_role_id?: components["schemas"]["Snowflake"] | null;
            /** @description A goal to show beside the count. */
            new_goal?: number | null;
        };
        /** @description An activity a member showed, from start to end. */
        StatsPresence: {
            /** @description Husqy's row id. */
            readonly id: number;
            guild_id: components["schemas"]["SnowflakeText"];
            user_id: components["schemas"]["SnowflakeText"];
            /** Format: date-time */
            start_time?: string;
            /**
             * Format: date-time
             * @description `null` while the activity goes on.
             */
            end_time: string | null;
            /** @description The activity's name, such as a game. */
            presence_name: string;
            /** @description The Discord activity type, as a number. */
            activity_type: number;
        };
        /** @description A statistics record that only says when something happened; every other statistics record extends it. */
        StatsEvent: {
            /** @description Husqy's row id. */
            readonly id: number;
            guild_id: components["schemas"]["SnowflakeText"];
            /**
             * Format: date-time
             * @description When it was recorded.
             */
            timestamp?: string;
        };
        /** @description How many members had each status at one moment. */
        StatsStatusCount: {
            /** @default 0 */
            online_count: number;
            /** @default 0 */
            offline_count: number;
            /** @default 0 */
            dnd_count: number;
        } & components["schemas"]["StatsEvent"];
        /** @description One use of a command. */
        StatsCommandUse: {
            user_id: components["schemas"]["SnowflakeText"];
            /** @description The command's name. */
            command: string;
        } & components["schemas"]["StatsEvent"];
        /** @description A member joining or leaving. */
        StatsMemberEvent: {
            member_id: components["schemas"]["SnowflakeText"];
        } & components["schemas"]["StatsEvent"];
        /** @description The server's member count at one moment. */
        StatsMemberCount: {
            current_members: number;
        } & components["schemas"]["StatsEvent"];
        /** @description A message sent or deleted. */
        StatsMessageEvent: {
            channel_id: components["schemas"]["SnowflakeText"];
            message_id: components["schemas"]["SnowflakeText"];
            author_id: components["schemas"]["SnowflakeText"];
        } & components["schemas"]["StatsEvent"];
        /** @description A member's stay in a voice channel. */
        StatsVoiceSession: {
            /** @description Husqy's row id. */
            readonly id: number;
            guild_id: components["schemas"]["SnowflakeText"];
            channel_id: components["schemas"]["SnowflakeText"];
            user_id: components["schemas"]["SnowflakeText"];
            /** Format: date-time */
            joined_at?: string;
            /**
             * Format: date-time
             * @description `null` while the member is still connected.
             */
            left_at: string | null;
        };
        /** @description A statistics record of something a member did (or that happened to them). */
        StatsUserEvent: {
            user_id: components["schemas"]["SnowflakeText"];
        } & components["schemas"]["StatsEvent"];
        /** @description A message that set off an autoresponder trigger. */
        StatsTriggerHit: {
            triggering_user_id: components["schemas"]["SnowflakeText"];
            /** @description Husqy's id of the autoresponder trigger. */
            trigger_id: string;
        } & components["schemas"]["StatsEvent"];
        /** @description How long one check took. */
        StatsCheckTime: {
            /** @description The duration; the docs do not give the unit. */
            check_time: number;
        } & components["schemas"]["StatsEvent"];
        /** @description How long sending one reminder took. */
        StatsSendTime: {
            /** @description The duration; the docs do not give the unit. */
            send_time: number;
        } & components["schemas"]["StatsEvent"];
        /** @description A tag's content, owner and visibility. */
        TagEntry: {
            /** @description Husqy's row id. */
            readonly id: number;
            guild_id: components["schemas"]["SnowflakeText"];
            /** @description The id Husqy gave the tag, used as `entry_id` in `/entries/{entry_id}`. */
            readonly tag_id: string;
            /** @description The message the tag posts. */
            content: string;
            /** @description The member who owns the tag. */
            owner_id: components["schemas"]["SnowflakeText"];
            /** Format: date-time */
            readonly created_at?: string;
            /** Format: date-time */
            readonly last_update: string;
            /**
             * @description Who may use the tag; the docs do not list the values.
             * @default 1
             */
            visibility: number;
        };
        /** @description One name a tag answers to. */
        TagEntryName: {
            /** @description Husqy's row id. */
            readonly id: number;
            guild_id: components["schemas"]["SnowflakeText"];
            /** @description The tag the name belongs to. */
            tag_id: string;
            name: string;
            /** Format: date-time */
            readonly created_at?: string;
        };
        /** @description A tag together with the names it answers to. */
        TagEntryInfo: {
            entry: components["schemas"]["TagEntry"];
            entry_names: components["schemas"]["TagEntryName"][];
        };
        /** @description A new tag. */
        TagEntryCreate: {
            guild_id: components["schemas"]["Snowflake"];
            /** @description The member who will own the tag. */
            owner_id: components["schemas"]["Snowflake"];
            /** @description The message the tag posts. */
            content: string;
            /** @description Who may use the tag; the docs do not list the values. */
            visibility: number;
            /** @description The names the tag answers to. */
            names: string[];
            /** @description The bot's Discord application id, when the bot answers a slash command; leave out otherwise. */
            application_id?: components["schemas"]["Snowflake"] | null;
            /** @description The slash-command interaction token the bot answers with; leave out otherwise. */
            token?: string | null;
        };
        /** @description A partial update; `guild_id` names the server, every other field is optional and `null` means "leave as is". */
        TagEntryUpdate: {
            guild_id: components["schemas"]["Snowflake"];
            names?: string[] | null;
            owner_id?: components["schemas"]["Snowflake"] | null;
            visibility?: number | null;
            content?: string | null;
            /** @description The bot's Discord application id, when the bot answers a slash command; leave out otherwise. */
            application_id?: components["schemas"]["Snowflake"] | null;
            /** @description The slash-command interaction token the bot answers with; leave out otherwise. */
            token?: string | null;
        };
        /** @description Names the server an action applies to. When the bot itself runs the action for a slash command it adds the interaction it answers (`application_id`, `token`); other callers leave both out. */
        GuildInteractionAction: {
            guild_id: components["schemas"]["Snowflake"];
            /** @description The bot's Discord application id, when the bot answers a slash command. */
            application_id?: components["schemas"]["Snowflake"] | null;
            /** @description The slash-command interaction token the bot answers with. */
            token?: string | null;
        };
        /** @description How members verify and what they get afterwards. */
        VerifierSettings: {
            /** @description Husqy's row id. */
            readonly id: number;
            guild_id: components["schemas"]["SnowflakeText"];
            /**
             * @description How members verify; the docs do not list the values.
             * @default 1
             */
            verifier_type: number;
            /** @description The roles given on verification, as Husqy stores the list in one string (the docs do not give its format). */
            verifier_verified_role_ids?: string | null;
            /**
             * @description Whether the verification message is sent as an embed.
             * @default true
             */
            verifier_message_is_embed: boolean;
            /** @description The message members see in the verification channel. */
            verifier_message_content: string;
            /** @description The verification channel. */
            verifier_channel?: components["schemas"]["SnowflakeText"] | null;
            /** @description The message members get once verified. */
            verifier_message_content_completed: string;
            /** @description The passphrase members type, for passphrase verification. */
            verifier_passphrase?: string | null;
            /**
             * @description Whether the completion message is sent as an embed.
             * @default true
             */
            verifier_message_completed_is_embed: boolean;
        };
        /** @description One verification, started when a member joined. */
        VerifierEntry: {
            /** @description Husqy's row id. */
            readonly id: number;
            guild_id: components["schemas"]["SnowflakeText"];
            /** @description The id Husqy gave the verification. */
            readonly verifier_id: string;
            /** @description The member verifying. */
            user_id: components["schemas"]["SnowflakeText"];
            /** @default false */
            is_verified: boolean;
            /** @description The verification message. */
            verify_message_id: components["schemas"]["SnowflakeText"];
            /** @description The channel the verification message is in. */
            verify_channel_id: components["schemas"]["SnowflakeText"];
            /**
             * Format: date-time
             * @description When the verification started.
             */
            timestamp?: string;
        };
        /** @description A partial update; `guild_id` names the server, every other field is optional and `null` means "leave as is". */
        VerifierSettingsUpdate: {
            guild_id: components["schemas"]["Snowflake"];
            verifier_type?: number | null;
            verifier_verified_role_ids?: components["schemas"]["Snowflake"][] | null;
            verifier_message_is_embed?: boolean | null;
            verifier_message_content?: string | null;
            /** @description The verification channel. */
            verifier_channel?: components["schemas"]["Snowflake"] | null;
            verifier_message_content_completed?: string | null;
            verifier_passphrase?: string | null;
            verifier_message_completed_is_embed?: boolean | null;
        };
        /** @description Where the rules are posted and what happens when a member accepts or declines them. */
        RulesSettings: {
            /** @description Husqy's row id. */
            readonly id: number;
            guild_id: components["schemas"]["SnowflakeText"];
            /** @description The channel the rules are posted in. */
            rules_channel?: components["schemas"]["SnowflakeText"] | null;
            /**
             * @description Whether accepting or declining the rules changes a member's roles.
             * @default true
             */
            rules_actions_enabled: boolean;
            /** @description The roles given on acceptance, stored as one string; the docs do not say how the ids are joined. */
            rules_accepted_role_ids?: string | null;
            /**
             * @description What happens when a member declines the rules, as a code; the docs do not list the codes.
             * @default 1
             */
            rules_denied_action: number;
            /** @description The roles involved when a member declines, stored as one string; the docs do not say how the ids are joined. */
            rules_denied_role_ids?: string | null;
            /** @description The message in the rules channel that shows the rules. */
            rules_message_id?: components["schemas"]["SnowflakeText"] | null;
        };
        /** @description One rule of the server. */
        Rule: {
            /** @description Husqy's row id. */
            readonly id: number;
            guild_id: components["schemas"]["SnowflakeText"];
            /** @description The rule's id within the server. */
            rule_id: string;
            rule_text: string;
        };
        /** @description A record of a member and a rules message (the channel and message the member interacted with, and when); the docs do not say more. */
        RulesActiveEntry: {
            /** @description Husqy's row id. */
            readonly id: number;
            guild_id: components["schemas"]["SnowflakeText"];
            channel_id: components["schemas"]["SnowflakeText"];
            message_id: components["schemas"]["SnowflakeText"];
            user_id: components["schemas"]["SnowflakeText"];
            /** Format: date-time */
            timestamp?: string;
        };
        /** @description A partial update; `guild_id` names the server, every other field is optional and `null` means "leave as is". */
        RulesSettingsUpdate: {
            guild_id: components["schemas"]["Snowflake"];
            /** @description The channel to post the rules in; the docs accept the id as an integer or as a string. */
            rules_channel?: components["schemas"]["Snowflake"] | string | null;
            rules_actions_enabled?: boolean | null;
            /** @description The roles to give on acceptance. */
            rules_accepted_role_ids?: components["schemas"]["Snowflake"][] | null;
            /** @description What happens when a member declines, as a code (undocumented). */
            rules_denied_action?: number | null;
            /** @description The roles involved when a member declines. */
            rules_denied_role_ids?: components["schemas"]["Snowflake"][] | null;
        };
        /** @description A new rule. */
        RuleCreate: {
            guild_id: components["schemas"]["Snowflake"];
            rule_text: string;
            /** @description Set when the bot relays a slash command (with `token`); other callers leave it out. */
            application_id?: components["schemas"]["Snowflake"] | null;
            /** @description The interaction token the bot answers with; other callers leave it out. */
            token?: string | null;
        };
        /** @description Join and leave announcements and invite rules of the server. */
        InviteTrackerSettings: {
            /** @description Husqy's row id. */
            readonly id: number;
            guild_id: components["schemas"]["SnowflakeText"];
            /** @default false */
            join_messages_enabled: boolean;
            /** @description The channel joins are announced in. */
            join_messages_channel?: components["schemas"]["SnowflakeText"] | null;
            /** @default false */
            join_message_is_embed: boolean;
            join_message_content?: string | null;
            /** @default false */
            leave_messages_enabled: boolean;
            /** @description The channel leaves are announced in. */
            leave_messages_channel?: components["schemas"]["SnowflakeText"] | null;
            /** @default false */
            leave_message_is_embed: boolean;
            leave_message_content?: string | null;
            /** @default true */
            prevent_own_invite_code: boolean;
            server_shared_invite_link?: string | null;
        };
        /** @description An invite the module tracks. */
        InviteTrackerInvite: {
            /** @description Husqy's row id. */
            readonly id: number;
            guild_id: components["schemas"]["SnowflakeText"];
            /** @description The invite code (not a snowflake). */
            invite_id: string;
            channel_id: components["schemas"]["SnowflakeText"];
            /** @default 0 */
            current_uses: number;
            /**
             * Format: date-time
             * @description When the invite expires; `null` when it never does.
             */
            expires_at: string | null;
            /** @description The member who created the invite, if known. */
            owner_id: components["schemas"]["SnowflakeText"] | null;
        };
        /** @description A member's join through a tracked invite. */
        InviteTrackerInviteUse: {
            /** @description Husqy's row id. */
            readonly id: number;
            guild_id: components["schemas"]["SnowflakeText"];
            /** @description The invite code (not a snowflake). */
            invite_id: string;
            member_id: components["schemas"]["SnowflakeText"];
            /** Format: date-time */
            timestamp?: string;
            channel_id: components["schemas"]["SnowflakeText"];
            inviter_id?: components["schemas"]["SnowflakeText"] | null;
            /**
             * @description Whether the member has left the server since.
             * @default false
             */
            has_left: boolean;
        };
        /** @description A partial update; `guild_id` names the server, every other field is optional and `null` means "leave as is". */
        InviteTrackerSettingsUpdate: {
            guild_id: components["schemas"]["Snowflake"];
            join_messages_enabled?: boolean | null;
            join_messages_channel?: components["schemas"]["Snowflake"] | null;
            join_message_is_embed?: boolean | null;
            join_message_content?: string | null;
            leave_messages_enabled?: boolean | null;
            leave_messages_channel?: components["schemas"]["Snowflake"] | null;
            leave_message_is_embed?: boolean | null;
            leave_message_content?: string | null;
            prevent_own_invite_code?: boolean | null;
            server_shared_invite_link?: string | null;
        };
        /** @description The invite to create. */
        InviteTrackerInviteCreate: {
            guild_id: components["schemas"]["Snowflake"];
            channel_id: components["schemas"]["Snowflake"];
            /** @description How many times the invite may be used. */
            max_uses: number;
            /** @description How long the invite stays valid, as Discord's invite `max_age` (the docs give no unit). */
            max_age: number;
            /** @description Discord's temporary-membership flag for the invite. */
            is_temporary: boolean;
            /** @description Set when the bot relays a slash command (with `token`); other callers leave it out. */
            application_id?: components["schemas"]["Snowflake"] | null;
            /** @description The interaction token the bot answers with; other callers leave it out. */
            token?: string | null;
        };
        /** @description The code and link of a new invite. */
        InviteTrackerInviteCreated: {
            invite_code: string;
            invite_url: string;
        };
        /** @description The invite to delete. */
        InviteTrackerInviteDelete: {
            guild_id: components["schemas"]["Snowflake"];
            invite_code: string;
            /** @description Set when the bot relays a slash command (with `token`); other callers leave it out. */
            application_id?: components["schemas"]["Snowflake"] | null;
            /** @description The interaction token the bot answers with; other callers leave it out. */
            token?: string | null;
        };
        /** @description How long ended polls are kept and whether they are deleted. */
        PollSettings: {
            /** @description Husqy's row id. */
            readonly id: number;
            guild_id: components["schemas"]["SnowflakeText"];
            /**
             * @description How long ended polls are kept (the docs give no unit; the default is a week in seconds).
             * @default 604800
             */
            save_duration_timeout: number;
            /** @default false */
            delete_ended_discord_polls: boolean;
            /** @default false */
            delete_ended_husqy_polls: boolean;
        };
        /** @description A poll posted in a channel. */
        Poll: {
            /** @description Husqy's row id. */
            readonly id: number;
            guild_id: components["schemas"]["SnowflakeText"];
            channel_id: components["schemas"]["SnowflakeText"];
            /** @description The message that shows the poll. */
            message_id: components["schemas"]["SnowflakeText"];
            /** @description The poll's own id, which its answers refer to. */
            poll_id: string;
            /** @description A numeric code the docs do not enumerate. */
            poll_type: number;
            /** @description A numeric code the docs do not enumerate. */
            poll_buttons_type: number;
            question: string;
            description?: string | null;
            /** @default false */
            is_anonymous: boolean;
            /** @default false */
            is_multi_select: boolean;
            /** @description When voting ends. */
            end_time?: string | null;
            /** @description When the poll is deleted. */
            delete_at?: string | null;
            /** @default false */
            edited_with_results: boolean;
            /** @default 1 */
            max_votes_per_answer: number;
            /** @default false */
            sent_by_husqy: boolean;
            poll_owner_id: components["schemas"]["SnowflakeText"];
        };
        /** @description One answer of a poll. */
        PollAnswer: {
            /** @description Husqy's row id. */
            readonly id: number;
            guild_id: components["schemas"]["SnowflakeText"];
            /** @description The `poll_id` of the poll the answer belongs to. */
            poll_id: string;
            answer_text: string;
            /** @description The votes, as text; the docs do not give the format. */
            votes?: string | null;
            label?: string | null;
            emoji_name?: string | null;
            emoji_id?: components["schemas"]["SnowflakeText"] | null;
            /** @description The answer's number within the poll. */
            answer_id?: number | null;
            description?: string | null;
        };
        /** @description A partial update; `guild_id` names the server, every other field is optional and `null` means "leave as is". */
        PollSettingsUpdate: {
            guild_id: components["schemas"]["Snowflake"];
            save_duration_timeout?: number | null;
            delete_ended_discord_polls?: boolean | null;
            delete_ended_husqy_polls?: boolean | null;
        };
        /** @description A poll and its answers. */
        PollWithAnswers: {
            entry: components["schemas"]["Poll"];
            answers: components["schemas"]["PollAnswer"][];
        };
        /** @description One answer of a new poll. */
        PollAnswerCreate: {
            answer_text: string;
            /**
             * @description Votes already cast; a new poll normally has none. The docs only say integers; read here as the voters' Discord user ids.
             * @default []
             */
            votes: components["schemas"]["Snowflake"][];
            label?: string | null;
            emoji_name?: string | null;
            /** @description A custom emoji's id as a JSON integer, never a string (husqybot/husqybot.github.io openapi/modules/polls/index.openapi.json). Not int64, as `emoji_id` is a string in other requests: pass a real id (above 2^53) as a bigint, cast to the type; the client writes it exactly. */
            emoji_id?: number | null;
            /** @description The answer's number within the poll. */
            answer_id?: number | null;
            description?: string | null;
            /** @default 0 */
            vote_count: number;
        };
        /** @description A new poll. */
        PollCreate: {
            guild_id: components["schemas"]["Snowflake"];
            /** @description The channel the poll is posted in. */
            channel_id: components["schemas"]["Snowflake"];
            /** @description A numeric code the docs do not enumerate. */
            poll_type: number;
            message_id?: components["schemas"]["Snowflake"] | null;
            /** @description How long voting stays open; the docs do not give the format. */
            poll_duration?: string | null;
            /** @description A numeric code the docs do not enumerate. */
            poll_answer_type: number;
            question: string;
            description?: string | null;
            answers: components["schemas"]["PollAnswerCreate"][];
            is_multi_select: boolean;
            is_anonymous: boolean;
            max_votes_per_answer: number;
            /** @description The member who owns the poll. */
            poll_owner_id: components["schemas"]["Snowflake"];
            /** @description Set when the bot relays a slash command (with `token`); other callers leave it out. */
            application_id?: components["schemas"]["Snowflake"] | null;
            /** @description The interaction token the bot answers with; other callers leave it out. */
            token?: string | null;
        };
        /** @description A partial update of a poll; `guild_id` names the server, every other field is optional and `null` means "leave as is". */
        PollUpdate: {
            guild_id: components["schemas"]["Snowflake"];
            question?: string | null;
            description?: string | null;
            max_votes_per_answer?: number | null;
            is_multi_select?: boolean | null;
            is_anonymous?: boolean | null;
            /** @description Set when the bot relays a slash command (with `token`); other callers leave it out. */
            application_id?: components["schemas"]["Snowflake"] | null;
            /** @description The interaction token the bot answers with; other callers leave it out. */
            token?: string | null;
        };
        /** @description How long ended giveaways are kept and whether they are deleted. */
        GiveawaySettings: {
            /** @description Husqy's row id. */
            readonly id: number;
            guild_id: components["schemas"]["SnowflakeText"];
            /**
             * @description How long ended giveaways are kept (the docs give no unit; the default is a week in seconds).
             * @default 604800
             */
            save_duration_timeout: number;
            /** @default false */
            delete_ended_giveaways: boolean;
        };
        /** @description A giveaway posted in a channel. */
        Giveaway: {
            /** @description Husqy's row id. */
            readonly id: number;
            guild_id: components["schemas"]["SnowflakeText"];
            channel_id: components["schemas"]["SnowflakeText"];
            /** @description The message that shows the giveaway. */
            message_id: components["schemas"]["SnowflakeText"];
            /** @description The member who started the giveaway. */
            owner_id: components["schemas"]["SnowflakeText"];
            /** @default false */
            edited_with_results: boolean;
            /** @description When the giveaway ends. */
            end_time?: string;
            /** @description When the giveaway is deleted. */
            delete_at?: string;
            prize: string;
            description?: string | null;
            winner_count: number;
            /** @description The members who entered, as text; the docs do not give the format. */
            participants: string | null;
            /** @description The members drawn, as text; the docs do not give the format. */
            winners: string | null;
            /** @description The giveaway's own id. (The docs give this string field the default `false`, which is not a string; left out here.) */
            giveaway_id?: string;
        };
        /** @description A partial update; `guild_id` names the server, every other field is optional and `null` means "leave as is". */
        GiveawaySettingsUpdate: {
            guild_id: components["schemas"]["Snowflake"];
            save_duration_timeout?: number | null;
            delete_ended_giveaways?: boolean | null;
        };
        /** @description A new giveaway. */
        GiveawayCreate: {
            guild_id: components["schemas"]["Snowflake"];
            /** @description The channel the giveaway is posted in. */
            channel_id: components["schemas"]["Snowflake"];
            /** @description The member who runs the giveaway. */
            giveaway_owner_id: components["schemas"]["Snowflake"];
            /** @description When the giveaway ends; the docs do not give the format. */
            end_time?: string | null;
            prize: string;
            description?: string | null;
            winner_count: number;
            /** @description Set when the bot relays a slash command (with `token`); other callers leave it out. */
            application_id?: components["schemas"]["Snowflake"] | null;
            /** @description The interaction token the bot answers with; other callers leave it out. */
            token?: string | null;
        };
        /** @description A partial update of a giveaway; `guild_id` names the server, every other field is optional and `null` means "leave as is". */
        GiveawayUpdate: {
            guild_id: components["schemas"]["Snowflake"];
            new_prize?: string | null;
            new_description?: string | null;
            new_winner_count?: number | null;
            /** @description Set when the bot relays a slash command (with `token`); other callers leave it out. */
            application_id?: components["schemas"]["Snowflake"] | null;
            /** @description The interaction token the bot answers with; other callers leave it out. */
            token?: string | null;
        };
        /** @description A scheduled reminder. */
        Reminder: {
            /** @description Husqy's row id. */
            readonly id: number;
            guild_id: components["schemas"]["SnowflakeText"];
            /** @description The reminder's own id. */
            reminder_id: string;
            /** @description A numeric code the docs do not enumerate. */
            reminder_type: number;
            /** @description Free text the docs do not enumerate. */
            trigger_type: string;
            /** @description When the reminder fires, as text (the request sends it as an object). */
            schedule_details: string;
            /** @description The member who owns the reminder. */
            owner_id?: components["schemas"]["SnowflakeText"] | null;
            title?: string | null;
            description?: string | null;
            /** @description Where the reminder is sent (a channel or a member). */
            destination_id: components["schemas"]["SnowflakeText"];
            url?: string | null;
            /** @default false */
            content_is_embed: boolean;
            content?: string | null;
            /** @description The message Husqy sent for the reminder, once there is one. */
            reminder_message_id?: components["schemas"]["SnowflakeText"] | null;
        };
        /** @description A new reminder. */
        ReminderCreate: {
            guild_id: components["schemas"]["Snowflake"];
            /** @description A numeric code the docs do not enumerate. */
            reminder_type: number;
            /** @description When the reminder fires; the keys depend on `reminder_type` and are not documented. */
            schedule_details: {
                [key: string]: string | number | null;
            };
            title?: string | null;
            description?: string | null;
            /** @description The member who owns the reminder. */
            owner?: components["schemas"]["Snowflake"] | null;
            url?: string | null;
            /** @description Where the reminder is sent (a channel or a member). */
            destination_id?: components["schemas"]["Snowflake"] | null;
            content?: string | null;
            /** @default false */
            content_is_embed: boolean;
            /** @description Set when the bot relays a slash command (with `token`); other callers leave it out. */
            application_id?: components["schemas"]["Snowflake"] | null;
            /** @description The interaction token the bot answers with; other callers leave it out. */
            token?: string | null;
        };
    };
    responses: {
        /** @description The service answers; its name and version in a sentence. */
        ServiceHome: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: components["schemas"]["Message"];
                } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
            };
        };
        /** @description Any client error. The docs list none for this endpoint but say that every endpoint may answer 401 or 403. */
        ClientError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ProblemDetails"];
            };
        };
        /** @description The service is live (or ready). */
        ProbeOk: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: components["schemas"]["ProbeStatus"];
                } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
            };
        };
        /** @description The service is not ready to take traffic. */
        ServiceUnavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ProblemDetails"];
            };
        };
        /** @description The request is malformed or a field fails validation. No operation declares 422, and the older docs titled their 400 example `ValidationError`, so validation failures presumably come back as this 400. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ProblemDetails"];
            };
        };
        /** @description No credential, or one Husqy does not accept. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ProblemDetails"];
            };
        };
        /** @description The credential may not act on this server (an API key is bound to one server; a user needs the dashboard permission there). */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ProblemDetails"];
            };
        };
        /** @description The server, module settings or entry does not exist. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ProblemDetails"];
            };
        };
        /** @description Husqy failed (`InternalServerError`, or `DatabaseError` for its storage). */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ProblemDetails"];
            };
        };
        /** @description The API key concerned. */
        ApiKey: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: {
                        api_key: components["schemas"]["ApiKey"];
                    };
                } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
            };
        };
        /** @description Whether the module is enabled on the server. */
        ModuleStatus: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: components["schemas"]["ModuleStatus"];
                } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
            };
        };
        /** @description The logging settings of the server. */
        LoggingSettings: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: {
                        settings: components["schemas"]["LoggingSettings"];
                    };
                } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
            };
        };
        /** @description The request clashes with the current state. The docs declare 409 on create, enable, disable and action endpoints without saying when; the older docs' `ModuleEnabledError` and `ModuleDisabledError` point to enabling a module that is on, or disabling one that is off. */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ProblemDetails"];
            };
        };
        /** @description The welcoming settings of the server. */
        WelcomingSettings: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: {
                        settings: components["schemas"]["WelcomingSettings"];
                    };
                } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
            };
        };
        /** @description The module's settings, responses and timed roles as they were before deletion. */
        WelcomingEverything: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: {
                        settings: components["schemas"]["WelcomingSettings"];
                        responses: components["schemas"]["WelcomingResponse"][];
                        timedroles: components["schemas"]["WelcomingTimedRole"][];
                    };
                } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
            };
        };
        /** @description The welcoming response concerned. */
        WelcomingResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: {
                        response: components["schemas"]["WelcomingResponse"];
                    };
                } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
            };
        };
        /** @description The timed role concerned. */
        WelcomingTimedRole: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: {
                        timedrole: components["schemas"]["WelcomingTimedRole"];
                    };
                } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
            };
        };
        /** @description The server's creation channels and temp channels. */
        TempChannelsConfiguration: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: {
                        creation_channels: components["schemas"]["TempChannelCreationChannel"][];
                        tempchannels: components["schemas"]["TempChannel"][];
                    };
                } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
            };
        };
        /** @description One creation channel. */
        TempChannelCreationChannel: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: {
                        creation_channel: components["schemas"]["TempChannelCreationChannel"];
                    };
                } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
            };
        };
        /** @description The action was carried out; a sentence saying so. */
        Confirmation: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: components["schemas"]["Message"];
                } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
            };
        };
        /** @description The socials settings of the server and every feed it watches. */
        SocialsConfiguration: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: {
                        settings: components["schemas"]["SocialsSettings"];
                        entries: components["schemas"]["SocialsFeeds"];
                    };
                } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
            };
        };
        /** @description The socials settings of the server. */
        SocialsSettings: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: {
                        settings: components["schemas"]["SocialsSettings"];
                    };
                } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
            };
        };
        /** @description One watched subreddit. */
        SocialRedditFeed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: {
                        entry: components["schemas"]["SocialRedditFeed"];
                    };
                } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
            };
        };
        /** @description One watched RSS feed. */
        SocialRssFeed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: {
                        entry: components["schemas"]["SocialRssFeed"];
                    };
                } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
            };
        };
        /** @description One watched Twitch account. */
        SocialTwitchFeed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: {
                        entry: components["schemas"]["SocialTwitchFeed"];
                    };
                } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
            };
        };
        /** @description One watched YouTube channel. */
        SocialYoutubeFeed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: {
                        entry: components["schemas"]["SocialYoutubeFeed"];
                    };
                } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
            };
        };
        /** @description Everything the reaction roles module holds for the server. */
        ReactionRolesModuleData: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: {
                        panels: components["schemas"]["ReactionRolePanel"][];
                        reactionroles: components["schemas"]["ReactionRoleEntry"][];
                    };
                } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
            };
        };
        /** @description The reaction role panels of the server. */
        ReactionRolePanelList: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: {
                        panels: components["schemas"]["ReactionRolePanel"][];
                    };
                } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
            };
        };
        /** @description One reaction role panel. */
        ReactionRolePanel: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: {
                        panel: components["schemas"]["ReactionRolePanel"];
                    };
                } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
            };
        };
        /** @description The deleted panel with the entries that belonged to it. */
        ReactionRolePanelDeleted: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: {
                        panel: components["schemas"]["ReactionRolePanel"];
                        reactionroles: components["schemas"]["ReactionRoleEntry"][];
                    };
                } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
            };
        };
        /** @description The entries of the panel. */
        ReactionRoleEntryList: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: {
                        reactionroles: components["schemas"]["ReactionRoleEntry"][];
                    };
                } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
            };
        };
        /** @description One reaction role entry. */
        ReactionRoleEntry: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: {
                        reactionrole: components["schemas"]["ReactionRoleEntry"];
                    };
                } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
            };
        };
        /** @description The server's triggers and responses. */
        AutoresponderContents: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: {
                        triggers: components["schemas"]["AutoresponderTrigger"][];
                        responses: components["schemas"]["AutoresponderResponse"][];
                    };
                } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
            };
        };
        /** @description One trigger. */
        AutoresponderTrigger: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: {
                        trigger: components["schemas"]["AutoresponderTrigger"];
                    };
                } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
            };
        };
        /** @description One response. */
        AutoresponderResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: {
                        response: components["schemas"]["AutoresponderResponse"];
                    };
                } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
            };
        };
        /** @description Everything the tickets module holds for the server. */
        TicketsModuleData: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: {
                        panels: components["schemas"]["TicketPanel"][];
                        tickets: components["schemas"]["Ticket"][];
                        messages: components["schemas"]["TicketMessage"][];
                        ticket_types: components["schemas"]["TicketType"][];
                    };
                } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
            };
        };
        /** @description The ticket panels of the server. */
        TicketPanelList: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: {
                        panels: components["schemas"]["TicketPanel"][];
                    };
                } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
            };
        };
        /** @description One ticket panel. */
        TicketPanel: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: {
                        panel: components["schemas"]["TicketPanel"];
                    };
                } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
            };
        };
        /** @description The deleted panel with the ticket types and tickets that belonged to it. */
        TicketPanelDeleted: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: {
                        panel: components["schemas"]["TicketPanel"];
                        tickets: components["schemas"]["Ticket"][];
                        ticket_types: components["schemas"]["TicketType"][];
                    };
                } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
            };
        };
        /** @description The ticket types of the panel. */
        TicketTypeList: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: {
                        ticket_types: components["schemas"]["TicketType"][];
                    };
                } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
            };
        };
        /** @description One ticket type of a panel. */
        TicketType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: {
                        ticket_type: components["schemas"]["TicketType"];
                    };
                } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
            };
        };
        /** @description The tickets of the server. */
        TicketList: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: {
                        tickets: components["schemas"]["Ticket"][];
                    };
                } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
            };
        };
        /** @description One ticket. */
        Ticket: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: {
                        ticket: components["schemas"]["Ticket"];
                    };
                } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
            };
        };
        /** @description The module's settings, counters and starboard entries on the server. */
        ServerstatsModuleData: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: {
                        settings: components["schemas"]["ServerstatsSettings"];
                        counters: components["schemas"]["ServerstatsCounter"][];
                        starboard_entries: components["schemas"]["ServerstatsStarboardEntry"][];
                    };
                } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
            };
        };
        /** @description The server stats settings of the server. */
        ServerstatsSettings: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: {
                        settings: components["schemas"]["ServerstatsSettings"];
                    };
                } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
            };
        };
        /** @description One counter. */
        ServerstatsCounter: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: {
                        counter: components["schemas"]["ServerstatsCounter"];
                    };
                } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
            };
        };
        /** @description The matching presence records. */
        StatsPresences: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: {
                        stats: components["schemas"]["StatsPresence"][];
                    };
                } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
            };
        };
        /** @description The matching status snapshots. */
        StatsStatusCounts: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: {
                        stats: components["schemas"]["StatsStatusCount"][];
                    };
                } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
            };
        };
        /** @description The matching command uses. */
        StatsCommandUses: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: {
                        stats: components["schemas"]["StatsCommandUse"][];
                    };
                } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
            };
        };
        /** @description The matching member records. */
        StatsMemberEvents: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: {
                        stats: components["schemas"]["StatsMemberEvent"][];
                    };
                } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
            };
        };
        /** @description The matching member-count snapshots. */
        StatsMemberCounts: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: {
                        stats: components["schemas"]["StatsMemberCount"][];
                    };
                } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
            };
        };
        /** @description The matching message records. */
        StatsMessageEvents: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: {
                        stats: components["schemas"]["StatsMessageEvent"][];
                    };
                } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
            };
        };
        /** @description The matching voice sessions. */
        StatsVoiceSessions: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: {
                        stats: components["schemas"]["StatsVoiceSession"][];
                    };
                } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
            };
        };
        /** @description The matching records; each names the member involved. */
        StatsUserEvents: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: {
                        stats: components["schemas"]["StatsUserEvent"][];
                    };
                } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
            };
        };
        /** @description The matching trigger hits. */
        StatsTriggerHits: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: {
                        stats: components["schemas"]["StatsTriggerHit"][];
                    };
                } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
            };
        };
        /** @description The matching check-duration records. */
        StatsCheckTimes: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: {
                        stats: components["schemas"]["StatsCheckTime"][];
                    };
                } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
            };
        };
        /** @description The matching send-duration records. */
        StatsSendTimes: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: {
                        stats: components["schemas"]["StatsSendTime"][];
                    };
                } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
            };
        };
        /** @description The matching records, each only a moment in time. */
        StatsEvents: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: {
                        stats: components["schemas"]["StatsEvent"][];
                    };
                } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
            };
        };
        /** @description The server's tag entries and, separately, all their names. */
        TagsContents: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: {
                        entries: components["schemas"]["TagEntry"][];
                        entries_names: components["schemas"]["TagEntryName"][];
                    };
                } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
            };
        };
        /** @description One tag with the names it answers to. */
        TagEntry: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: components["schemas"]["TagEntryInfo"];
                } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
            };
        };
        /** @description The verifier settings of the server. */
        VerifierSettings: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: {
                        settings: components["schemas"]["VerifierSettings"];
                    };
                } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
            };
        };
        /** @description The verifier settings of the server and its verification entries. */
        VerifierSettingsAndEntries: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: {
                        settings: components["schemas"]["VerifierSettings"];
                        entries: components["schemas"]["VerifierEntry"][];
                    };
                } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
            };
        };
        /** @description Everything the module holds for the server (after enabling, or as it was before disabling or resetting). */
        RulesState: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: {
                        settings: components["schemas"]["RulesSettings"];
                        rules: components["schemas"]["Rule"][];
                        active_entries: components["schemas"]["RulesActiveEntry"][];
                    };
                } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
            };
        };
        /** @description The rules settings of the server. */
        RulesSettings: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: {
                        settings: components["schemas"]["RulesSettings"];
                    };
                } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
            };
        };
        /** @description One rule. */
        Rule: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: {
                        entry: components["schemas"]["Rule"];
                    };
                } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
            };
        };
        /** @description Everything the module holds for the server (after enabling, or as it was before disabling or resetting). */
        InviteTrackerState: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: {
                        settings: components["schemas"]["InviteTrackerSettings"];
                        invites: components["schemas"]["InviteTrackerInvite"][];
                        stats_uses: components["schemas"]["InviteTrackerInviteUse"][];
                    };
                } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
            };
        };
        /** @description The invite tracker settings of the server. */
        InviteTrackerSettings: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: {
                        settings: components["schemas"]["InviteTrackerSettings"];
                    };
                } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
            };
        };
        /** @description Everything the module holds for the server (after enabling, or as it was before disabling or resetting). */
        PollsState: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: {
                        settings: components["schemas"]["PollSettings"];
                        polls: components["schemas"]["Poll"][];
                        answers: components["schemas"]["PollAnswer"][];
                    };
                } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
            };
        };
        /** @description The polls settings of the server. */
        PollSettings: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: {
                        settings: components["schemas"]["PollSettings"];
                    };
                } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
            };
        };
        /** @description One poll with its answers. */
        PollWithAnswers: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: components["schemas"]["PollWithAnswers"];
                } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
            };
        };
        /** @description Everything the module holds for the server (after enabling, or as it was before disabling or resetting). */
        GiveawaysState: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: {
                        settings: components["schemas"]["GiveawaySettings"];
                        giveaways: components["schemas"]["Giveaway"][];
                    };
                } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
            };
        };
        /** @description The giveaways settings of the server. */
        GiveawaySettings: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: {
                        settings: components["schemas"]["GiveawaySettings"];
                    };
                } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
            };
        };
        /** @description One giveaway (for a deletion, as it was). */
        Giveaway: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: {
                        entry: components["schemas"]["Giveaway"];
                    };
                } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
            };
        };
        /** @description The server's reminders (for enable, disable and reset: what the module holds after enabling, or held before disabling or resetting). */
        Reminders: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: {
                        reminders: components["schemas"]["Reminder"][];
                    };
                } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
            };
        };
        /** @description One reminder (for a deletion, as it was). */
        Reminder: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    data: {
                        reminder: components["schemas"]["Reminder"];
                    };
                } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
            };
        };
    };
    parameters: {
        /**
         * @description The Discord server (guild) the request is about.
         * @example 1187654321098765000
         */
        GuildId: components["schemas"]["Snowflake"];
        /**
         * @description The trigger's `trigger_id`.
         * @example 3f9a2c71-5d4e-4b8a-9c06-1e7d2b5a8f34
         */
        AutoresponderTriggerId: string;
        /**
         * @description The response's `response_id`.
         * @example 9b2e4d18-7c3a-4f65-a0d9-5e81c6b2f7a3
         */
        AutoresponderResponseId: string;
        /**
         * @description Assumption: how many days of records to return, counting back from now (the docs give only the name and the default).
         * @example 7
         */
        StatsDays: number;
        /**
         * @description Only records about this member. Omit it for every member.
         * @example 1187654321098767000
         */
        StatsUserId: components["schemas"]["Snowflake"] | null;
        /**
         * @description Only records in this channel. Omit it for every channel.
         * @example 1187654321098768000
         */
        StatsChannelId: components["schemas"]["Snowflake"] | null;
        /**
         * @description The tag's id. (The docs type it `string | null` on PUT and DELETE, an artefact of their generator; a path parameter cannot be null.)
         * @example 6e0c2b94-3a7f-4d51-8e26-b9f14a7c0d38
         */
        TagEntryId: string;
        /**
         * @description The poll to act on. The docs do not say whether this is the row `id` or the `poll_id`. (Some operations declare it `string | null`, a FastAPI artefact; a path parameter is always a present string.)
         * @example 184
         */
        PollEntryId: string;
        /**
         * @description The giveaway to act on. The docs do not say whether this is the row `id` or the `giveaway_id`. (Some operations declare it `string | null`, a FastAPI artefact; a path parameter is always a present string.)
         * @example 58
         */
        GiveawayEntryId: string;
    };
    requestBodies: {
        /** @description Only the server the action applies to. */
        GuildOnly: {
            content: {
                "application/json": components["schemas"]["GuildReference"];
            };
        };
    };
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getGeneralService: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ServiceHome"];
            "4XX": components["responses"]["ClientError"];
        };
    };
    getGeneralLiveness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ProbeOk"];
            "4XX": components["responses"]["ClientError"];
        };
    };
    getGeneralReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ProbeOk"];
            503: components["responses"]["ServiceUnavailable"];
            "4XX": components["responses"]["ClientError"];
        };
    };
    getServerSettings: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The server, its general settings and its entitlements. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            metadata: components["schemas"]["HusqyGuild"];
                            settings: components["schemas"]["ServerSettings"];
                            entitlements: components["schemas"]["ServerEntitlement"][];
                        };
                    } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateServerSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ServerSettingsUpdate"];
            };
        };
        responses: {
            /** @description The general settings after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            settings: components["schemas"]["ServerSettings"];
                        };
                    } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    authorizeUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TokenAuthorization"];
            };
        };
        responses: {
            /** @description The credential is valid. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["TokenAuthorizationResult"];
                    } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalServerError"];
        };
    };
    validateUserPermissions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserPermissionsCheck"];
            };
        };
        responses: {
            /** @description Whether access is granted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["UserPermissionsResult"];
                    } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listApiKeys: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every API key of the server. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            api_keys: components["schemas"]["ApiKey"][];
                        };
                    } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["GuildOnly"];
        responses: {
            200: components["responses"]["ApiKey"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApiKeyDelete"];
            };
        };
        responses: {
            200: components["responses"]["ApiKey"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listSupportedLanguages: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The supported languages. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            languages: components["schemas"]["SupportedLanguage"][];
                        };
                    } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
                };
            };
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listSupportedTimezones: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The supported time zones. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            timezones: string[];
                        };
                    } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
                };
            };
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listSupportedUnitSystems: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The supported unit systems. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            unit_systems: string[];
                        };
                    } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
                };
            };
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listUserGuilds: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user's servers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            guilds: components["schemas"]["HusqyGuild"][];
                        };
                    } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
                };
            };
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listGuildRoles: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The roles of the server. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            roles: components["schemas"]["GuildRole"][];
                        };
                    } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listGuildUsers: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The users of the server. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            users: components["schemas"]["GuildUser"][];
                        };
                    } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listGuildChannels: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
                /**
                 * @description Channel kinds to keep, repeated once per kind (`?types=text&types=voice`), spelled as a channel's `type`. The docs do not list the values. Omitted or empty: every channel.
                 * @example [
                 *       "text",
                 *       "voice"
                 *     ]
                 */
                types?: string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The channels of the server. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            channels: components["schemas"]["GuildChannel"][];
                        };
                    } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listGuildEmojis: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The custom emojis of the server. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            emojis: components["schemas"]["GuildEmoji"][];
                        };
                    } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    replaceContentVariables: {
        parameters: {
            query: {
                /**
                 * @description The text with variables in it.
                 * @example Welcome to {server}, {user}!
                 */
                content: string;
                /**
                 * @description A language abbreviation, as listed by `/helpers/get-supported-languages`.
                 * @example en
                 */
                language: string;
                /**
                 * @description A time zone, as listed by `/helpers/get-supported-timezones`.
                 * @example Europe/Amsterdam
                 */
                timezone: string;
                /**
                 * @description The Discord server to fill server variables from.
                 * @example 1187654321098765000
                 */
                guild_id?: components["schemas"]["Snowflake"];
                /**
                 * @description The Discord user to fill user variables from.
                 * @example 1187654321098767000
                 */
                user_id?: components["schemas"]["Snowflake"];
                /**
                 * @description The Discord channel to fill channel variables from.
                 * @example 1187654321098766000
                 */
                channel_id?: components["schemas"]["Snowflake"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The text with its variables filled in. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            content: string;
                        };
                    } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getLoggingService: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ServiceHome"];
            "4XX": components["responses"]["ClientError"];
        };
    };
    getLoggingLiveness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ProbeOk"];
            "4XX": components["responses"]["ClientError"];
        };
    };
    getLoggingReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ProbeOk"];
            503: components["responses"]["ServiceUnavailable"];
            "4XX": components["responses"]["ClientError"];
        };
    };
    getLoggingStatus: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ModuleStatus"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    enableLogging: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["GuildOnly"];
        responses: {
            200: components["responses"]["LoggingSettings"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    disableLogging: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["GuildOnly"];
        responses: {
            200: components["responses"]["LoggingSettings"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getLoggingSettings: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["LoggingSettings"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateLoggingSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoggingSettingsUpdate"];
            };
        };
        responses: {
            200: components["responses"]["LoggingSettings"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    resetLoggingSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["GuildOnly"];
        responses: {
            200: components["responses"]["LoggingSettings"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getWelcomingService: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ServiceHome"];
            "4XX": components["responses"]["ClientError"];
        };
    };
    getWelcomingLiveness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ProbeOk"];
            "4XX": components["responses"]["ClientError"];
        };
    };
    getWelcomingReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ProbeOk"];
            503: components["responses"]["ServiceUnavailable"];
            "4XX": components["responses"]["ClientError"];
        };
    };
    getWelcomingStatus: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ModuleStatus"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    enableWelcoming: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["GuildOnly"];
        responses: {
            200: components["responses"]["WelcomingSettings"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    disableWelcoming: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["GuildOnly"];
        responses: {
            200: components["responses"]["WelcomingEverything"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getWelcomingSettings: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["WelcomingSettings"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateWelcomingSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WelcomingSettingsUpdate"];
            };
        };
        responses: {
            200: components["responses"]["WelcomingSettings"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    resetWelcomingSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["GuildOnly"];
        responses: {
            200: components["responses"]["WelcomingEverything"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listWelcomingResponses: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
                /**
                 * @description Only responses of this type. The docs do not list the type numbers.
                 * @example 1
                 */
                response_type?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The server's welcoming responses. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            responses: components["schemas"]["WelcomingResponse"][];
                        };
                    } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createWelcomingResponse: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WelcomingResponseCreate"];
            };
        };
        responses: {
            200: components["responses"]["WelcomingResponse"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getWelcomingResponse: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
            };
            header?: never;
            path: {
                /**
                 * @description The response's `response_id` (Husqy's own id, not a Discord id).
                 * @example k3v9q2xa7m
                 */
                response_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["WelcomingResponse"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteWelcomingResponse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The response's `response_id` (Husqy's own id, not a Discord id).
                 * @example k3v9q2xa7m
                 */
                response_id: string;
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["GuildOnly"];
        responses: {
            200: components["responses"]["WelcomingResponse"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listWelcomingTimedRoles: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The server's timed roles. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            timedroles: components["schemas"]["WelcomingTimedRole"][];
                        };
                    } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createWelcomingTimedRole: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WelcomingTimedRoleCreate"];
            };
        };
        responses: {
            200: components["responses"]["WelcomingTimedRole"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getWelcomingTimedRole: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
            };
            header?: never;
            path: {
                /**
                 * @description The timed role's `timedrole_id` (Husqy's own id, not the Discord role id).
                 * @example t4n7b2r9sy
                 */
                timedrole_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["WelcomingTimedRole"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteWelcomingTimedRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The timed role's `timedrole_id` (Husqy's own id, not the Discord role id).
                 * @example t4n7b2r9sy
                 */
                timedrole_id: string;
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["GuildOnly"];
        responses: {
            200: components["responses"]["WelcomingTimedRole"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getTempChannelsService: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ServiceHome"];
            "4XX": components["responses"]["ClientError"];
        };
    };
    getTempChannelsLiveness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ProbeOk"];
            "4XX": components["responses"]["ClientError"];
        };
    };
    getTempChannelsReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ProbeOk"];
            503: components["responses"]["ServiceUnavailable"];
            "4XX": components["responses"]["ClientError"];
        };
    };
    getTempChannelsStatus: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ModuleStatus"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    enableTempChannels: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["GuildOnly"];
        responses: {
            200: components["responses"]["TempChannelsConfiguration"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    disableTempChannels: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["GuildOnly"];
        responses: {
            200: components["responses"]["TempChannelsConfiguration"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    resetTempChannelsSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["GuildOnly"];
        responses: {
            200: components["responses"]["TempChannelsConfiguration"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listTempChannelCreationChannels: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The server's creation channels. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            creation_channels: components["schemas"]["TempChannelCreationChannel"][];
                        };
                    } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createTempChannelCreationChannel: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TempChannelCreationChannelCreate"];
            };
        };
        responses: {
            200: components["responses"]["TempChannelCreationChannel"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getTempChannelCreationChannel: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
            };
            header?: never;
            path: {
                /**
                 * @description The Discord id of the creation channel (a voice channel), an integer unlike the string path ids elsewhere in Husqy.
                 * @example 1187654321098767000
                 */
                creation_channel_id: components["schemas"]["Snowflake"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["TempChannelCreationChannel"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateTempChannelCreationChannel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Discord id of the creation channel (a voice channel), an integer unlike the string path ids elsewhere in Husqy.
                 * @example 1187654321098767000
                 */
                creation_channel_id: components["schemas"]["Snowflake"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TempChannelCreationChannelUpdate"];
            };
        };
        responses: {
            200: components["responses"]["TempChannelCreationChannel"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteTempChannelCreationChannel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Discord id of the creation channel (a voice channel), an integer unlike the string path ids elsewhere in Husqy.
                 * @example 1187654321098767000
                 */
                creation_channel_id: components["schemas"]["Snowflake"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["GuildOnly"];
        responses: {
            200: components["responses"]["TempChannelCreationChannel"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listTempChannels: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The server's temp channels. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            tempchannels: components["schemas"]["TempChannel"][];
                        };
                    } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getTempChannel: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
            };
            header?: never;
            path: {
                /**
                 * @description The temp channel's `tempchannel_id`, as a string.
                 * @example 1187654321098771234
                 */
                tempchannel_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The temp channel. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            tempchannel: components["schemas"]["TempChannel"];
                        };
                    } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    addTempChannelBlockRule: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TempChannelRuleChange"];
            };
        };
        responses: {
            200: components["responses"]["Confirmation"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    addTempChannelTrustRule: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TempChannelRuleChange"];
            };
        };
        responses: {
            200: components["responses"]["Confirmation"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    removeTempChannelBlockRule: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TempChannelRuleChange"];
            };
        };
        responses: {
            200: components["responses"]["Confirmation"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    removeTempChannelTrustRule: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TempChannelRuleChange"];
            };
        };
        responses: {
            200: components["responses"]["Confirmation"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    claimTempChannel: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TempChannelEditAction"];
            };
        };
        responses: {
            200: components["responses"]["Confirmation"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteTempChannel: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TempChannelEditAction"];
            };
        };
        responses: {
            200: components["responses"]["Confirmation"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    setTempChannelAgeRestriction: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TempChannelAgeRestrictionChange"];
            };
        };
        responses: {
            200: components["responses"]["Confirmation"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    setTempChannelBitrate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TempChannelBitrateChange"];
            };
        };
        responses: {
            200: components["responses"]["Confirmation"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    setTempChannelName: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TempChannelNameChange"];
            };
        };
        responses: {
            200: components["responses"]["Confirmation"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    setTempChannelRegion: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TempChannelRegionChange"];
            };
        };
        responses: {
            200: components["responses"]["Confirmation"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    setTempChannelSlowmode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TempChannelSlowmodeChange"];
            };
        };
        responses: {
            200: components["responses"]["Confirmation"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    setTempChannelUserLimit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TempChannelUserLimitChange"];
            };
        };
        responses: {
            200: components["responses"]["Confirmation"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    transferTempChannel: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TempChannelTransfer"];
            };
        };
        responses: {
            200: components["responses"]["Confirmation"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getSocialsService: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ServiceHome"];
            "4XX": components["responses"]["ClientError"];
        };
    };
    getSocialsLiveness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ProbeOk"];
            "4XX": components["responses"]["ClientError"];
        };
    };
    getSocialsReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ProbeOk"];
            503: components["responses"]["ServiceUnavailable"];
            "4XX": components["responses"]["ClientError"];
        };
    };
    getSocialsStatus: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ModuleStatus"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    enableSocials: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["GuildOnly"];
        responses: {
            200: components["responses"]["SocialsConfiguration"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    disableSocials: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["GuildOnly"];
        responses: {
            200: components["responses"]["SocialsConfiguration"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getSocialsSettings: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["SocialsSettings"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateSocialsSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SocialsSettingsUpdate"];
            };
        };
        responses: {
            200: components["responses"]["SocialsSettings"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    resetSocialsSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["GuildOnly"];
        responses: {
            200: components["responses"]["SocialsConfiguration"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    sendSocialMeme: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SocialMemeRequest"];
            };
        };
        responses: {
            /** @description The meme was sent; a sentence saying so. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            message: string;
                        };
                    } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listSocialRedditFeeds: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subreddits the server watches. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            entries: components["schemas"]["SocialRedditFeed"][];
                        };
                    } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createSocialRedditFeed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SocialRedditFeedCreate"];
            };
        };
        responses: {
            200: components["responses"]["SocialRedditFeed"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteSocialRedditFeed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SocialRedditFeedDelete"];
            };
        };
        responses: {
            200: components["responses"]["SocialRedditFeed"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listSocialRssFeeds: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The RSS feeds the server watches. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            entries: components["schemas"]["SocialRssFeed"][];
                        };
                    } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createSocialRssFeed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SocialRssFeedCreate"];
            };
        };
        responses: {
            200: components["responses"]["SocialRssFeed"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteSocialRssFeed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SocialRssFeedDelete"];
            };
        };
        responses: {
            200: components["responses"]["SocialRssFeed"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listSocialTwitchFeeds: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Twitch accounts the server watches. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            entries: components["schemas"]["SocialTwitchFeed"][];
                        };
                    } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createSocialTwitchFeed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SocialTwitchFeedCreate"];
            };
        };
        responses: {
            200: components["responses"]["SocialTwitchFeed"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteSocialTwitchFeed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SocialTwitchFeedDelete"];
            };
        };
        responses: {
            200: components["responses"]["SocialTwitchFeed"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listSocialYoutubeFeeds: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The YouTube channels the server watches. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            entries: components["schemas"]["SocialYoutubeFeed"][];
                        };
                    } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createSocialYoutubeFeed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SocialYoutubeFeedCreate"];
            };
        };
        responses: {
            200: components["responses"]["SocialYoutubeFeed"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteSocialYoutubeFeed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SocialYoutubeFeedDelete"];
            };
        };
        responses: {
            200: components["responses"]["SocialYoutubeFeed"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getReactionRolesService: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ServiceHome"];
            "4XX": components["responses"]["ClientError"];
        };
    };
    getReactionRolesLiveness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ProbeOk"];
            "4XX": components["responses"]["ClientError"];
        };
    };
    getReactionRolesReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ProbeOk"];
            503: components["responses"]["ServiceUnavailable"];
            "4XX": components["responses"]["ClientError"];
        };
    };
    getReactionRolesStatus: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ModuleStatus"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    enableReactionRoles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["GuildOnly"];
        responses: {
            200: components["responses"]["ReactionRolesModuleData"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    disableReactionRoles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["GuildOnly"];
        responses: {
            200: components["responses"]["ReactionRolesModuleData"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    resetReactionRolesSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["GuildOnly"];
        responses: {
            200: components["responses"]["ReactionRolesModuleData"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listReactionRolePanels: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ReactionRolePanelList"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createReactionRolePanel: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReactionRolePanelCreate"];
            };
        };
        responses: {
            200: components["responses"]["ReactionRolePanel"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getReactionRolePanel: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
            };
            header?: never;
            path: {
                /**
                 * @description Husqy's id of the reaction role panel.
                 * @example r2m8c6zt
                 */
                panel_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ReactionRolePanel"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateReactionRolePanel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Husqy's id of the reaction role panel.
                 * @example r2m8c6zt
                 */
                panel_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReactionRolePanelUpdate"];
            };
        };
        responses: {
            200: components["responses"]["ReactionRolePanel"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteReactionRolePanel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Husqy's id of the reaction role panel.
                 * @example r2m8c6zt
                 */
                panel_id: string;
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["GuildOnly"];
        responses: {
            200: components["responses"]["ReactionRolePanelDeleted"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listReactionRoleEntries: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
            };
            header?: never;
            path: {
                /**
                 * @description Husqy's id of the reaction role panel.
                 * @example r2m8c6zt
                 */
                panel_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ReactionRoleEntryList"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createReactionRoleEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Husqy's id of the reaction role panel.
                 * @example r2m8c6zt
                 */
                panel_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReactionRoleEntryCreate"];
            };
        };
        responses: {
            200: components["responses"]["ReactionRoleEntry"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getReactionRoleEntry: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
            };
            header?: never;
            path: {
                /**
                 * @description Husqy's id of the reaction role panel.
                 * @example r2m8c6zt
                 */
                panel_id: string;
                /**
                 * @description Husqy's id of the reaction role entry.
                 * @example e4j7n1ws
                 */
                entry_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ReactionRoleEntry"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateReactionRoleEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Husqy's id of the reaction role panel.
                 * @example r2m8c6zt
                 */
                panel_id: string;
                /**
                 * @description Husqy's id of the reaction role entry.
                 * @example e4j7n1ws
                 */
                entry_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReactionRoleEntryUpdate"];
            };
        };
        responses: {
            200: components["responses"]["ReactionRoleEntry"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteReactionRoleEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Husqy's id of the reaction role panel.
                 * @example r2m8c6zt
                 */
                panel_id: string;
                /**
                 * @description Husqy's id of the reaction role entry.
                 * @example e4j7n1ws
                 */
                entry_id: string;
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["GuildOnly"];
        responses: {
            200: components["responses"]["ReactionRoleEntry"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getAutoresponderService: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ServiceHome"];
            "4XX": components["responses"]["ClientError"];
        };
    };
    getAutoresponderLiveness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ProbeOk"];
            "4XX": components["responses"]["ClientError"];
        };
    };
    getAutoresponderReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ProbeOk"];
            503: components["responses"]["ServiceUnavailable"];
            "4XX": components["responses"]["ClientError"];
        };
    };
    getAutoresponderStatus: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ModuleStatus"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    enableAutoresponder: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["GuildOnly"];
        responses: {
            200: components["responses"]["AutoresponderContents"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    disableAutoresponder: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["GuildOnly"];
        responses: {
            200: components["responses"]["AutoresponderContents"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    resetAutoresponderSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["GuildOnly"];
        responses: {
            200: components["responses"]["AutoresponderContents"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listAutoresponderTriggers: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every trigger on the server. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            triggers: components["schemas"]["AutoresponderTrigger"][];
                        };
                    } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createAutoresponderTrigger: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AutoresponderTriggerCreate"];
            };
        };
        responses: {
            200: components["responses"]["AutoresponderTrigger"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getAutoresponderTrigger: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
            };
            header?: never;
            path: {
                /**
                 * @description The trigger's `trigger_id`.
                 * @example 3f9a2c71-5d4e-4b8a-9c06-1e7d2b5a8f34
                 */
                trigger_id: components["parameters"]["AutoresponderTriggerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["AutoresponderTrigger"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateAutoresponderTrigger: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The trigger's `trigger_id`.
                 * @example 3f9a2c71-5d4e-4b8a-9c06-1e7d2b5a8f34
                 */
                trigger_id: components["parameters"]["AutoresponderTriggerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AutoresponderTriggerUpdate"];
            };
        };
        responses: {
            200: components["responses"]["AutoresponderTrigger"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteAutoresponderTrigger: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The trigger's `trigger_id`.
                 * @example 3f9a2c71-5d4e-4b8a-9c06-1e7d2b5a8f34
                 */
                trigger_id: components["parameters"]["AutoresponderTriggerId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["GuildOnly"];
        responses: {
            200: components["responses"]["AutoresponderTrigger"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listAutoresponderResponses: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every response on the server. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            responses: components["schemas"]["AutoresponderResponse"][];
                        };
                    } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createAutoresponderResponse: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AutoresponderResponseCreate"];
            };
        };
        responses: {
            200: components["responses"]["AutoresponderResponse"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getAutoresponderResponse: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
            };
            header?: never;
            path: {
                /**
                 * @description The response's `response_id`.
                 * @example 9b2e4d18-7c3a-4f65-a0d9-5e81c6b2f7a3
                 */
                response_id: components["parameters"]["AutoresponderResponseId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["AutoresponderResponse"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteAutoresponderResponse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The response's `response_id`.
                 * @example 9b2e4d18-7c3a-4f65-a0d9-5e81c6b2f7a3
                 */
                response_id: components["parameters"]["AutoresponderResponseId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["GuildOnly"];
        responses: {
            200: components["responses"]["AutoresponderResponse"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getTicketsService: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ServiceHome"];
            "4XX": components["responses"]["ClientError"];
        };
    };
    getTicketsLiveness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ProbeOk"];
            "4XX": components["responses"]["ClientError"];
        };
    };
    getTicketsReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ProbeOk"];
            503: components["responses"]["ServiceUnavailable"];
            "4XX": components["responses"]["ClientError"];
        };
    };
    getTicketsStatus: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ModuleStatus"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    enableTickets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["GuildOnly"];
        responses: {
            200: components["responses"]["TicketsModuleData"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    disableTickets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["GuildOnly"];
        responses: {
            200: components["responses"]["TicketsModuleData"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    resetTicketsSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["GuildOnly"];
        responses: {
            200: components["responses"]["TicketsModuleData"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listTicketPanels: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["TicketPanelList"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createTicketPanel: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TicketPanelCreate"];
            };
        };
        responses: {
            200: components["responses"]["TicketPanel"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getTicketPanel: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
            };
            header?: never;
            path: {
                /**
                 * @description Husqy's id of the ticket panel.
                 * @example p8d2k4m1
                 */
                panel_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["TicketPanel"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateTicketPanel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Husqy's id of the ticket panel.
                 * @example p8d2k4m1
                 */
                panel_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TicketPanelUpdate"];
            };
        };
        responses: {
            200: components["responses"]["TicketPanel"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteTicketPanel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Husqy's id of the ticket panel.
                 * @example p8d2k4m1
                 */
                panel_id: string;
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["GuildOnly"];
        responses: {
            200: components["responses"]["TicketPanelDeleted"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listTicketTypes: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
            };
            header?: never;
            path: {
                /**
                 * @description Husqy's id of the ticket panel.
                 * @example p8d2k4m1
                 */
                panel_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["TicketTypeList"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createTicketType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Husqy's id of the ticket panel.
                 * @example p8d2k4m1
                 */
                panel_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TicketTypeCreate"];
            };
        };
        responses: {
            200: components["responses"]["TicketType"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getTicketType: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
            };
            header?: never;
            path: {
                /**
                 * @description Husqy's id of the ticket panel.
                 * @example p8d2k4m1
                 */
                panel_id: string;
                /**
                 * @description Husqy's id of the ticket type.
                 * @example t5r7w3q9
                 */
                ticket_type_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["TicketType"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteTicketType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Husqy's id of the ticket panel.
                 * @example p8d2k4m1
                 */
                panel_id: string;
                /**
                 * @description Husqy's id of the ticket type.
                 * @example t5r7w3q9
                 */
                ticket_type_id: string;
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["GuildOnly"];
        responses: {
            200: components["responses"]["TicketType"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listTickets: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["TicketList"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getTicket: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
            };
            header?: never;
            path: {
                /**
                 * @description Husqy's id of the ticket.
                 * @example k3v9x2pq
                 */
                ticket_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Ticket"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Husqy's id of the ticket.
                 * @example k3v9x2pq
                 */
                ticket_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TicketAction"];
            };
        };
        responses: {
            200: components["responses"]["Ticket"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    claimTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Husqy's id of the ticket.
                 * @example k3v9x2pq
                 */
                ticket_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TicketAction"];
            };
        };
        responses: {
            200: components["responses"]["Confirmation"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    closeTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Husqy's id of the ticket.
                 * @example k3v9x2pq
                 */
                ticket_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TicketAction"];
            };
        };
        responses: {
            200: components["responses"]["Confirmation"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    reopenTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Husqy's id of the ticket.
                 * @example k3v9x2pq
                 */
                ticket_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TicketAction"];
            };
        };
        responses: {
            200: components["responses"]["Confirmation"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    transferTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Husqy's id of the ticket.
                 * @example k3v9x2pq
                 */
                ticket_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TicketTransfer"];
            };
        };
        responses: {
            200: components["responses"]["Confirmation"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    transcribeTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Husqy's id of the ticket.
                 * @example k3v9x2pq
                 */
                ticket_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TicketAction"];
            };
        };
        responses: {
            200: components["responses"]["Confirmation"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getServerstatsService: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ServiceHome"];
            "4XX": components["responses"]["ClientError"];
        };
    };
    getServerstatsLiveness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ProbeOk"];
            "4XX": components["responses"]["ClientError"];
        };
    };
    getServerstatsReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ProbeOk"];
            503: components["responses"]["ServiceUnavailable"];
            "4XX": components["responses"]["ClientError"];
        };
    };
    getServerstatsStatus: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ModuleStatus"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    enableServerstats: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["GuildOnly"];
        responses: {
            200: components["responses"]["ServerstatsModuleData"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    disableServerstats: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["GuildOnly"];
        responses: {
            200: components["responses"]["ServerstatsModuleData"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getServerstatsSettings: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ServerstatsSettings"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateServerstatsSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ServerstatsSettingsUpdate"];
            };
        };
        responses: {
            200: components["responses"]["ServerstatsSettings"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    resetServerstatsSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["GuildOnly"];
        responses: {
            200: components["responses"]["ServerstatsModuleData"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listServerstatsCounters: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The server's counters. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            counters: components["schemas"]["ServerstatsCounter"][];
                        };
                    } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createServerstatsCounter: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ServerstatsCounterCreate"];
            };
        };
        responses: {
            200: components["responses"]["ServerstatsCounter"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getServerstatsCounter: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
            };
            header?: never;
            path: {
                /**
                 * @description Husqy's id of the counter (its `counter_id`, not the row `id`).
                 * @example c4e1b7a2
                 */
                counter_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ServerstatsCounter"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteServerstatsCounter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Husqy's id of the counter (its `counter_id`, not the row `id`).
                 * @example c4e1b7a2
                 */
                counter_id: string;
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["GuildOnly"];
        responses: {
            200: components["responses"]["ServerstatsCounter"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getStatsActivityPresences: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
                /**
                 * @description Assumption: how many days of records to return, counting back from now (the docs give only the name and the default).
                 * @example 7
                 */
                days?: components["parameters"]["StatsDays"];
                /**
                 * @description Only records about this member. Omit it for every member.
                 * @example 1187654321098767000
                 */
                user_id?: components["parameters"]["StatsUserId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["StatsPresences"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getStatsActivityStatuses: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
                /**
                 * @description Assumption: how many days of records to return, counting back from now (the docs give only the name and the default).
                 * @example 7
                 */
                days?: components["parameters"]["StatsDays"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["StatsStatusCounts"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getStatsCommandsUsed: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
                /**
                 * @description Assumption: how many days of records to return, counting back from now (the docs give only the name and the default).
                 * @example 7
                 */
                days?: components["parameters"]["StatsDays"];
                /**
                 * @description Only records about this member. Omit it for every member.
                 * @example 1187654321098767000
                 */
                user_id?: components["parameters"]["StatsUserId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["StatsCommandUses"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getStatsMembersJoined: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
                /**
                 * @description Assumption: how many days of records to return, counting back from now (the docs give only the name and the default).
                 * @example 7
                 */
                days?: components["parameters"]["StatsDays"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["StatsMemberEvents"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getStatsMembersLeft: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
                /**
                 * @description Assumption: how many days of records to return, counting back from now (the docs give only the name and the default).
                 * @example 7
                 */
                days?: components["parameters"]["StatsDays"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["StatsMemberEvents"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getStatsMembersTotal: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
                /**
                 * @description Assumption: how many days of records to return, counting back from now (the docs give only the name and the default).
                 * @example 7
                 */
                days?: components["parameters"]["StatsDays"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["StatsMemberCounts"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getStatsMessagesSent: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
                /**
                 * @description Assumption: how many days of records to return, counting back from now (the docs give only the name and the default).
                 * @example 7
                 */
                days?: components["parameters"]["StatsDays"];
                /**
                 * @description Only records about this member. Omit it for every member.
                 * @example 1187654321098767000
                 */
                user_id?: components["parameters"]["StatsUserId"];
                /**
                 * @description Only records in this channel. Omit it for every channel.
                 * @example 1187654321098768000
                 */
                channel_id?: components["parameters"]["StatsChannelId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["StatsMessageEvents"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getStatsMessagesDeleted: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
                /**
                 * @description Assumption: how many days of records to return, counting back from now (the docs give only the name and the default).
                 * @example 7
                 */
                days?: components["parameters"]["StatsDays"];
                /**
                 * @description Only records about this member. Omit it for every member.
                 * @example 1187654321098767000
                 */
                user_id?: components["parameters"]["StatsUserId"];
                /**
                 * @description Only records in this channel. Omit it for every channel.
                 * @example 1187654321098768000
                 */
                channel_id?: components["parameters"]["StatsChannelId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["StatsMessageEvents"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getStatsVoiceSessions: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
                /**
                 * @description Assumption: how many days of records to return, counting back from now (the docs give only the name and the default).
                 * @example 7
                 */
                days?: components["parameters"]["StatsDays"];
                /**
                 * @description Only records about this member. Omit it for every member.
                 * @example 1187654321098767000
                 */
                user_id?: components["parameters"]["StatsUserId"];
                /**
                 * @description Only records in this channel. Omit it for every channel.
                 * @example 1187654321098768000
                 */
                channel_id?: components["parameters"]["StatsChannelId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["StatsVoiceSessions"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getStatsAutoresponderResponsesDeleted: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
                /**
                 * @description Assumption: how many days of records to return, counting back from now (the docs give only the name and the default).
                 * @example 7
                 */
                days?: components["parameters"]["StatsDays"];
                /**
                 * @description Only records about this member. Omit it for every member.
                 * @example 1187654321098767000
                 */
                user_id?: components["parameters"]["StatsUserId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["StatsUserEvents"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getStatsAutoresponderResponsesCreated: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
                /**
                 * @description Assumption: how many days of records to return, counting back from now (the docs give only the name and the default).
                 * @example 7
                 */
                days?: components["parameters"]["StatsDays"];
                /**
                 * @description Only records about this member. Omit it for every member.
                 * @example 1187654321098767000
                 */
                user_id?: components["parameters"]["StatsUserId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["StatsUserEvents"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getStatsAutoresponderTriggersCreated: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
                /**
                 * @description Assumption: how many days of records to return, counting back from now (the docs give only the name and the default).
                 * @example 7
                 */
                days?: components["parameters"]["StatsDays"];
                /**
                 * @description Only records about this member. Omit it for every member.
                 * @example 1187654321098767000
                 */
                user_id?: components["parameters"]["StatsUserId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["StatsUserEvents"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getStatsAutoresponderTriggersDeleted: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
                /**
                 * @description Assumption: how many days of records to return, counting back from now (the docs give only the name and the default).
                 * @example 7
                 */
                days?: components["parameters"]["StatsDays"];
                /**
                 * @description Only records about this member. Omit it for every member.
                 * @example 1187654321098767000
                 */
                user_id?: components["parameters"]["StatsUserId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["StatsUserEvents"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getStatsAutoresponderTriggersHit: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
                /**
                 * @description Assumption: how many days of records to return, counting back from now (the docs give only the name and the default).
                 * @example 7
                 */
                days?: components["parameters"]["StatsDays"];
                /**
                 * @description Only records about this member. Omit it for every member.
                 * @example 1187654321098767000
                 */
                user_id?: components["parameters"]["StatsUserId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["StatsTriggerHits"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getStatsAutoresponderCheckTimes: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
                /**
                 * @description Assumption: how many days of records to return, counting back from now (the docs give only the name and the default).
                 * @example 7
                 */
                days?: components["parameters"]["StatsDays"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["StatsCheckTimes"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getStatsInviteTrackerInvitesCreated: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
                /**
                 * @description Assumption: how many days of records to return, counting back from now (the docs give only the name and the default).
                 * @example 7
                 */
                days?: components["parameters"]["StatsDays"];
                /**
                 * @description Only records about this member. Omit it for every member.
                 * @example 1187654321098767000
                 */
                user_id?: components["parameters"]["StatsUserId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["StatsUserEvents"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getStatsInviteTrackerInvitesDeleted: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
                /**
                 * @description Assumption: how many days of records to return, counting back from now (the docs give only the name and the default).
                 * @example 7
                 */
                days?: components["parameters"]["StatsDays"];
                /**
                 * @description Only records about this member. Omit it for every member.
                 * @example 1187654321098767000
                 */
                user_id?: components["parameters"]["StatsUserId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["StatsUserEvents"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getStatsGiveawaysCreated: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
                /**
                 * @description Assumption: how many days of records to return, counting back from now (the docs give only the name and the default).
                 * @example 7
                 */
                days?: components["parameters"]["StatsDays"];
                /**
                 * @description Only records about this member. Omit it for every member.
                 * @example 1187654321098767000
                 */
                user_id?: components["parameters"]["StatsUserId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["StatsUserEvents"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getStatsGiveawaysDeleted: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
                /**
                 * @description Assumption: how many days of records to return, counting back from now (the docs give only the name and the default).
                 * @example 7
                 */
                days?: components["parameters"]["StatsDays"];
                /**
                 * @description Only records about this member. Omit it for every member.
                 * @example 1187654321098767000
                 */
                user_id?: components["parameters"]["StatsUserId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["StatsUserEvents"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getStatsGiveawaysEntered: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
                /**
                 * @description Assumption: how many days of records to return, counting back from now (the docs give only the name and the default).
                 * @example 7
                 */
                days?: components["parameters"]["StatsDays"];
                /**
                 * @description Only records about this member. Omit it for every member.
                 * @example 1187654321098767000
                 */
                user_id?: components["parameters"]["StatsUserId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["StatsUserEvents"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getStatsGiveawaysLeft: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
                /**
                 * @description Assumption: how many days of records to return, counting back from now (the docs give only the name and the default).
                 * @example 7
                 */
                days?: components["parameters"]["StatsDays"];
                /**
                 * @description Only records about this member. Omit it for every member.
                 * @example 1187654321098767000
                 */
                user_id?: components["parameters"]["StatsUserId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["StatsUserEvents"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getStatsGiveawaysRerolled: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
                /**
                 * @description Assumption: how many days of records to return, counting back from now (the docs give only the name and the default).
                 * @example 7
                 */
                days?: components["parameters"]["StatsDays"];
                /**
                 * @description Only records about this member. Omit it for every member.
                 * @example 1187654321098767000
                 */
                user_id?: components["parameters"]["StatsUserId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["StatsUserEvents"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getStatsSocialsEntriesRemoved: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
                /**
                 * @description Assumption: how many days of records to return, counting back from now (the docs give only the name and the default).
                 * @example 7
                 */
                days?: components["parameters"]["StatsDays"];
                /**
                 * @description Only records about this member. Omit it for every member.
                 * @example 1187654321098767000
                 */
                user_id?: components["parameters"]["StatsUserId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["StatsUserEvents"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getStatsSocialsEntriesAdded: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
                /**
                 * @description Assumption: how many days of records to return, counting back from now (the docs give only the name and the default).
                 * @example 7
                 */
                days?: components["parameters"]["StatsDays"];
                /**
                 * @description Only records about this member. Omit it for every member.
                 * @example 1187654321098767000
                 */
                user_id?: components["parameters"]["StatsUserId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["StatsUserEvents"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getStatsVerifierCheckTimes: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
                /**
                 * @description Assumption: how many days of records to return, counting back from now (the docs give only the name and the default).
                 * @example 7
                 */
                days?: components["parameters"]["StatsDays"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["StatsCheckTimes"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getStatsPollsCreated: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
                /**
                 * @description Assumption: how many days of records to return, counting back from now (the docs give only the name and the default).
                 * @example 7
                 */
                days?: components["parameters"]["StatsDays"];
                /**
                 * @description Only records about this member. Omit it for every member.
                 * @example 1187654321098767000
                 */
                user_id?: components["parameters"]["StatsUserId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["StatsUserEvents"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getStatsPollsDeleted: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
                /**
                 * @description Assumption: how many days of records to return, counting back from now (the docs give only the name and the default).
                 * @example 7
                 */
                days?: components["parameters"]["StatsDays"];
                /**
                 * @description Only records about this member. Omit it for every member.
                 * @example 1187654321098767000
                 */
                user_id?: components["parameters"]["StatsUserId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["StatsUserEvents"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getStatsPollsManuallyClosed: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
                /**
                 * @description Assumption: how many days of records to return, counting back from now (the docs give only the name and the default).
                 * @example 7
                 */
                days?: components["parameters"]["StatsDays"];
                /**
                 * @description Only records about this member. Omit it for every member.
                 * @example 1187654321098767000
                 */
                user_id?: components["parameters"]["StatsUserId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["StatsUserEvents"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getStatsPollsVotesAdded: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
                /**
                 * @description Assumption: how many days of records to return, counting back from now (the docs give only the name and the default).
                 * @example 7
                 */
                days?: components["parameters"]["StatsDays"];
                /**
                 * @description Only records about this member. Omit it for every member.
                 * @example 1187654321098767000
                 */
                user_id?: components["parameters"]["StatsUserId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["StatsUserEvents"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getStatsPollsVotesRemoved: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
                /**
                 * @description Assumption: how many days of records to return, counting back from now (the docs give only the name and the default).
                 * @example 7
                 */
                days?: components["parameters"]["StatsDays"];
                /**
                 * @description Only records about this member. Omit it for every member.
                 * @example 1187654321098767000
                 */
                user_id?: components["parameters"]["StatsUserId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["StatsUserEvents"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getStatsReactionrolesCheckTimes: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
                /**
                 * @description Assumption: how many days of records to return, counting back from now (the docs give only the name and the default).
                 * @example 7
                 */
                days?: components["parameters"]["StatsDays"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["StatsCheckTimes"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getStatsReactionrolesPanelsCreated: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
                /**
                 * @description Assumption: how many days of records to return, counting back from now (the docs give only the name and the default).
                 * @example 7
                 */
                days?: components["parameters"]["StatsDays"];
                /**
                 * @description Only records about this member. Omit it for every member.
                 * @example 1187654321098767000
                 */
                user_id?: components["parameters"]["StatsUserId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["StatsUserEvents"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getStatsReactionrolesPanelsDeleted: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
                /**
                 * @description Assumption: how many days of records to return, counting back from now (the docs give only the name and the default).
                 * @example 7
                 */
                days?: components["parameters"]["StatsDays"];
                /**
                 * @description Only records about this member. Omit it for every member.
                 * @example 1187654321098767000
                 */
                user_id?: components["parameters"]["StatsUserId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["StatsUserEvents"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getStatsReactionrolesAdded: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
                /**
                 * @description Assumption: how many days of records to return, counting back from now (the docs give only the name and the default).
                 * @example 7
                 */
                days?: components["parameters"]["StatsDays"];
                /**
                 * @description Only records about this member. Omit it for every member.
                 * @example 1187654321098767000
                 */
                user_id?: components["parameters"]["StatsUserId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["StatsUserEvents"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getStatsReactionrolesRemoved: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
                /**
                 * @description Assumption: how many days of records to return, counting back from now (the docs give only the name and the default).
                 * @example 7
                 */
                days?: components["parameters"]["StatsDays"];
                /**
                 * @description Only records about this member. Omit it for every member.
                 * @example 1187654321098767000
                 */
                user_id?: components["parameters"]["StatsUserId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["StatsUserEvents"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getStatsRemindersSendTimes: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
                /**
                 * @description Assumption: how many days of records to return, counting back from now (the docs give only the name and the default).
                 * @example 7
                 */
                days?: components["parameters"]["StatsDays"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["StatsSendTimes"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getStatsRemindersCreated: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
                /**
                 * @description Assumption: how many days of records to return, counting back from now (the docs give only the name and the default).
                 * @example 7
                 */
                days?: components["parameters"]["StatsDays"];
                /**
                 * @description Only records about this member. Omit it for every member.
                 * @example 1187654321098767000
                 */
                user_id?: components["parameters"]["StatsUserId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["StatsUserEvents"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getStatsRemindersDeleted: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
                /**
                 * @description Assumption: how many days of records to return, counting back from now (the docs give only the name and the default).
                 * @example 7
                 */
                days?: components["parameters"]["StatsDays"];
                /**
                 * @description Only records about this member. Omit it for every member.
                 * @example 1187654321098767000
                 */
                user_id?: components["parameters"]["StatsUserId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["StatsUserEvents"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getStatsRemindersSent: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
                /**
                 * @description Assumption: how many days of records to return, counting back from now (the docs give only the name and the default).
                 * @example 7
                 */
                days?: components["parameters"]["StatsDays"];
                /**
                 * @description Only records about this member. Omit it for every member.
                 * @example 1187654321098767000
                 */
                user_id?: components["parameters"]["StatsUserId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["StatsEvents"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getStatsRulesCheckTimes: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
                /**
                 * @description Assumption: how many days of records to return, counting back from now (the docs give only the name and the default).
                 * @example 7
                 */
                days?: components["parameters"]["StatsDays"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["StatsCheckTimes"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getStatsRulesAdded: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
                /**
                 * @description Assumption: how many days of records to return, counting back from now (the docs give only the name and the default).
                 * @example 7
                 */
                days?: components["parameters"]["StatsDays"];
                /**
                 * @description Only records about this member. Omit it for every member.
                 * @example 1187654321098767000
                 */
                user_id?: components["parameters"]["StatsUserId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["StatsUserEvents"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getStatsRulesRemoved: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
                /**
                 * @description Assumption: how many days of records to return, counting back from now (the docs give only the name and the default).
                 * @example 7
                 */
                days?: components["parameters"]["StatsDays"];
                /**
                 * @description Only records about this member. Omit it for every member.
                 * @example 1187654321098767000
                 */
                user_id?: components["parameters"]["StatsUserId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["StatsUserEvents"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getStatsTagsCheckTimes: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
                /**
                 * @description Assumption: how many days of records to return, counting back from now (the docs give only the name and the default).
                 * @example 7
                 */
                days?: components["parameters"]["StatsDays"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["StatsCheckTimes"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getStatsTagsCreated: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
                /**
                 * @description Assumption: how many days of records to return, counting back from now (the docs give only the name and the default).
                 * @example 7
                 */
                days?: components["parameters"]["StatsDays"];
                /**
                 * @description Only records about this member. Omit it for every member.
                 * @example 1187654321098767000
                 */
                user_id?: components["parameters"]["StatsUserId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["StatsUserEvents"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getStatsTagsDeleted: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
                /**
                 * @description Assumption: how many days of records to return, counting back from now (the docs give only the name and the default).
                 * @example 7
                 */
                days?: components["parameters"]["StatsDays"];
                /**
                 * @description Only records about this member. Omit it for every member.
                 * @example 1187654321098767000
                 */
                user_id?: components["parameters"]["StatsUserId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["StatsUserEvents"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getStatsTempchannelsCreatedCheckTimes: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
                /**
                 * @description Assumption: how many days of records to return, counting back from now (the docs give only the name and the default).
                 * @example 7
                 */
                days?: components["parameters"]["StatsDays"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["StatsCheckTimes"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getStatsTempchannelsDeletedCheckTimes: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
                /**
                 * @description Assumption: how many days of records to return, counting back from now (the docs give only the name and the default).
                 * @example 7
                 */
                days?: components["parameters"]["StatsDays"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["StatsCheckTimes"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getStatsTempchannelsCreationChannelsCreated: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
                /**
                 * @description Assumption: how many days of records to return, counting back from now (the docs give only the name and the default).
                 * @example 7
                 */
                days?: components["parameters"]["StatsDays"];
                /**
                 * @description Only records about this member. Omit it for every member.
                 * @example 1187654321098767000
                 */
                user_id?: components["parameters"]["StatsUserId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["StatsUserEvents"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getStatsTempchannelsCreationChannelsDeleted: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
                /**
                 * @description Assumption: how many days of records to return, counting back from now (the docs give only the name and the default).
                 * @example 7
                 */
                days?: components["parameters"]["StatsDays"];
                /**
                 * @description Only records about this member. Omit it for every member.
                 * @example 1187654321098767000
                 */
                user_id?: components["parameters"]["StatsUserId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["StatsUserEvents"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getStatsTempchannelsCreated: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
                /**
                 * @description Assumption: how many days of records to return, counting back from now (the docs give only the name and the default).
                 * @example 7
                 */
                days?: components["parameters"]["StatsDays"];
                /**
                 * @description Only records about this member. Omit it for every member.
                 * @example 1187654321098767000
                 */
                user_id?: components["parameters"]["StatsUserId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["StatsUserEvents"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getStatsTicketsPanelsDeleted: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
                /**
                 * @description Assumption: how many days of records to return, counting back from now (the docs give only the name and the default).
                 * @example 7
                 */
                days?: components["parameters"]["StatsDays"];
                /**
                 * @description Only records about this member. Omit it for every member.
                 * @example 1187654321098767000
                 */
                user_id?: components["parameters"]["StatsUserId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["StatsUserEvents"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getStatsTicketsPanelsCreated: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
                /**
                 * @description Assumption: how many days of records to return, counting back from now (the docs give only the name and the default).
                 * @example 7
                 */
                days?: components["parameters"]["StatsDays"];
                /**
                 * @description Only records about this member. Omit it for every member.
                 * @example 1187654321098767000
                 */
                user_id?: components["parameters"]["StatsUserId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["StatsUserEvents"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getStatsTicketsTypesAdded: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
                /**
                 * @description Assumption: how many days of records to return, counting back from now (the docs give only the name and the default).
                 * @example 7
                 */
                days?: components["parameters"]["StatsDays"];
                /**
                 * @description Only records about this member. Omit it for every member.
                 * @example 1187654321098767000
                 */
                user_id?: components["parameters"]["StatsUserId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["StatsUserEvents"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getStatsTicketsTypesRemoved: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
                /**
                 * @description Assumption: how many days of records to return, counting back from now (the docs give only the name and the default).
                 * @example 7
                 */
                days?: components["parameters"]["StatsDays"];
                /**
                 * @description Only records about this member. Omit it for every member.
                 * @example 1187654321098767000
                 */
                user_id?: components["parameters"]["StatsUserId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["StatsUserEvents"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getStatsTicketsClosed: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
                /**
                 * @description Assumption: how many days of records to return, counting back from now (the docs give only the name and the default).
                 * @example 7
                 */
                days?: components["parameters"]["StatsDays"];
                /**
                 * @description Only records about this member. Omit it for every member.
                 * @example 1187654321098767000
                 */
                user_id?: components["parameters"]["StatsUserId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["StatsUserEvents"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getStatsTicketsCreated: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
                /**
                 * @description Assumption: how many days of records to return, counting back from now (the docs give only the name and the default).
                 * @example 7
                 */
                days?: components["parameters"]["StatsDays"];
                /**
                 * @description Only records about this member. Omit it for every member.
                 * @example 1187654321098767000
                 */
                user_id?: components["parameters"]["StatsUserId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["StatsUserEvents"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getStatsTicketsDeleted: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
                /**
                 * @description Assumption: how many days of records to return, counting back from now (the docs give only the name and the default).
                 * @example 7
                 */
                days?: components["parameters"]["StatsDays"];
                /**
                 * @description Only records about this member. Omit it for every member.
                 * @example 1187654321098767000
                 */
                user_id?: components["parameters"]["StatsUserId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["StatsUserEvents"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getStatsTicketsReopened: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
                /**
                 * @description Assumption: how many days of records to return, counting back from now (the docs give only the name and the default).
                 * @example 7
                 */
                days?: components["parameters"]["StatsDays"];
                /**
                 * @description Only records about this member. Omit it for every member.
                 * @example 1187654321098767000
                 */
                user_id?: components["parameters"]["StatsUserId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["StatsUserEvents"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getStatsWelcomingCheckTimes: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
                /**
                 * @description Assumption: how many days of records to return, counting back from now (the docs give only the name and the default).
                 * @example 7
                 */
                days?: components["parameters"]["StatsDays"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["StatsCheckTimes"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getStatsWelcomingResponsesDeleted: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
                /**
                 * @description Assumption: how many days of records to return, counting back from now (the docs give only the name and the default).
                 * @example 7
                 */
                days?: components["parameters"]["StatsDays"];
                /**
                 * @description Only records about this member. Omit it for every member.
                 * @example 1187654321098767000
                 */
                user_id?: components["parameters"]["StatsUserId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["StatsUserEvents"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getStatsWelcomingResponsesCreated: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
                /**
                 * @description Assumption: how many days of records to return, counting back from now (the docs give only the name and the default).
                 * @example 7
                 */
                days?: components["parameters"]["StatsDays"];
                /**
                 * @description Only records about this member. Omit it for every member.
                 * @example 1187654321098767000
                 */
                user_id?: components["parameters"]["StatsUserId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["StatsUserEvents"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getStatsWelcomingTimedrolesDeleted: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
                /**
                 * @description Assumption: how many days of records to return, counting back from now (the docs give only the name and the default).
                 * @example 7
                 */
                days?: components["parameters"]["StatsDays"];
                /**
                 * @description Only records about this member. Omit it for every member.
                 * @example 1187654321098767000
                 */
                user_id?: components["parameters"]["StatsUserId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["StatsUserEvents"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getStatsWelcomingTimedrolesCreated: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
                /**
                 * @description Assumption: how many days of records to return, counting back from now (the docs give only the name and the default).
                 * @example 7
                 */
                days?: components["parameters"]["StatsDays"];
                /**
                 * @description Only records about this member. Omit it for every member.
                 * @example 1187654321098767000
                 */
                user_id?: components["parameters"]["StatsUserId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["StatsUserEvents"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getTagsService: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ServiceHome"];
            "4XX": components["responses"]["ClientError"];
        };
    };
    getTagsLiveness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ProbeOk"];
            "4XX": components["responses"]["ClientError"];
        };
    };
    getTagsReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ProbeOk"];
            503: components["responses"]["ServiceUnavailable"];
            "4XX": components["responses"]["ClientError"];
        };
    };
    getTagsStatus: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ModuleStatus"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    enableTags: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["GuildOnly"];
        responses: {
            200: components["responses"]["TagsContents"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    disableTags: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["GuildOnly"];
        responses: {
            200: components["responses"]["TagsContents"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    resetTagsSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["GuildOnly"];
        responses: {
            200: components["responses"]["TagsContents"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listTagEntries: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The server's tags. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            entries: components["schemas"]["TagEntryInfo"][];
                        };
                    } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createTagEntry: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TagEntryCreate"];
            };
        };
        responses: {
            200: components["responses"]["TagEntry"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getTagEntry: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
            };
            header?: never;
            path: {
                /**
                 * @description The tag's id. (The docs type it `string | null` on PUT and DELETE, an artefact of their generator; a path parameter cannot be null.)
                 * @example 6e0c2b94-3a7f-4d51-8e26-b9f14a7c0d38
                 */
                entry_id: components["parameters"]["TagEntryId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["TagEntry"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateTagEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The tag's id. (The docs type it `string | null` on PUT and DELETE, an artefact of their generator; a path parameter cannot be null.)
                 * @example 6e0c2b94-3a7f-4d51-8e26-b9f14a7c0d38
                 */
                entry_id: components["parameters"]["TagEntryId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TagEntryUpdate"];
            };
        };
        responses: {
            200: components["responses"]["TagEntry"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteTagEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The tag's id. (The docs type it `string | null` on PUT and DELETE, an artefact of their generator; a path parameter cannot be null.)
                 * @example 6e0c2b94-3a7f-4d51-8e26-b9f14a7c0d38
                 */
                entry_id: components["parameters"]["TagEntryId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GuildInteractionAction"];
            };
        };
        responses: {
            200: components["responses"]["TagEntry"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getVerifierService: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ServiceHome"];
            "4XX": components["responses"]["ClientError"];
        };
    };
    getVerifierLiveness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ProbeOk"];
            "4XX": components["responses"]["ClientError"];
        };
    };
    getVerifierReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ProbeOk"];
            503: components["responses"]["ServiceUnavailable"];
            "4XX": components["responses"]["ClientError"];
        };
    };
    getVerifierStatus: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ModuleStatus"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    enableVerifier: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["GuildOnly"];
        responses: {
            200: components["responses"]["VerifierSettings"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    disableVerifier: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["GuildOnly"];
        responses: {
            200: components["responses"]["VerifierSettingsAndEntries"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getVerifierSettings: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["VerifierSettings"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateVerifierSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerifierSettingsUpdate"];
            };
        };
        responses: {
            200: components["responses"]["VerifierSettings"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    resetVerifierSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["GuildOnly"];
        responses: {
            200: components["responses"]["VerifierSettingsAndEntries"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listVerifierEntries: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The server's verification entries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            entries: components["schemas"]["VerifierEntry"][];
                        };
                    } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getVerifierEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The entry's id.
                 * @example a7d3f0c2-94e1-4b6d-8c5a-2f9e7b013d64
                 */
                entry_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One verification entry. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            entry: components["schemas"]["VerifierEntry"];
                        };
                    } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getRulesService: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ServiceHome"];
            "4XX": components["responses"]["ClientError"];
        };
    };
    getRulesLiveness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ProbeOk"];
            "4XX": components["responses"]["ClientError"];
        };
    };
    getRulesReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ProbeOk"];
            503: components["responses"]["ServiceUnavailable"];
            "4XX": components["responses"]["ClientError"];
        };
    };
    getRulesStatus: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ModuleStatus"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    enableRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["GuildOnly"];
        responses: {
            200: components["responses"]["RulesState"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    disableRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["GuildOnly"];
        responses: {
            200: components["responses"]["RulesState"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getRulesSettings: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["RulesSettings"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateRulesSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RulesSettingsUpdate"];
            };
        };
        responses: {
            200: components["responses"]["RulesSettings"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    resetRulesSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["GuildOnly"];
        responses: {
            200: components["responses"]["RulesState"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listRules: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every rule of the server, unpaged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            entries: components["schemas"]["Rule"][];
                        };
                    } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createRule: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RuleCreate"];
            };
        };
        responses: {
            200: components["responses"]["Rule"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getRule: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
            };
            header?: never;
            path: {
                /**
                 * @description The rule to act on. The docs do not say whether this is the row `id` or the `rule_id`; older docs named the parameter `rule_id`.
                 * @example 3
                 */
                entry_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Rule"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The rule to act on. The docs do not say whether this is the row `id` or the `rule_id`; older docs named the parameter `rule_id`.
                 * @example 3
                 */
                entry_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GuildInteractionAction"];
            };
        };
        responses: {
            200: components["responses"]["Rule"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getInviteTrackerService: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ServiceHome"];
            "4XX": components["responses"]["ClientError"];
        };
    };
    getInviteTrackerLiveness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ProbeOk"];
            "4XX": components["responses"]["ClientError"];
        };
    };
    getInviteTrackerReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ProbeOk"];
            503: components["responses"]["ServiceUnavailable"];
            "4XX": components["responses"]["ClientError"];
        };
    };
    getInviteTrackerStatus: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ModuleStatus"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    enableInviteTracker: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["GuildOnly"];
        responses: {
            200: components["responses"]["InviteTrackerState"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    disableInviteTracker: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["GuildOnly"];
        responses: {
            200: components["responses"]["InviteTrackerState"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getInviteTrackerSettings: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["InviteTrackerSettings"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateInviteTrackerSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InviteTrackerSettingsUpdate"];
            };
        };
        responses: {
            200: components["responses"]["InviteTrackerSettings"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    resetInviteTrackerSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["GuildOnly"];
        responses: {
            200: components["responses"]["InviteTrackerState"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listInviteTrackerInvites: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every invite the module tracks on the server, unpaged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            invites: components["schemas"]["InviteTrackerInvite"][];
                        };
                    } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createInviteTrackerInvite: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InviteTrackerInviteCreate"];
            };
        };
        responses: {
            /** @description The new invite. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["InviteTrackerInviteCreated"];
                    } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteInviteTrackerInvite: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InviteTrackerInviteDelete"];
            };
        };
        responses: {
            /** @description The invite is deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Message"];
                    } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listInviteTrackerInviteUses: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
                /**
                 * @description The member whose invites were used.
                 * @example 1187654321098767000
                 */
                inviter_id: components["schemas"]["Snowflake"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The recorded joins, unpaged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            stats_uses: components["schemas"]["InviteTrackerInviteUse"][];
                        };
                    } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getPollsService: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ServiceHome"];
            "4XX": components["responses"]["ClientError"];
        };
    };
    getPollsLiveness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ProbeOk"];
            "4XX": components["responses"]["ClientError"];
        };
    };
    getPollsReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ProbeOk"];
            503: components["responses"]["ServiceUnavailable"];
            "4XX": components["responses"]["ClientError"];
        };
    };
    getPollsStatus: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ModuleStatus"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    enablePolls: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["GuildOnly"];
        responses: {
            200: components["responses"]["PollsState"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    disablePolls: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["GuildOnly"];
        responses: {
            200: components["responses"]["PollsState"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getPollsSettings: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["PollSettings"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updatePollsSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PollSettingsUpdate"];
            };
        };
        responses: {
            200: components["responses"]["PollSettings"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    resetPollsSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["GuildOnly"];
        responses: {
            200: components["responses"]["PollsState"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listPolls: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The server's polls with their answers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            entries: components["schemas"]["PollWithAnswers"][];
                        };
                    } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createPoll: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PollCreate"];
            };
        };
        responses: {
            200: components["responses"]["PollWithAnswers"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getPoll: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
            };
            header?: never;
            path: {
                /**
                 * @description The poll to act on. The docs do not say whether this is the row `id` or the `poll_id`. (Some operations declare it `string | null`, a FastAPI artefact; a path parameter is always a present string.)
                 * @example 184
                 */
                entry_id: components["parameters"]["PollEntryId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["PollWithAnswers"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updatePoll: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The poll to act on. The docs do not say whether this is the row `id` or the `poll_id`. (Some operations declare it `string | null`, a FastAPI artefact; a path parameter is always a present string.)
                 * @example 184
                 */
                entry_id: components["parameters"]["PollEntryId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PollUpdate"];
            };
        };
        responses: {
            200: components["responses"]["Confirmation"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deletePoll: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The poll to act on. The docs do not say whether this is the row `id` or the `poll_id`. (Some operations declare it `string | null`, a FastAPI artefact; a path parameter is always a present string.)
                 * @example 184
                 */
                entry_id: components["parameters"]["PollEntryId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GuildInteractionAction"];
            };
        };
        responses: {
            /** @description The deleted poll. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            entry: components["schemas"]["Poll"];
                        };
                    } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    closePoll: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The poll to act on. The docs do not say whether this is the row `id` or the `poll_id`. (Some operations declare it `string | null`, a FastAPI artefact; a path parameter is always a present string.)
                 * @example 184
                 */
                entry_id: components["parameters"]["PollEntryId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GuildInteractionAction"];
            };
        };
        responses: {
            200: components["responses"]["Confirmation"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getGiveawaysService: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ServiceHome"];
            "4XX": components["responses"]["ClientError"];
        };
    };
    getGiveawaysLiveness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ProbeOk"];
            "4XX": components["responses"]["ClientError"];
        };
    };
    getGiveawaysReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ProbeOk"];
            503: components["responses"]["ServiceUnavailable"];
            "4XX": components["responses"]["ClientError"];
        };
    };
    getGiveawaysStatus: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ModuleStatus"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    enableGiveaways: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["GuildOnly"];
        responses: {
            200: components["responses"]["GiveawaysState"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    disableGiveaways: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["GuildOnly"];
        responses: {
            200: components["responses"]["GiveawaysState"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getGiveawaysSettings: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["GiveawaySettings"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateGiveawaysSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GiveawaySettingsUpdate"];
            };
        };
        responses: {
            200: components["responses"]["GiveawaySettings"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    resetGiveawaysSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["GuildOnly"];
        responses: {
            200: components["responses"]["GiveawaysState"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listGiveaways: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The server's giveaways. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            entries: components["schemas"]["Giveaway"][];
                        };
                    } & WithRequired<components["schemas"]["DataEnvelope"], "data">;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createGiveaway: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GiveawayCreate"];
            };
        };
        responses: {
            200: components["responses"]["Giveaway"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getGiveaway: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
            };
            header?: never;
            path: {
                /**
                 * @description The giveaway to act on. The docs do not say whether this is the row `id` or the `giveaway_id`. (Some operations declare it `string | null`, a FastAPI artefact; a path parameter is always a present string.)
                 * @example 58
                 */
                entry_id: components["parameters"]["GiveawayEntryId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Giveaway"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateGiveaway: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The giveaway to act on. The docs do not say whether this is the row `id` or the `giveaway_id`. (Some operations declare it `string | null`, a FastAPI artefact; a path parameter is always a present string.)
                 * @example 58
                 */
                entry_id: components["parameters"]["GiveawayEntryId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GiveawayUpdate"];
            };
        };
        responses: {
            200: components["responses"]["Confirmation"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteGiveaway: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The giveaway to act on. The docs do not say whether this is the row `id` or the `giveaway_id`. (Some operations declare it `string | null`, a FastAPI artefact; a path parameter is always a present string.)
                 * @example 58
                 */
                entry_id: components["parameters"]["GiveawayEntryId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GuildInteractionAction"];
            };
        };
        responses: {
            200: components["responses"]["Giveaway"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    rerollGiveaway: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The giveaway to act on. The docs do not say whether this is the row `id` or the `giveaway_id`. (Some operations declare it `string | null`, a FastAPI artefact; a path parameter is always a present string.)
                 * @example 58
                 */
                entry_id: components["parameters"]["GiveawayEntryId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GuildInteractionAction"];
            };
        };
        responses: {
            200: components["responses"]["Confirmation"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getRemindersService: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ServiceHome"];
            "4XX": components["responses"]["ClientError"];
        };
    };
    getRemindersLiveness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ProbeOk"];
            "4XX": components["responses"]["ClientError"];
        };
    };
    getRemindersReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ProbeOk"];
            503: components["responses"]["ServiceUnavailable"];
            "4XX": components["responses"]["ClientError"];
        };
    };
    getRemindersStatus: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ModuleStatus"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    enableReminders: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["GuildOnly"];
        responses: {
            200: components["responses"]["Reminders"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    disableReminders: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["GuildOnly"];
        responses: {
            200: components["responses"]["Reminders"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    resetRemindersSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["GuildOnly"];
        responses: {
            200: components["responses"]["Reminders"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listReminders: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
                /**
                 * @description Only reminders of this type. The docs type this query value as a string although `reminder_type` is an integer code in the reminders themselves.
                 * @example 1
                 */
                reminder_type?: string;
                /**
                 * @description Only this member's reminders.
                 * @example 1187654321098767000
                 */
                user_id?: components["schemas"]["Snowflake"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Reminders"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createReminder: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReminderCreate"];
            };
        };
        responses: {
            200: components["responses"]["Reminder"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getReminder: {
        parameters: {
            query: {
                /**
                 * @description The Discord server (guild) the request is about.
                 * @example 1187654321098765000
                 */
                guild_id: components["parameters"]["GuildId"];
            };
            header?: never;
            path: {
                /**
                 * @description The reminder to act on. The docs do not say whether this is the row `id` or the `reminder_id`. (DELETE declares it `string | null`, a FastAPI artefact; a path parameter is always a present string.)
                 * @example 412
                 */
                entry_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Reminder"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteReminder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The reminder to act on. The docs do not say whether this is the row `id` or the `reminder_id`. (DELETE declares it `string | null`, a FastAPI artefact; a path parameter is always a present string.)
                 * @example 412
                 */
                entry_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GuildInteractionAction"];
            };
        };
        responses: {
            200: components["responses"]["Reminder"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
}
type WithRequired<T, K extends keyof T> = T & {
    [P in K]-?: T[P];
};
