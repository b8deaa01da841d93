// Which Husqy operations are the bot's own and not for API users: the rule
// our spec's root description states ("Left out: operations only the bot
// itself calls", specs/husqy/openapi.yaml), as a test of method and our path.
// The docs told users not to call the bot's event hooks; operations of the
// same shape are treated alike:
// - the /privacy/get-user-entries and /privacy/delete-user-entries pair of every service;
// - event and check hooks (`/events/…`, `/event/…`, `/check`, `/check/…`,
//   `/check-delete`, `/check-manual-delete`, `/counters/update`, polls
//   `/entry/vote` and `/entry/delete-poll-on-message-delete`, tickets `/entry/messages`);
// - the bot's message senders (socials `/entries/send/…`; tags `send`/`preview`,
//   reminders `send`/`interact`, giveaways `enter`/`leave` on `/entries/{entry_id}/…`);
// - every serverstats `/stats/…` operation other than GET (the ingest endpoints).
const HOOK =
  /\/privacy\/|\/check(\/|$)|\/check-(delete|manual-delete)$|\/events?\/|\/entries\/send\/|\/entries\/\{entry_id\}\/(send|preview|enter|leave|interact)$|\/entry\/(vote|messages|delete-poll-on-message-delete)$|\/counters\/update$/;

export function isBotOnly(method: string, path: string): boolean {
  if (HOOK.test(path)) return true;
  return path.startsWith("/modules/serverstats/stats/") && method.toUpperCase() !== "GET";
}
