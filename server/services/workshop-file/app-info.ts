import packageJson from '../../../package.json';

/** Who wrote a workshop file: recorded in every export to help answer questions years later. */
export const appInfo = { name: packageJson.productName, version: packageJson.version };
