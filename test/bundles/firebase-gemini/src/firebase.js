import { initializeApp } from 'firebase/app';

// A Firebase web config: its apiKey only names the project and is public by design (security rules guard the data).
export const app = initializeApp({
  apiKey: import.meta.env.VITE_FIREBASE_API_KEY, // public: VITE_FIREBASE_API_KEY
  authDomain: 'backend-only-demo.firebaseapp.com',
  projectId: 'backend-only-demo',
  appId: '1:123456789012:web:0123456789abcdef',
});
