/**
 * "Someone changed the registry" (issue 16 item 2: lists refresh when someone else changes something). On the
 * office's PostgreSQL server every change of an order is announced with `pg_notify('registry_change', <order id>)`
 * in the transaction of the change (delivered to every listening client when it commits; PostgreSQL docs, NOTIFY),
 * and each app listens on one connection of its own (`LISTEN registry_change`), kept apart from the pool. The SQLite
 * file is held by one app at a time (exclusive lock, `db/database.ts`), so the only changes are this app's own:
 * they are announced in-process after each committed write, behind the same {@link ChangeFeed}.
 *
 * A listening connection lost with the server is opened again on the next {@link ChangeFeed.check} (the window
 * asks for the registry's state every few seconds); since announcements made meanwhile were missed, a reconnect is
 * itself announced as a change of anything (`null`).
 */
import type pg from 'pg';

/** A change: the order (or draft) id, or null when anything may have changed. */
export type ChangeListener = (orderId: number | null) => void;

/** The channel the server announces changes on. */
export const CHANGE_CHANNEL = 'registry_change';

/** Subscriptions to the registry's changes. */
export interface ChangeFeed {
  /** Calls `fn` on every change announced from now on; returns the unsubscribe. */
  subscribe(fn: ChangeListener): () => void;
  /** Announces a change to the subscribers of this process (SQLite: after a committed write). */
  emit(orderId: number | null): void;
  /** Makes sure the feed listens (reconnects a lost listening connection). Out: false when it cannot. Never throws. */
  check(): Promise<boolean>;
  close(): Promise<void>;
}

/** The in-process feed (SQLite): subscribers are told of this app's own committed writes. */
export function localChangeFeed(): ChangeFeed {
  const listeners = new Set<ChangeListener>();
  return {
    subscribe(fn) {
      listeners.add(fn);
      return () => void listeners.delete(fn);
    },
    emit(orderId) {
      for (const fn of [...listeners]) fn(orderId);
    },
    check: async () => true,
    close: async () => listeners.clear(),
  };
}

/**
 * The server's feed: a `pg.Client` with the pool's connection settings, `LISTEN`ing once the first subscriber
 * comes (and again after a lost connection, on {@link ChangeFeed.check}).
 */
export function pgChangeFeed(config: pg.ClientConfig): ChangeFeed {
  const local = localChangeFeed();
  let client: pg.Client | null = null;
  let connecting: Promise<boolean> | null = null;
  let everConnected = false;
  let closed = false;
  let subscribers = 0;
  const connect = (): Promise<boolean> => {
    if (client) return Promise.resolve(true);
    connecting ??= (async () => {
      const { default: driver } = await import('pg');
      const c = new driver.Client(config);
      const lost = () => {
        if (client === c) client = null;
        void c.end().catch(() => undefined);
      };
      c.on('error', lost);
      c.on('end', lost);
      c.on('notification', (m) => {
        if (m.channel !== CHANGE_CHANNEL) return;
        const id = Number(m.payload);
        local.emit(Number.isInteger(id) && id > 0 ? id : null);
      });
      try {
        await c.connect();
        await c.query(`LISTEN ${CHANGE_CHANNEL}`);
      } catch {
        void c.end().catch(() => undefined);
        return false;
      }
      if (closed) {
        await c.end().catch(() => undefined);
        return false;
      }
      client = c;
      // announcements made while not listening were missed: anything may have changed
      if (everConnected) local.emit(null);
      everConnected = true;
      return true;
    })().finally(() => {
      connecting = null;
    });
    return connecting;
  };
  return {
    subscribe(fn) {
      subscribers++;
      const off = local.subscribe(fn);
      void connect();
      return () => {
        subscribers--;
        off();
      };
    },
    emit: local.emit,
    check: () => (closed || subscribers === 0 ? Promise.resolve(!closed) : connect()),
    async close() {
      closed = true;
      await local.close();
      const c = client;
      client = null;
      if (c) await c.end().catch(() => undefined);
    },
  };
}
