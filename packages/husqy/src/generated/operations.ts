// Generated from specs/husqy/openapi.yaml by @api-clients/codegen. Do not edit: run `pnpm generate`.

import type { OperationMethod } from "@api-clients/middleware";
import type { operations } from "./schema.js";

/** Every operation of the API as a method named by its operationId: `client.getSystem({ systemRef: "@me" })`. */
export interface NamedOperations {
  /** General service home (`GET /`) */
  getGeneralService: OperationMethod<operations["getGeneralService"]>;
  /** General service liveness (`GET /livez`) */
  getGeneralLiveness: OperationMethod<operations["getGeneralLiveness"]>;
  /** General service readiness (`GET /readyz`) */
  getGeneralReadiness: OperationMethod<operations["getGeneralReadiness"]>;
  /** Get the server's general settings (`GET /settings`) */
  getServerSettings: OperationMethod<operations["getServerSettings"]>;
  /** Update the server's general settings (`PUT /settings`) */
  updateServerSettings: OperationMethod<operations["updateServerSettings"]>;
  /** Check an access token or API key (`POST /auth/authorize`) */
  authorizeUser: OperationMethod<operations["authorizeUser"]>;
  /** Check access to a server (`POST /auth/validate-user-permissions`) */
  validateUserPermissions: OperationMethod<operations["validateUserPermissions"]>;
  /** List the server's API keys (`GET /auth/api-key`) */
  listApiKeys: OperationMethod<operations["listApiKeys"]>;
  /** Create an API key (`POST /auth/api-key`) */
  createApiKey: OperationMethod<operations["createApiKey"]>;
  /** Delete an API key (`DELETE /auth/api-key`) */
  deleteApiKey: OperationMethod<operations["deleteApiKey"]>;
  /** List the languages Husqy speaks (`GET /helpers/get-supported-languages`) */
  listSupportedLanguages: OperationMethod<operations["listSupportedLanguages"]>;
  /** List the time zones Husqy knows (`GET /helpers/get-supported-timezones`) */
  listSupportedTimezones: OperationMethod<operations["listSupportedTimezones"]>;
  /** List the unit systems Husqy knows (`GET /helpers/get-supported-unit-systems`) */
  listSupportedUnitSystems: OperationMethod<operations["listSupportedUnitSystems"]>;
  /** List the caller's servers (`GET /helpers/get-husqy-for-guild`) */
  listUserGuilds: OperationMethod<operations["listUserGuilds"]>;
  /** List the server's roles (`GET /helpers/get-guild-roles`) */
  listGuildRoles: OperationMethod<operations["listGuildRoles"]>;
  /** List the server's users (`GET /helpers/get-guild-users`) */
  listGuildUsers: OperationMethod<operations["listGuildUsers"]>;
  /** List the server's channels (`GET /helpers/get-guild-channels`) */
  listGuildChannels: OperationMethod<operations["listGuildChannels"]>;
  /** List the server's custom emojis (`GET /helpers/get-guild-emojis`) */
  listGuildEmojis: OperationMethod<operations["listGuildEmojis"]>;
  /** Fill in Husqy variables in a text (`GET /helpers/get-variable-replaced-content`) */
  replaceContentVariables: OperationMethod<operations["replaceContentVariables"]>;
  /** Logging service home (`GET /modules/logging`) */
  getLoggingService: OperationMethod<operations["getLoggingService"]>;
  /** Logging service liveness (`GET /modules/logging/livez`) */
  getLoggingLiveness: OperationMethod<operations["getLoggingLiveness"]>;
  /** Logging service readiness (`GET /modules/logging/readyz`) */
  getLoggingReadiness: OperationMethod<operations["getLoggingReadiness"]>;
  /** Whether logging is enabled (`GET /modules/logging/status`) */
  getLoggingStatus: OperationMethod<operations["getLoggingStatus"]>;
  /** Enable logging (`POST /modules/logging/enable`) */
  enableLogging: OperationMethod<operations["enableLogging"]>;
  /** Disable logging (`POST /modules/logging/disable`) */
  disableLogging: OperationMethod<operations["disableLogging"]>;
  /** Get logging settings (`GET /modules/logging/settings`) */
  getLoggingSettings: OperationMethod<operations["getLoggingSettings"]>;
  /** Update logging settings (`PUT /modules/logging/settings`) */
  updateLoggingSettings: OperationMethod<operations["updateLoggingSettings"]>;
  /** Reset logging settings (`DELETE /modules/logging/settings`) */
  resetLoggingSettings: OperationMethod<operations["resetLoggingSettings"]>;
  /** Welcoming service home (`GET /modules/welcoming`) */
  getWelcomingService: OperationMethod<operations["getWelcomingService"]>;
  /** Welcoming service liveness (`GET /modules/welcoming/livez`) */
  getWelcomingLiveness: OperationMethod<operations["getWelcomingLiveness"]>;
  /** Welcoming service readiness (`GET /modules/welcoming/readyz`) */
  getWelcomingReadiness: OperationMethod<operations["getWelcomingReadiness"]>;
  /** Whether welcoming is enabled (`GET /modules/welcoming/status`) */
  getWelcomingStatus: OperationMethod<operations["getWelcomingStatus"]>;
  /** Enable welcoming (`POST /modules/welcoming/enable`) */
  enableWelcoming: OperationMethod<operations["enableWelcoming"]>;
  /** Disable welcoming (`POST /modules/welcoming/disable`) */
  disableWelcoming: OperationMethod<operations["disableWelcoming"]>;
  /** Get welcoming settings (`GET /modules/welcoming/settings`) */
  getWelcomingSettings: OperationMethod<operations["getWelcomingSettings"]>;
  /** Update welcoming settings (`PUT /modules/welcoming/settings`) */
  updateWelcomingSettings: OperationMethod<operations["updateWelcomingSettings"]>;
  /** Reset welcoming settings (`DELETE /modules/welcoming/settings`) */
  resetWelcomingSettings: OperationMethod<operations["resetWelcomingSettings"]>;
  /** List welcoming responses (`GET /modules/welcoming/responses`) */
  listWelcomingResponses: OperationMethod<operations["listWelcomingResponses"]>;
  /** Create a welcoming response (`POST /modules/welcoming/responses`) */
  createWelcomingResponse: OperationMethod<operations["createWelcomingResponse"]>;
  /** Get a welcoming response (`GET /modules/welcoming/responses/{response_id}`) */
  getWelcomingResponse: OperationMethod<operations["getWelcomingResponse"]>;
  /** Delete a welcoming response (`DELETE /modules/welcoming/responses/{response_id}`) */
  deleteWelcomingResponse: OperationMethod<operations["deleteWelcomingResponse"]>;
  /** List timed roles (`GET /modules/welcoming/timedroles`) */
  listWelcomingTimedRoles: OperationMethod<operations["listWelcomingTimedRoles"]>;
  /** Create a timed role (`POST /modules/welcoming/timedroles`) */
  createWelcomingTimedRole: OperationMethod<operations["createWelcomingTimedRole"]>;
  /** Get a timed role (`GET /modules/welcoming/timedroles/{timedrole_id}`) */
  getWelcomingTimedRole: OperationMethod<operations["getWelcomingTimedRole"]>;
  /** Delete a timed role (`DELETE /modules/welcoming/timedroles/{timedrole_id}`) */
  deleteWelcomingTimedRole: OperationMethod<operations["deleteWelcomingTimedRole"]>;
  /** Temp channels service home (`GET /modules/tempchannels`) */
  getTempChannelsService: OperationMethod<operations["getTempChannelsService"]>;
  /** Temp channels service liveness (`GET /modules/tempchannels/livez`) */
  getTempChannelsLiveness: OperationMethod<operations["getTempChannelsLiveness"]>;
  /** Temp channels service readiness (`GET /modules/tempchannels/readyz`) */
  getTempChannelsReadiness: OperationMethod<operations["getTempChannelsReadiness"]>;
  /** Whether temp channels are enabled (`GET /modules/tempchannels/status`) */
  getTempChannelsStatus: OperationMethod<operations["getTempChannelsStatus"]>;
  /** Enable temp channels (`POST /modules/tempchannels/enable`) */
  enableTempChannels: OperationMethod<operations["enableTempChannels"]>;
  /** Disable temp channels (`POST /modules/tempchannels/disable`) */
  disableTempChannels: OperationMethod<operations["disableTempChannels"]>;
  /** Reset temp channels configuration (`DELETE /modules/tempchannels/settings`) */
  resetTempChannelsSettings: OperationMethod<operations["resetTempChannelsSettings"]>;
  /** List creation channels (`GET /modules/tempchannels/creation-channels`) */
  listTempChannelCreationChannels: OperationMethod<operations["listTempChannelCreationChannels"]>;
  /** Create a creation channel (`POST /modules/tempchannels/creation-channels`) */
  createTempChannelCreationChannel: OperationMethod<operations["createTempChannelCreationChannel"]>;
  /** Get a creation channel (`GET /modules/tempchannels/creation-channels/{creation_channel_id}`) */
  getTempChannelCreationChannel: OperationMethod<operations["getTempChannelCreationChannel"]>;
  /** Update a creation channel (`PUT /modules/tempchannels/creation-channels/{creation_channel_id}`) */
  updateTempChannelCreationChannel: OperationMethod<operations["updateTempChannelCreationChannel"]>;
  /** Delete a creation channel (`DELETE /modules/tempchannels/creation-channels/{creation_channel_id}`) */
  deleteTempChannelCreationChannel: OperationMethod<operations["deleteTempChannelCreationChannel"]>;
  /** List temp channels (`GET /modules/tempchannels/tempchannels`) */
  listTempChannels: OperationMethod<operations["listTempChannels"]>;
  /** Get a temp channel (`GET /modules/tempchannels/tempchannels/{tempchannel_id}`) */
  getTempChannel: OperationMethod<operations["getTempChannel"]>;
  /** Block a member or role from a temp channel (`POST /modules/tempchannels/tempchannels/edit/add-block-rule`) */
  addTempChannelBlockRule: OperationMethod<operations["addTempChannelBlockRule"]>;
  /** Trust a member or role in a temp channel (`POST /modules/tempchannels/tempchannels/edit/add-trust-rule`) */
  addTempChannelTrustRule: OperationMethod<operations["addTempChannelTrustRule"]>;
  /** Remove a block rule from a temp channel (`POST /modules/tempchannels/tempchannels/edit/remove-block-rule`) */
  removeTempChannelBlockRule: OperationMethod<operations["removeTempChannelBlockRule"]>;
  /** Remove a trust rule from a temp channel (`POST /modules/tempchannels/tempchannels/edit/remove-trust-rule`) */
  removeTempChannelTrustRule: OperationMethod<operations["removeTempChannelTrustRule"]>;
  /** Claim a temp channel that has no owner (`POST /modules/tempchannels/tempchannels/edit/claim`) */
  claimTempChannel: OperationMethod<operations["claimTempChannel"]>;
  /** Delete a temp channel (`POST /modules/tempchannels/tempchannels/edit/delete`) */
  deleteTempChannel: OperationMethod<operations["deleteTempChannel"]>;
  /** Mark a temp channel age-restricted or not (`POST /modules/tempchannels/tempchannels/edit/set-age-restriction`) */
  setTempChannelAgeRestriction: OperationMethod<operations["setTempChannelAgeRestriction"]>;
  /** Set a temp channel's bitrate (`POST /modules/tempchannels/tempchannels/edit/set-bitrate`) */
  setTempChannelBitrate: OperationMethod<operations["setTempChannelBitrate"]>;
  /** Rename a temp channel (`POST /modules/tempchannels/tempchannels/edit/set-name`) */
  setTempChannelName: OperationMethod<operations["setTempChannelName"]>;
  /** Set a temp channel's voice region (`POST /modules/tempchannels/tempchannels/edit/set-region`) */
  setTempChannelRegion: OperationMethod<operations["setTempChannelRegion"]>;
  /** Set a temp channel's slowmode (`POST /modules/tempchannels/tempchannels/edit/set-slowmode`) */
  setTempChannelSlowmode: OperationMethod<operations["setTempChannelSlowmode"]>;
  /** Set a temp channel's user limit (`POST /modules/tempchannels/tempchannels/edit/set-user-limit`) */
  setTempChannelUserLimit: OperationMethod<operations["setTempChannelUserLimit"]>;
  /** Hand a temp channel to a new owner (`POST /modules/tempchannels/tempchannels/edit/transfer`) */
  transferTempChannel: OperationMethod<operations["transferTempChannel"]>;
  /** Socials service home (`GET /modules/socials`) */
  getSocialsService: OperationMethod<operations["getSocialsService"]>;
  /** Socials service liveness (`GET /modules/socials/livez`) */
  getSocialsLiveness: OperationMethod<operations["getSocialsLiveness"]>;
  /** Socials service readiness (`GET /modules/socials/readyz`) */
  getSocialsReadiness: OperationMethod<operations["getSocialsReadiness"]>;
  /** Whether socials is enabled (`GET /modules/socials/status`) */
  getSocialsStatus: OperationMethod<operations["getSocialsStatus"]>;
  /** Enable socials (`POST /modules/socials/enable`) */
  enableSocials: OperationMethod<operations["enableSocials"]>;
  /** Disable socials (`POST /modules/socials/disable`) */
  disableSocials: OperationMethod<operations["disableSocials"]>;
  /** Get socials settings (`GET /modules/socials/settings`) */
  getSocialsSettings: OperationMethod<operations["getSocialsSettings"]>;
  /** Update socials settings (`PUT /modules/socials/settings`) */
  updateSocialsSettings: OperationMethod<operations["updateSocialsSettings"]>;
  /** Reset socials settings (`DELETE /modules/socials/settings`) */
  resetSocialsSettings: OperationMethod<operations["resetSocialsSettings"]>;
  /** Post a meme to a channel (`POST /modules/socials/meme/send`) */
  sendSocialMeme: OperationMethod<operations["sendSocialMeme"]>;
  /** List watched subreddits (`GET /modules/socials/entries/reddit`) */
  listSocialRedditFeeds: OperationMethod<operations["listSocialRedditFeeds"]>;
  /** Watch a subreddit (`POST /modules/socials/entries/reddit`) */
  createSocialRedditFeed: OperationMethod<operations["createSocialRedditFeed"]>;
  /** Stop watching a subreddit (`DELETE /modules/socials/entries/reddit`) */
  deleteSocialRedditFeed: OperationMethod<operations["deleteSocialRedditFeed"]>;
  /** List watched RSS feeds (`GET /modules/socials/entries/rss`) */
  listSocialRssFeeds: OperationMethod<operations["listSocialRssFeeds"]>;
  /** Watch an RSS feed (`POST /modules/socials/entries/rss`) */
  createSocialRssFeed: OperationMethod<operations["createSocialRssFeed"]>;
  /** Stop watching an RSS feed (`DELETE /modules/socials/entries/rss`) */
  deleteSocialRssFeed: OperationMethod<operations["deleteSocialRssFeed"]>;
  /** List watched Twitch accounts (`GET /modules/socials/entries/twitch`) */
  listSocialTwitchFeeds: OperationMethod<operations["listSocialTwitchFeeds"]>;
  /** Watch a Twitch account (`POST /modules/socials/entries/twitch`) */
  createSocialTwitchFeed: OperationMethod<operations["createSocialTwitchFeed"]>;
  /** Stop watching a Twitch account (`DELETE /modules/socials/entries/twitch`) */
  deleteSocialTwitchFeed: OperationMethod<operations["deleteSocialTwitchFeed"]>;
  /** List watched YouTube channels (`GET /modules/socials/entries/youtube`) */
  listSocialYoutubeFeeds: OperationMethod<operations["listSocialYoutubeFeeds"]>;
  /** Watch a YouTube channel (`POST /modules/socials/entries/youtube`) */
  createSocialYoutubeFeed: OperationMethod<operations["createSocialYoutubeFeed"]>;
  /** Stop watching a YouTube channel (`DELETE /modules/socials/entries/youtube`) */
  deleteSocialYoutubeFeed: OperationMethod<operations["deleteSocialYoutubeFeed"]>;
  /** Reaction roles service home (`GET /modules/reactionroles`) */
  getReactionRolesService: OperationMethod<operations["getReactionRolesService"]>;
  /** Reaction roles service liveness (`GET /modules/reactionroles/livez`) */
  getReactionRolesLiveness: OperationMethod<operations["getReactionRolesLiveness"]>;
  /** Reaction roles service readiness (`GET /modules/reactionroles/readyz`) */
  getReactionRolesReadiness: OperationMethod<operations["getReactionRolesReadiness"]>;
  /** Whether reaction roles are enabled (`GET /modules/reactionroles/status`) */
  getReactionRolesStatus: OperationMethod<operations["getReactionRolesStatus"]>;
  /** Enable reaction roles (`POST /modules/reactionroles/enable`) */
  enableReactionRoles: OperationMethod<operations["enableReactionRoles"]>;
  /** Disable reaction roles (`POST /modules/reactionroles/disable`) */
  disableReactionRoles: OperationMethod<operations["disableReactionRoles"]>;
  /** Reset reaction roles data (`DELETE /modules/reactionroles/settings`) */
  resetReactionRolesSettings: OperationMethod<operations["resetReactionRolesSettings"]>;
  /** List reaction role panels (`GET /modules/reactionroles/panels`) */
  listReactionRolePanels: OperationMethod<operations["listReactionRolePanels"]>;
  /** Create a reaction role panel (`POST /modules/reactionroles/panels`) */
  createReactionRolePanel: OperationMethod<operations["createReactionRolePanel"]>;
  /** Get a reaction role panel (`GET /modules/reactionroles/panels/{panel_id}`) */
  getReactionRolePanel: OperationMethod<operations["getReactionRolePanel"]>;
  /** Update a reaction role panel (`PUT /modules/reactionroles/panels/{panel_id}`) */
  updateReactionRolePanel: OperationMethod<operations["updateReactionRolePanel"]>;
  /** Delete a reaction role panel (`DELETE /modules/reactionroles/panels/{panel_id}`) */
  deleteReactionRolePanel: OperationMethod<operations["deleteReactionRolePanel"]>;
  /** List a panel's reaction roles (`GET /modules/reactionroles/panels/{panel_id}/entries`) */
  listReactionRoleEntries: OperationMethod<operations["listReactionRoleEntries"]>;
  /** Add a reaction role to a panel (`POST /modules/reactionroles/panels/{panel_id}/entries`) */
  createReactionRoleEntry: OperationMethod<operations["createReactionRoleEntry"]>;
  /** Get a reaction role (`GET /modules/reactionroles/panels/{panel_id}/entries/{entry_id}`) */
  getReactionRoleEntry: OperationMethod<operations["getReactionRoleEntry"]>;
  /** Update a reaction role (`PUT /modules/reactionroles/panels/{panel_id}/entries/{entry_id}`) */
  updateReactionRoleEntry: OperationMethod<operations["updateReactionRoleEntry"]>;
  /** Remove a reaction role from a panel (`DELETE /modules/reactionroles/panels/{panel_id}/entries/{entry_id}`) */
  deleteReactionRoleEntry: OperationMethod<operations["deleteReactionRoleEntry"]>;
  /** Autoresponder service home (`GET /modules/autoresponder`) */
  getAutoresponderService: OperationMethod<operations["getAutoresponderService"]>;
  /** Autoresponder service liveness (`GET /modules/autoresponder/livez`) */
  getAutoresponderLiveness: OperationMethod<operations["getAutoresponderLiveness"]>;
  /** Autoresponder service readiness (`GET /modules/autoresponder/readyz`) */
  getAutoresponderReadiness: OperationMethod<operations["getAutoresponderReadiness"]>;
  /** Whether the autoresponder is enabled (`GET /modules/autoresponder/status`) */
  getAutoresponderStatus: OperationMethod<operations["getAutoresponderStatus"]>;
  /** Enable the autoresponder (`POST /modules/autoresponder/enable`) */
  enableAutoresponder: OperationMethod<operations["enableAutoresponder"]>;
  /** Disable the autoresponder (`POST /modules/autoresponder/disable`) */
  disableAutoresponder: OperationMethod<operations["disableAutoresponder"]>;
  /** Reset the autoresponder (`DELETE /modules/autoresponder/settings`) */
  resetAutoresponderSettings: OperationMethod<operations["resetAutoresponderSettings"]>;
  /** List triggers (`GET /modules/autoresponder/triggers`) */
  listAutoresponderTriggers: OperationMethod<operations["listAutoresponderTriggers"]>;
  /** Create a trigger (`POST /modules/autoresponder/triggers`) */
  createAutoresponderTrigger: OperationMethod<operations["createAutoresponderTrigger"]>;
  /** Get a trigger (`GET /modules/autoresponder/triggers/{trigger_id}`) */
  getAutoresponderTrigger: OperationMethod<operations["getAutoresponderTrigger"]>;
  /** Update a trigger (`PUT /modules/autoresponder/triggers/{trigger_id}`) */
  updateAutoresponderTrigger: OperationMethod<operations["updateAutoresponderTrigger"]>;
  /** Delete a trigger (`DELETE /modules/autoresponder/triggers/{trigger_id}`) */
  deleteAutoresponderTrigger: OperationMethod<operations["deleteAutoresponderTrigger"]>;
  /** List responses (`GET /modules/autoresponder/responses`) */
  listAutoresponderResponses: OperationMethod<operations["listAutoresponderResponses"]>;
  /** Create a response (`POST /modules/autoresponder/responses`) */
  createAutoresponderResponse: OperationMethod<operations["createAutoresponderResponse"]>;
  /** Get a response (`GET /modules/autoresponder/responses/{response_id}`) */
  getAutoresponderResponse: OperationMethod<operations["getAutoresponderResponse"]>;
  /** Delete a response (`DELETE /modules/autoresponder/responses/{response_id}`) */
  deleteAutoresponderResponse: OperationMethod<operations["deleteAutoresponderResponse"]>;
  /** Tickets service home (`GET /modules/tickets`) */
  getTicketsService: OperationMethod<operations["getTicketsService"]>;
  /** Tickets service liveness (`GET /modules/tickets/livez`) */
  getTicketsLiveness: OperationMethod<operations["getTicketsLiveness"]>;
  /** Tickets service readiness (`GET /modules/tickets/readyz`) */
  getTicketsReadiness: OperationMethod<operations["getTicketsReadiness"]>;
  /** Whether tickets are enabled (`GET /modules/tickets/status`) */
  getTicketsStatus: OperationMethod<operations["getTicketsStatus"]>;
  /** Enable tickets (`POST /modules/tickets/enable`) */
  enableTickets: OperationMethod<operations["enableTickets"]>;
  /** Disable tickets (`POST /modules/tickets/disable`) */
  disableTickets: OperationMethod<operations["disableTickets"]>;
  /** Reset tickets data (`DELETE /modules/tickets/settings`) */
  resetTicketsSettings: OperationMethod<operations["resetTicketsSettings"]>;
  /** List ticket panels (`GET /modules/tickets/panels`) */
  listTicketPanels: OperationMethod<operations["listTicketPanels"]>;
  /** Create a ticket panel (`POST /modules/tickets/panels`) */
  createTicketPanel: OperationMethod<operations["createTicketPanel"]>;
  /** Get a ticket panel (`GET /modules/tickets/panels/{panel_id}`) */
  getTicketPanel: OperationMethod<operations["getTicketPanel"]>;
  /** Update a ticket panel (`PUT /modules/tickets/panels/{panel_id}`) */
  updateTicketPanel: OperationMethod<operations["updateTicketPanel"]>;
  /** Delete a ticket panel (`DELETE /modules/tickets/panels/{panel_id}`) */
  deleteTicketPanel: OperationMethod<operations["deleteTicketPanel"]>;
  /** List a panel's ticket types (`GET /modules/tickets/panels/{panel_id}/ticket-types`) */
  listTicketTypes: OperationMethod<operations["listTicketTypes"]>;
  /** Add a ticket type to a panel (`POST /modules/tickets/panels/{panel_id}/ticket-types`) */
  createTicketType: OperationMethod<operations["createTicketType"]>;
  /** Get a ticket type (`GET /modules/tickets/panels/{panel_id}/ticket-types/{ticket_type_id}`) */
  getTicketType: OperationMethod<operations["getTicketType"]>;
  /** Remove a ticket type from a panel (`DELETE /modules/tickets/panels/{panel_id}/ticket-types/{ticket_type_id}`) */
  deleteTicketType: OperationMethod<operations["deleteTicketType"]>;
  /** List tickets (`GET /modules/tickets/entries`) */
  listTickets: OperationMethod<operations["listTickets"]>;
  /** Get a ticket (`GET /modules/tickets/entries/{ticket_id}`) */
  getTicket: OperationMethod<operations["getTicket"]>;
  /** Delete a ticket (`DELETE /modules/tickets/entries/{ticket_id}`) */
  deleteTicket: OperationMethod<operations["deleteTicket"]>;
  /** Claim a ticket (`POST /modules/tickets/entries/{ticket_id}/claim`) */
  claimTicket: OperationMethod<operations["claimTicket"]>;
  /** Close a ticket (`POST /modules/tickets/entries/{ticket_id}/close`) */
  closeTicket: OperationMethod<operations["closeTicket"]>;
  /** Reopen a ticket (`POST /modules/tickets/entries/{ticket_id}/reopen`) */
  reopenTicket: OperationMethod<operations["reopenTicket"]>;
  /** Transfer a ticket (`POST /modules/tickets/entries/{ticket_id}/transfer`) */
  transferTicket: OperationMethod<operations["transferTicket"]>;
  /** Transcribe a ticket (`POST /modules/tickets/entries/{ticket_id}/transcribe`) */
  transcribeTicket: OperationMethod<operations["transcribeTicket"]>;
  /** Server stats service home (`GET /modules/serverstats`) */
  getServerstatsService: OperationMethod<operations["getServerstatsService"]>;
  /** Server stats service liveness (`GET /modules/serverstats/livez`) */
  getServerstatsLiveness: OperationMethod<operations["getServerstatsLiveness"]>;
  /** Server stats service readiness (`GET /modules/serverstats/readyz`) */
  getServerstatsReadiness: OperationMethod<operations["getServerstatsReadiness"]>;
  /** Whether server stats is enabled (`GET /modules/serverstats/status`) */
  getServerstatsStatus: OperationMethod<operations["getServerstatsStatus"]>;
  /** Enable server stats (`POST /modules/serverstats/enable`) */
  enableServerstats: OperationMethod<operations["enableServerstats"]>;
  /** Disable server stats (`POST /modules/serverstats/disable`) */
  disableServerstats: OperationMethod<operations["disableServerstats"]>;
  /** Get server stats settings (`GET /modules/serverstats/settings`) */
  getServerstatsSettings: OperationMethod<operations["getServerstatsSettings"]>;
  /** Update server stats settings (`PUT /modules/serverstats/settings`) */
  updateServerstatsSettings: OperationMethod<operations["updateServerstatsSettings"]>;
  /** Reset server stats settings (`DELETE /modules/serverstats/settings`) */
  resetServerstatsSettings: OperationMethod<operations["resetServerstatsSettings"]>;
  /** List counters (`GET /modules/serverstats/counters`) */
  listServerstatsCounters: OperationMethod<operations["listServerstatsCounters"]>;
  /** Create a counter (`POST /modules/serverstats/counters`) */
  createServerstatsCounter: OperationMethod<operations["createServerstatsCounter"]>;
  /** Get a counter (`GET /modules/serverstats/counters/{counter_id}`) */
  getServerstatsCounter: OperationMethod<operations["getServerstatsCounter"]>;
  /** Delete a counter (`DELETE /modules/serverstats/counters/{counter_id}`) */
  deleteServerstatsCounter: OperationMethod<operations["deleteServerstatsCounter"]>;
  /** Presence statistics (`GET /modules/serverstats/stats/activities/presence`) */
  getStatsActivityPresences: OperationMethod<operations["getStatsActivityPresences"]>;
  /** Online status statistics (`GET /modules/serverstats/stats/activities/statuses`) */
  getStatsActivityStatuses: OperationMethod<operations["getStatsActivityStatuses"]>;
  /** Command usage statistics (`GET /modules/serverstats/stats/commands/used`) */
  getStatsCommandsUsed: OperationMethod<operations["getStatsCommandsUsed"]>;
  /** Member join statistics (`GET /modules/serverstats/stats/members/joined`) */
  getStatsMembersJoined: OperationMethod<operations["getStatsMembersJoined"]>;
  /** Member leave statistics (`GET /modules/serverstats/stats/members/left`) */
  getStatsMembersLeft: OperationMethod<operations["getStatsMembersLeft"]>;
  /** Member count statistics (`GET /modules/serverstats/stats/members/total`) */
  getStatsMembersTotal: OperationMethod<operations["getStatsMembersTotal"]>;
  /** Sent message statistics (`GET /modules/serverstats/stats/messages/sent`) */
  getStatsMessagesSent: OperationMethod<operations["getStatsMessagesSent"]>;
  /** Deleted message statistics (`GET /modules/serverstats/stats/messages/deleted`) */
  getStatsMessagesDeleted: OperationMethod<operations["getStatsMessagesDeleted"]>;
  /** Voice statistics (`GET /modules/serverstats/stats/voice`) */
  getStatsVoiceSessions: OperationMethod<operations["getStatsVoiceSessions"]>;
  /** Autoresponder responses deleted (`GET /modules/serverstats/stats/modules/autoresponder/responses/deleted`) */
  getStatsAutoresponderResponsesDeleted: OperationMethod<operations["getStatsAutoresponderResponsesDeleted"]>;
  /** Autoresponder responses created (`GET /modules/serverstats/stats/modules/autoresponder/responses/created`) */
  getStatsAutoresponderResponsesCreated: OperationMethod<operations["getStatsAutoresponderResponsesCreated"]>;
  /** Autoresponder triggers created (`GET /modules/serverstats/stats/modules/autoresponder/triggers/created`) */
  getStatsAutoresponderTriggersCreated: OperationMethod<operations["getStatsAutoresponderTriggersCreated"]>;
  /** Autoresponder triggers deleted (`GET /modules/serverstats/stats/modules/autoresponder/triggers/deleted`) */
  getStatsAutoresponderTriggersDeleted: OperationMethod<operations["getStatsAutoresponderTriggersDeleted"]>;
  /** Autoresponder trigger hits (`GET /modules/serverstats/stats/modules/autoresponder/triggers/hit`) */
  getStatsAutoresponderTriggersHit: OperationMethod<operations["getStatsAutoresponderTriggersHit"]>;
  /** Autoresponder check times (`GET /modules/serverstats/stats/modules/autoresponder/check-time`) */
  getStatsAutoresponderCheckTimes: OperationMethod<operations["getStatsAutoresponderCheckTimes"]>;
  /** Invites created (`GET /modules/serverstats/stats/modules/invite-tracker/invite/created`) */
  getStatsInviteTrackerInvitesCreated: OperationMethod<operations["getStatsInviteTrackerInvitesCreated"]>;
  /** Invites deleted (`GET /modules/serverstats/stats/modules/invite-tracker/invite/deleted`) */
  getStatsInviteTrackerInvitesDeleted: OperationMethod<operations["getStatsInviteTrackerInvitesDeleted"]>;
  /** Giveaways created (`GET /modules/serverstats/stats/modules/giveaways/giveaway/created`) */
  getStatsGiveawaysCreated: OperationMethod<operations["getStatsGiveawaysCreated"]>;
  /** Giveaways deleted (`GET /modules/serverstats/stats/modules/giveaways/giveaway/deleted`) */
  getStatsGiveawaysDeleted: OperationMethod<operations["getStatsGiveawaysDeleted"]>;
  /** Giveaway entries (`GET /modules/serverstats/stats/modules/giveaways/giveaway/enters`) */
  getStatsGiveawaysEntered: OperationMethod<operations["getStatsGiveawaysEntered"]>;
  /** Giveaway withdrawals (`GET /modules/serverstats/stats/modules/giveaways/giveaway/leaves`) */
  getStatsGiveawaysLeft: OperationMethod<operations["getStatsGiveawaysLeft"]>;
  /** Giveaways rerolled (`GET /modules/serverstats/stats/modules/giveaways/giveaway/rerolled`) */
  getStatsGiveawaysRerolled: OperationMethod<operations["getStatsGiveawaysRerolled"]>;
  /** Social feeds removed (`GET /modules/serverstats/stats/modules/socials/entries/removed`) */
  getStatsSocialsEntriesRemoved: OperationMethod<operations["getStatsSocialsEntriesRemoved"]>;
  /** Social feeds added (`GET /modules/serverstats/stats/modules/socials/entries/added`) */
  getStatsSocialsEntriesAdded: OperationMethod<operations["getStatsSocialsEntriesAdded"]>;
  /** Verifier check times (`GET /modules/serverstats/stats/modules/verifier/check-time`) */
  getStatsVerifierCheckTimes: OperationMethod<operations["getStatsVerifierCheckTimes"]>;
  /** Polls created (`GET /modules/serverstats/stats/modules/polls/poll/created`) */
  getStatsPollsCreated: OperationMethod<operations["getStatsPollsCreated"]>;
  /** Polls deleted (`GET /modules/serverstats/stats/modules/polls/poll/deleted`) */
  getStatsPollsDeleted: OperationMethod<operations["getStatsPollsDeleted"]>;
  /** Polls closed by hand (`GET /modules/serverstats/stats/modules/polls/poll/manually-closed`) */
  getStatsPollsManuallyClosed: OperationMethod<operations["getStatsPollsManuallyClosed"]>;
  /** Poll votes cast (`GET /modules/serverstats/stats/modules/polls/vote/added`) */
  getStatsPollsVotesAdded: OperationMethod<operations["getStatsPollsVotesAdded"]>;
  /** Poll votes withdrawn (`GET /modules/serverstats/stats/modules/polls/vote/removed`) */
  getStatsPollsVotesRemoved: OperationMethod<operations["getStatsPollsVotesRemoved"]>;
  /** Reaction roles check times (`GET /modules/serverstats/stats/modules/reactionroles/check-time`) */
  getStatsReactionrolesCheckTimes: OperationMethod<operations["getStatsReactionrolesCheckTimes"]>;
  /** Reaction role panels created (`GET /modules/serverstats/stats/modules/reactionroles/panels/created`) */
  getStatsReactionrolesPanelsCreated: OperationMethod<operations["getStatsReactionrolesPanelsCreated"]>;
  /** Reaction role panels deleted (`GET /modules/serverstats/stats/modules/reactionroles/panels/deleted`) */
  getStatsReactionrolesPanelsDeleted: OperationMethod<operations["getStatsReactionrolesPanelsDeleted"]>;
  /** Reaction roles added (`GET /modules/serverstats/stats/modules/reactionroles/reactionroles/added`) */
  getStatsReactionrolesAdded: OperationMethod<operations["getStatsReactionrolesAdded"]>;
  /** Reaction roles removed (`GET /modules/serverstats/stats/modules/reactionroles/reactionroles/removed`) */
  getStatsReactionrolesRemoved: OperationMethod<operations["getStatsReactionrolesRemoved"]>;
  /** Reminder send times (`GET /modules/serverstats/stats/modules/reminders/send-time`) */
  getStatsRemindersSendTimes: OperationMethod<operations["getStatsRemindersSendTimes"]>;
  /** Reminders created (`GET /modules/serverstats/stats/modules/reminders/reminder/created`) */
  getStatsRemindersCreated: OperationMethod<operations["getStatsRemindersCreated"]>;
  /** Reminders deleted (`GET /modules/serverstats/stats/modules/reminders/reminder/deleted`) */
  getStatsRemindersDeleted: OperationMethod<operations["getStatsRemindersDeleted"]>;
  /** Reminders sent (`GET /modules/serverstats/stats/modules/reminders/reminder/send`) */
  getStatsRemindersSent: OperationMethod<operations["getStatsRemindersSent"]>;
  /** Rules check times (`GET /modules/serverstats/stats/modules/rules/check-time`) */
  getStatsRulesCheckTimes: OperationMethod<operations["getStatsRulesCheckTimes"]>;
  /** Rules added (`GET /modules/serverstats/stats/modules/rules/rule/added`) */
  getStatsRulesAdded: OperationMethod<operations["getStatsRulesAdded"]>;
  /** Rules removed (`GET /modules/serverstats/stats/modules/rules/rule/removed`) */
  getStatsRulesRemoved: OperationMethod<operations["getStatsRulesRemoved"]>;
  /** Tags check times (`GET /modules/serverstats/stats/modules/tags/check-time`) */
  getStatsTagsCheckTimes: OperationMethod<operations["getStatsTagsCheckTimes"]>;
  /** Tags created (`GET /modules/serverstats/stats/modules/tags/tag/created`) */
  getStatsTagsCreated: OperationMethod<operations["getStatsTagsCreated"]>;
  /** Tags deleted (`GET /modules/serverstats/stats/modules/tags/tag/deleted`) */
  getStatsTagsDeleted: OperationMethod<operations["getStatsTagsDeleted"]>;
  /** Temp channel creation check times (`GET /modules/serverstats/stats/modules/tempchannels/created-check-time`) */
  getStatsTempchannelsCreatedCheckTimes: OperationMethod<operations["getStatsTempchannelsCreatedCheckTimes"]>;
  /** Temp channel deletion check times (`GET /modules/serverstats/stats/modules/tempchannels/deleted-check-time`) */
  getStatsTempchannelsDeletedCheckTimes: OperationMethod<operations["getStatsTempchannelsDeletedCheckTimes"]>;
  /** Creation channels created (`GET /modules/serverstats/stats/modules/tempchannels/creation-channels/created`) */
  getStatsTempchannelsCreationChannelsCreated: OperationMethod<operations["getStatsTempchannelsCreationChannelsCreated"]>;
  /** Creation channels deleted (`GET /modules/serverstats/stats/modules/tempchannels/creation-channels/deleted`) */
  getStatsTempchannelsCreationChannelsDeleted: OperationMethod<operations["getStatsTempchannelsCreationChannelsDeleted"]>;
  /** Temp channels created (`GET /modules/serverstats/stats/modules/tempchannels/tempchannels/created`) */
  getStatsTempchannelsCreated: OperationMethod<operations["getStatsTempchannelsCreated"]>;
  /** Ticket panels deleted (`GET /modules/serverstats/stats/modules/tickets/panels/deleted`) */
  getStatsTicketsPanelsDeleted: OperationMethod<operations["getStatsTicketsPanelsDeleted"]>;
  /** Ticket panels created (`GET /modules/serverstats/stats/modules/tickets/panels/created`) */
  getStatsTicketsPanelsCreated: OperationMethod<operations["getStatsTicketsPanelsCreated"]>;
  /** Ticket types added (`GET /modules/serverstats/stats/modules/tickets/types/added`) */
  getStatsTicketsTypesAdded: OperationMethod<operations["getStatsTicketsTypesAdded"]>;
  /** Ticket types removed (`GET /modules/serverstats/stats/modules/tickets/types/removed`) */
  getStatsTicketsTypesRemoved: OperationMethod<operations["getStatsTicketsTypesRemoved"]>;
  /** Tickets closed (`GET /modules/serverstats/stats/modules/tickets/closed`) */
  getStatsTicketsClosed: OperationMethod<operations["getStatsTicketsClosed"]>;
  /** Tickets created (`GET /modules/serverstats/stats/modules/tickets/created`) */
  getStatsTicketsCreated: OperationMethod<operations["getStatsTicketsCreated"]>;
  /** Tickets deleted (`GET /modules/serverstats/stats/modules/tickets/deleted`) */
  getStatsTicketsDeleted: OperationMethod<operations["getStatsTicketsDeleted"]>;
  /** Tickets reopened (`GET /modules/serverstats/stats/modules/tickets/reopened`) */
  getStatsTicketsReopened: OperationMethod<operations["getStatsTicketsReopened"]>;
  /** Welcoming check times (`GET /modules/serverstats/stats/modules/welcoming/check-time`) */
  getStatsWelcomingCheckTimes: OperationMethod<operations["getStatsWelcomingCheckTimes"]>;
  /** Welcoming responses deleted (`GET /modules/serverstats/stats/modules/welcoming/responses/deleted`) */
  getStatsWelcomingResponsesDeleted: OperationMethod<operations["getStatsWelcomingResponsesDeleted"]>;
  /** Welcoming responses created (`GET /modules/serverstats/stats/modules/welcoming/responses/created`) */
  getStatsWelcomingResponsesCreated: OperationMethod<operations["getStatsWelcomingResponsesCreated"]>;
  /** Timed roles deleted (`GET /modules/serverstats/stats/modules/welcoming/timedroles/deleted`) */
  getStatsWelcomingTimedrolesDeleted: OperationMethod<operations["getStatsWelcomingTimedrolesDeleted"]>;
  /** Timed roles created (`GET /modules/serverstats/stats/modules/welcoming/timedroles/created`) */
  getStatsWelcomingTimedrolesCreated: OperationMethod<operations["getStatsWelcomingTimedrolesCreated"]>;
  /** Tags service home (`GET /modules/tags`) */
  getTagsService: OperationMethod<operations["getTagsService"]>;
  /** Tags service liveness (`GET /modules/tags/livez`) */
  getTagsLiveness: OperationMethod<operations["getTagsLiveness"]>;
  /** Tags service readiness (`GET /modules/tags/readyz`) */
  getTagsReadiness: OperationMethod<operations["getTagsReadiness"]>;
  /** Whether tags are enabled (`GET /modules/tags/status`) */
  getTagsStatus: OperationMethod<operations["getTagsStatus"]>;
  /** Enable tags (`POST /modules/tags/enable`) */
  enableTags: OperationMethod<operations["enableTags"]>;
  /** Disable tags (`POST /modules/tags/disable`) */
  disableTags: OperationMethod<operations["disableTags"]>;
  /** Reset tags (`DELETE /modules/tags/settings`) */
  resetTagsSettings: OperationMethod<operations["resetTagsSettings"]>;
  /** List tags (`GET /modules/tags/entries`) */
  listTagEntries: OperationMethod<operations["listTagEntries"]>;
  /** Create a tag (`POST /modules/tags/entries`) */
  createTagEntry: OperationMethod<operations["createTagEntry"]>;
  /** Get a tag (`GET /modules/tags/entries/{entry_id}`) */
  getTagEntry: OperationMethod<operations["getTagEntry"]>;
  /** Update a tag (`PUT /modules/tags/entries/{entry_id}`) */
  updateTagEntry: OperationMethod<operations["updateTagEntry"]>;
  /** Delete a tag (`DELETE /modules/tags/entries/{entry_id}`) */
  deleteTagEntry: OperationMethod<operations["deleteTagEntry"]>;
  /** Verifier service home (`GET /modules/verifier`) */
  getVerifierService: OperationMethod<operations["getVerifierService"]>;
  /** Verifier service liveness (`GET /modules/verifier/livez`) */
  getVerifierLiveness: OperationMethod<operations["getVerifierLiveness"]>;
  /** Verifier service readiness (`GET /modules/verifier/readyz`) */
  getVerifierReadiness: OperationMethod<operations["getVerifierReadiness"]>;
  /** Whether the verifier is enabled (`GET /modules/verifier/status`) */
  getVerifierStatus: OperationMethod<operations["getVerifierStatus"]>;
  /** Enable the verifier (`POST /modules/verifier/enable`) */
  enableVerifier: OperationMethod<operations["enableVerifier"]>;
  /** Disable the verifier (`POST /modules/verifier/disable`) */
  disableVerifier: OperationMethod<operations["disableVerifier"]>;
  /** Get verifier settings (`GET /modules/verifier/settings`) */
  getVerifierSettings: OperationMethod<operations["getVerifierSettings"]>;
  /** Update verifier settings (`PUT /modules/verifier/settings`) */
  updateVerifierSettings: OperationMethod<operations["updateVerifierSettings"]>;
  /** Reset verifier settings (`DELETE /modules/verifier/settings`) */
  resetVerifierSettings: OperationMethod<operations["resetVerifierSettings"]>;
  /** List verification entries (`GET /modules/verifier/entries`) */
  listVerifierEntries: OperationMethod<operations["listVerifierEntries"]>;
  /** Get a verification entry (`GET /modules/verifier/entries/{entry_id}`) */
  getVerifierEntry: OperationMethod<operations["getVerifierEntry"]>;
  /** Rules service home (`GET /modules/rules`) */
  getRulesService: OperationMethod<operations["getRulesService"]>;
  /** Rules service liveness (`GET /modules/rules/livez`) */
  getRulesLiveness: OperationMethod<operations["getRulesLiveness"]>;
  /** Rules service readiness (`GET /modules/rules/readyz`) */
  getRulesReadiness: OperationMethod<operations["getRulesReadiness"]>;
  /** Whether the rules module is enabled (`GET /modules/rules/status`) */
  getRulesStatus: OperationMethod<operations["getRulesStatus"]>;
  /** Enable the rules module (`POST /modules/rules/enable`) */
  enableRules: OperationMethod<operations["enableRules"]>;
  /** Disable the rules module (`POST /modules/rules/disable`) */
  disableRules: OperationMethod<operations["disableRules"]>;
  /** Get rules settings (`GET /modules/rules/settings`) */
  getRulesSettings: OperationMethod<operations["getRulesSettings"]>;
  /** Update rules settings (`PUT /modules/rules/settings`) */
  updateRulesSettings: OperationMethod<operations["updateRulesSettings"]>;
  /** Reset rules settings (`DELETE /modules/rules/settings`) */
  resetRulesSettings: OperationMethod<operations["resetRulesSettings"]>;
  /** List the server's rules (`GET /modules/rules/entries`) */
  listRules: OperationMethod<operations["listRules"]>;
  /** Add a rule (`POST /modules/rules/entries`) */
  createRule: OperationMethod<operations["createRule"]>;
  /** Get one rule (`GET /modules/rules/entries/{entry_id}`) */
  getRule: OperationMethod<operations["getRule"]>;
  /** Delete a rule (`DELETE /modules/rules/entries/{entry_id}`) */
  deleteRule: OperationMethod<operations["deleteRule"]>;
  /** Invite tracker service home (`GET /modules/invite_tracker`) */
  getInviteTrackerService: OperationMethod<operations["getInviteTrackerService"]>;
  /** Invite tracker service liveness (`GET /modules/invite_tracker/livez`) */
  getInviteTrackerLiveness: OperationMethod<operations["getInviteTrackerLiveness"]>;
  /** Invite tracker service readiness (`GET /modules/invite_tracker/readyz`) */
  getInviteTrackerReadiness: OperationMethod<operations["getInviteTrackerReadiness"]>;
  /** Whether the invite tracker is enabled (`GET /modules/invite_tracker/status`) */
  getInviteTrackerStatus: OperationMethod<operations["getInviteTrackerStatus"]>;
  /** Enable the invite tracker (`POST /modules/invite_tracker/enable`) */
  enableInviteTracker: OperationMethod<operations["enableInviteTracker"]>;
  /** Disable the invite tracker (`POST /modules/invite_tracker/disable`) */
  disableInviteTracker: OperationMethod<operations["disableInviteTracker"]>;
  /** Get invite tracker settings (`GET /modules/invite_tracker/settings`) */
  getInviteTrackerSettings: OperationMethod<operations["getInviteTrackerSettings"]>;
  /** Update invite tracker settings (`PUT /modules/invite_tracker/settings`) */
  updateInviteTrackerSettings: OperationMethod<operations["updateInviteTrackerSettings"]>;
  /** Reset invite tracker settings (`DELETE /modules/invite_tracker/settings`) */
  resetInviteTrackerSettings: OperationMethod<operations["resetInviteTrackerSettings"]>;
  /** List tracked invites (`GET /modules/invite_tracker/invite-links`) */
  listInviteTrackerInvites: OperationMethod<operations["listInviteTrackerInvites"]>;
  /** Create an invite (`POST /modules/invite_tracker/invite`) */
  createInviteTrackerInvite: OperationMethod<operations["createInviteTrackerInvite"]>;
  /** Delete an invite (`DELETE /modules/invite_tracker/invite`) */
  deleteInviteTrackerInvite: OperationMethod<operations["deleteInviteTrackerInvite"]>;
  /** List joins through one member's invites (`GET /modules/invite_tracker/stats/uses`) */
  listInviteTrackerInviteUses: OperationMethod<operations["listInviteTrackerInviteUses"]>;
  /** Polls service home (`GET /modules/polls`) */
  getPollsService: OperationMethod<operations["getPollsService"]>;
  /** Polls service liveness (`GET /modules/polls/livez`) */
  getPollsLiveness: OperationMethod<operations["getPollsLiveness"]>;
  /** Polls service readiness (`GET /modules/polls/readyz`) */
  getPollsReadiness: OperationMethod<operations["getPollsReadiness"]>;
  /** Whether polls are enabled (`GET /modules/polls/status`) */
  getPollsStatus: OperationMethod<operations["getPollsStatus"]>;
  /** Enable polls (`POST /modules/polls/enable`) */
  enablePolls: OperationMethod<operations["enablePolls"]>;
  /** Disable polls (`POST /modules/polls/disable`) */
  disablePolls: OperationMethod<operations["disablePolls"]>;
  /** Get polls settings (`GET /modules/polls/settings`) */
  getPollsSettings: OperationMethod<operations["getPollsSettings"]>;
  /** Update polls settings (`PUT /modules/polls/settings`) */
  updatePollsSettings: OperationMethod<operations["updatePollsSettings"]>;
  /** Reset polls settings (`DELETE /modules/polls/settings`) */
  resetPollsSettings: OperationMethod<operations["resetPollsSettings"]>;
  /** List the server's polls (`GET /modules/polls/entries`) */
  listPolls: OperationMethod<operations["listPolls"]>;
  /** Create a poll (`POST /modules/polls/entries`) */
  createPoll: OperationMethod<operations["createPoll"]>;
  /** Get one poll (`GET /modules/polls/entries/{entry_id}`) */
  getPoll: OperationMethod<operations["getPoll"]>;
  /** Edit a poll (`PUT /modules/polls/entries/{entry_id}`) */
  updatePoll: OperationMethod<operations["updatePoll"]>;
  /** Delete a poll (`DELETE /modules/polls/entries/{entry_id}`) */
  deletePoll: OperationMethod<operations["deletePoll"]>;
  /** Close a poll (`POST /modules/polls/entries/{entry_id}/close`) */
  closePoll: OperationMethod<operations["closePoll"]>;
  /** Giveaways service home (`GET /modules/giveaways`) */
  getGiveawaysService: OperationMethod<operations["getGiveawaysService"]>;
  /** Giveaways service liveness (`GET /modules/giveaways/livez`) */
  getGiveawaysLiveness: OperationMethod<operations["getGiveawaysLiveness"]>;
  /** Giveaways service readiness (`GET /modules/giveaways/readyz`) */
  getGiveawaysReadiness: OperationMethod<operations["getGiveawaysReadiness"]>;
  /** Whether giveaways are enabled (`GET /modules/giveaways/status`) */
  getGiveawaysStatus: OperationMethod<operations["getGiveawaysStatus"]>;
  /** Enable giveaways (`POST /modules/giveaways/enable`) */
  enableGiveaways: OperationMethod<operations["enableGiveaways"]>;
  /** Disable giveaways (`POST /modules/giveaways/disable`) */
  disableGiveaways: OperationMethod<operations["disableGiveaways"]>;
  /** Get giveaways settings (`GET /modules/giveaways/settings`) */
  getGiveawaysSettings: OperationMethod<operations["getGiveawaysSettings"]>;
  /** Update giveaways settings (`PUT /modules/giveaways/settings`) */
  updateGiveawaysSettings: OperationMethod<operations["updateGiveawaysSettings"]>;
  /** Reset giveaways settings (`DELETE /modules/giveaways/settings`) */
  resetGiveawaysSettings: OperationMethod<operations["resetGiveawaysSettings"]>;
  /** List the server's giveaways (`GET /modules/giveaways/entries`) */
  listGiveaways: OperationMethod<operations["listGiveaways"]>;
  /** Start a giveaway (`POST /modules/giveaways/entries`) */
  createGiveaway: OperationMethod<operations["createGiveaway"]>;
  /** Get one giveaway (`GET /modules/giveaways/entries/{entry_id}`) */
  getGiveaway: OperationMethod<operations["getGiveaway"]>;
  /** Edit a giveaway (`PUT /modules/giveaways/entries/{entry_id}`) */
  updateGiveaway: OperationMethod<operations["updateGiveaway"]>;
  /** Delete a giveaway (`DELETE /modules/giveaways/entries/{entry_id}`) */
  deleteGiveaway: OperationMethod<operations["deleteGiveaway"]>;
  /** Reroll a giveaway (`POST /modules/giveaways/entries/{entry_id}/reroll`) */
  rerollGiveaway: OperationMethod<operations["rerollGiveaway"]>;
  /** Reminders service home (`GET /modules/reminders`) */
  getRemindersService: OperationMethod<operations["getRemindersService"]>;
  /** Reminders service liveness (`GET /modules/reminders/livez`) */
  getRemindersLiveness: OperationMethod<operations["getRemindersLiveness"]>;
  /** Reminders service readiness (`GET /modules/reminders/readyz`) */
  getRemindersReadiness: OperationMethod<operations["getRemindersReadiness"]>;
  /** Whether reminders are enabled (`GET /modules/reminders/status`) */
  getRemindersStatus: OperationMethod<operations["getRemindersStatus"]>;
  /** Enable reminders (`POST /modules/reminders/enable`) */
  enableReminders: OperationMethod<operations["enableReminders"]>;
  /** Disable reminders (`POST /modules/reminders/disable`) */
  disableReminders: OperationMethod<operations["disableReminders"]>;
  /** Reset reminders (`DELETE /modules/reminders/settings`) */
  resetRemindersSettings: OperationMethod<operations["resetRemindersSettings"]>;
  /** List the server's reminders (`GET /modules/reminders/entries`) */
  listReminders: OperationMethod<operations["listReminders"]>;
  /** Create a reminder (`POST /modules/reminders/entries`) */
  createReminder: OperationMethod<operations["createReminder"]>;
  /** Get one reminder (`GET /modules/reminders/entries/{entry_id}`) */
  getReminder: OperationMethod<operations["getReminder"]>;
  /** Delete a reminder (`DELETE /modules/reminders/entries/{entry_id}`) */
  deleteReminder: OperationMethod<operations["deleteReminder"]>;
}
