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
      "pagination": null
    },
    "getGeneralLiveness": {
      "method": "GET",
      "path": "/livez",
      "tag": "Service",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getGeneralReadiness": {
      "method": "GET",
      "path": "/readyz",
      "tag": "Service",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getServerSettings": {
      "method": "GET",
      "path": "/settings",
      "tag": "Settings",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "updateServerSettings": {
      "method": "PUT",
      "path": "/settings",
      "tag": "Settings",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "authorizeUser": {
      "method": "POST",
      "path": "/auth/authorize",
      "tag": "Authentication",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "validateUserPermissions": {
      "method": "POST",
      "path": "/auth/validate-user-permissions",
      "tag": "Authentication",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "listApiKeys": {
      "method": "GET",
      "path": "/auth/api-key",
      "tag": "Authentication",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "createApiKey": {
      "method": "POST",
      "path": "/auth/api-key",
      "tag": "Authentication",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "deleteApiKey": {
      "method": "DELETE",
      "path": "/auth/api-key",
      "tag": "Authentication",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "listSupportedLanguages": {
      "method": "GET",
      "path": "/helpers/get-supported-languages",
      "tag": "Helpers",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "listSupportedTimezones": {
      "method": "GET",
      "path": "/helpers/get-supported-timezones",
      "tag": "Helpers",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "listSupportedUnitSystems": {
      "method": "GET",
      "path": "/helpers/get-supported-unit-systems",
      "tag": "Helpers",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "listUserGuilds": {
      "method": "GET",
      "path": "/helpers/get-husqy-for-guild",
      "tag": "Helpers",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "listGuildRoles": {
      "method": "GET",
      "path": "/helpers/get-guild-roles",
      "tag": "Helpers",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "listGuildUsers": {
      "method": "GET",
      "path": "/helpers/get-guild-users",
      "tag": "Helpers",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "listGuildChannels": {
      "method": "GET",
      "path": "/helpers/get-guild-channels",
      "tag": "Helpers",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "listGuildEmojis": {
      "method": "GET",
      "path": "/helpers/get-guild-emojis",
      "tag": "Helpers",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "replaceContentVariables": {
      "method": "GET",
      "path": "/helpers/get-variable-replaced-content",
      "tag": "Helpers",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getLoggingService": {
      "method": "GET",
      "path": "/modules/logging",
      "tag": "Logging",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getLoggingLiveness": {
      "method": "GET",
      "path": "/modules/logging/livez",
      "tag": "Logging",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getLoggingReadiness": {
      "method": "GET",
      "path": "/modules/logging/readyz",
      "tag": "Logging",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getLoggingStatus": {
      "method": "GET",
      "path": "/modules/logging/status",
      "tag": "Logging",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "enableLogging": {
      "method": "POST",
      "path": "/modules/logging/enable",
      "tag": "Logging",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "disableLogging": {
      "method": "POST",
      "path": "/modules/logging/disable",
      "tag": "Logging",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getLoggingSettings": {
      "method": "GET",
      "path": "/modules/logging/settings",
      "tag": "Logging",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "updateLoggingSettings": {
      "method": "PUT",
      "path": "/modules/logging/settings",
      "tag": "Logging",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "resetLoggingSettings": {
      "method": "DELETE",
      "path": "/modules/logging/settings",
      "tag": "Logging",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getWelcomingService": {
      "method": "GET",
      "path": "/modules/welcoming",
      "tag": "Welcoming",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getWelcomingLiveness": {
      "method": "GET",
      "path": "/modules/welcoming/livez",
      "tag": "Welcoming",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getWelcomingReadiness": {
      "method": "GET",
      "path": "/modules/welcoming/readyz",
      "tag": "Welcoming",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getWelcomingStatus": {
      "method": "GET",
      "path": "/modules/welcoming/status",
      "tag": "Welcoming",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "enableWelcoming": {
      "method": "POST",
      "path": "/modules/welcoming/enable",
      "tag": "Welcoming",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "disableWelcoming": {
      "method": "POST",
      "path": "/modules/welcoming/disable",
      "tag": "Welcoming",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getWelcomingSettings": {
      "method": "GET",
      "path": "/modules/welcoming/settings",
      "tag": "Welcoming",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "updateWelcomingSettings": {
      "method": "PUT",
      "path": "/modules/welcoming/settings",
      "tag": "Welcoming",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "resetWelcomingSettings": {
      "method": "DELETE",
      "path": "/modules/welcoming/settings",
      "tag": "Welcoming",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "listWelcomingResponses": {
      "method": "GET",
      "path": "/modules/welcoming/responses",
      "tag": "Welcoming",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "createWelcomingResponse": {
      "method": "POST",
      "path": "/modules/welcoming/responses",
      "tag": "Welcoming",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getWelcomingResponse": {
      "method": "GET",
      "path": "/modules/welcoming/responses/{response_id}",
      "tag": "Welcoming",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "deleteWelcomingResponse": {
      "method": "DELETE",
      "path": "/modules/welcoming/responses/{response_id}",
      "tag": "Welcoming",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "listWelcomingTimedRoles": {
      "method": "GET",
      "path": "/modules/welcoming/timedroles",
      "tag": "Welcoming",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "createWelcomingTimedRole": {
      "method": "POST",
      "path": "/modules/welcoming/timedroles",
      "tag": "Welcoming",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getWelcomingTimedRole": {
      "method": "GET",
      "path": "/modules/welcoming/timedroles/{timedrole_id}",
      "tag": "Welcoming",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "deleteWelcomingTimedRole": {
      "method": "DELETE",
      "path": "/modules/welcoming/timedroles/{timedrole_id}",
      "tag": "Welcoming",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getTempChannelsService": {
      "method": "GET",
      "path": "/modules/tempchannels",
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getTempChannelsLiveness": {
      "method": "GET",
      "path": "/modules/tempchannels/livez",
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getTempChannelsReadiness": {
      "method": "GET",
      "path": "/modules/tempchannels/readyz",
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getTempChannelsStatus": {
      "method": "GET",
      "path": "/modules/tempchannels/status",
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "enableTempChannels": {
      "method": "POST",
      "path": "/modules/tempchannels/enable",
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "disableTempChannels": {
      "method": "POST",
      "path": "/modules/tempchannels/disable",
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "resetTempChannelsSettings": {
      "method": "DELETE",
      "path": "/modules/tempchannels/settings",
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "listTempChannelCreationChannels": {
      "method": "GET",
      "path": "/modules/tempchannels/creation-channels",
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "createTempChannelCreationChannel": {
      "method": "POST",
      "path": "/modules/tempchannels/creation-channels",
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getTempChannelCreationChannel": {
      "method": "GET",
      "path": "/modules/tempchannels/creation-channels/{creation_channel_id}",
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "updateTempChannelCreationChannel": {
      "method": "PUT",
      "path": "/modules/tempchannels/creation-channels/{creation_channel_id}",
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "deleteTempChannelCreationChannel": {
      "method": "DELETE",
      "path": "/modules/tempchannels/creation-channels/{creation_channel_id}",
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "listTempChannels": {
      "method": "GET",
      "path": "/modules/tempchannels/tempchannels",
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getTempChannel": {
      "method": "GET",
      "path": "/modules/tempchannels/tempchannels/{tempchannel_id}",
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "addTempChannelBlockRule": {
      "method": "POST",
      "path": "/modules/tempchannels/tempchannels/edit/add-block-rule",
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "addTempChannelTrustRule": {
      "method": "POST",
      "path": "/modules/tempchannels/tempchannels/edit/add-trust-rule",
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "removeTempChannelBlockRule": {
      "method": "POST",
      "path": "/modules/tempchannels/tempchannels/edit/remove-block-rule",
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "removeTempChannelTrustRule": {
      "method": "POST",
      "path": "/modules/tempchannels/tempchannels/edit/remove-trust-rule",
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "claimTempChannel": {
      "method": "POST",
      "path": "/modules/tempchannels/tempchannels/edit/claim",
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "deleteTempChannel": {
      "method": "POST",
      "path": "/modules/tempchannels/tempchannels/edit/delete",
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "setTempChannelAgeRestriction": {
      "method": "POST",
      "path": "/modules/tempchannels/tempchannels/edit/set-age-restriction",
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "setTempChannelBitrate": {
      "method": "POST",
      "path": "/modules/tempchannels/tempchannels/edit/set-bitrate",
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "setTempChannelName": {
      "method": "POST",
      "path": "/modules/tempchannels/tempchannels/edit/set-name",
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "setTempChannelRegion": {
      "method": "POST",
      "path": "/modules/tempchannels/tempchannels/edit/set-region",
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "setTempChannelSlowmode": {
      "method": "POST",
      "path": "/modules/tempchannels/tempchannels/edit/set-slowmode",
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "setTempChannelUserLimit": {
      "method": "POST",
      "path": "/modules/tempchannels/tempchannels/edit/set-user-limit",
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "transferTempChannel": {
      "method": "POST",
      "path": "/modules/tempchannels/tempchannels/edit/transfer",
      "tag": "Temp channels",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getSocialsService": {
      "method": "GET",
      "path": "/modules/socials",
      "tag": "Socials",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getSocialsLiveness": {
      "method": "GET",
      "path": "/modules/socials/livez",
      "tag": "Socials",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getSocialsReadiness": {
      "method": "GET",
      "path": "/modules/socials/readyz",
      "tag": "Socials",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getSocialsStatus": {
      "method": "GET",
      "path": "/modules/socials/status",
      "tag": "Socials",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "enableSocials": {
      "method": "POST",
      "path": "/modules/socials/enable",
      "tag": "Socials",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "disableSocials": {
      "method": "POST",
      "path": "/modules/socials/disable",
      "tag": "Socials",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getSocialsSettings": {
      "method": "GET",
      "path": "/modules/socials/settings",
      "tag": "Socials",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "updateSocialsSettings": {
      "method": "PUT",
      "path": "/modules/socials/settings",
      "tag": "Socials",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "resetSocialsSettings": {
      "method": "DELETE",
      "path": "/modules/socials/settings",
      "tag": "Socials",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "sendSocialMeme": {
      "method": "POST",
      "path": "/modules/socials/meme/send",
      "tag": "Socials",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "listSocialRedditFeeds": {
      "method": "GET",
      "path": "/modules/socials/entries/reddit",
      "tag": "Socials",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "createSocialRedditFeed": {
      "method": "POST",
      "path": "/modules/socials/entries/reddit",
      "tag": "Socials",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "deleteSocialRedditFeed": {
      "method": "DELETE",
      "path": "/modules/socials/entries/reddit",
      "tag": "Socials",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "listSocialRssFeeds": {
      "method": "GET",
      "path": "/modules/socials/entries/rss",
      "tag": "Socials",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "createSocialRssFeed": {
      "method": "POST",
      "path": "/modules/socials/entries/rss",
      "tag": "Socials",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "deleteSocialRssFeed": {
      "method": "DELETE",
      "path": "/modules/socials/entries/rss",
      "tag": "Socials",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "listSocialTwitchFeeds": {
      "method": "GET",
      "path": "/modules/socials/entries/twitch",
      "tag": "Socials",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "createSocialTwitchFeed": {
      "method": "POST",
      "path": "/modules/socials/entries/twitch",
      "tag": "Socials",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "deleteSocialTwitchFeed": {
      "method": "DELETE",
      "path": "/modules/socials/entries/twitch",
      "tag": "Socials",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "listSocialYoutubeFeeds": {
      "method": "GET",
      "path": "/modules/socials/entries/youtube",
      "tag": "Socials",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "createSocialYoutubeFeed": {
      "method": "POST",
      "path": "/modules/socials/entries/youtube",
      "tag": "Socials",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "deleteSocialYoutubeFeed": {
      "method": "DELETE",
      "path": "/modules/socials/entries/youtube",
      "tag": "Socials",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getReactionRolesService": {
      "method": "GET",
      "path": "/modules/reactionroles",
      "tag": "Reaction roles",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getReactionRolesLiveness": {
      "method": "GET",
      "path": "/modules/reactionroles/livez",
      "tag": "Reaction roles",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getReactionRolesReadiness": {
      "method": "GET",
      "path": "/modules/reactionroles/readyz",
      "tag": "Reaction roles",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getReactionRolesStatus": {
      "method": "GET",
      "path": "/modules/reactionroles/status",
      "tag": "Reaction roles",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "enableReactionRoles": {
      "method": "POST",
      "path": "/modules/reactionroles/enable",
      "tag": "Reaction roles",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "disableReactionRoles": {
      "method": "POST",
      "path": "/modules/reactionroles/disable",
      "tag": "Reaction roles",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "resetReactionRolesSettings": {
      "method": "DELETE",
      "path": "/modules/reactionroles/settings",
      "tag": "Reaction roles",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "listReactionRolePanels": {
      "method": "GET",
      "path": "/modules/reactionroles/panels",
      "tag": "Reaction roles",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "createReactionRolePanel": {
      "method": "POST",
      "path": "/modules/reactionroles/panels",
      "tag": "Reaction roles",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getReactionRolePanel": {
      "method": "GET",
      "path": "/modules/reactionroles/panels/{panel_id}",
      "tag": "Reaction roles",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "updateReactionRolePanel": {
      "method": "PUT",
      "path": "/modules/reactionroles/panels/{panel_id}",
      "tag": "Reaction roles",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "deleteReactionRolePanel": {
      "method": "DELETE",
      "path": "/modules/reactionroles/panels/{panel_id}",
      "tag": "Reaction roles",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "listReactionRoleEntries": {
      "method": "GET",
      "path": "/modules/reactionroles/panels/{panel_id}/entries",
      "tag": "Reaction roles",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "createReactionRoleEntry": {
      "method": "POST",
      "path": "/modules/reactionroles/panels/{panel_id}/entries",
      "tag": "Reaction roles",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getReactionRoleEntry": {
      "method": "GET",
      "path": "/modules/reactionroles/panels/{panel_id}/entries/{entry_id}",
      "tag": "Reaction roles",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "updateReactionRoleEntry": {
      "method": "PUT",
      "path": "/modules/reactionroles/panels/{panel_id}/entries/{entry_id}",
      "tag": "Reaction roles",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "deleteReactionRoleEntry": {
      "method": "DELETE",
      "path": "/modules/reactionroles/panels/{panel_id}/entries/{entry_id}",
      "tag": "Reaction roles",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getAutoresponderService": {
      "method": "GET",
      "path": "/modules/autoresponder",
      "tag": "Autoresponder",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getAutoresponderLiveness": {
      "method": "GET",
      "path": "/modules/autoresponder/livez",
      "tag": "Autoresponder",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getAutoresponderReadiness": {
      "method": "GET",
      "path": "/modules/autoresponder/readyz",
      "tag": "Autoresponder",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getAutoresponderStatus": {
      "method": "GET",
      "path": "/modules/autoresponder/status",
      "tag": "Autoresponder",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "enableAutoresponder": {
      "method": "POST",
      "path": "/modules/autoresponder/enable",
      "tag": "Autoresponder",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "disableAutoresponder": {
      "method": "POST",
      "path": "/modules/autoresponder/disable",
      "tag": "Autoresponder",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "resetAutoresponderSettings": {
      "method": "DELETE",
      "path": "/modules/autoresponder/settings",
      "tag": "Autoresponder",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "listAutoresponderTriggers": {
      "method": "GET",
      "path": "/modules/autoresponder/triggers",
      "tag": "Autoresponder",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "createAutoresponderTrigger": {
      "method": "POST",
      "path": "/modules/autoresponder/triggers",
      "tag": "Autoresponder",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getAutoresponderTrigger": {
      "method": "GET",
      "path": "/modules/autoresponder/triggers/{trigger_id}",
      "tag": "Autoresponder",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "updateAutoresponderTrigger": {
      "method": "PUT",
      "path": "/modules/autoresponder/triggers/{trigger_id}",
      "tag": "Autoresponder",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "deleteAutoresponderTrigger": {
      "method": "DELETE",
      "path": "/modules/autoresponder/triggers/{trigger_id}",
      "tag": "Autoresponder",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "listAutoresponderResponses": {
      "method": "GET",
      "path": "/modules/autoresponder/responses",
      "tag": "Autoresponder",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "createAutoresponderResponse": {
      "method": "POST",
      "path": "/modules/autoresponder/responses",
      "tag": "Autoresponder",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getAutoresponderResponse": {
      "method": "GET",
      "path": "/modules/autoresponder/responses/{response_id}",
      "tag": "Autoresponder",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "deleteAutoresponderResponse": {
      "method": "DELETE",
      "path": "/modules/autoresponder/responses/{response_id}",
      "tag": "Autoresponder",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getTicketsService": {
      "method": "GET",
      "path": "/modules/tickets",
      "tag": "Tickets",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getTicketsLiveness": {
      "method": "GET",
      "path": "/modules/tickets/livez",
      "tag": "Tickets",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getTicketsReadiness": {
      "method": "GET",
      "path": "/modules/tickets/readyz",
      "tag": "Tickets",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getTicketsStatus": {
      "method": "GET",
      "path": "/modules/tickets/status",
      "tag": "Tickets",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "enableTickets": {
      "method": "POST",
      "path": "/modules/tickets/enable",
      "tag": "Tickets",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "disableTickets": {
      "method": "POST",
      "path": "/modules/tickets/disable",
      "tag": "Tickets",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "resetTicketsSettings": {
      "method": "DELETE",
      "path": "/modules/tickets/settings",
      "tag": "Tickets",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "listTicketPanels": {
      "method": "GET",
      "path": "/modules/tickets/panels",
      "tag": "Tickets",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "createTicketPanel": {
      "method": "POST",
      "path": "/modules/tickets/panels",
      "tag": "Tickets",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getTicketPanel": {
      "method": "GET",
      "path": "/modules/tickets/panels/{panel_id}",
      "tag": "Tickets",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "updateTicketPanel": {
      "method": "PUT",
      "path": "/modules/tickets/panels/{panel_id}",
      "tag": "Tickets",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "deleteTicketPanel": {
      "method": "DELETE",
      "path": "/modules/tickets/panels/{panel_id}",
      "tag": "Tickets",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "listTicketTypes": {
      "method": "GET",
      "path": "/modules/tickets/panels/{panel_id}/ticket-types",
      "tag": "Tickets",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "createTicketType": {
      "method": "POST",
      "path": "/modules/tickets/panels/{panel_id}/ticket-types",
      "tag": "Tickets",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getTicketType": {
      "method": "GET",
      "path": "/modules/tickets/panels/{panel_id}/ticket-types/{ticket_type_id}",
      "tag": "Tickets",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "deleteTicketType": {
      "method": "DELETE",
      "path": "/modules/tickets/panels/{panel_id}/ticket-types/{ticket_type_id}",
      "tag": "Tickets",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "listTickets": {
      "method": "GET",
      "path": "/modules/tickets/entries",
      "tag": "Tickets",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getTicket": {
      "method": "GET",
      "path": "/modules/tickets/entries/{ticket_id}",
      "tag": "Tickets",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "deleteTicket": {
      "method": "DELETE",
      "path": "/modules/tickets/entries/{ticket_id}",
      "tag": "Tickets",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "claimTicket": {
      "method": "POST",
      "path": "/modules/tickets/entries/{ticket_id}/claim",
      "tag": "Tickets",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "closeTicket": {
      "method": "POST",
      "path": "/modules/tickets/entries/{ticket_id}/close",
      "tag": "Tickets",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "reopenTicket": {
      "method": "POST",
      "path": "/modules/tickets/entries/{ticket_id}/reopen",
      "tag": "Tickets",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "transferTicket": {
      "method": "POST",
      "path": "/modules/tickets/entries/{ticket_id}/transfer",
      "tag": "Tickets",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "transcribeTicket": {
      "method": "POST",
      "path": "/modules/tickets/entries/{ticket_id}/transcribe",
      "tag": "Tickets",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getServerstatsService": {
      "method": "GET",
      "path": "/modules/serverstats",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getServerstatsLiveness": {
      "method": "GET",
      "path": "/modules/serverstats/livez",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getServerstatsReadiness": {
      "method": "GET",
      "path": "/modules/serverstats/readyz",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getServerstatsStatus": {
      "method": "GET",
      "path": "/modules/serverstats/status",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "enableServerstats": {
      "method": "POST",
      "path": "/modules/serverstats/enable",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "disableServerstats": {
      "method": "POST",
      "path": "/modules/serverstats/disable",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getServerstatsSettings": {
      "method": "GET",
      "path": "/modules/serverstats/settings",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "updateServerstatsSettings": {
      "method": "PUT",
      "path": "/modules/serverstats/settings",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "resetServerstatsSettings": {
      "method": "DELETE",
      "path": "/modules/serverstats/settings",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "listServerstatsCounters": {
      "method": "GET",
      "path": "/modules/serverstats/counters",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "createServerstatsCounter": {
      "method": "POST",
      "path": "/modules/serverstats/counters",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getServerstatsCounter": {
      "method": "GET",
      "path": "/modules/serverstats/counters/{counter_id}",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "deleteServerstatsCounter": {
      "method": "DELETE",
      "path": "/modules/serverstats/counters/{counter_id}",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getStatsActivityPresences": {
      "method": "GET",
      "path": "/modules/serverstats/stats/activities/presence",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getStatsActivityStatuses": {
      "method": "GET",
      "path": "/modules/serverstats/stats/activities/statuses",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getStatsCommandsUsed": {
      "method": "GET",
      "path": "/modules/serverstats/stats/commands/used",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getStatsMembersJoined": {
      "method": "GET",
      "path": "/modules/serverstats/stats/members/joined",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getStatsMembersLeft": {
      "method": "GET",
      "path": "/modules/serverstats/stats/members/left",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getStatsMembersTotal": {
      "method": "GET",
      "path": "/modules/serverstats/stats/members/total",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getStatsMessagesSent": {
      "method": "GET",
      "path": "/modules/serverstats/stats/messages/sent",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getStatsMessagesDeleted": {
      "method": "GET",
      "path": "/modules/serverstats/stats/messages/deleted",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getStatsVoiceSessions": {
      "method": "GET",
      "path": "/modules/serverstats/stats/voice",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getStatsAutoresponderResponsesDeleted": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/autoresponder/responses/deleted",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getStatsAutoresponderResponsesCreated": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/autoresponder/responses/created",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getStatsAutoresponderTriggersCreated": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/autoresponder/triggers/created",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getStatsAutoresponderTriggersDeleted": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/autoresponder/triggers/deleted",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getStatsAutoresponderTriggersHit": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/autoresponder/triggers/hit",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getStatsAutoresponderCheckTimes": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/autoresponder/check-time",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getStatsInviteTrackerInvitesCreated": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/invite-tracker/invite/created",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getStatsInviteTrackerInvitesDeleted": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/invite-tracker/invite/deleted",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getStatsGiveawaysCreated": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/giveaways/giveaway/created",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getStatsGiveawaysDeleted": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/giveaways/giveaway/deleted",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getStatsGiveawaysEntered": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/giveaways/giveaway/enters",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getStatsGiveawaysLeft": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/giveaways/giveaway/leaves",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getStatsGiveawaysRerolled": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/giveaways/giveaway/rerolled",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getStatsSocialsEntriesRemoved": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/socials/entries/removed",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getStatsSocialsEntriesAdded": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/socials/entries/added",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getStatsVerifierCheckTimes": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/verifier/check-time",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getStatsPollsCreated": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/polls/poll/created",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getStatsPollsDeleted": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/polls/poll/deleted",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getStatsPollsManuallyClosed": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/polls/poll/manually-closed",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getStatsPollsVotesAdded": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/polls/vote/added",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getStatsPollsVotesRemoved": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/polls/vote/removed",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getStatsReactionrolesCheckTimes": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/reactionroles/check-time",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getStatsReactionrolesPanelsCreated": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/reactionroles/panels/created",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getStatsReactionrolesPanelsDeleted": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/reactionroles/panels/deleted",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getStatsReactionrolesAdded": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/reactionroles/reactionroles/added",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getStatsReactionrolesRemoved": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/reactionroles/reactionroles/removed",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getStatsRemindersSendTimes": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/reminders/send-time",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getStatsRemindersCreated": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/reminders/reminder/created",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getStatsRemindersDeleted": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/reminders/reminder/deleted",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getStatsRemindersSent": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/reminders/reminder/send",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getStatsRulesCheckTimes": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/rules/check-time",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getStatsRulesAdded": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/rules/rule/added",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getStatsRulesRemoved": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/rules/rule/removed",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getStatsTagsCheckTimes": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/tags/check-time",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getStatsTagsCreated": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/tags/tag/created",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getStatsTagsDeleted": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/tags/tag/deleted",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getStatsTempchannelsCreatedCheckTimes": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/tempchannels/created-check-time",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getStatsTempchannelsDeletedCheckTimes": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/tempchannels/deleted-check-time",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getStatsTempchannelsCreationChannelsCreated": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/tempchannels/creation-channels/created",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getStatsTempchannelsCreationChannelsDeleted": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/tempchannels/creation-channels/deleted",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getStatsTempchannelsCreated": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/tempchannels/tempchannels/created",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getStatsTicketsPanelsDeleted": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/tickets/panels/deleted",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getStatsTicketsPanelsCreated": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/tickets/panels/created",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getStatsTicketsTypesAdded": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/tickets/types/added",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getStatsTicketsTypesRemoved": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/tickets/types/removed",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getStatsTicketsClosed": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/tickets/closed",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getStatsTicketsCreated": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/tickets/created",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getStatsTicketsDeleted": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/tickets/deleted",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getStatsTicketsReopened": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/tickets/reopened",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getStatsWelcomingCheckTimes": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/welcoming/check-time",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getStatsWelcomingResponsesDeleted": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/welcoming/responses/deleted",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getStatsWelcomingResponsesCreated": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/welcoming/responses/created",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getStatsWelcomingTimedrolesDeleted": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/welcoming/timedroles/deleted",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getStatsWelcomingTimedrolesCreated": {
      "method": "GET",
      "path": "/modules/serverstats/stats/modules/welcoming/timedroles/created",
      "tag": "Server stats",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getTagsService": {
      "method": "GET",
      "path": "/modules/tags",
      "tag": "Tags",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getTagsLiveness": {
      "method": "GET",
      "path": "/modules/tags/livez",
      "tag": "Tags",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getTagsReadiness": {
      "method": "GET",
      "path": "/modules/tags/readyz",
      "tag": "Tags",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getTagsStatus": {
      "method": "GET",
      "path": "/modules/tags/status",
      "tag": "Tags",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "enableTags": {
      "method": "POST",
      "path": "/modules/tags/enable",
      "tag": "Tags",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "disableTags": {
      "method": "POST",
      "path": "/modules/tags/disable",
      "tag": "Tags",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "resetTagsSettings": {
      "method": "DELETE",
      "path": "/modules/tags/settings",
      "tag": "Tags",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "listTagEntries": {
      "method": "GET",
      "path": "/modules/tags/entries",
      "tag": "Tags",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "createTagEntry": {
      "method": "POST",
      "path": "/modules/tags/entries",
      "tag": "Tags",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getTagEntry": {
      "method": "GET",
      "path": "/modules/tags/entries/{entry_id}",
      "tag": "Tags",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "updateTagEntry": {
      "method": "PUT",
      "path": "/modules/tags/entries/{entry_id}",
      "tag": "Tags",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "deleteTagEntry": {
      "method": "DELETE",
      "path": "/modules/tags/entries/{entry_id}",
      "tag": "Tags",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getVerifierService": {
      "method": "GET",
      "path": "/modules/verifier",
      "tag": "Verifier",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getVerifierLiveness": {
      "method": "GET",
      "path": "/modules/verifier/livez",
      "tag": "Verifier",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getVerifierReadiness": {
      "method": "GET",
      "path": "/modules/verifier/readyz",
      "tag": "Verifier",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getVerifierStatus": {
      "method": "GET",
      "path": "/modules/verifier/status",
      "tag": "Verifier",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "enableVerifier": {
      "method": "POST",
      "path": "/modules/verifier/enable",
      "tag": "Verifier",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "disableVerifier": {
      "method": "POST",
      "path": "/modules/verifier/disable",
      "tag": "Verifier",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getVerifierSettings": {
      "method": "GET",
      "path": "/modules/verifier/settings",
      "tag": "Verifier",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "updateVerifierSettings": {
      "method": "PUT",
      "path": "/modules/verifier/settings",
      "tag": "Verifier",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "resetVerifierSettings": {
      "method": "DELETE",
      "path": "/modules/verifier/settings",
      "tag": "Verifier",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "listVerifierEntries": {
      "method": "GET",
      "path": "/modules/verifier/entries",
      "tag": "Verifier",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getVerifierEntry": {
      "method": "GET",
      "path": "/modules/verifier/entries/{entry_id}",
      "tag": "Verifier",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getRulesService": {
      "method": "GET",
      "path": "/modules/rules",
      "tag": "Rules",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getRulesLiveness": {
      "method": "GET",
      "path": "/modules/rules/livez",
      "tag": "Rules",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getRulesReadiness": {
      "method": "GET",
      "path": "/modules/rules/readyz",
      "tag": "Rules",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getRulesStatus": {
      "method": "GET",
      "path": "/modules/rules/status",
      "tag": "Rules",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "enableRules": {
      "method": "POST",
      "path": "/modules/rules/enable",
      "tag": "Rules",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "disableRules": {
      "method": "POST",
      "path": "/modules/rules/disable",
      "tag": "Rules",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getRulesSettings": {
      "method": "GET",
      "path": "/modules/rules/settings",
      "tag": "Rules",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "updateRulesSettings": {
      "method": "PUT",
      "path": "/modules/rules/settings",
      "tag": "Rules",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "resetRulesSettings": {
      "method": "DELETE",
      "path": "/modules/rules/settings",
      "tag": "Rules",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "listRules": {
      "method": "GET",
      "path": "/modules/rules/entries",
      "tag": "Rules",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "createRule": {
      "method": "POST",
      "path": "/modules/rules/entries",
      "tag": "Rules",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getRule": {
      "method": "GET",
      "path": "/modules/rules/entries/{entry_id}",
      "tag": "Rules",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "deleteRule": {
      "method": "DELETE",
      "path": "/modules/rules/entries/{entry_id}",
      "tag": "Rules",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getInviteTrackerService": {
      "method": "GET",
      "path": "/modules/invite_tracker",
      "tag": "Invite tracker",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getInviteTrackerLiveness": {
      "method": "GET",
      "path": "/modules/invite_tracker/livez",
      "tag": "Invite tracker",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getInviteTrackerReadiness": {
      "method": "GET",
      "path": "/modules/invite_tracker/readyz",
      "tag": "Invite tracker",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getInviteTrackerStatus": {
      "method": "GET",
      "path": "/modules/invite_tracker/status",
      "tag": "Invite tracker",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "enableInviteTracker": {
      "method": "POST",
      "path": "/modules/invite_tracker/enable",
      "tag": "Invite tracker",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "disableInviteTracker": {
      "method": "POST",
      "path": "/modules/invite_tracker/disable",
      "tag": "Invite tracker",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getInviteTrackerSettings": {
      "method": "GET",
      "path": "/modules/invite_tracker/settings",
      "tag": "Invite tracker",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "updateInviteTrackerSettings": {
      "method": "PUT",
      "path": "/modules/invite_tracker/settings",
      "tag": "Invite tracker",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "resetInviteTrackerSettings": {
      "method": "DELETE",
      "path": "/modules/invite_tracker/settings",
      "tag": "Invite tracker",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "listInviteTrackerInvites": {
      "method": "GET",
      "path": "/modules/invite_tracker/invite-links",
      "tag": "Invite tracker",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "createInviteTrackerInvite": {
      "method": "POST",
      "path": "/modules/invite_tracker/invite",
      "tag": "Invite tracker",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "deleteInviteTrackerInvite": {
      "method": "DELETE",
      "path": "/modules/invite_tracker/invite",
      "tag": "Invite tracker",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "listInviteTrackerInviteUses": {
      "method": "GET",
      "path": "/modules/invite_tracker/stats/uses",
      "tag": "Invite tracker",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getPollsService": {
      "method": "GET",
      "path": "/modules/polls",
      "tag": "Polls",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getPollsLiveness": {
      "method": "GET",
      "path": "/modules/polls/livez",
      "tag": "Polls",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getPollsReadiness": {
      "method": "GET",
      "path": "/modules/polls/readyz",
      "tag": "Polls",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getPollsStatus": {
      "method": "GET",
      "path": "/modules/polls/status",
      "tag": "Polls",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "enablePolls": {
      "method": "POST",
      "path": "/modules/polls/enable",
      "tag": "Polls",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "disablePolls": {
      "method": "POST",
      "path": "/modules/polls/disable",
      "tag": "Polls",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getPollsSettings": {
      "method": "GET",
      "path": "/modules/polls/settings",
      "tag": "Polls",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "updatePollsSettings": {
      "method": "PUT",
      "path": "/modules/polls/settings",
      "tag": "Polls",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "resetPollsSettings": {
      "method": "DELETE",
      "path": "/modules/polls/settings",
      "tag": "Polls",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "listPolls": {
      "method": "GET",
      "path": "/modules/polls/entries",
      "tag": "Polls",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "createPoll": {
      "method": "POST",
      "path": "/modules/polls/entries",
      "tag": "Polls",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getPoll": {
      "method": "GET",
      "path": "/modules/polls/entries/{entry_id}",
      "tag": "Polls",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "updatePoll": {
      "method": "PUT",
      "path": "/modules/polls/entries/{entry_id}",
      "tag": "Polls",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "deletePoll": {
      "method": "DELETE",
      "path": "/modules/polls/entries/{entry_id}",
      "tag": "Polls",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "closePoll": {
      "method": "POST",
      "path": "/modules/polls/entries/{entry_id}/close",
      "tag": "Polls",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getGiveawaysService": {
      "method": "GET",
      "path": "/modules/giveaways",
      "tag": "Giveaways",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getGiveawaysLiveness": {
      "method": "GET",
      "path": "/modules/giveaways/livez",
      "tag": "Giveaways",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getGiveawaysReadiness": {
      "method": "GET",
      "path": "/modules/giveaways/readyz",
      "tag": "Giveaways",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getGiveawaysStatus": {
      "method": "GET",
      "path": "/modules/giveaways/status",
      "tag": "Giveaways",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "enableGiveaways": {
      "method": "POST",
      "path": "/modules/giveaways/enable",
      "tag": "Giveaways",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "disableGiveaways": {
      "method": "POST",
      "path": "/modules/giveaways/disable",
      "tag": "Giveaways",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getGiveawaysSettings": {
      "method": "GET",
      "path": "/modules/giveaways/settings",
      "tag": "Giveaways",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "updateGiveawaysSettings": {
      "method": "PUT",
      "path": "/modules/giveaways/settings",
      "tag": "Giveaways",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "resetGiveawaysSettings": {
      "method": "DELETE",
      "path": "/modules/giveaways/settings",
      "tag": "Giveaways",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "listGiveaways": {
      "method": "GET",
      "path": "/modules/giveaways/entries",
      "tag": "Giveaways",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "createGiveaway": {
      "method": "POST",
      "path": "/modules/giveaways/entries",
      "tag": "Giveaways",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getGiveaway": {
      "method": "GET",
      "path": "/modules/giveaways/entries/{entry_id}",
      "tag": "Giveaways",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "updateGiveaway": {
      "method": "PUT",
      "path": "/modules/giveaways/entries/{entry_id}",
      "tag": "Giveaways",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "deleteGiveaway": {
      "method": "DELETE",
      "path": "/modules/giveaways/entries/{entry_id}",
      "tag": "Giveaways",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "rerollGiveaway": {
      "method": "POST",
      "path": "/modules/giveaways/entries/{entry_id}/reroll",
      "tag": "Giveaways",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getRemindersService": {
      "method": "GET",
      "path": "/modules/reminders",
      "tag": "Reminders",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getRemindersLiveness": {
      "method": "GET",
      "path": "/modules/reminders/livez",
      "tag": "Reminders",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getRemindersReadiness": {
      "method": "GET",
      "path": "/modules/reminders/readyz",
      "tag": "Reminders",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getRemindersStatus": {
      "method": "GET",
      "path": "/modules/reminders/status",
      "tag": "Reminders",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "enableReminders": {
      "method": "POST",
      "path": "/modules/reminders/enable",
      "tag": "Reminders",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "disableReminders": {
      "method": "POST",
      "path": "/modules/reminders/disable",
      "tag": "Reminders",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "resetRemindersSettings": {
      "method": "DELETE",
      "path": "/modules/reminders/settings",
      "tag": "Reminders",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "listReminders": {
      "method": "GET",
      "path": "/modules/reminders/entries",
      "tag": "Reminders",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "createReminder": {
      "method": "POST",
      "path": "/modules/reminders/entries",
      "tag": "Reminders",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getReminder": {
      "method": "GET",
      "path": "/modules/reminders/entries/{entry_id}",
      "tag": "Reminders",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "deleteReminder": {
      "method": "DELETE",
      "path": "/modules/reminders/entries/{entry_id}",
      "tag": "Reminders",
      "deprecated": false,
      "permissions": [],
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
