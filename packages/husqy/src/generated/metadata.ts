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
      "tag": "Service",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getGeneralLiveness": {
      "method": "GET",
      "path": "/livez",
      "tag": "Service",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getGeneralReadiness": {
      "method": "GET",
      "path": "/readyz",
      "tag": "Service",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getServerSettings": {
      "method": "GET",
      "path": "/settings",
      "tag": "Settings",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "updateServerSettings": {
      "method": "PUT",
      "path": "/settings",
      "tag": "Settings",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "authorizeUser": {
      "method": "POST",
      "path": "/auth/authorize",
      "tag": "Authentication",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "validateUserPermissions": {
      "method": "POST",
      "path": "/auth/validate-user-permissions",
      "tag": "Authentication",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "listApiKeys": {
      "method": "GET",
      "path": "/auth/api-key",
      "tag": "Authentication",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "createApiKey": {
      "method": "POST",
      "path": "/auth/api-key",
      "tag": "Authentication",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "deleteApiKey": {
      "method": "DELETE",
      "path": "/auth/api-key",
      "tag": "Authentication",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "listSupportedLanguages": {
      "method": "GET",
      "path": "/helpers/get-supported-languages",
      "tag": "Helpers",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "listSupportedTimezones": {
      "method": "GET",
      "path": "/helpers/get-supported-timezones",
      "tag": "Helpers",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "listSupportedUnitSystems": {
      "method": "GET",
      "path": "/helpers/get-supported-unit-systems",
      "tag": "Helpers",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "listUserGuilds": {
      "method": "GET",
      "path": "/helpers/get-husqy-for-guild",
      "tag": "Helpers",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "listGuildRoles": {
      "method": "GET",
      "path": "/helpers/get-guild-roles",
      "tag": "Helpers",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "listGuildUsers": {
      "method": "GET",
      "path": "/helpers/get-guild-users",
      "tag": "Helpers",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "listGuildChannels": {
      "method": "GET",
      "path": "/helpers/get-guild-channels",
      "tag": "Helpers",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "listGuildEmojis": {
      "method": "GET",
      "path": "/helpers/get-guild-emojis",
      "tag": "Helpers",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "replaceContentVariables": {
      "method": "GET",
      "path": "/helpers/get-variable-replaced-content",
      "tag": "Helpers",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getLoggingService": {
      "method": "GET",
      "path": "/modules/logging",
      "tag": "Logging",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getLoggingLiveness": {
      "method": "GET",
      "path": "/modules/logging/livez",
      "tag": "Logging",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getLoggingReadiness": {
      "method": "GET",
      "path": "/modules/logging/readyz",
      "tag": "Logging",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getLoggingStatus": {
      "method": "GET",
      "path": "/modules/logging/status",
      "tag": "Logging",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "enableLogging": {
      "method": "POST",
      "path": "/modules/logging/enable",
      "tag": "Logging",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "disableLogging": {
      "method": "POST",
      "path": "/modules/logging/disable",
      "tag": "Logging",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getLoggingSettings": {
      "method": "GET",
      "path": "/modules/logging/settings",
      "tag": "Logging",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "updateLoggingSettings": {
      "method": "PUT",
      "path": "/modules/logging/settings",
      "tag": "Logging",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "resetLoggingSettings": {
      "method": "DELETE",
      "path": "/modules/logging/settings",
      "tag": "Logging",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getWelcomingService": {
      "method": "GET",
      "path": "/modules/welcoming",
      "tag": "Welcoming",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getWelcomingLiveness": {
      "method": "GET",
      "path": "/modules/welcoming/livez",
      "tag": "Welcoming",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getWelcomingReadiness": {
      "method": "GET",
      "path": "/modules/welcoming/readyz",
      "tag": "Welcoming",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getWelcomingStatus": {
      "method": "GET",
      "path": "/modules/welcoming/status",
      "tag": "Welcoming",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "enableWelcoming": {
      "method": "POST",
      "path": "/modules/welcoming/enable",
      "tag": "Welcoming",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "disableWelcoming": {
      "method": "POST",
      "path": "/modules/welcoming/disable",
      "tag": "Welcoming",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getWelcomingSettings": {
      "method": "GET",
      "path": "/modules/welcoming/settings",
      "tag": "Welcoming",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "updateWelcomingSettings": {
      "method": "PUT",
      "path": "/modules/welcoming/settings",
      "tag": "Welcoming",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "resetWelcomingSettings": {
      "method": "DELETE",
      "path": "/modules/welcoming/settings",
      "tag": "Welcoming",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "listWelcomingResponses": {
      "method": "GET",
      "path": "/modules/welcoming/responses",
      "tag": "Welcoming",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "createWelcomingResponse": {
      "method": "POST",
      "path": "/modules/welcoming/responses",
      "tag": "Welcoming",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getWelcomingResponse": {
      "method": "GET",
      "path": "/modules/welcoming/responses/{response_id}",
      "tag": "Welcoming",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "deleteWelcomingResponse": {
      "method": "DELETE",
      "path": "/modules/welcoming/responses/{response_id}",
      "tag": "Welcoming",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "listWelcomingTimedRoles": {
      "method": "GET",
      "path": "/modules/welcoming/timedroles",
      "tag": "Welcoming",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "createWelcomingTimedRole": {
      "method": "POST",
      "path": "/modules/welcoming/timedroles",
      "tag": "Welcoming",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getWelcomingTimedRole": {
      "method": "GET",
      "path": "/modules/welcoming/timedroles/{timedrole_id}",
      "tag": "Welcoming",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "deleteWelcomingTimedRole": {
      "method": "DELETE",
      "path": "/modules/welcoming/timedroles/{timedrole_id}",
      "tag": "Welcoming",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getTempChannelsService": {
      "method": "GET",
      "path": "/modules/tempchannels",
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getTempChannelsLiveness": {
      "method": "GET",
      "path": "/modules/tempchannels/livez",
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getTempChannelsReadiness": {
      "method": "GET",
      "path": "/modules/tempchannels/readyz",
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getTempChannelsStatus": {
      "method": "GET",
      "path": "/modules/tempchannels/status",
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "enableTempChannels": {
      "method": "POST",
      "path": "/modules/tempchannels/enable",
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "disableTempChannels": {
      "method": "POST",
      "path": "/modules/tempchannels/disable",
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "resetTempChannelsSettings": {
      "method": "DELETE",
      "path": "/modules/tempchannels/settings",
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "listTempChannelCreationChannels": {
      "method": "GET",
      "path": "/modules/tempchannels/creation-channels",
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "createTempChannelCreationChannel": {
      "method": "POST",
      "path": "/modules/tempchannels/creation-channels",
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getTempChannelCreationChannel": {
      "method": "GET",
      "path": "/modules/tempchannels/creation-channels/{creation_channel_id}",
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "updateTempChannelCreationChannel": {
      "method": "PUT",
      "path": "/modules/tempchannels/creation-channels/{creation_channel_id}",
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "deleteTempChannelCreationChannel": {
      "method": "DELETE",
      "path": "/modules/tempchannels/creation-channels/{creation_channel_id}",
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "listTempChannels": {
      "method": "GET",
      "path": "/modules/tempchannels/tempchannels",
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getTempChannel": {
      "method": "GET",
      "path": "/modules/tempchannels/tempchannels/{tempchannel_id}",
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "addTempChannelBlockRule": {
      "method": "POST",
      "path": "/modules/tempchannels/tempchannels/edit/add-block-rule",
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "addTempChannelTrustRule": {
      "method": "POST",
      "path": "/modules/tempchannels/tempchannels/edit/add-trust-rule",
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "removeTempChannelBlockRule": {
      "method": "POST",
      "path": "/modules/tempchannels/tempchannels/edit/remove-block-rule",
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "removeTempChannelTrustRule": {
      "method": "POST",
      "path": "/modules/tempchannels/tempchannels/edit/remove-trust-rule",
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "claimTempChannel": {
      "method": "POST",
      "path": "/modules/tempchannels/tempchannels/edit/claim",
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "deleteTempChannel": {
      "method": "POST",
      "path": "/modules/tempchannels/tempchannels/edit/delete",
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "setTempChannelAgeRestriction": {
      "method": "POST",
      "path": "/modules/tempchannels/tempchannels/edit/set-age-restriction",
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "setTempChannelBitrate": {
      "method": "POST",
      "path": "/modules/tempchannels/tempchannels/edit/set-bitrate",
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "setTempChannelName": {
      "method": "POST",
      "path": "/modules/tempchannels/tempchannels/edit/set-name",
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "setTempChannelRegion": {
      "method": "POST",
      "path": "/modules/tempchannels/tempchannels/edit/set-region",
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "setTempChannelSlowmode": {
      "method": "POST",
      "path": "/modules/tempchannels/tempchannels/edit/set-slowmode",
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "setTempChannelUserLimit": {
      "method": "POST",
      "path": "/modules/tempchannels/tempchannels/edit/set-user-limit",
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "transferTempChannel": {
      "method": "POST",
      "path": "/modules/tempchannels/tempchannels/edit/transfer",
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getSocialsService": {
      "method": "GET",
      "path": "/modules/socials",
      "tag": "Socials",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getSocialsLiveness": {
      "method": "GET",
      "path": "/modules/socials/livez",
      "tag": "Socials",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getSocialsReadiness": {
      "method": "GET",
      "path": "/modules/socials/readyz",
      "tag": "Socials",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getSocialsStatus": {
      "method": "GET",
      "path": "/modules/socials/status",
      "tag": "Socials",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "enableSocials": {
      "method": "POST",
      "path": "/modules/socials/enable",
      "tag": "Socials",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "disableSocials": {
      "method": "POST",
      "path": "/modules/socials/disable",
      "tag": "Socials",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getSocialsSettings": {
      "method": "GET",
      "path": "/modules/socials/settings",
      "tag": "Socials",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "updateSocialsSettings": {
      "method": "PUT",
      "path": "/modules/socials/settings",
      "tag": "Socials",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "resetSocialsSettings": {
      "method": "DELETE",
      "path": "/modules/socials/settings",
      "tag": "Socials",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "sendSocialMeme": {
      "method": "POST",
      "path": "/modules/socials/meme/send",
      "tag": "Socials",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "listSocialRedditFeeds": {
      "method": "GET",
      "path": "/modules/socials/entries/reddit",
      "tag": "Socials",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "createSocialRedditFeed": {
      "method": "POST",
      "path": "/modules/socials/entries/reddit",
      "tag": "Socials",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "deleteSocialRedditFeed": {
      "method": "DELETE",
      "path": "/modules/socials/entries/reddit",
      "tag": "Socials",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "listSocialRssFeeds": {
      "method": "GET",
      "path": "/modules/socials/entries/rss",
      "tag": "Socials",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "createSocialRssFeed": {
      "method": "POST",
      "path": "/modules/socials/entries/rss",
      "tag": "Socials",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "deleteSocialRssFeed": {
      "method": "DELETE",
      "path": "/modules/socials/entries/rss",
      "tag": "Socials",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "listSocialTwitchFeeds": {
      "method": "GET",
      "path": "/modules/socials/entries/twitch",
      "tag": "Socials",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "createSocialTwitchFeed": {
      "method": "POST",
      "path": "/modules/socials/entries/twitch",
      "tag": "Socials",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "deleteSocialTwitchFeed": {
      "method": "DELETE",
      "path": "/modules/socials/entries/twitch",
      "tag": "Socials",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "listSocialYoutubeFeeds": {
      "method": "GET",
      "path": "/modules/socials/entries/youtube",
      "tag": "Socials",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "createSocialYoutubeFeed": {
      "method": "POST",
      "path": "/modules/socials/entries/youtube",
      "tag": "Socials",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "deleteSocialYoutubeFeed": {
      "method": "DELETE",
      "path": "/modules/socials/entries/youtube",
      "tag": "Socials",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getReactionRolesService": {
      "method": "GET",
      "path": "/modules/reactionroles",
      "tag": "Reaction roles",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getReactionRolesLiveness": {
      "method": "GET",
      "path": "/modules/reactionroles/livez",
      "tag": "Reaction roles",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getReactionRolesReadiness": {
      "method": "GET",
      "path": "/modules/reactionroles/readyz",
      "tag": "Reaction roles",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getReactionRolesStatus": {
      "method": "GET",
      "path": "/modules/reactionroles/status",
      "tag": "Reaction roles",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "enableReactionRoles": {
      "method": "POST",
      "path": "/modules/reactionroles/enable",
      "tag": "Reaction roles",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "disableReactionRoles": {
      "method": "POST",
      "path": "/modules/reactionroles/disable",
      "tag": "Reaction roles",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "resetReactionRolesSettings": {
      "method": "DELETE",
      "path": "/modules/reactionroles/settings",
      "tag": "Reaction roles",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "listReactionRolePanels": {
      "method": "GET",
      "path": "/modules/reactionroles/panels",
      "tag": "Reaction roles",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "createReactionRolePanel": {
      "method": "POST",
      "path": "/modules/reactionroles/panels",
      "tag": "Reaction roles",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getReactionRolePanel": {
      "method": "GET",
      "path": "/modules/reactionroles/panels/{panel_id}",
      "tag": "Reaction roles",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "updateReactionRolePanel": {
      "method": "PUT",
      "path": "/modules/reactionroles/panels/{panel_id}",
      "tag": "Reaction roles",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "deleteReactionRolePanel": {
      "method": "DELETE",
      "path": "/modules/reactionroles/panels/{panel_id}",
      "tag": "Reaction roles",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "listReactionRoleEntries": {
      "method": "GET",
      "path": "/modules/reactionroles/panels/{panel_id}/entries",
      "tag": "Reaction roles",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "createReactionRoleEntry": {
      "method": "POST",
      "path": "/modules/reactionroles/panels/{panel_id}/entries",
      "tag": "Reaction roles",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getReactionRoleEntry": {
      "method": "GET",
      "path": "/modules/reactionroles/panels/{panel_id}/entries/{entry_id}",
      "tag": "Reaction roles",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "updateReactionRoleEntry": {
      "method": "PUT",
      "path": "/modules/reactionroles/panels/{panel_id}/entries/{entry_id}",
      "tag": "Reaction roles",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "deleteReactionRoleEntry": {
      "method": "DELETE",
      "path": "/modules/reactionroles/panels/{panel_id}/entries/{entry_id}",
      "tag": "Reaction roles",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getAutoresponderService": {
      "method": "GET",
      "path": "/modules/autoresponder",
      "tag": "Autoresponder",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getAutoresponderLiveness": {
      "method": "GET",
      "path": "/modules/autoresponder/livez",
      "tag": "Autoresponder",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getAutoresponderReadiness": {
      "method": "GET",
      "path": "/modules/autoresponder/readyz",
      "tag": "Autoresponder",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getAutoresponderStatus": {
      "method": "GET",
      "path": "/modules/autoresponder/status",
      "tag": "Autoresponder",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "enableAutoresponder": {
      "method": "POST",
      "path": "/modules/autoresponder/enable",
      "tag": "Autoresponder",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "disableAutoresponder": {
      "method": "POST",
      "path": "/modules/autoresponder/disable",
      "tag": "Autoresponder",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "resetAutoresponderSettings": {
      "method": "DELETE",
      "path": "/modules/autoresponder/settings",
      "tag": "Autoresponder",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "listAutoresponderTriggers": {
      "method": "GET",
      "path": "/modules/autoresponder/triggers",
      "tag": "Autoresponder",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "createAutoresponderTrigger": {
      "method": "POST",
      "path": "/modules/autoresponder/triggers",
      "tag": "Autoresponder",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getAutoresponderTrigger": {
      "method": "GET",
      "path": "/modules/autoresponder/triggers/{trigger_id}",
      "tag": "Autoresponder",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "updateAutoresponderTrigger": {
      "method": "PUT",
      "path": "/modules/autoresponder/triggers/{trigger_id}",
      "tag": "Autoresponder",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "deleteAutoresponderTrigger": {
      "method": "DELETE",
      "path": "/modules/autoresponder/triggers/{trigger_id}",
      "tag": "Autoresponder",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "listAutoresponderResponses": {
      "method": "GET",
      "path": "/modules/autoresponder/responses",
      "tag": "Autoresponder",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "createAutoresponderResponse": {
      "method": "POST",
      "path": "/modules/autoresponder/responses",
      "tag": "Autoresponder",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getAutoresponderResponse": {
      "method": "GET",
      "path": "/modules/autoresponder/responses/{response_id}",
      "tag": "Autoresponder",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "deleteAutoresponderResponse": {
      "method": "DELETE",
      "path": "/modules/autoresponder/responses/{response_id}",
      "tag": "Autoresponder",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getTicketsService": {
      "method": "GET",
      "path": "/modules/tickets",
      "tag": "Tickets",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getTicketsLiveness": {
      "method": "GET",
      "path": "/modules/tickets/livez",
      "tag": "Tickets",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getTicketsReadiness": {
      "method": "GET",
      "path": "/modules/tickets/readyz",
      "tag": "Tickets",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getTicketsStatus": {
      "method": "GET",
      "path": "/modules/tickets/status",
      "tag": "Tickets",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "enableTickets": {
      "method": "POST",
      "path": "/modules/tickets/enable",
      "tag": "Tickets",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "disableTickets": {
      "method": "POST",
      "path": "/modules/tickets/disable",
      "tag": "Tickets",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "resetTicketsSettings": {
      "method": "DELETE",
      "path": "/modules/tickets/settings",
      "tag": "Tickets",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "listTicketPanels": {
      "method": "GET",
      "path": "/modules/tickets/panels",
      "tag": "Tickets",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "createTicketPanel": {
      "method": "POST",
      "path": "/modules/tickets/panels",
      "tag": "Tickets",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getTicketPanel": {
      "method": "GET",
      "path": "/modules/tickets/panels/{panel_id}",
      "tag": "Tickets",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "updateTicketPanel": {
      "method": "PUT",
      "path": "/modules/tickets/panels/{panel_id}",
      "tag": "Tickets",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "deleteTicketPanel": {
      "method": "DELETE",
      "path": "/modules/tickets/panels/{panel_id}",
      "tag": "Tickets",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "listTicketTypes": {
      "method": "GET",
      "path": "/modules/tickets/panels/{panel_id}/ticket-types",
      "tag": "Tickets",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "createTicketType": {
      "method": "POST",
      "path": "/modules/tickets/panels/{panel_id}/ticket-types",
      "tag": "Tickets",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getTicketType": {
      "method": "GET",
      "path": "/modules/tickets/panels/{panel_id}/ticket-types/{ticket_type_id}",
      "tag": "Tickets",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "deleteTicketType": {
      "method": "DELETE",
      "path": "/modules/tickets/panels/{panel_id}/ticket-types/{ticket_type_id}",
      "tag": "Tickets",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "listTickets": {
      "method": "GET",
      "path": "/modules/tickets/entries",
      "tag": "Tickets",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getTicket": {
      "method": "GET",
      "path": "/modules/tickets/entries/{ticket_id}",
      "tag": "Tickets",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "deleteTicket": {
      "method": "DELETE",
      "path": "/modules/tickets/entries/{ticket_id}",
      "tag": "Tickets",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "claimTicket": {
      "method": "POST",
      "path": "/modules/tickets/entries/{ticket_id}/claim",
      "tag": "Tickets",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "closeTicket": {
      "method": "POST",
      "path": "/modules/tickets/entries/{ticket_id}/close",
      "tag": "Tickets",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "reopenTicket": {
      "method": "POST",
      "path": "/modules/tickets/entries/{ticket_id}/reopen",
      "tag": "Tickets",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "transferTicket": {
      "method": "POST",
      "path": "/modules/tickets/entries/{ticket_id}/transfer",
      "tag": "Tickets",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "transcribeTicket": {
      "method": "POST",
      "path": "/modules/tickets/entries/{ticket_id}/transcribe",
      "tag": "Tickets",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getServerstatsService": {
      "method": "GET",
      "path": "/modules/serverstats",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getServerstatsLiveness": {
      "method": "GET",
      "path": "/modules/serverstats/livez",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getServerstatsReadiness": {
      "method": "GET",
      "path": "/modules/serverstats/readyz",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getServerstatsStatus": {
      "method": "GET",
      "path": "/modules/serverstats/status",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "enableServerstats": {
      "method": "POST",
      "path": "/modules/serverstats/enable",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "disableServerstats": {
      "method": "POST",
      "path": "/modules/serverstats/disable",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getServerstatsSettings": {
      "method": "GET",
      "path": "/modules/serverstats/settings",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "updateServerstatsSettings": {
      "method": "PUT",
      "path": "/modules/serverstats/settings",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "resetServerstatsSettings": {
      "method": "DELETE",
      "path": "/modules/serverstats/settings",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "listServerstatsCounters": {
      "method": "GET",
      "path": "/modules/serverstats/counters",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "createServerstatsCounter": {
      "method": "POST",
      "path": "/modules/serverstats/counters",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getServerstatsCounter": {
      "method": "GET",
      "path": "/modules/serverstats/counters/{counter_id}",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "deleteServerstatsCounter": {
      "method": "DELETE",
      "path": "/modules/serverstats/counters/{counter_id}",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsActivityPresences": {
      "method": "GET",
      "path": "/modules/serverstats/stats/activities/presence",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsActivityStatuses": {
      "method": "GET",
      "path": "/modules/serverstats/stats/activities/statuses",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsCommandsUsed": {
      "method": "GET",
      "path": "/modules/serverstats/stats/commands/used",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsMembersJoined": {
      "method": "GET",
      "path": "/modules/serverstats/stats/members/joined",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsMembersLeft": {
      "method": "GET",
      "path": "/modules/serverstats/stats/members/left",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsMembersTotal": {
      "method": "GET",
      "path": "/modules/serverstats/stats/members/total",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsMessagesSent": {
      "method": "GET",
      "path": "/modules/serverstats/stats/messages/sent",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsMessagesDeleted": {
      "method": "GET",
      "path": "/modules/serverstats/stats/messages/deleted",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsVoiceSessions": {
      "method": "GET",
      "path": "/modules/serverstats/stats/voice",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsAutoresponderResponsesDeleted": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/autoresponder/responses/deleted",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsAutoresponderResponsesCreated": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/autoresponder/responses/created",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsAutoresponderTriggersCreated": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/autoresponder/triggers/created",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsAutoresponderTriggersDeleted": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/autoresponder/triggers/deleted",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsAutoresponderTriggersHit": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/autoresponder/triggers/hit",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsAutoresponderCheckTimes": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/autoresponder/check-time",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsInviteTrackerInvitesCreated": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/invite-tracker/invite/created",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsInviteTrackerInvitesDeleted": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/invite-tracker/invite/deleted",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsGiveawaysCreated": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/giveaways/giveaway/created",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsGiveawaysDeleted": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/giveaways/giveaway/deleted",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsGiveawaysEntered": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/giveaways/giveaway/enters",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsGiveawaysLeft": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/giveaways/giveaway/leaves",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsGiveawaysRerolled": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/giveaways/giveaway/rerolled",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsSocialsEntriesRemoved": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/socials/entries/removed",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsSocialsEntriesAdded": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/socials/entries/added",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsVerifierCheckTimes": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/verifier/check-time",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsPollsCreated": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/polls/poll/created",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsPollsDeleted": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/polls/poll/deleted",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsPollsManuallyClosed": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/polls/poll/manually-closed",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsPollsVotesAdded": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/polls/vote/added",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsPollsVotesRemoved": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/polls/vote/removed",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsReactionrolesCheckTimes": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/reactionroles/check-time",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsReactionrolesPanelsCreated": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/reactionroles/panels/created",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsReactionrolesPanelsDeleted": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/reactionroles/panels/deleted",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsReactionrolesAdded": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/reactionroles/reactionroles/added",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsReactionrolesRemoved": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/reactionroles/reactionroles/removed",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsRemindersSendTimes": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/reminders/send-time",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsRemindersCreated": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/reminders/reminder/created",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsRemindersDeleted": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/reminders/reminder/deleted",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsRemindersSent": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/reminders/reminder/send",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsRulesCheckTimes": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/rules/check-time",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsRulesAdded": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/rules/rule/added",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsRulesRemoved": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/rules/rule/removed",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsTagsCheckTimes": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/tags/check-time",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsTagsCreated": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/tags/tag/created",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsTagsDeleted": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/tags/tag/deleted",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsTempchannelsCreatedCheckTimes": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/tempchannels/created-check-time",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsTempchannelsDeletedCheckTimes": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/tempchannels/deleted-check-time",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsTempchannelsCreationChannelsCreated": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/tempchannels/creation-channels/created",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsTempchannelsCreationChannelsDeleted": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/tempchannels/creation-channels/deleted",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsTempchannelsCreated": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/tempchannels/tempchannels/created",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsTicketsPanelsDeleted": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/tickets/panels/deleted",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsTicketsPanelsCreated": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/tickets/panels/created",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsTicketsTypesAdded": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/tickets/types/added",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsTicketsTypesRemoved": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/tickets/types/removed",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsTicketsClosed": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/tickets/closed",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsTicketsCreated": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/tickets/created",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsTicketsDeleted": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/tickets/deleted",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsTicketsReopened": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/tickets/reopened",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsWelcomingCheckTimes": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/welcoming/check-time",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsWelcomingResponsesDeleted": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/welcoming/responses/deleted",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsWelcomingResponsesCreated": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/welcoming/responses/created",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsWelcomingTimedrolesDeleted": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/welcoming/timedroles/deleted",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getStatsWelcomingTimedrolesCreated": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/welcoming/timedroles/created",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getTagsService": {
      "method": "GET",
      "path": "/modules/tags",
      "tag": "Tags",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getTagsLiveness": {
      "method": "GET",
      "path": "/modules/tags/livez",
      "tag": "Tags",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getTagsReadiness": {
      "method": "GET",
      "path": "/modules/tags/readyz",
      "tag": "Tags",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getTagsStatus": {
      "method": "GET",
      "path": "/modules/tags/status",
      "tag": "Tags",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "enableTags": {
      "method": "POST",
      "path": "/modules/tags/enable",
      "tag": "Tags",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "disableTags": {
      "method": "POST",
      "path": "/modules/tags/disable",
      "tag": "Tags",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "resetTagsSettings": {
      "method": "DELETE",
      "path": "/modules/tags/settings",
      "tag": "Tags",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "listTagEntries": {
      "method": "GET",
      "path": "/modules/tags/entries",
      "tag": "Tags",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "createTagEntry": {
      "method": "POST",
      "path": "/modules/tags/entries",
      "tag": "Tags",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getTagEntry": {
      "method": "GET",
      "path": "/modules/tags/entries/{entry_id}",
      "tag": "Tags",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "updateTagEntry": {
      "method": "PUT",
      "path": "/modules/tags/entries/{entry_id}",
      "tag": "Tags",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "deleteTagEntry": {
      "method": "DELETE",
      "path": "/modules/tags/entries/{entry_id}",
      "tag": "Tags",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getVerifierService": {
      "method": "GET",
      "path": "/modules/verifier",
      "tag": "Verifier",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getVerifierLiveness": {
      "method": "GET",
      "path": "/modules/verifier/livez",
      "tag": "Verifier",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getVerifierReadiness": {
      "method": "GET",
      "path": "/modules/verifier/readyz",
      "tag": "Verifier",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getVerifierStatus": {
      "method": "GET",
      "path": "/modules/verifier/status",
      "tag": "Verifier",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "enableVerifier": {
      "method": "POST",
      "path": "/modules/verifier/enable",
      "tag": "Verifier",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "disableVerifier": {
      "method": "POST",
      "path": "/modules/verifier/disable",
      "tag": "Verifier",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getVerifierSettings": {
      "method": "GET",
      "path": "/modules/verifier/settings",
      "tag": "Verifier",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "updateVerifierSettings": {
      "method": "PUT",
      "path": "/modules/verifier/settings",
      "tag": "Verifier",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "resetVerifierSettings": {
      "method": "DELETE",
      "path": "/modules/verifier/settings",
      "tag": "Verifier",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "listVerifierEntries": {
      "method": "GET",
      "path": "/modules/verifier/entries",
      "tag": "Verifier",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getVerifierEntry": {
      "method": "GET",
      "path": "/modules/verifier/entries/{entry_id}",
      "tag": "Verifier",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getRulesService": {
      "method": "GET",
      "path": "/modules/rules",
      "tag": "Rules",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getRulesLiveness": {
      "method": "GET",
      "path": "/modules/rules/livez",
      "tag": "Rules",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getRulesReadiness": {
      "method": "GET",
      "path": "/modules/rules/readyz",
      "tag": "Rules",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getRulesStatus": {
      "method": "GET",
      "path": "/modules/rules/status",
      "tag": "Rules",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "enableRules": {
      "method": "POST",
      "path": "/modules/rules/enable",
      "tag": "Rules",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "disableRules": {
      "method": "POST",
      "path": "/modules/rules/disable",
      "tag": "Rules",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getRulesSettings": {
      "method": "GET",
      "path": "/modules/rules/settings",
      "tag": "Rules",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "updateRulesSettings": {
      "method": "PUT",
      "path": "/modules/rules/settings",
      "tag": "Rules",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "resetRulesSettings": {
      "method": "DELETE",
      "path": "/modules/rules/settings",
      "tag": "Rules",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "listRules": {
      "method": "GET",
      "path": "/modules/rules/entries",
      "tag": "Rules",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "createRule": {
      "method": "POST",
      "path": "/modules/rules/entries",
      "tag": "Rules",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getRule": {
      "method": "GET",
      "path": "/modules/rules/entries/{entry_id}",
      "tag": "Rules",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "deleteRule": {
      "method": "DELETE",
      "path": "/modules/rules/entries/{entry_id}",
      "tag": "Rules",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getInviteTrackerService": {
      "method": "GET",
      "path": "/modules/invite_tracker",
      "tag": "Invite tracker",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getInviteTrackerLiveness": {
      "method": "GET",
      "path": "/modules/invite_tracker/livez",
      "tag": "Invite tracker",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getInviteTrackerReadiness": {
      "method": "GET",
      "path": "/modules/invite_tracker/readyz",
      "tag": "Invite tracker",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getInviteTrackerStatus": {
      "method": "GET",
      "path": "/modules/invite_tracker/status",
      "tag": "Invite tracker",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "enableInviteTracker": {
      "method": "POST",
      "path": "/modules/invite_tracker/enable",
      "tag": "Invite tracker",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "disableInviteTracker": {
      "method": "POST",
      "path": "/modules/invite_tracker/disable",
      "tag": "Invite tracker",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getInviteTrackerSettings": {
      "method": "GET",
      "path": "/modules/invite_tracker/settings",
      "tag": "Invite tracker",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "updateInviteTrackerSettings": {
      "method": "PUT",
      "path": "/modules/invite_tracker/settings",
      "tag": "Invite tracker",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "resetInviteTrackerSettings": {
      "method": "DELETE",
      "path": "/modules/invite_tracker/settings",
      "tag": "Invite tracker",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "listInviteTrackerInvites": {
      "method": "GET",
      "path": "/modules/invite_tracker/invite-links",
      "tag": "Invite tracker",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "createInviteTrackerInvite": {
      "method": "POST",
      "path": "/modules/invite_tracker/invite",
      "tag": "Invite tracker",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "deleteInviteTrackerInvite": {
      "method": "DELETE",
      "path": "/modules/invite_tracker/invite",
      "tag": "Invite tracker",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "listInviteTrackerInviteUses": {
      "method": "GET",
      "path": "/modules/invite_tracker/stats/uses",
      "tag": "Invite tracker",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getPollsService": {
      "method": "GET",
      "path": "/modules/polls",
      "tag": "Polls",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getPollsLiveness": {
      "method": "GET",
      "path": "/modules/polls/livez",
      "tag": "Polls",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getPollsReadiness": {
      "method": "GET",
      "path": "/modules/polls/readyz",
      "tag": "Polls",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getPollsStatus": {
      "method": "GET",
      "path": "/modules/polls/status",
      "tag": "Polls",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "enablePolls": {
      "method": "POST",
      "path": "/modules/polls/enable",
      "tag": "Polls",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "disablePolls": {
      "method": "POST",
      "path": "/modules/polls/disable",
      "tag": "Polls",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getPollsSettings": {
      "method": "GET",
      "path": "/modules/polls/settings",
      "tag": "Polls",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "updatePollsSettings": {
      "method": "PUT",
      "path": "/modules/polls/settings",
      "tag": "Polls",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "resetPollsSettings": {
      "method": "DELETE",
      "path": "/modules/polls/settings",
      "tag": "Polls",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "listPolls": {
      "method": "GET",
      "path": "/modules/polls/entries",
      "tag": "Polls",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "createPoll": {
      "method": "POST",
      "path": "/modules/polls/entries",
      "tag": "Polls",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getPoll": {
      "method": "GET",
      "path": "/modules/polls/entries/{entry_id}",
      "tag": "Polls",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "updatePoll": {
      "method": "PUT",
      "path": "/modules/polls/entries/{entry_id}",
      "tag": "Polls",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "deletePoll": {
      "method": "DELETE",
      "path": "/modules/polls/entries/{entry_id}",
      "tag": "Polls",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "closePoll": {
      "method": "POST",
      "path": "/modules/polls/entries/{entry_id}/close",
      "tag": "Polls",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getGiveawaysService": {
      "method": "GET",
      "path": "/modules/giveaways",
      "tag": "Giveaways",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getGiveawaysLiveness": {
      "method": "GET",
      "path": "/modules/giveaways/livez",
      "tag": "Giveaways",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getGiveawaysReadiness": {
      "method": "GET",
      "path": "/modules/giveaways/readyz",
      "tag": "Giveaways",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getGiveawaysStatus": {
      "method": "GET",
      "path": "/modules/giveaways/status",
      "tag": "Giveaways",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "enableGiveaways": {
      "method": "POST",
      "path": "/modules/giveaways/enable",
      "tag": "Giveaways",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "disableGiveaways": {
      "method": "POST",
      "path": "/modules/giveaways/disable",
      "tag": "Giveaways",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getGiveawaysSettings": {
      "method": "GET",
      "path": "/modules/giveaways/settings",
      "tag": "Giveaways",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "updateGiveawaysSettings": {
      "method": "PUT",
      "path": "/modules/giveaways/settings",
      "tag": "Giveaways",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "resetGiveawaysSettings": {
      "method": "DELETE",
      "path": "/modules/giveaways/settings",
      "tag": "Giveaways",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "listGiveaways": {
      "method": "GET",
      "path": "/modules/giveaways/entries",
      "tag": "Giveaways",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "createGiveaway": {
      "method": "POST",
      "path": "/modules/giveaways/entries",
      "tag": "Giveaways",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getGiveaway": {
      "method": "GET",
      "path": "/modules/giveaways/entries/{entry_id}",
      "tag": "Giveaways",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "updateGiveaway": {
      "method": "PUT",
      "path": "/modules/giveaways/entries/{entry_id}",
      "tag": "Giveaways",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "deleteGiveaway": {
      "method": "DELETE",
      "path": "/modules/giveaways/entries/{entry_id}",
      "tag": "Giveaways",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "rerollGiveaway": {
      "method": "POST",
      "path": "/modules/giveaways/entries/{entry_id}/reroll",
      "tag": "Giveaways",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getRemindersService": {
      "method": "GET",
      "path": "/modules/reminders",
      "tag": "Reminders",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getRemindersLiveness": {
      "method": "GET",
      "path": "/modules/reminders/livez",
      "tag": "Reminders",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getRemindersReadiness": {
      "method": "GET",
      "path": "/modules/reminders/readyz",
      "tag": "Reminders",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getRemindersStatus": {
      "method": "GET",
      "path": "/modules/reminders/status",
      "tag": "Reminders",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "enableReminders": {
      "method": "POST",
      "path": "/modules/reminders/enable",
      "tag": "Reminders",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "disableReminders": {
      "method": "POST",
      "path": "/modules/reminders/disable",
      "tag": "Reminders",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "resetRemindersSettings": {
      "method": "DELETE",
      "path": "/modules/reminders/settings",
      "tag": "Reminders",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "listReminders": {
      "method": "GET",
      "path": "/modules/reminders/entries",
      "tag": "Reminders",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "createReminder": {
      "method": "POST",
      "path": "/modules/reminders/entries",
      "tag": "Reminders",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "getReminder": {
      "method": "GET",
      "path": "/modules/reminders/entries/{entry_id}",
      "tag": "Reminders",
      "deprecated": false,
      "permissions": [],
      "anonymous": false,
      "pagination": null
    },
    "deleteReminder": {
      "method": "DELETE",
      "path": "/modules/reminders/entries/{entry_id}",
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
