import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Relative asset paths, so the static build works from any folder or sub-path.
  base: './',
  plugins: [react()],
  test: {
    include: ['test/**/*.test.ts'],
  },
});
