// Compiles one TypeScript module with its source map, as @ngtools/webpack does for an Angular app (minus Angular).
const ts = require('typescript');

module.exports = function typescriptLoader(source) {
  const { outputText, sourceMapText } = ts.transpileModule(source, {
    fileName: this.resourcePath,
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, sourceMap: true, inlineSources: true },
  });
  const map = JSON.parse(sourceMapText);
  map.sources = [this.resourcePath];
  this.callback(null, outputText.replace(/\/\/# sourceMappingURL=.*$/m, ''), map);
};
