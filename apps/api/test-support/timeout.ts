// Integration tests start the whole app on a fresh database; 60 s leaves room for a CI machine under load.
jest.setTimeout(60_000);
