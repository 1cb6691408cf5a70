import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In development the API runs separately (npm start, port 3000); Vite proxies to it.
const api = process.env.VERKOSTO_API ?? 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: { '/graphql': api, '/api': api },
  },
  // The layout worker is an ES module worker: it lazy-loads fcose only when asked for.
  worker: { format: 'es' },
  build: { outDir: 'dist', sourcemap: true, chunkSizeWarningLimit: 700 },
});
