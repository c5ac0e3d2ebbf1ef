export declare const generatedSecrets: () => Record<'APP_KEYS' | 'API_TOKEN_SALT' | 'ADMIN_JWT_SECRET' | 'TRANSFER_TOKEN_SALT' | 'ENCRYPTION_KEY' | 'JWT_SECRET' | 'CLINIC_PREVIEW_SECRET', string>;
