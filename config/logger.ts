import { formats, winston } from '@strapi/logger';

// Production logs are one JSON object per line (a log shipper parses them; request
// lines carry requestId, method, path, status and ms); elsewhere Strapi's pretty lines.
const production = process.env.NODE_ENV === 'production';

export default {
  level: process.env.LOG_LEVEL || 'http',
  format: production
    ? winston.format.combine(formats.excludeColors, winston.format.timestamp(), winston.format.errors({ stack: true }), winston.format.json())
    : formats.prettyPrint(),
  transports: [new winston.transports.Console()],
};
