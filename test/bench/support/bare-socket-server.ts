// The bare server broadcasts the same load: messages of the same shape and size as the API's
// RoomMessage (so that both runs put the same bytes through the sockets and the clients' parsers),
// built in memory with no checks, storage or presence.
export const BARE_SOCKET_SERVER = `
const { Server } = require('socket.io');
const { randomUUID } = require('node:crypto');
const io = new Server(Number(process.env.PORT), { path: '/api/socket.io', serveClient: false });
process.on('SIGTERM', () => process.exit(0));
let seq = 0;
const escape = (s) => s.replace(/[&<>"']/g, (c) => '&#' + c.charCodeAt(0) + ';');
io.on('connection', (socket) => {
  const author = { id: randomUUID(), displayName: 'Bench ' + socket.id.slice(0, 4), category: 'resident', organisation: null };
  socket.on('room:join', (p, ack) => { socket.join('room:' + p.roomId); ack({ ok: true }); });
  socket.on('message:send', (p, ack) => {
    seq++;
    const message = {
      id: randomUUID(), roomId: p.roomId, seq, rev: seq, clientId: p.clientId, author, body: p.body, bodyHtml: '<p>' + escape(p.body) + '</p>',
      language: 'und', replyTo: null, reactions: { agree: 0, disagree: 0, plus_one: 0 }, myReactions: [], pinned: false, keyPoint: false,
      hidden: null, deleted: false, agendaIndex: null, editedAt: null, createdAt: new Date().toISOString(),
    };
    io.to('room:' + p.roomId).emit('message:new', message);
    ack({ ok: true, message, duplicate: false });
  });
});
`;
