import simpleRestProvider from 'ra-data-simple-rest';
import type { DataProvider } from 'react-admin';
import { createHttpClient } from './httpClient';
import type { SessionStore } from './session';

/** The API speaks ra-data-simple-rest exactly (`sort`/`range`/`filter`, `Content-Range`). */
export function createDataProvider(session: SessionStore, apiUrl = '/api'): DataProvider {
  return simpleRestProvider(apiUrl, createHttpClient(session));
}
