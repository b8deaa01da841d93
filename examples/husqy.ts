import { createHusqyClient, unwrap } from "@api-clients/husqy";

const husqy = createHusqyClient({
  token: process.env.HUSQY_TOKEN, // a server API key or a Discord OAuth token
  baseUrl: process.env.HUSQY_BASE_URL,
});
const guild_id = "1187654321098765432"; // snowflakes as strings (or bigints): numbers lose digits above 2^53
const { data } = await unwrap(husqy.getServerSettings({ guild_id }));
console.log(data.settings.language, data.settings.module_tickets);

const tickets = husqy.module("tickets"); // its operations by name, or its paths relative to /modules/tickets
await unwrap(tickets.enableTickets({ body: { guild_id } }));
const { data: ticketPanels } = await unwrap(tickets.listTicketPanels({ guild_id }));
console.log(ticketPanels.panels.length);
