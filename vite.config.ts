import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Relative asset paths, so the static build works from any folder or sub-path.
  base: './',
  plugins: [react()],
  // npm start opens a browser where there is a desktop to open it on.
  server: {
    open:
      process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY),
  },
  test: {
    include: ['test/**/*.test.ts'],
  },
});
