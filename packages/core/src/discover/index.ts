export { discoverClientOutput, detectClientOutput, describePlace, nothingFoundMessage, type Discovery, type OutputPlace } from './discover.js';
export { readConfigProperties, MAX_CONFIG_BYTES, type ConfigProperty, type StaticValue } from './static-config.js';
