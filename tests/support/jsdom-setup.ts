import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// react-admin and DSFR screens render slowly in jsdom on a busy 2-core machine: a slow test
// is not a failing one.
jest.setTimeout(20_000);
// findBy*/waitFor wait 1 s by default: too short for a lazily loaded screen (charts) on a busy machine.
configure({ asyncUtilTimeout: 5_000 });
