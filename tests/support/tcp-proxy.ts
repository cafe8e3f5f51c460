import { createServer, connect, type Socket } from "node:net";

export interface TcpProxy {
  port: number;
  /** From now on nothing gets through, either way, and nothing is closed: a silent network. */
  blackhole(): void;
  /** Forwards again (new connections; those opened while silent stay dead). */
  restore(): void;
  close(): Promise<void>;
}

/** A TCP relay to `target`, which a test can turn into a black hole to play a silent database. */
export function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  let silent = false;
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(target.port, target.host);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on("close", () => sockets.delete(socket));
      socket.on("error", () => socket.destroy());
    }
    const relay = (from: Socket, to: Socket) => from.on("data", (chunk) => (silent ? undefined : to.write(chunk)));
    relay(client, upstream);
    relay(upstream, client);
    client.on("close", () => upstream.destroy());
    upstream.on("close", () => client.destroy());
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      resolve({
        port: typeof address === "object" && address ? address.port : 0,
        blackhole: () => {
          silent = true;
        },
        restore: () => {
          silent = false;
        },
        close: () =>
          new Promise((done) => {
            for (const socket of sockets) socket.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}
