// Integration tests start the whole app on a fresh database.
jest.setTimeout(30_000);
