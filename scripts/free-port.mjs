// Prints a TCP port that is free on 127.0.0.1 right now (for the e2e server).
import { createServer } from 'node:net';

const s = createServer().listen(0, '127.0.0.1', () => {
  console.log(s.address().port);
  s.close();
});
