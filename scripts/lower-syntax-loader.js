/**
 * A webpack loader that lowers a package's JavaScript to the bundles' level (ES2020) with esbuild: some of the pane's
 * dependencies ship newer syntax (tabster, under Fluent UI: `??=` and class static blocks, ES2021/ES2022), which
 * webpack copies as it is. Only the syntax is lowered; imports and exports stay for webpack.
 */
const { transform } = require("esbuild");

module.exports = function lowerSyntax(source) {
  const callback = this.async();
  const { target = "es2020" } = this.getOptions();
  transform(source, { loader: "js", target, sourcefile: this.resourcePath, legalComments: "inline" }).then(
    (result) => callback(null, result.code),
    (error) => callback(error),
  );
};
