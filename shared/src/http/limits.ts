/**
 * The largest JSON request body the API takes: far above any form (a notice's HTML, a roster
 * batch of 10 rows) and far below API Gateway's 10 MB. Larger bodies answer 413 `body.too_large`,
 * in the Lambda middleware (AWS and the local gateway alike) and in the local gateway before it
 * buffers them. File bytes never come this way: they go to S3 directly.
 */
export const MAX_BODY_BYTES = 1024 * 1024;
