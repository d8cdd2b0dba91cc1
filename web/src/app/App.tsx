import { useMemo, useState } from 'react';
import { Provider } from 'urql';
import { RouterProvider } from '@tanstack/react-router';
import { apiKey } from './apiKey';
import { createApiClient } from './client';
import { router } from './router';
import { SignIn } from './SignIn';

export function App() {
  const [key, setKey] = useState(apiKey.get());
  const client = useMemo(() => (key ? createApiClient(key) : null), [key]);
  if (!client) {
    return (
      <SignIn
        onSignedIn={(value) => {
          apiKey.set(value);
          setKey(value);
        }}
      />
    );
  }
  return (
    <Provider value={client}>
      <RouterProvider router={router} />
    </Provider>
  );
}
