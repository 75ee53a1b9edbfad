// webpack 5 with the Angular CLI webpack builder's production source-map settings
// (@angular-devkit/build-angular, webpack/configs/common: devtool off, SourceMapDevToolPlugin with
// sourceRoot 'webpack:///' and moduleFilenameTemplate '[resource-path]'), so maps name sources
// "src/app/chat.service.ts" under that root. TypeScript is compiled by ./ts-loader.cjs.
const path = require('node:path');
const webpack = require('webpack');

module.exports = {
  mode: 'production',
  devtool: false,
  entry: { main: './src/main.ts' },
  output: {
    // outputPath dist/<project>, with outputHashing "none" so main.js marks a finished build.
    path: path.resolve(__dirname, 'dist/chat-app'),
    filename: '[name].js',
    clean: true,
  },
  resolve: { extensions: ['.ts', '.mjs', '.js'] },
  module: { rules: [{ test: /\.ts$/, exclude: /node_modules/, loader: path.resolve(__dirname, 'ts-loader.cjs') }] },
  plugins: [
    // @ngx-env/builder's way of giving an Angular app NG_APP_* variables: inlined at build time.
    new webpack.DefinePlugin({ 'process.env.NG_APP_OPENAI_API_KEY': JSON.stringify(process.env.NG_APP_OPENAI_API_KEY ?? '') }),
    new webpack.SourceMapDevToolPlugin({
      filename: '[file].map',
      include: [/js$/],
      sourceRoot: 'webpack:///',
      moduleFilenameTemplate: '[resource-path]',
    }),
  ],
  performance: false,
};
