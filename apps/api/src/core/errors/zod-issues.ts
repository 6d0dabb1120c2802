/** The mapping lives in libs/contracts so that the web app's forms show the same field messages as the API. */
export { zodIssuesToFields } from '@polyphony/contracts';
