// A whole-form journey takes 1-2 s in jsdom, more on a busy 2-core machine: leave it room.
jest.setTimeout(20_000);
