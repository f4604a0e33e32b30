// webpack for the WPS 表格 add-in (npm run build:wps, scripts/build-wps.ts): the same pane as Excel's
// (WPS detected at start), the entry page with the ribbon callbacks and the DUBAN.* functions, and
// WPS's functions.json from functions.ts's JSDoc — the same source as Excel's functions.json.
/* eslint-disable @typescript-eslint/no-require-imports */
'use strict';
const path = require('path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { generateCustomFunctionsMetadata } = require('custom-functions-metadata');
const excelConfig = require('./webpack.config.js');

const FUNCTIONS_SOURCE = './src/functions/functions.ts';
/** WPS's rule for a function's name (wpsjs functionsScanner, ../shared/wps.md §1.4). */
const WPS_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

/** A parameter's or result's type as WPS takes it: string, number, bool, any, or a 2-D array of one. */
function wpsType(item) {
  const scalar = item.type === 'boolean' ? 'bool' : ['string', 'number', 'any'].includes(item.type) ? item.type : 'any';
  return item.dimensionality === 'matrix' ? `${scalar}[][]` : scalar;
}

/** Excel's generated metadata (custom-functions-metadata) → WPS's functions.json entries. */
function wpsFunctions(excelMetadata) {
  return excelMetadata.functions.map((f) => {
    if (!WPS_NAME.test(f.id)) throw new Error(`函数名 ${f.id} 不符合 WPS 的命名规则`);
    return {
      name: f.id,
      description: f.description || '',
      parameters: (f.parameters || []).map((p) => ({ name: p.name, description: `${p.optional ? '（可选）' : ''}${p.description || ''}`, type: wpsType(p) })),
      result: { type: wpsType(f.result || {}) },
    };
  });
}

/** The add-in's manifest.xml for WPS (a <JsPlugin>, not Office's manifest), naming functions.json. */
function jsPluginManifest(namespace) {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<JsPlugin>',
    '  <Functions>',
    '    <Uri>/functions.json</Uri>',
    `    <Namespace>${namespace}</Namespace>`,
    '  </Functions>',
    '</JsPlugin>',
    '',
  ].join('\n');
}

/**
 * Generates the metadata before each compilation (failing the build on any error it reports), puts
 * it into the entry page's bundle (DUBAN_WPS_FUNCTIONS) and writes functions.json and manifest.xml.
 */
class WpsFunctionsPlugin {
  constructor() {
    this.functions = null;
    this.errors = [];
  }

  define() {
    return webpack.DefinePlugin.runtimeValue(() => JSON.stringify(this.functions ?? []), true);
  }

  apply(compiler) {
    const name = 'WpsFunctionsPlugin';
    compiler.hooks.beforeCompile.tapPromise(name, async () => {
      const result = await generateCustomFunctionsMetadata([path.resolve(FUNCTIONS_SOURCE)], false);
      this.errors = result.errors;
      this.functions = result.errors.length ? [] : wpsFunctions(JSON.parse(result.metadataJson));
    });
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      for (const error of this.errors) compilation.errors.push(new webpack.WebpackError(`${FUNCTIONS_SOURCE}: ${error}`));
      compilation.hooks.processAssets.tap({ name, stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONS }, () => {
        compilation.emitAsset('functions.json', new webpack.sources.RawSource(JSON.stringify({ functions: this.functions ?? [] }, null, 2)));
        compilation.emitAsset('manifest.xml', new webpack.sources.RawSource(jsPluginManifest('DUBAN')));
      });
    });
  }
}

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode !== 'development';
  const excel = excelConfig({}, { mode: 'development' }); // its loaders and resolution, nothing else
  const functions = new WpsFunctionsPlugin();
  return {
    mode: production ? 'production' : 'development',
    devtool: false,
    entry: {
      taskpane: './src/taskpane/index.tsx',
      main: './src/wps/main.ts',
    },
    output: {
      path: path.resolve(env.out || path.join(__dirname, 'dist-wps', 'addin')),
      filename: '[name].js',
      // chunks (the pane's parts that load when first used) beside the pages, found relative to the page: WPS's
      // entry page evaluates main.js where no script URL can be read ('auto' would throw)
      chunkFilename: 'chunks/[name].[contenthash:8].js',
      publicPath: '',
      clean: true,
    },
    resolve: excel.resolve,
    module: excel.module,
    optimization: excelConfig.OPTIMIZATION,
    plugins: [
      functions,
      new webpack.DefinePlugin({ DUBAN_WPS_FUNCTIONS: functions.define() }),
      new HtmlWebpackPlugin({ filename: 'index.html', template: './src/wps/index.html', chunks: ['main'] }),
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/wps/taskpane.html', chunks: ['taskpane'] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'src/wps/ribbon.xml', to: 'ribbon.xml' },
          { from: 'assets/icon-*.png', to: 'assets/[name][ext]' },
          { from: 'src/help/help.html', to: 'help.html' },
        ],
      }),
    ],
    performance: { hints: false },
  };
};

module.exports.wpsFunctions = wpsFunctions;
module.exports.wpsType = wpsType;
