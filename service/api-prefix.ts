/** Where the JSON API is served; operations that link to the API's own routes read it here, not from the app. */
export const apiPrefix = '/api/v1';
