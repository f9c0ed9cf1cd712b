import '@testing-library/jest-dom';

// react-admin and DSFR screens render slowly in jsdom on a busy 2-core machine: a slow test
// is not a failing one.
jest.setTimeout(20_000);
