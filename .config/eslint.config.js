import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";

// The layers (STYLE.md): routes → app/models/*.server.ts → db/, and everything → app/analysis/.
// Each file group below lists every import it may not make: ESLint does not merge one
// rule's options across config objects, the last match wins.
// The patterns below match a module by its one name (package.json "imports"): a path that
// climbs with ../ could spell the same module another way, so no import may climb.
const climbing = {
  regex: "(^|/)\\.\\.(/|$)",
  message: "Import a module outside this folder by its alias (#app/, #db/, #seeds/, #tests/: package.json \"imports\"), never by climbing ../.",
};
const databaseFolder = {
  regex: "^#db(/|$)",
  message: "Only app/db.server.ts and app/models/ (and the CLIs that open the database) import db/: call a model instead.",
};
const databaseDrivers = {
  regex: "^(kysely|pg|@electric-sql/pglite)(/|$)",
  message: "Queries belong in app/models/: call a model instead.",
};
const outsideAnalysis = {
  regex: "^(#|node:|@remix-run/|react(-dom)?(/|$))",
  message: "app/analysis/ is the pure analyzer: it imports only itself and plain libraries, so it runs the same in a route, a CLI, a worker and a browser.",
};
const serverValues = {
  regex: "\\.server$",
  allowTypeImports: true,
  message: "A module without .server may end up in the browser bundle: it may import types from server modules, never values.",
};
const userInterface = {
  regex: "^(#app/(routes|components)/|react(-dom)?(/|$)|@remix-run/react$)",
  message: "Models sit below the pages: they never import routes, components or React.",
};
const featureServices = {
  regex: "^(?!#app/models/|\\./|#app/db\\.server$).*\\.server$",
  allowTypeImports: true,
  message: "Models sit below the features' server code, which calls them: a model imports other models, db/ and pure modules only.",
};

const restrict = (...patterns) => ({ "no-restricted-imports": ["error", { patterns: [climbing, ...patterns] }] });

export default tseslint.config(
  { ignores: ["build/**", "node_modules/**", ".cache/**", ".data/**", "tests/.tmp/**"] },
  ...tseslint.configs.recommended,
  {
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["db/schema.ts"],
    rules: { "@typescript-eslint/no-empty-object-type": "off" },
  },
  { rules: restrict() },
  { files: ["app/**"], rules: restrict(databaseFolder, databaseDrivers) },
  {
    files: ["app/**"],
    ignores: ["app/**/*.server.*", "app/routes/**", "app/models/**", "app/cli/**", "app/root.tsx", "app/entry.server.tsx"],
    rules: restrict(databaseFolder, databaseDrivers, serverValues),
  },
  { files: ["app/analysis/**"], rules: restrict(outsideAnalysis, databaseDrivers) },
  { files: ["app/models/**"], rules: restrict(userInterface, featureServices) },
  { files: ["app/db.server.ts", "app/cli/**"], rules: restrict() },
);
