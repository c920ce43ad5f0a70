import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { APP_CONFIG, type AppConfig } from '@assay/config';
import { AccessTokenService } from './access-token.service.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { LoginRateLimiter } from './login-rate-limiter.js';

@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      // A KeyObject, made once: given a string, jsonwebtoken first tries (and fails) to parse it as a public key on
      // every verify, which cost more than the rest of an authenticated request's token handling.
      useFactory: (config: AppConfig) => ({ secret: createSecretKey(Buffer.from(config.JWT_SECRET, 'utf8')), signOptions: { algorithm: 'HS256' } }),
    }),
  ],
  providers: [AccessTokenService, AuthService, AuthResolver, LoginRateLimiter],
  exports: [AccessTokenService, AuthService],
})
export class AuthModule {}
