import { lazy, Suspense, type ReactNode } from 'react';
import { CustomRoutes } from 'react-admin';
import { Route } from 'react-router-dom';

// Each page is its own chunk: the sign-in screens stay light.
const ForgotPasswordPage = lazy(() => import('./ForgotPasswordPage'));
const ResetPasswordPage = lazy(() => import('./ResetPasswordPage'));
const SecondFactorPage = lazy(() => import('./SecondFactorPage'));
const EnrolmentPage = lazy(() => import('./EnrolmentPage'));
const AccountPage = lazy(() => import('./AccountPage'));

const page = (element: ReactNode) => <Suspense fallback={null}>{element}</Suspense>;

/**
 * The pages of a sign-in that is not complete (forgotten password, e-mailed links, second
 * factor) work without a session; « Mon compte » is inside the back-office.
 */
export const accountRoutes = [
  <CustomRoutes noLayout key="account-public">
    <Route path="/mot-de-passe-oublie" element={page(<ForgotPasswordPage />)} />
    <Route path="/reinitialiser-mot-de-passe" element={page(<ResetPasswordPage />)} />
    <Route path="/activer-mon-compte" element={page(<ResetPasswordPage activation />)} />
    <Route path="/double-authentification" element={page(<SecondFactorPage />)} />
    <Route path="/activer-double-authentification" element={page(<EnrolmentPage />)} />
  </CustomRoutes>,
  <CustomRoutes key="account">
    <Route path="/mon-compte" element={page(<AccountPage />)} />
  </CustomRoutes>,
];
