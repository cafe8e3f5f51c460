/** @type {import('@remix-run/dev').AppConfig} */
export default {
  appDirectory: "app",
  // Build output stays under the git-ignored build/ folder: the top level holds only sources.
  assetsBuildDirectory: "build/public/build",
  publicPath: "/build/",
  serverBuildPath: "build/index.js",
  serverModuleFormat: "esm",
  serverDependenciesToBundle: [/^franc/, /^trigram-utils/, /^n-gram/, /^collapse-white-space/],
  ignoredRouteFiles: ["**/.*", "**/*.test.*"],
  future: {
    v3_fetcherPersist: true,
    v3_relativeSplatPath: true,
    v3_throwAbortReason: true,
  },
};
