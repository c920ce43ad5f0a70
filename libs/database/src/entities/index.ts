import { AuditEvent } from './audit-event.entity.js';
import { Invitation } from './invitation.entity.js';
import { JurisdictionRisk } from './jurisdiction-risk.entity.js';
import { Organisation } from './organisation.entity.js';
import { OutboxMessage } from './outbox-message.entity.js';
import { Product } from './product.entity.js';
import { RefreshToken } from './refresh-token.entity.js';
import { SupplierProfile } from './supplier-profile.entity.js';
import { User } from './user.entity.js';
import { WorkingGroup, WorkingGroupMember, WorkingGroupWatch } from './working-group.entity.js';

export {
  AuditEvent,
  Invitation,
  JurisdictionRisk,
  Organisation,
  OutboxMessage,
  Product,
  RefreshToken,
  SupplierProfile,
  User,
  WorkingGroup,
  WorkingGroupMember,
  WorkingGroupWatch,
};

export const ENTITIES = [
  AuditEvent,
  Invitation,
  JurisdictionRisk,
  Organisation,
  OutboxMessage,
  Product,
  RefreshToken,
  SupplierProfile,
  User,
  WorkingGroup,
  WorkingGroupMember,
  WorkingGroupWatch,
];
