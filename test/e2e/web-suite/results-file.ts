/** Where the web checks leave their report: the workspace folder, the only place a worker can write. */
export const WEB_RESULTS = '.web-results.txt';
