import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@assay/config';
import { Invitation, Organisation, RefreshToken, User, insertOrganisation, isUniqueViolation, recordAudit } from '@assay/database';
import {
  OrganisationKind,
  OrganisationStatus,
  UserRole,
  badInput,
  conflict,
  notFound,
  requireActor,
  requireOrganisationAdmin,
  roleAllowedFor,
  unauthenticated,
  type Actor,
} from '@assay/domain';
import { AccessTokenService } from './access-token.service.js';
import type { AcceptInvitationInput, InviteUserInput, LoginInput, SignUpProviderInput } from './dto/auth.input.js';
import { LoginRateLimiter } from './login-rate-limiter.js';
import { hashPassword, passwordMatches } from './passwords.js';
import { hashSecretToken, newSecretToken } from './secret-tokens.js';

export interface Session {
  accessToken: string;
  accessTokenExpiresIn: number;
  refreshToken: string;
  user: User & { organisation: Organisation };
}

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly accessTokens: AccessTokenService,
    private readonly rateLimiter: LoginRateLimiter,
  ) {}

  async login(input: LoginInput, ip: string): Promise<Session> {
    await this.rateLimiter.assertAllowed(input.email, ip);
    const user = await this.db
      .getRepository(User)
      .createQueryBuilder('user')
      .addSelect('user.passwordHash')
      .innerJoinAndSelect('user.organisation', 'organisation')
      .where('user.email = :email', { email: input.email })
      .getOne();
    if (!(await passwordMatches(user?.passwordHash, input.password)) || !user) {
      await this.rateLimiter.spend(input.email, ip);
      this.logger.warn({ email: input.email, ip }, 'failed sign-in');
      throw unauthenticated('Email or password is wrong');
    }
    await this.rateLimiter.succeeded(input.email);
    await this.db.getRepository(User).update(user.id, { lastLoginAt: new Date() });
    return this.db.transaction((manager) => this.startSession(manager, user as Session['user'], randomUUID()));
  }

  /** Rotates a refresh token. A token used twice is a stolen one: its whole family is revoked. */
  async refresh(refreshToken: string): Promise<Session> {
    const tokenHash = hashSecretToken(refreshToken);
    const outcome = await this.db.transaction(async (manager) => {
      const stored = await manager.findOne(RefreshToken, { where: { tokenHash }, lock: { mode: 'pessimistic_write' } });
      if (!stored) return { refused: 'unknown' as const, session: null };
      if (stored.consumedAt || stored.revokedAt) {
        await this.revokeFamily(manager, stored.familyId, stored.userId, 'auth.refresh-token-reused');
        return { refused: 'reused' as const, session: null };
      }
      if (stored.expiresAt <= new Date()) return { refused: 'expired' as const, session: null };
      await manager.update(RefreshToken, stored.id, { consumedAt: new Date() });
      const user = await manager.findOneOrFail(User, { where: { id: stored.userId }, relations: { organisation: true } });
      return { refused: null, session: await this.startSession(manager, user as Session['user'], stored.familyId) };
    });
    if (outcome.session) return outcome.session;
    if (outcome.refused === 'reused') this.logger.warn({ tokenHash: tokenHash.slice(0, 12) }, 'refresh token reused: family revoked');
    throw unauthenticated('The refresh token is invalid, expired or already used; sign in again');
  }

  /** Ends the session the refresh token belongs to (its whole rotation family). */
  async logout(refreshToken: string): Promise<boolean> {
    return this.db.transaction(async (manager) => {
      const stored = await manager.findOne(RefreshToken, { where: { tokenHash: hashSecretToken(refreshToken) } });
      if (!stored) return false;
      await this.revokeFamily(manager, stored.familyId, stored.userId, 'auth.logout');
      return true;
    });
  }

  async invite(actor: Actor | null, input: InviteUserInput): Promise<{ invitation: Invitation; token: string }> {
    const caller = requireOrganisationAdmin(actor, input.organisationId);
    return this.db.transaction(async (manager) => {
      const organisation = await manager.findOne(Organisation, { where: { id: input.organisationId } });
      if (!organisation) throw notFound('Organisation');
      return this.createInvitation(manager, caller, organisation, input.email, input.role);
    });
  }

  /**
   * Writes an invitation inside the caller's transaction. The token is returned once (no mail server is
   * needed) and logged in development.
   */
  async createInvitation(
    manager: EntityManager,
    caller: Actor,
    organisation: Organisation,
    email: string,
    role: UserRole,
  ): Promise<{ invitation: Invitation; token: string }> {
    if (!roleAllowedFor(organisation.kind, role)) {
      throw badInput([{ field: 'input.role', message: `${role} is not a role in a ${organisation.kind} organisation` }]);
    }
    if (await manager.exists(User, { where: { email } })) {
      throw conflict(`A user with the email ${email} already exists`);
    }
    const { token, hash } = newSecretToken();
    const invitation = await manager.save(
      manager.create(Invitation, {
        organisationId: organisation.id,
        email,
        role,
        tokenHash: hash,
        invitedByUserId: caller.userId,
        expiresAt: new Date(Date.now() + this.config.INVITATION_TTL_SECONDS * 1000),
      }),
    );
    await recordAudit(manager, {
      action: 'invitation.created',
      entityType: 'invitation',
      entityId: invitation.id,
      actorUserId: caller.userId,
      organisationId: organisation.id,
      data: { email, role },
    });
    if (this.config.NODE_ENV === 'development') {
      this.logger.log({ email, organisationId: organisation.id, token }, 'invitation token (shown in development only)');
    }
    return { invitation, token };
  }

  async acceptInvitation(input: AcceptInvitationInput): Promise<Session> {
    const passwordHash = await hashPassword(input.password);
    try {
      return await this.db.transaction(async (manager) => {
        const invitation = await manager.findOne(Invitation, {
          where: { tokenHash: hashSecretToken(input.token), acceptedAt: IsNull() },
          lock: { mode: 'pessimistic_write' },
        });
        if (!invitation || invitation.expiresAt <= new Date()) {
          throw badInput([{ field: 'input.token', message: 'is invalid, expired or already used' }]);
        }
        await manager.update(Invitation, invitation.id, { acceptedAt: new Date() });
        const user = await manager.save(
          manager.create(User, {
            organisationId: invitation.organisationId,
            email: invitation.email,
            displayName: input.displayName,
            role: invitation.role,
            passwordHash,
          }),
        );
        await recordAudit(manager, {
          action: 'invitation.accepted',
          entityType: 'user',
          entityId: user.id,
          actorUserId: user.id,
          organisationId: invitation.organisationId,
          data: { invitationId: invitation.id, role: invitation.role },
        });
        const withOrganisation = await manager.findOneOrFail(User, { where: { id: user.id }, relations: { organisation: true } });
        return this.startSession(manager, withOrganisation as Session['user'], randomUUID());
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict('A user with this email already exists');
      throw error;
    }
  }

  async signUpProvider(input: SignUpProviderInput, ip: string): Promise<Session> {
    // Sign-ups spend the same per-address budget as failed sign-ins: both are ways to probe or flood.
    await this.rateLimiter.assertAllowed(`signup:${input.adminEmail}`, ip);
    await this.rateLimiter.spend(`signup:${input.adminEmail}`, ip);
    const passwordHash = await hashPassword(input.password);
    try {
      return await this.db.transaction(async (manager) => {
        if (await manager.exists(User, { where: { email: input.adminEmail } })) {
          throw conflict(`A user with the email ${input.adminEmail} already exists`);
        }
        const organisation = await insertOrganisation(manager, {
          kind: OrganisationKind.PROVIDER,
          status: OrganisationStatus.PENDING_VERIFICATION,
          legalName: input.legalName,
          country: input.country,
          website: input.website,
          registrationNumber: input.registrationNumber,
        });
        const user = await manager.save(
          manager.create(User, {
            organisationId: organisation.id,
            email: input.adminEmail,
            displayName: input.adminDisplayName,
            role: UserRole.ADMIN,
            passwordHash,
          }),
        );
        await recordAudit(manager, {
          action: 'organisation.signed-up',
          entityType: 'organisation',
          entityId: organisation.id,
          actorUserId: user.id,
          organisationId: organisation.id,
          data: { kind: organisation.kind, legalName: organisation.legalName, country: organisation.country },
        });
        return this.startSession(manager, { ...user, organisation } as Session['user'], randomUUID());
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict('A user with this email already exists');
      throw error;
    }
  }

  async me(actor: Actor | null): Promise<User & { organisation: Organisation }> {
    const caller = requireActor(actor);
    const user = await this.db.getRepository(User).findOne({ where: { id: caller.userId }, relations: { organisation: true } });
    if (!user) throw unauthenticated('This account no longer exists');
    return user as User & { organisation: Organisation };
  }

  private async startSession(manager: EntityManager, user: Session['user'], familyId: string): Promise<Session> {
    const { token: refreshToken, hash } = newSecretToken();
    await manager.insert(RefreshToken, {
      userId: user.id,
      familyId,
      tokenHash: hash,
      expiresAt: new Date(Date.now() + this.config.REFRESH_TOKEN_TTL_SECONDS * 1000),
    });
    const access = this.accessTokens.sign({
      userId: user.id,
      organisationId: user.organisationId,
      organisationKind: user.organisation.kind,
      organisationStatus: user.organisation.status,
      role: user.role,
    });
    return { accessToken: access.token, accessTokenExpiresIn: access.expiresInSeconds, refreshToken, user };
  }

  private async revokeFamily(manager: EntityManager, familyId: string, userId: string, action: string): Promise<void> {
    await manager.update(RefreshToken, { familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
    await recordAudit(manager, { action, entityType: 'user', entityId: userId, actorUserId: userId, data: { familyId } });
  }
}
