/** @type {import('next').NextConfig} */
const nextConfig = {
  // Public source maps: backend-only's Action maps each finding back to the line that caused it.
  productionBrowserSourceMaps: true,
};

export default nextConfig;
