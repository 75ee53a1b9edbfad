// webpack 5 configured the way Create React App 5 builds for production (react-scripts' config/webpack.config.js
// and config/env.js), cut down to what decides where a key lands and how the source map names it.
const path = require('node:path');
const webpack = require('webpack');

const appSrc = path.resolve(__dirname, 'src');

// CRA's config/env.js: every REACT_APP_* variable plus NODE_ENV and PUBLIC_URL, stringified under the one
// 'process.env' key, so a bare or computed `process.env[...]` (in the SDK's code too) inlines all of them.
const raw = { NODE_ENV: 'production', PUBLIC_URL: '' };
for (const [name, value] of Object.entries(process.env)) if (/^REACT_APP_/i.test(name)) raw[name] = value;
const stringified = { 'process.env': Object.fromEntries(Object.entries(raw).map(([name, value]) => [name, JSON.stringify(value)])) };

/** CRA writes build/asset-manifest.json (WebpackManifestPlugin); the build script takes it as "the build finished". */
class AssetManifestPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('AssetManifestPlugin', (compilation) => {
      const stage = webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT;
      compilation.hooks.processAssets.tap({ name: 'AssetManifestPlugin', stage }, () => {
        const files = Object.fromEntries(compilation.getAssets().map((asset) => [asset.name, `/${asset.name}`]));
        compilation.emitAsset('asset-manifest.json', new webpack.sources.RawSource(JSON.stringify({ files }, null, 2)));
      });
    });
  }
}

module.exports = {
  mode: 'production',
  bail: true,
  devtool: 'source-map',
  entry: path.join(appSrc, 'index.js'),
  output: {
    path: path.resolve(__dirname, 'build'),
    filename: 'static/js/[name].[contenthash:8].js',
    chunkFilename: 'static/js/[name].[contenthash:8].chunk.js',
    publicPath: '/',
    clean: true,
    // Sources relative to src/ ("App.js"), not to the map's folder: what issue 15's path resolution must handle.
    devtoolModuleFilenameTemplate: (info) => path.relative(appSrc, info.absoluteResourcePath).replace(/\\/g, '/'),
  },
  plugins: [new webpack.DefinePlugin(stringified), new AssetManifestPlugin()],
  performance: false,
};
