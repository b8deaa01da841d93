// Generated from specs/husqy/openapi.yaml by @api-clients/codegen. Do not edit: run `pnpm generate`.

import type { ApiMetadata } from "@api-clients/middleware";

export const apiMetadata = {
  "api": "husqy",
  "title": "Husqy API",
  "version": "1",
  "serverUrl": "https://api.husqy.xyz/v1",
  "rateLimits": {
    "description": "Husqy documents no rate limits; the client is reactive only and waits out a 429's Retry-After."
  },
  "operations": {
    "getGeneralService": {
      "method": "GET",
      "path": "/",
      "query": [],
      "tag": "Service",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getGeneralLiveness": {
      "method": "GET",
      "path": "/livez",
      "query": [],
      "tag": "Service",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getGeneralReadiness": {
      "method": "GET",
      "path": "/readyz",
      "query": [],
      "tag": "Service",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getServerSettings": {
      "method": "GET",
      "path": "/settings",
      "query": [
        "guild_id"
      ],
      "tag": "Settings",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "updateServerSettings": {
      "method": "PUT",
      "path": "/settings",
      "query": [],
      "tag": "Settings",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "authorizeUser": {
      "method": "POST",
      "path": "/auth/authorize",
      "query": [],
      "tag": "Authentication",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "validateUserPermissions": {
      "method": "POST",
      "path": "/auth/validate-user-permissions",
      "query": [],
      "tag": "Authentication",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "listApiKeys": {
      "method": "GET",
      "path": "/auth/api-key",
      "query": [
        "guild_id"
      ],
      "tag": "Authentication",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "createApiKey": {
      "method": "POST",
      "path": "/auth/api-key",
      "query": [],
      "tag": "Authentication",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "deleteApiKey": {
      "method": "DELETE",
      "path": "/auth/api-key",
      "query": [],
      "tag": "Authentication",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "listSupportedLanguages": {
      "method": "GET",
      "path": "/helpers/get-supported-languages",
      "query": [],
      "tag": "Helpers",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "listSupportedTimezones": {
      "method": "GET",
      "path": "/helpers/get-supported-timezones",
      "query": [],
      "tag": "Helpers",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "listSupportedUnitSystems": {
      "method": "GET",
      "path": "/helpers/get-supported-unit-systems",
      "query": [],
      "tag": "Helpers",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "listUserGuilds": {
      "method": "GET",
      "path": "/helpers/get-husqy-for-guild",
      "query": [],
      "tag": "Helpers",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "listGuildRoles": {
      "method": "GET",
      "path": "/helpers/get-guild-roles",
      "query": [
        "guild_id"
      ],
      "tag": "Helpers",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "listGuildUsers": {
      "method": "GET",
      "path": "/helpers/get-guild-users",
      "query": [
        "guild_id"
      ],
      "tag": "Helpers",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "listGuildChannels": {
      "method": "GET",
      "path": "/helpers/get-guild-channels",
      "query": [
        "guild_id",
        "types"
      ],
      "tag": "Helpers",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "listGuildEmojis": {
      "method": "GET",
      "path": "/helpers/get-guild-emojis",
      "query": [
        "guild_id"
      ],
      "tag": "Helpers",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "replaceContentVariables": {
      "method": "GET",
      "path": "/helpers/get-variable-replaced-content",
      "query": [
        "content",
        "language",
        "timezone",
        "guild_id",
        "user_id",
        "channel_id"
      ],
      "tag": "Helpers",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getLoggingService": {
      "method": "GET",
      "path": "/modules/logging",
      "query": [],
      "tag": "Logging",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getLoggingLiveness": {
      "method": "GET",
      "path": "/modules/logging/livez",
      "query": [],
      "tag": "Logging",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getLoggingReadiness": {
      "method": "GET",
      "path": "/modules/logging/readyz",
      "query": [],
      "tag": "Logging",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getLoggingStatus": {
      "method": "GET",
      "path": "/modules/logging/status",
      "query": [
        "guild_id"
      ],
      "tag": "Logging",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "enableLogging": {
      "method": "POST",
      "path": "/modules/logging/enable",
      "query": [],
      "tag": "Logging",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "disableLogging": {
      "method": "POST",
      "path": "/modules/logging/disable",
      "query": [],
      "tag": "Logging",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getLoggingSettings": {
      "method": "GET",
      "path": "/modules/logging/settings",
      "query": [
        "guild_id"
      ],
      "tag": "Logging",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "updateLoggingSettings": {
      "method": "PUT",
      "path": "/modules/logging/settings",
      "query": [],
      "tag": "Logging",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "resetLoggingSettings": {
      "method": "DELETE",
      "path": "/modules/logging/settings",
      "query": [],
      "tag": "Logging",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getWelcomingService": {
      "method": "GET",
      "path": "/modules/welcoming",
      "query": [],
      "tag": "Welcoming",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getWelcomingLiveness": {
      "method": "GET",
      "path": "/modules/welcoming/livez",
      "query": [],
      "tag": "Welcoming",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getWelcomingReadiness": {
      "method": "GET",
      "path": "/modules/welcoming/readyz",
      "query": [],
      "tag": "Welcoming",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getWelcomingStatus": {
      "method": "GET",
      "path": "/modules/welcoming/status",
      "query": [
        "guild_id"
      ],
      "tag": "Welcoming",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "enableWelcoming": {
      "method": "POST",
      "path": "/modules/welcoming/enable",
      "query": [],
      "tag": "Welcoming",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "disableWelcoming": {
      "method": "POST",
      "path": "/modules/welcoming/disable",
      "query": [],
      "tag": "Welcoming",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getWelcomingSettings": {
      "method": "GET",
      "path": "/modules/welcoming/settings",
      "query": [
        "guild_id"
      ],
      "tag": "Welcoming",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "updateWelcomingSettings": {
      "method": "PUT",
      "path": "/modules/welcoming/settings",
      "query": [],
      "tag": "Welcoming",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "resetWelcomingSettings": {
      "method": "DELETE",
      "path": "/modules/welcoming/settings",
      "query": [],
      "tag": "Welcoming",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "listWelcomingResponses": {
      "method": "GET",
      "path": "/modules/welcoming/responses",
      "query": [
        "guild_id",
        "response_type"
      ],
      "tag": "Welcoming",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "createWelcomingResponse": {
      "method": "POST",
      "path": "/modules/welcoming/responses",
      "query": [],
      "tag": "Welcoming",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getWelcomingResponse": {
      "method": "GET",
      "path": "/modules/welcoming/responses/{response_id}",
      "query": [
        "guild_id"
      ],
      "tag": "Welcoming",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "deleteWelcomingResponse": {
      "method": "DELETE",
      "path": "/modules/welcoming/responses/{response_id}",
      "query": [],
      "tag": "Welcoming",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "listWelcomingTimedRoles": {
      "method": "GET",
      "path": "/modules/welcoming/timedroles",
      "query": [
        "guild_id"
      ],
      "tag": "Welcoming",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "createWelcomingTimedRole": {
      "method": "POST",
      "path": "/modules/welcoming/timedroles",
      "query": [],
      "tag": "Welcoming",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getWelcomingTimedRole": {
      "method": "GET",
      "path": "/modules/welcoming/timedroles/{timedrole_id}",
      "query": [
        "guild_id"
      ],
      "tag": "Welcoming",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "deleteWelcomingTimedRole": {
      "method": "DELETE",
      "path": "/modules/welcoming/timedroles/{timedrole_id}",
      "query": [],
      "tag": "Welcoming",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getTempChannelsService": {
      "method": "GET",
      "path": "/modules/tempchannels",
      "query": [],
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getTempChannelsLiveness": {
      "method": "GET",
      "path": "/modules/tempchannels/livez",
      "query": [],
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getTempChannelsReadiness": {
      "method": "GET",
      "path": "/modules/tempchannels/readyz",
      "query": [],
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getTempChannelsStatus": {
      "method": "GET",
      "path": "/modules/tempchannels/status",
      "query": [
        "guild_id"
      ],
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "enableTempChannels": {
      "method": "POST",
      "path": "/modules/tempchannels/enable",
      "query": [],
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "disableTempChannels": {
      "method": "POST",
      "path": "/modules/tempchannels/disable",
      "query": [],
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "resetTempChannelsSettings": {
      "method": "DELETE",
      "path": "/modules/tempchannels/settings",
      "query": [],
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "listTempChannelCreationChannels": {
      "method": "GET",
      "path": "/modules/tempchannels/creation-channels",
      "query": [
        "guild_id"
      ],
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "createTempChannelCreationChannel": {
      "method": "POST",
      "path": "/modules/tempchannels/creation-channels",
      "query": [],
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getTempChannelCreationChannel": {
      "method": "GET",
      "path": "/modules/tempchannels/creation-channels/{creation_channel_id}",
      "query": [
        "guild_id"
      ],
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "updateTempChannelCreationChannel": {
      "method": "PUT",
      "path": "/modules/tempchannels/creation-channels/{creation_channel_id}",
      "query": [],
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "deleteTempChannelCreationChannel": {
      "method": "DELETE",
      "path": "/modules/tempchannels/creation-channels/{creation_channel_id}",
      "query": [],
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "listTempChannels": {
      "method": "GET",
      "path": "/modules/tempchannels/tempchannels",
      "query": [
        "guild_id"
      ],
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getTempChannel": {
      "method": "GET",
      "path": "/modules/tempchannels/tempchannels/{tempchannel_id}",
      "query": [
        "guild_id"
      ],
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "addTempChannelBlockRule": {
      "method": "POST",
      "path": "/modules/tempchannels/tempchannels/edit/add-block-rule",
      "query": [],
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "addTempChannelTrustRule": {
      "method": "POST",
      "path": "/modules/tempchannels/tempchannels/edit/add-trust-rule",
      "query": [],
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "removeTempChannelBlockRule": {
      "method": "POST",
      "path": "/modules/tempchannels/tempchannels/edit/remove-block-rule",
      "query": [],
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "removeTempChannelTrustRule": {
      "method": "POST",
      "path": "/modules/tempchannels/tempchannels/edit/remove-trust-rule",
      "query": [],
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "claimTempChannel": {
      "method": "POST",
      "path": "/modules/tempchannels/tempchannels/edit/claim",
      "query": [],
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "deleteTempChannel": {
      "method": "POST",
      "path": "/modules/tempchannels/tempchannels/edit/delete",
      "query": [],
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "setTempChannelAgeRestriction": {
      "method": "POST",
      "path": "/modules/tempchannels/tempchannels/edit/set-age-restriction",
      "query": [],
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "setTempChannelBitrate": {
      "method": "POST",
      "path": "/modules/tempchannels/tempchannels/edit/set-bitrate",
      "query": [],
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "setTempChannelName": {
      "method": "POST",
      "path": "/modules/tempchannels/tempchannels/edit/set-name",
      "query": [],
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "setTempChannelRegion": {
      "method": "POST",
      "path": "/modules/tempchannels/tempchannels/edit/set-region",
      "query": [],
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "setTempChannelSlowmode": {
      "method": "POST",
      "path": "/modules/tempchannels/tempchannels/edit/set-slowmode",
      "query": [],
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "setTempChannelUserLimit": {
      "method": "POST",
      "path": "/modules/tempchannels/tempchannels/edit/set-user-limit",
      "query": [],
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "transferTempChannel": {
      "method": "POST",
      "path": "/modules/tempchannels/tempchannels/edit/transfer",
      "query": [],
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getSocialsService": {
      "method": "GET",
      "path": "/modules/socials",
      "query": [],
      "tag": "Socials",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getSocialsLiveness": {
      "method": "GET",
      "path": "/modules/socials/livez",
      "query": [],
      "tag": "Socials",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getSocialsReadiness": {
      "method": "GET",
      "path": "/modules/socials/readyz",
      "query": [],
      "tag": "Socials",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getSocialsStatus": {
      "method": "GET",
      "path": "/modules/socials/status",
      "query": [
        "guild_id"
      ],
      "tag": "Socials",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "enableSocials": {
      "method": "POST",
      "path": "/modules/socials/enable",
      "query": [],
      "tag": "Socials",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "disableSocials": {
      "method": "POST",
      "path": "/modules/socials/disable",
      "query": [],
      "tag": "Socials",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getSocialsSettings": {
      "method": "GET",
      "path": "/modules/socials/settings",
      "query": [
        "guild_id"
      ],
      "tag": "Socials",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "updateSocialsSettings": {
      "method": "PUT",
      "path": "/modules/socials/settings",
      "query": [],
      "tag": "Socials",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "resetSocialsSettings": {
      "method": "DELETE",
      "path": "/modules/socials/settings",
      "query": [],
      "tag": "Socials",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "sendSocialMeme": {
      "method": "POST",
      "path": "/modules/socials/meme/send",
      "query": [],
      "tag": "Socials",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "listSocialRedditFeeds": {
      "method": "GET",
      "path": "/modules/socials/entries/reddit",
      "query": [
        "guild_id"
      ],
      "tag": "Socials",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "createSocialRedditFeed": {
      "method": "POST",
      "path": "/modules/socials/entries/reddit",
      "query": [],
      "tag": "Socials",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "deleteSocialRedditFeed": {
      "method": "DELETE",
      "path": "/modules/socials/entries/reddit",
      "query": [],
      "tag": "Socials",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "listSocialRssFeeds": {
      "method": "GET",
      "path": "/modules/socials/entries/rss",
      "query": [
        "guild_id"
      ],
      "tag": "Socials",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "createSocialRssFeed": {
      "method": "POST",
      "path": "/modules/socials/entries/rss",
      "query": [],
      "tag": "Socials",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "deleteSocialRssFeed": {
      "method": "DELETE",
      "path": "/modules/socials/entries/rss",
      "query": [],
      "tag": "Socials",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "listSocialTwitchFeeds": {
      "method": "GET",
      "path": "/modules/socials/entries/twitch",
      "query": [
        "guild_id"
      ],
      "tag": "Socials",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "createSocialTwitchFeed": {
      "method": "POST",
      "path": "/modules/socials/entries/twitch",
      "query": [],
      "tag": "Socials",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "deleteSocialTwitchFeed": {
      "method": "DELETE",
      "path": "/modules/socials/entries/twitch",
      "query": [],
      "tag": "Socials",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "listSocialYoutubeFeeds": {
      "method": "GET",
      "path": "/modules/socials/entries/youtube",
      "query": [
        "guild_id"
      ],
      "tag": "Socials",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "createSocialYoutubeFeed": {
      "method": "POST",
      "path": "/modules/socials/entries/youtube",
      "query": [],
      "tag": "Socials",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "deleteSocialYoutubeFeed": {
      "method": "DELETE",
      "path": "/modules/socials/entries/youtube",
      "query": [],
      "tag": "Socials",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getReactionRolesService": {
      "method": "GET",
      "path": "/modules/reactionroles",
      "query": [],
      "tag": "Reaction roles",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getReactionRolesLiveness": {
      "method": "GET",
      "path": "/modules/reactionroles/livez",
      "query": [],
      "tag": "Reaction roles",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getReactionRolesReadiness": {
      "method": "GET",
      "path": "/modules/reactionroles/readyz",
      "query": [],
      "tag": "Reaction roles",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getReactionRolesStatus": {
      "method": "GET",
      "path": "/modules/reactionroles/status",
      "query": [
        "guild_id"
      ],
      "tag": "Reaction roles",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "enableReactionRoles": {
      "method": "POST",
      "path": "/modules/reactionroles/enable",
      "query": [],
      "tag": "Reaction roles",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "disableReactionRoles": {
      "method": "POST",
      "path": "/modules/reactionroles/disable",
      "query": [],
      "tag": "Reaction roles",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "resetReactionRolesSettings": {
      "method": "DELETE",
      "path": "/modules/reactionroles/settings",
      "query": [],
      "tag": "Reaction roles",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "listReactionRolePanels": {
      "method": "GET",
      "path": "/modules/reactionroles/panels",
      "query": [
        "guild_id"
      ],
      "tag": "Reaction roles",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "createReactionRolePanel": {
      "method": "POST",
      "path": "/modules/reactionroles/panels",
      "query": [],
      "tag": "Reaction roles",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getReactionRolePanel": {
      "method": "GET",
      "path": "/modules/reactionroles/panels/{panel_id}",
      "query": [
        "guild_id"
      ],
      "tag": "Reaction roles",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "updateReactionRolePanel": {
      "method": "PUT",
      "path": "/modules/reactionroles/panels/{panel_id}",
      "query": [],
      "tag": "Reaction roles",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "deleteReactionRolePanel": {
      "method": "DELETE",
      "path": "/modules/reactionroles/panels/{panel_id}",
      "query": [],
      "tag": "Reaction roles",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "listReactionRoleEntries": {
      "method": "GET",
      "path": "/modules/reactionroles/panels/{panel_id}/entries",
      "query": [
        "guild_id"
      ],
      "tag": "Reaction roles",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "createReactionRoleEntry": {
      "method": "POST",
      "path": "/modules/reactionroles/panels/{panel_id}/entries",
      "query": [],
      "tag": "Reaction roles",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getReactionRoleEntry": {
      "method": "GET",
      "path": "/modules/reactionroles/panels/{panel_id}/entries/{entry_id}",
      "query": [
        "guild_id"
      ],
      "tag": "Reaction roles",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "updateReactionRoleEntry": {
      "method": "PUT",
      "path": "/modules/reactionroles/panels/{panel_id}/entries/{entry_id}",
      "query": [],
      "tag": "Reaction roles",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "deleteReactionRoleEntry": {
      "method": "DELETE",
      "path": "/modules/reactionroles/panels/{panel_id}/entries/{entry_id}",
      "query": [],
      "tag": "Reaction roles",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getAutoresponderService": {
      "method": "GET",
      "path": "/modules/autoresponder",
      "query": [],
      "tag": "Autoresponder",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getAutoresponderLiveness": {
      "method": "GET",
      "path": "/modules/autoresponder/livez",
      "query": [],
      "tag": "Autoresponder",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getAutoresponderReadiness": {
      "method": "GET",
      "path": "/modules/autoresponder/readyz",
      "query": [],
      "tag": "Autoresponder",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getAutoresponderStatus": {
      "method": "GET",
      "path": "/modules/autoresponder/status",
      "query": [
        "guild_id"
      ],
      "tag": "Autoresponder",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "enableAutoresponder": {
      "method": "POST",
      "path": "/modules/autoresponder/enable",
      "query": [],
      "tag": "Autoresponder",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "disableAutoresponder": {
      "method": "POST",
      "path": "/modules/autoresponder/disable",
      "query": [],
      "tag": "Autoresponder",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "resetAutoresponderSettings": {
      "method": "DELETE",
      "path": "/modules/autoresponder/settings",
      "query": [],
      "tag": "Autoresponder",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "listAutoresponderTriggers": {
      "method": "GET",
      "path": "/modules/autoresponder/triggers",
      "query": [
        "guild_id"
      ],
      "tag": "Autoresponder",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "createAutoresponderTrigger": {
      "method": "POST",
      "path": "/modules/autoresponder/triggers",
      "query": [],
      "tag": "Autoresponder",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getAutoresponderTrigger": {
      "method": "GET",
      "path": "/modules/autoresponder/triggers/{trigger_id}",
      "query": [
        "guild_id"
      ],
      "tag": "Autoresponder",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "updateAutoresponderTrigger": {
      "method": "PUT",
      "path": "/modules/autoresponder/triggers/{trigger_id}",
      "query": [],
      "tag": "Autoresponder",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "deleteAutoresponderTrigger": {
      "method": "DELETE",
      "path": "/modules/autoresponder/triggers/{trigger_id}",
      "query": [],
      "tag": "Autoresponder",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "listAutoresponderResponses": {
      "method": "GET",
      "path": "/modules/autoresponder/responses",
      "query": [
        "guild_id"
      ],
      "tag": "Autoresponder",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "createAutoresponderResponse": {
      "method": "POST",
      "path": "/modules/autoresponder/responses",
      "query": [],
      "tag": "Autoresponder",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getAutoresponderResponse": {
      "method": "GET",
      "path": "/modules/autoresponder/responses/{response_id}",
      "query": [
        "guild_id"
      ],
      "tag": "Autoresponder",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "deleteAutoresponderResponse": {
      "method": "DELETE",
      "path": "/modules/autoresponder/responses/{response_id}",
      "query": [],
      "tag": "Autoresponder",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getTicketsService": {
      "method": "GET",
      "path": "/modules/tickets",
      "query": [],
      "tag": "Tickets",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getTicketsLiveness": {
      "method": "GET",
      "path": "/modules/tickets/livez",
      "query": [],
      "tag": "Tickets",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getTicketsReadiness": {
      "method": "GET",
      "path": "/modules/tickets/readyz",
      "query": [],
      "tag": "Tickets",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getTicketsStatus": {
      "method": "GET",
      "path": "/modules/tickets/status",
      "query": [
        "guild_id"
      ],
      "tag": "Tickets",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "enableTickets": {
      "method": "POST",
      "path": "/modules/tickets/enable",
      "query": [],
      "tag": "Tickets",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "disableTickets": {
      "method": "POST",
      "path": "/modules/tickets/disable",
      "query": [],
      "tag": "Tickets",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "resetTicketsSettings": {
      "method": "DELETE",
      "path": "/modules/tickets/settings",
      "query": [],
      "tag": "Tickets",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "listTicketPanels": {
      "method": "GET",
      "path": "/modules/tickets/panels",
      "query": [
        "guild_id"
      ],
      "tag": "Tickets",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "createTicketPanel": {
      "method": "POST",
      "path": "/modules/tickets/panels",
      "query": [],
      "tag": "Tickets",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getTicketPanel": {
      "method": "GET",
      "path": "/modules/tickets/panels/{panel_id}",
      "query": [
        "guild_id"
      ],
      "tag": "Tickets",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "updateTicketPanel": {
      "method": "PUT",
      "path": "/modules/tickets/panels/{panel_id}",
      "query": [],
      "tag": "Tickets",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "deleteTicketPanel": {
      "method": "DELETE",
      "path": "/modules/tickets/panels/{panel_id}",
      "query": [],
      "tag": "Tickets",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "listTicketTypes": {
      "method": "GET",
      "path": "/modules/tickets/panels/{panel_id}/ticket-types",
      "query": [
        "guild_id"
      ],
      "tag": "Tickets",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "createTicketType": {
      "method": "POST",
      "path": "/modules/tickets/panels/{panel_id}/ticket-types",
      "query": [],
      "tag": "Tickets",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getTicketType": {
      "method": "GET",
      "path": "/modules/tickets/panels/{panel_id}/ticket-types/{ticket_type_id}",
      "query": [
        "guild_id"
      ],
      "tag": "Tickets",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "deleteTicketType": {
      "method": "DELETE",
      "path": "/modules/tickets/panels/{panel_id}/ticket-types/{ticket_type_id}",
      "query": [],
      "tag": "Tickets",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "listTickets": {
      "method": "GET",
      "path": "/modules/tickets/entries",
      "query": [
        "guild_id"
      ],
      "tag": "Tickets",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getTicket": {
      "method": "GET",
      "path": "/modules/tickets/entries/{ticket_id}",
      "query": [
        "guild_id"
      ],
      "tag": "Tickets",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "deleteTicket": {
      "method": "DELETE",
      "path": "/modules/tickets/entries/{ticket_id}",
      "query": [],
      "tag": "Tickets",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "claimTicket": {
      "method": "POST",
      "path": "/modules/tickets/entries/{ticket_id}/claim",
      "query": [],
      "tag": "Tickets",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "closeTicket": {
      "method": "POST",
      "path": "/modules/tickets/entries/{ticket_id}/close",
      "query": [],
      "tag": "Tickets",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "reopenTicket": {
      "method": "POST",
      "path": "/modules/tickets/entries/{ticket_id}/reopen",
      "query": [],
      "tag": "Tickets",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "transferTicket": {
      "method": "POST",
      "path": "/modules/tickets/entries/{ticket_id}/transfer",
      "query": [],
      "tag": "Tickets",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "transcribeTicket": {
      "method": "POST",
      "path": "/modules/tickets/entries/{ticket_id}/transcribe",
      "query": [],
      "tag": "Tickets",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getServerstatsService": {
      "method": "GET",
      "path": "/modules/serverstats",
      "query": [],
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getServerstatsLiveness": {
      "method": "GET",
      "path": "/modules/serverstats/livez",
      "query": [],
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getServerstatsReadiness": {
      "method": "GET",
      "path": "/modules/serverstats/readyz",
      "query": [],
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getServerstatsStatus": {
      "method": "GET",
      "path": "/modules/serverstats/status",
      "query": [
        "guild_id"
      ],
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "enableServerstats": {
      "method": "POST",
      "path": "/modules/serverstats/enable",
      "query": [],
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "disableServerstats": {
      "method": "POST",
      "path": "/modules/serverstats/disable",
      "query": [],
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getServerstatsSettings": {
      "method": "GET",
      "path": "/modules/serverstats/settings",
      "query": [
        "guild_id"
      ],
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "updateServerstatsSettings": {
      "method": "PUT",
      "path": "/modules/serverstats/settings",
      "query": [],
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "resetServerstatsSettings": {
      "method": "DELETE",
      "path": "/modules/serverstats/settings",
      "query": [],
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "listServerstatsCounters": {
      "method": "GET",
      "path": "/modules/serverstats/counters",
      "query": [
        "guild_id"
      ],
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "createServerstatsCounter": {
      "method": "POST",
      "path": "/modules/serverstats/counters",
      "query": [],
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getServerstatsCounter": {
      "method": "GET",
      "path": "/modules/serverstats/counters/{counter_id}",
      "query": [
        "guild_id"
      ],
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "deleteServerstatsCounter": {
      "method": "DELETE",
      "path": "/modules/serverstats/counters/{counter_id}",
      "query": [],
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsActivityPresences": {
      "method": "GET",
      "path": "/modules/serverstats/stats/activities/presence",
      "query": [
        "guild_id",
        "days",
        "user_id"
      ],
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsActivityStatuses": {
      "method": "GET",
      "path": "/modules/serverstats/stats/activities/statuses",
      "query": [
        "guild_id",
        "days"
      ],
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsCommandsUsed": {
      "method": "GET",
      "path": "/modules/serverstats/stats/commands/used",
      "query": [
        "guild_id",
        "days",
        "user_id"
      ],
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsMembersJoined": {
      "method": "GET",
      "path": "/modules/serverstats/stats/members/joined",
      "query": [
        "guild_id",
        "days"
      ],
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsMembersLeft": {
      "method": "GET",
      "path": "/modules/serverstats/stats/members/left",
      "query": [
        "guild_id",
        "days"
      ],
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsMembersTotal": {
      "method": "GET",
      "path": "/modules/serverstats/stats/members/total",
      "query": [
        "guild_id",
        "days"
      ],
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsMessagesSent": {
      "method": "GET",
      "path": "/modules/serverstats/stats/messages/sent",
      "query": [
        "guild_id",
        "days",
        "user_id",
        "channel_id"
      ],
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsMessagesDeleted": {
      "method": "GET",
      "path": "/modules/serverstats/stats/messages/deleted",
      "query": [
        "guild_id",
        "days",
        "user_id",
        "channel_id"
      ],
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsVoiceSessions": {
      "method": "GET",
      "path": "/modules/serverstats/stats/voice",
      "query": [
        "guild_id",
        "days",
        "user_id",
        "channel_id"
      ],
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsAutoresponderResponsesDeleted": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/autoresponder/responses/deleted",
      "query": [
        "guild_id",
        "days",
        "user_id"
      ],
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsAutoresponderResponsesCreated": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/autoresponder/responses/created",
      "query": [
        "guild_id",
        "days",
        "user_id"
      ],
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsAutoresponderTriggersCreated": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/autoresponder/triggers/created",
      "query": [
        "guild_id",
        "days",
        "user_id"
      ],
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsAutoresponderTriggersDeleted": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/autoresponder/triggers/deleted",
      "query": [
        "guild_id",
        "days",
        "user_id"
      ],
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsAutoresponderTriggersHit": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/autoresponder/triggers/hit",
      "query": [
        "guild_id",
        "days",
        "user_id"
      ],
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsAutoresponderCheckTimes": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/autoresponder/check-time",
      "query": [
        "guild_id",
        "days"
      ],
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsInviteTrackerInvitesCreated": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/invite-tracker/invite/created",
      "query": [
        "guild_id",
        "days",
        "user_id"
      ],
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsInviteTrackerInvitesDeleted": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/invite-tracker/invite/deleted",
      "query": [
        "guild_id",
        "days",
        "user_id"
      ],
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsGiveawaysCreated": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/giveaways/giveaway/created",
      "query": [
        "guild_id",
        "days",
        "user_id"
      ],
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsGiveawaysDeleted": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/giveaways/giveaway/deleted",
      "query": [
        "guild_id",
        "days",
        "user_id"
      ],
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsGiveawaysEntered": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/giveaways/giveaway/enters",
      "query": [
        "guild_id",
        "days",
        "user_id"
      ],
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsGiveawaysLeft": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/giveaways/giveaway/leaves",
      "query": [
        "guild_id",
        "days",
        "user_id"
      ],
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsGiveawaysRerolled": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/giveaways/giveaway/rerolled",
      "query": [
        "guild_id",
        "days",
        "user_id"
      ],
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsSocialsEntriesRemoved": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/socials/entries/removed",
      "query": [
        "guild_id",
        "days",
        "user_id"
      ],
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsSocialsEntriesAdded": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/socials/entries/added",
      "query": [
        "guild_id",
        "days",
        "user_id"
      ],
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsVerifierCheckTimes": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/verifier/check-time",
      "query": [
        "guild_id",
        "days"
      ],
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsPollsCreated": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/polls/poll/created",
      "query": [
        "guild_id",
        "days",
        "user_id"
      ],
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsPollsDeleted": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/polls/poll/deleted",
      "query": [
        "guild_id",
        "days",
        "user_id"
      ],
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsPollsManuallyClosed": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/polls/poll/manually-closed",
      "query": [
        "guild_id",
        "days",
        "user_id"
      ],
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsPollsVotesAdded": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/polls/vote/added",
      "query": [
        "guild_id",
        "days",
        "user_id"
      ],
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsPollsVotesRemoved": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/polls/vote/removed",
      "query": [
        "guild_id",
        "days",
        "user_id"
      ],
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsReactionrolesCheckTimes": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/reactionroles/check-time",
      "query": [
        "guild_id",
        "days"
      ],
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsReactionrolesPanelsCreated": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/reactionroles/panels/created",
      "query": [
        "guild_id",
        "days",
        "user_id"
      ],
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsReactionrolesPanelsDeleted": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/reactionroles/panels/deleted",
      "query": [
        "guild_id",
        "days",
        "user_id"
      ],
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsReactionrolesAdded": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/reactionroles/reactionroles/added",
      "query": [
        "guild_id",
        "days",
        "user_id"
      ],
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsReactionrolesRemoved": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/reactionroles/reactionroles/removed",
      "query": [
        "guild_id",
        "days",
        "user_id"
      ],
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsRemindersSendTimes": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/reminders/send-time",
      "query": [
        "guild_id",
        "days"
      ],
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsRemindersCreated": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/reminders/reminder/created",
      "query": [
        "guild_id",
        "days",
        "user_id"
      ],
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsRemindersDeleted": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/reminders/reminder/deleted",
      "query": [
        "guild_id",
        "days",
        "user_id"
      ],
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsRemindersSent": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/reminders/reminder/send",
      "query": [
        "guild_id",
        "days",
        "user_id"
      ],
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsRulesCheckTimes": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/rules/check-time",
      "query": [
        "guild_id",
        "days"
      ],
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsRulesAdded": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/rules/rule/added",
      "query": [
        "guild_id",
        "days",
        "user_id"
      ],
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsRulesRemoved": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/rules/rule/removed",
      "query": [
        "guild_id",
        "days",
        "user_id"
      ],
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsTagsCheckTimes": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/tags/check-time",
      "query": [
        "guild_id",
        "days"
      ],
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsTagsCreated": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/tags/tag/created",
      "query": [
        "guild_id",
        "days",
        "user_id"
      ],
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsTagsDeleted": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/tags/tag/deleted",
      "query": [
        "guild_id",
        "days",
        "user_id"
      ],
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsTempchannelsCreatedCheckTimes": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/tempchannels/created-check-time",
      "query": [
        "guild_id",
        "days"
      ],
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsTempchannelsDeletedCheckTimes": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/tempchannels/deleted-check-time",
      "query": [
        "guild_id",
        "days"
      ],
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsTempchannelsCreationChannelsCreated": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/tempchannels/creation-channels/created",
      "query": [
        "guild_id",
        "days",
        "user_id"
      ],
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsTempchannelsCreationChannelsDeleted": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/tempchannels/creation-channels/deleted",
      "query": [
        "guild_id",
        "days",
        "user_id"
      ],
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsTempchannelsCreated": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/tempchannels/tempchannels/created",
      "query": [
        "guild_id",
        "days",
        "user_id"
      ],
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsTicketsPanelsDeleted": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/tickets/panels/deleted",
      "query": [
        "guild_id",
        "days",
        "user_id"
      ],
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsTicketsPanelsCreated": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/tickets/panels/created",
      "query": [
        "guild_id",
        "days",
        "user_id"
      ],
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsTicketsTypesAdded": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/tickets/types/added",
      "query": [
        "guild_id",
        "days",
        "user_id"
      ],
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsTicketsTypesRemoved": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/tickets/types/removed",
      "query": [
        "guild_id",
        "days",
        "user_id"
      ],
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsTicketsClosed": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/tickets/closed",
      "query": [
        "guild_id",
        "days",
        "user_id"
      ],
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsTicketsCreated": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/tickets/created",
      "query": [
        "guild_id",
        "days",
        "user_id"
      ],
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsTicketsDeleted": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/tickets/deleted",
      "query": [
        "guild_id",
        "days",
        "user_id"
      ],
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsTicketsReopened": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/tickets/reopened",
      "query": [
        "guild_id",
        "days",
        "user_id"
      ],
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsWelcomingCheckTimes": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/welcoming/check-time",
      "query": [
        "guild_id",
        "days"
      ],
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsWelcomingResponsesDeleted": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/welcoming/responses/deleted",
      "query": [
        "guild_id",
        "days",
        "user_id"
      ],
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsWelcomingResponsesCreated": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/welcoming/responses/created",
      "query": [
        "guild_id",
        "days",
        "user_id"
      ],
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsWelcomingTimedrolesDeleted": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/welcoming/timedroles/deleted",
      "query": [
        "guild_id",
        "days",
        "user_id"
      ],
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsWelcomingTimedrolesCreated": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/welcoming/timedroles/created",
      "query": [
        "guild_id",
        "days",
        "user_id"
      ],
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getTagsService": {
      "method": "GET",
      "path": "/modules/tags",
      "query": [],
      "tag": "Tags",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getTagsLiveness": {
      "method": "GET",
      "path": "/modules/tags/livez",
      "query": [],
      "tag": "Tags",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getTagsReadiness": {
      "method": "GET",
      "path": "/modules/tags/readyz",
      "query": [],
      "tag": "Tags",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getTagsStatus": {
      "method": "GET",
      "path": "/modules/tags/status",
      "query": [
        "guild_id"
      ],
      "tag": "Tags",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "enableTags": {
      "method": "POST",
      "path": "/modules/tags/enable",
      "query": [],
      "tag": "Tags",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "disableTags": {
      "method": "POST",
      "path": "/modules/tags/disable",
      "query": [],
      "tag": "Tags",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "resetTagsSettings": {
      "method": "DELETE",
      "path": "/modules/tags/settings",
      "query": [],
      "tag": "Tags",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "listTagEntries": {
      "method": "GET",
      "path": "/modules/tags/entries",
      "query": [
        "guild_id"
      ],
      "tag": "Tags",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "createTagEntry": {
      "method": "POST",
      "path": "/modules/tags/entries",
      "query": [],
      "tag": "Tags",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getTagEntry": {
      "method": "GET",
      "path": "/modules/tags/entries/{entry_id}",
      "query": [
        "guild_id"
      ],
      "tag": "Tags",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "updateTagEntry": {
      "method": "PUT",
      "path": "/modules/tags/entries/{entry_id}",
      "query": [],
      "tag": "Tags",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "deleteTagEntry": {
      "method": "DELETE",
      "path": "/modules/tags/entries/{entry_id}",
      "query": [],
      "tag": "Tags",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getVerifierService": {
      "method": "GET",
      "path": "/modules/verifier",
      "query": [],
      "tag": "Verifier",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getVerifierLiveness": {
      "method": "GET",
      "path": "/modules/verifier/livez",
      "query": [],
      "tag": "Verifier",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getVerifierReadiness": {
      "method": "GET",
      "path": "/modules/verifier/readyz",
      "query": [],
      "tag": "Verifier",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getVerifierStatus": {
      "method": "GET",
      "path": "/modules/verifier/status",
      "query": [
        "guild_id"
      ],
      "tag": "Verifier",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "enableVerifier": {
      "method": "POST",
      "path": "/modules/verifier/enable",
      "query": [],
      "tag": "Verifier",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "disableVerifier": {
      "method": "POST",
      "path": "/modules/verifier/disable",
      "query": [],
      "tag": "Verifier",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getVerifierSettings": {
      "method": "GET",
      "path": "/modules/verifier/settings",
      "query": [
        "guild_id"
      ],
      "tag": "Verifier",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "updateVerifierSettings": {
      "method": "PUT",
      "path": "/modules/verifier/settings",
      "query": [],
      "tag": "Verifier",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "resetVerifierSettings": {
      "method": "DELETE",
      "path": "/modules/verifier/settings",
      "query": [],
      "tag": "Verifier",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "listVerifierEntries": {
      "method": "GET",
      "path": "/modules/verifier/entries",
      "query": [
        "guild_id"
      ],
      "tag": "Verifier",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getVerifierEntry": {
      "method": "GET",
      "path": "/modules/verifier/entries/{entry_id}",
      "query": [],
      "tag": "Verifier",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getRulesService": {
      "method": "GET",
      "path": "/modules/rules",
      "query": [],
      "tag": "Rules",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getRulesLiveness": {
      "method": "GET",
      "path": "/modules/rules/livez",
      "query": [],
      "tag": "Rules",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getRulesReadiness": {
      "method": "GET",
      "path": "/modules/rules/readyz",
      "query": [],
      "tag": "Rules",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getRulesStatus": {
      "method": "GET",
      "path": "/modules/rules/status",
      "query": [
        "guild_id"
      ],
      "tag": "Rules",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "enableRules": {
      "method": "POST",
      "path": "/modules/rules/enable",
      "query": [],
      "tag": "Rules",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "disableRules": {
      "method": "POST",
      "path": "/modules/rules/disable",
      "query": [],
      "tag": "Rules",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getRulesSettings": {
      "method": "GET",
      "path": "/modules/rules/settings",
      "query": [
        "guild_id"
      ],
      "tag": "Rules",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "updateRulesSettings": {
      "method": "PUT",
      "path": "/modules/rules/settings",
      "query": [],
      "tag": "Rules",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "resetRulesSettings": {
      "method": "DELETE",
      "path": "/modules/rules/settings",
      "query": [],
      "tag": "Rules",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "listRules": {
      "method": "GET",
      "path": "/modules/rules/entries",
      "query": [
        "guild_id"
      ],
      "tag": "Rules",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "createRule": {
      "method": "POST",
      "path": "/modules/rules/entries",
      "query": [],
      "tag": "Rules",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getRule": {
      "method": "GET",
      "path": "/modules/rules/entries/{entry_id}",
      "query": [
        "guild_id"
      ],
      "tag": "Rules",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "deleteRule": {
      "method": "DELETE",
      "path": "/modules/rules/entries/{entry_id}",
      "query": [],
      "tag": "Rules",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getInviteTrackerService": {
      "method": "GET",
      "path": "/modules/invite_tracker",
      "query": [],
      "tag": "Invite tracker",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getInviteTrackerLiveness": {
      "method": "GET",
      "path": "/modules/invite_tracker/livez",
      "query": [],
      "tag": "Invite tracker",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getInviteTrackerReadiness": {
      "method": "GET",
      "path": "/modules/invite_tracker/readyz",
      "query": [],
      "tag": "Invite tracker",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getInviteTrackerStatus": {
      "method": "GET",
      "path": "/modules/invite_tracker/status",
      "query": [
        "guild_id"
      ],
      "tag": "Invite tracker",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "enableInviteTracker": {
      "method": "POST",
      "path": "/modules/invite_tracker/enable",
      "query": [],
      "tag": "Invite tracker",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "disableInviteTracker": {
      "method": "POST",
      "path": "/modules/invite_tracker/disable",
      "query": [],
      "tag": "Invite tracker",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getInviteTrackerSettings": {
      "method": "GET",
      "path": "/modules/invite_tracker/settings",
      "query": [
        "guild_id"
      ],
      "tag": "Invite tracker",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "updateInviteTrackerSettings": {
      "method": "PUT",
      "path": "/modules/invite_tracker/settings",
      "query": [],
      "tag": "Invite tracker",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "resetInviteTrackerSettings": {
      "method": "DELETE",
      "path": "/modules/invite_tracker/settings",
      "query": [],
      "tag": "Invite tracker",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "listInviteTrackerInvites": {
      "method": "GET",
      "path": "/modules/invite_tracker/invite-links",
      "query": [
        "guild_id"
      ],
      "tag": "Invite tracker",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "createInviteTrackerInvite": {
      "method": "POST",
      "path": "/modules/invite_tracker/invite",
      "query": [],
      "tag": "Invite tracker",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "deleteInviteTrackerInvite": {
      "method": "DELETE",
      "path": "/modules/invite_tracker/invite",
      "query": [],
      "tag": "Invite tracker",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "listInviteTrackerInviteUses": {
      "method": "GET",
      "path": "/modules/invite_tracker/stats/uses",
      "query": [
        "guild_id",
        "inviter_id"
      ],
      "tag": "Invite tracker",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getPollsService": {
      "method": "GET",
      "path": "/modules/polls",
      "query": [],
      "tag": "Polls",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getPollsLiveness": {
      "method": "GET",
      "path": "/modules/polls/livez",
      "query": [],
      "tag": "Polls",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getPollsReadiness": {
      "method": "GET",
      "path": "/modules/polls/readyz",
      "query": [],
      "tag": "Polls",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getPollsStatus": {
      "method": "GET",
      "path": "/modules/polls/status",
      "query": [
        "guild_id"
      ],
      "tag": "Polls",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "enablePolls": {
      "method": "POST",
      "path": "/modules/polls/enable",
      "query": [],
      "tag": "Polls",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "disablePolls": {
      "method": "POST",
      "path": "/modules/polls/disable",
      "query": [],
      "tag": "Polls",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getPollsSettings": {
      "method": "GET",
      "path": "/modules/polls/settings",
      "query": [
        "guild_id"
      ],
      "tag": "Polls",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "updatePollsSettings": {
      "method": "PUT",
      "path": "/modules/polls/settings",
      "query": [],
      "tag": "Polls",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "resetPollsSettings": {
      "method": "DELETE",
      "path": "/modules/polls/settings",
      "query": [],
      "tag": "Polls",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "listPolls": {
      "method": "GET",
      "path": "/modules/polls/entries",
      "query": [
        "guild_id"
      ],
      "tag": "Polls",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "createPoll": {
      "method": "POST",
      "path": "/modules/polls/entries",
      "query": [],
      "tag": "Polls",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getPoll": {
      "method": "GET",
      "path": "/modules/polls/entries/{entry_id}",
      "query": [
        "guild_id"
      ],
      "tag": "Polls",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "updatePoll": {
      "method": "PUT",
      "path": "/modules/polls/entries/{entry_id}",
      "query": [],
      "tag": "Polls",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "deletePoll": {
      "method": "DELETE",
      "path": "/modules/polls/entries/{entry_id}",
      "query": [],
      "tag": "Polls",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "closePoll": {
      "method": "POST",
      "path": "/modules/polls/entries/{entry_id}/close",
      "query": [],
      "tag": "Polls",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getGiveawaysService": {
      "method": "GET",
      "path": "/modules/giveaways",
      "query": [],
      "tag": "Giveaways",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getGiveawaysLiveness": {
      "method": "GET",
      "path": "/modules/giveaways/livez",
      "query": [],
      "tag": "Giveaways",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getGiveawaysReadiness": {
      "method": "GET",
      "path": "/modules/giveaways/readyz",
      "query": [],
      "tag": "Giveaways",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getGiveawaysStatus": {
      "method": "GET",
      "path": "/modules/giveaways/status",
      "query": [
        "guild_id"
      ],
      "tag": "Giveaways",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "enableGiveaways": {
      "method": "POST",
      "path": "/modules/giveaways/enable",
      "query": [],
      "tag": "Giveaways",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "disableGiveaways": {
      "method": "POST",
      "path": "/modules/giveaways/disable",
      "query": [],
      "tag": "Giveaways",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getGiveawaysSettings": {
      "method": "GET",
      "path": "/modules/giveaways/settings",
      "query": [
        "guild_id"
      ],
      "tag": "Giveaways",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "updateGiveawaysSettings": {
      "method": "PUT",
      "path": "/modules/giveaways/settings",
      "query": [],
      "tag": "Giveaways",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "resetGiveawaysSettings": {
      "method": "DELETE",
      "path": "/modules/giveaways/settings",
      "query": [],
      "tag": "Giveaways",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "listGiveaways": {
      "method": "GET",
      "path": "/modules/giveaways/entries",
      "query": [
        "guild_id"
      ],
      "tag": "Giveaways",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "createGiveaway": {
      "method": "POST",
      "path": "/modules/giveaways/entries",
      "query": [],
      "tag": "Giveaways",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getGiveaway": {
      "method": "GET",
      "path": "/modules/giveaways/entries/{entry_id}",
      "query": [
        "guild_id"
      ],
      "tag": "Giveaways",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "updateGiveaway": {
      "method": "PUT",
      "path": "/modules/giveaways/entries/{entry_id}",
      "query": [],
      "tag": "Giveaways",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "deleteGiveaway": {
      "method": "DELETE",
      "path": "/modules/giveaways/entries/{entry_id}",
      "query": [],
      "tag": "Giveaways",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "rerollGiveaway": {
      "method": "POST",
      "path": "/modules/giveaways/entries/{entry_id}/reroll",
      "query": [],
      "tag": "Giveaways",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getRemindersService": {
      "method": "GET",
      "path": "/modules/reminders",
      "query": [],
      "tag": "Reminders",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getRemindersLiveness": {
      "method": "GET",
      "path": "/modules/reminders/livez",
      "query": [],
      "tag": "Reminders",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getRemindersReadiness": {
      "method": "GET",
      "path": "/modules/reminders/readyz",
      "query": [],
      "tag": "Reminders",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getRemindersStatus": {
      "method": "GET",
      "path": "/modules/reminders/status",
      "query": [
        "guild_id"
      ],
      "tag": "Reminders",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "enableReminders": {
      "method": "POST",
      "path": "/modules/reminders/enable",
      "query": [],
      "tag": "Reminders",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "disableReminders": {
      "method": "POST",
      "path": "/modules/reminders/disable",
      "query": [],
      "tag": "Reminders",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "resetRemindersSettings": {
      "method": "DELETE",
      "path": "/modules/reminders/settings",
      "query": [],
      "tag": "Reminders",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "listReminders": {
      "method": "GET",
      "path": "/modules/reminders/entries",
      "query": [
        "guild_id",
        "reminder_type",
        "user_id"
      ],
      "tag": "Reminders",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "createReminder": {
      "method": "POST",
      "path": "/modules/reminders/entries",
      "query": [],
      "tag": "Reminders",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getReminder": {
      "method": "GET",
      "path": "/modules/reminders/entries/{entry_id}",
      "query": [
        "guild_id"
      ],
      "tag": "Reminders",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "deleteReminder": {
      "method": "DELETE",
      "path": "/modules/reminders/entries/{entry_id}",
      "query": [],
      "tag": "Reminders",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    }
  },
  "int64Fields": [
    "allowed_channel_ids",
    "allowed_role_ids",
    "application_id",
    "autorole_role_ids",
    "channel_id",
    "closed_tickets_categories",
    "counters_category_id",
    "create_message_category_id",
    "create_message_channel_id",
    "destination_id",
    "giveaway_owner_id",
    "guild_id",
    "ignored_channel_ids",
    "ignored_role_ids",
    "inviter_id",
    "join_messages_channel",
    "leave_messages_channel",
    "logs_channel_id",
    "message_id",
    "new_engineer",
    "new_owner",
    "new_role_id",
    "open_tickets_categories",
    "owner",
    "owner_id",
    "poll_owner_id",
    "role_id",
    "role_ids",
    "rules_accepted_role_ids",
    "rules_channel",
    "rules_denied_role_ids",
    "starboard_channel_id",
    "support_engineer_role_id",
    "target_channel_id",
    "target_id",
    "tempchannel_id_to_edit",
    "user_id",
    "verifier_channel",
    "verifier_verified_role_ids",
    "votes",
    "welcome_messages_channel"
  ]
} as const satisfies ApiMetadata;

export type OperationId = keyof typeof apiMetadata.operations;
