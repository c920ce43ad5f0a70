/**
 * The demo story (SPEC §9): one association; the Extractives client working group of three mining and
 * energy clients; four security-technology providers with products across the taxonomy (one still
 * awaiting verification after signing itself up); the association's jurisdiction ratings.
 * Assessments before scoring, and one certified assessment (approved, with a valid certificate).
 */
import { Capability, DeploymentContext, JurisdictionRiskLevel, MembershipStatus, OrganisationKind, OrganisationStatus, ProductCategory, UserRole } from '@assay/domain';

export const DEMO_PASSWORD = 'assay-demo-2026';

export interface DemoUser {
  email: string;
  displayName: string;
  role: UserRole;
}

export interface DemoProduct {
  name: string;
  category: ProductCategory;
  capabilities: Capability[];
  deploymentContexts: DeploymentContext[];
  deployedCountries: string[];
  description: string;
}

export interface DemoOrganisation {
  key: string;
  kind: OrganisationKind;
  status?: OrganisationStatus;
  legalName: string;
  country: string;
  website: string;
  registrationNumber: string;
  users: DemoUser[];
  supplier?: {
    description: string;
    services: string[];
    operatingCountries: string[];
    membershipStatus: MembershipStatus;
    products: DemoProduct[];
  };
}

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  {
    key: 'association',
    kind: OrganisationKind.ASSOCIATION,
    legalName: 'Security Technology Accountability Association',
    country: 'CH',
    website: 'https://association.example',
    registrationNumber: 'CHE-100.200.300',
    users: [
      { email: 'admin@association.example', displayName: 'Amina Okafor', role: UserRole.ADMIN },
      { email: 'reviewer@association.example', displayName: 'Lucía Fernández', role: UserRole.REVIEWER },
    ],
  },
  {
    key: 'client-one',
    kind: OrganisationKind.CLIENT,
    legalName: 'Aurum Ridge Mining plc',
    country: 'GB',
    website: 'https://client-one.example',
    registrationNumber: 'GB-04417789',
    users: [
      { email: 'analyst@client-one.example', displayName: 'Daniel Mensah', role: UserRole.ADMIN },
      { email: 'procurement@client-one.example', displayName: 'Sofia Lindqvist', role: UserRole.MEMBER },
    ],
  },
  {
    key: 'client-two',
    kind: OrganisationKind.CLIENT,
    legalName: 'Cordillera Energy S.A.',
    country: 'CL',
    website: 'https://client-two.example',
    registrationNumber: 'CL-76.543.210-K',
    users: [{ email: 'analyst@client-two.example', displayName: 'Mateo Rojas', role: UserRole.ADMIN }],
  },
  {
    key: 'client-three',
    kind: OrganisationKind.CLIENT,
    legalName: 'Sahel Copper Holdings Ltd',
    country: 'ZA',
    website: 'https://client-three.example',
    registrationNumber: 'ZA-2011/004455/06',
    users: [{ email: 'analyst@client-three.example', displayName: 'Thandiwe Dlamini', role: UserRole.ADMIN }],
  },
  {
    key: 'provider-one',
    kind: OrganisationKind.PROVIDER,
    legalName: 'Sentinel Vision Systems Ltd',
    country: 'GB',
    website: 'https://provider-one.example',
    registrationNumber: 'GB-09876543',
    users: [
      { email: 'respondent@provider-one.example', displayName: 'Priya Raman', role: UserRole.ADMIN },
      { email: 'engineer@provider-one.example', displayName: 'Tomás Novak', role: UserRole.MEMBER },
    ],
    supplier: {
      description: 'Video analytics and identity verification for critical-infrastructure sites.',
      services: ['Site surveillance design', 'Video analytics', 'Operator training'],
      operatingCountries: ['GB', 'ZA', 'GH', 'PE'],
      membershipStatus: MembershipStatus.MEMBER,
      products: [
        {
          name: 'Sentinel FaceMatch',
          category: ProductCategory.FACIAL_RECOGNITION,
          capabilities: [Capability.BIOMETRIC_PROCESSING, Capability.AI_ML_INFERENCE],
          deploymentContexts: [DeploymentContext.COMMERCIAL_INDUSTRIAL],
          deployedCountries: ['GB', 'ZA'],
          description: 'Matches faces at site gates against a watch-list of authorised staff.',
        },
        {
          name: 'Sentinel Perimeter Analytics',
          category: ProductCategory.VIDEO_ANALYTICS_CCTV,
          capabilities: [Capability.AI_ML_INFERENCE],
          deploymentContexts: [DeploymentContext.COMMERCIAL_INDUSTRIAL],
          deployedCountries: ['GB', 'ZA', 'GH', 'PE'],
          description: 'Intrusion and loitering detection on perimeter cameras; no biometric processing.',
        },
        {
          name: 'Sentinel BodyCam 4',
          category: ProductCategory.BODY_WORN_CAMERAS,
          capabilities: [],
          deploymentContexts: [DeploymentContext.COMMERCIAL_INDUSTRIAL, DeploymentContext.CONFLICT_HIGH_RISK_AREAS],
          deployedCountries: ['GH', 'PE'],
          description: 'Body-worn cameras for private security guards, with tamper-evident storage.',
        },
      ],
    },
  },
  {
    key: 'provider-two',
    kind: OrganisationKind.PROVIDER,
    legalName: 'Aegis Signals SAS',
    country: 'FR',
    website: 'https://provider-two.example',
    registrationNumber: 'FR-RCS-812345678',
    users: [{ email: 'compliance@provider-two.example', displayName: 'Camille Durand', role: UserRole.ADMIN }],
    supplier: {
      description: 'Radio-frequency monitoring and lawful interception systems for state customers.',
      services: ['Lawful interception', 'Spectrum monitoring'],
      operatingCountries: ['FR', 'AE', 'EG', 'NG'],
      membershipStatus: MembershipStatus.NONE,
      products: [
        {
          name: 'Aegis CellGuard',
          category: ProductCategory.IMSI_CATCHER,
          capabilities: [Capability.COVERT_COLLECTION, Capability.MASS_COLLECTION, Capability.EXPORT_CONTROLLED_DUAL_USE],
          deploymentContexts: [DeploymentContext.PUBLIC_ORDER_PROTEST],
          deployedCountries: ['EG', 'NG'],
          description: 'Portable cell-site simulator.',
        },
        {
          name: 'Aegis Monitoring Centre',
          category: ProductCategory.LAWFUL_INTERCEPTION_MONITORING_CENTRE,
          capabilities: [Capability.MASS_COLLECTION, Capability.EXPORT_CONTROLLED_DUAL_USE, Capability.AI_ML_INFERENCE],
          deploymentContexts: [],
          deployedCountries: ['AE', 'EG'],
          description: 'Central monitoring of intercepted communications for law-enforcement agencies.',
        },
      ],
    },
  },
  {
    key: 'provider-three',
    kind: OrganisationKind.PROVIDER,
    legalName: 'Horizon Aerial Robotics GmbH',
    country: 'DE',
    website: 'https://provider-three.example',
    registrationNumber: 'DE-HRB-220044',
    users: [{ email: 'ops@provider-three.example', displayName: 'Jonas Weber', role: UserRole.ADMIN }],
    supplier: {
      description: 'Drones and vehicle-plate recognition for large industrial sites and logistics corridors.',
      services: ['Aerial site patrol', 'Licence plate recognition'],
      operatingCountries: ['DE', 'CL', 'PE', 'MZ'],
      membershipStatus: MembershipStatus.NONE,
      products: [
        {
          name: 'Horizon Patrol UAV',
          category: ProductCategory.DRONES_AERIAL_SURVEILLANCE,
          capabilities: [Capability.AI_ML_INFERENCE],
          deploymentContexts: [DeploymentContext.CONFLICT_HIGH_RISK_AREAS],
          deployedCountries: ['CL', 'MZ'],
          description: 'Autonomous patrol drone with thermal camera.',
        },
        {
          name: 'Horizon PlateWatch',
          category: ProductCategory.LICENCE_PLATE_RECOGNITION,
          capabilities: [Capability.AUTOMATED_DECISIONS],
          deploymentContexts: [DeploymentContext.COMMERCIAL_INDUSTRIAL],
          deployedCountries: ['DE', 'CL', 'PE'],
          description: 'Gate access by licence plate, with automatic deny lists.',
        },
      ],
    },
  },
  {
    key: 'provider-four',
    kind: OrganisationKind.PROVIDER,
    status: OrganisationStatus.PENDING_VERIFICATION,
    legalName: 'Frontera Identity Solutions S.L.',
    country: 'ES',
    website: 'https://provider-four.example',
    registrationNumber: 'ES-B-87654321',
    users: [{ email: 'founder@provider-four.example', displayName: 'Elena Ruiz', role: UserRole.ADMIN }],
    supplier: {
      description: 'Biometric identity checks and electronic monitoring for border and probation services.',
      services: ['Biometric enrolment', 'Electronic monitoring'],
      operatingCountries: ['ES', 'MA', 'LY'],
      membershipStatus: MembershipStatus.NONE,
      products: [
        {
          name: 'Frontera BioGate',
          category: ProductCategory.BORDER_MIGRATION_TECH,
          capabilities: [Capability.BIOMETRIC_PROCESSING, Capability.AUTOMATED_DECISIONS],
          deploymentContexts: [DeploymentContext.BORDER_MIGRATION],
          deployedCountries: ['ES', 'LY'],
          description: 'Fingerprint and face enrolment at border crossings with automated risk flags.',
        },
        {
          name: 'Frontera Tag',
          category: ProductCategory.ELECTRONIC_MONITORING,
          capabilities: [],
          deploymentContexts: [DeploymentContext.PRISONS_PROBATION],
          deployedCountries: ['ES'],
          description: 'GPS ankle tag for probation services.',
        },
      ],
    },
  },
];

export const DEMO_WORKING_GROUP = {
  name: 'Extractives client working group',
  description: 'Mining and energy clients who vet the security technology deployed at their sites.',
  members: ['client-one', 'client-two', 'client-three'],
  watchList: ['provider-one', 'provider-two', 'provider-three'],
};

export const DEMO_JURISDICTION_RISKS: { country: string; level: JurisdictionRiskLevel; rationale: string }[] = [
  { country: 'GB', level: JurisdictionRiskLevel.LOW, rationale: 'Independent oversight of surveillance powers; effective remedies.' },
  { country: 'DE', level: JurisdictionRiskLevel.LOW, rationale: 'Strong data-protection enforcement.' },
  { country: 'FR', level: JurisdictionRiskLevel.LOW, rationale: 'Independent data-protection authority.' },
  { country: 'ES', level: JurisdictionRiskLevel.LOW, rationale: 'Independent data-protection authority.' },
  { country: 'CL', level: JurisdictionRiskLevel.MEDIUM, rationale: 'Documented excessive force at protests; reforms under way.' },
  { country: 'ZA', level: JurisdictionRiskLevel.MEDIUM, rationale: 'Surveillance law struck down in part by the Constitutional Court.' },
  { country: 'EG', level: JurisdictionRiskLevel.SEVERE, rationale: 'Systematic surveillance and detention of journalists and defenders.' },
  { country: 'AE', level: JurisdictionRiskLevel.HIGH, rationale: 'Spyware used against human-rights defenders.' },
  { country: 'LY', level: JurisdictionRiskLevel.SEVERE, rationale: 'Armed conflict; abuses against migrants in detention.' },
  { country: 'MZ', level: JurisdictionRiskLevel.HIGH, rationale: 'Conflict-affected Cabo Delgado province.' },
  { country: 'NG', level: JurisdictionRiskLevel.HIGH, rationale: 'Surveillance of protesters and journalists reported.' },
];

export interface DemoAssessment {
  supplier: string;
  products: string[];
  /** The requesting organisation's key; `workingGroup` makes it a request on behalf of the demo group. */
  requestedBy: string;
  workingGroup?: boolean;
  /** Share of the applicable questions answered (favourably), in questionnaire order. */
  answered: number;
  submitted?: boolean;
  dueInDays: number;
}

/** Assessments in the states before scoring (the scoring, review and certificate issues add the later ones). */
export const DEMO_ASSESSMENTS: DemoAssessment[] = [
  // Requested by the working group; Sentinel has not started yet.
  { supplier: 'provider-one', products: ['Sentinel FaceMatch', 'Sentinel Perimeter Analytics'], requestedBy: 'client-one', workingGroup: true, answered: 0, dueInDays: 60 },
  // Requested by a client; about two thirds answered.
  { supplier: 'provider-one', products: ['Sentinel BodyCam 4'], requestedBy: 'client-two', answered: 0.66, dueInDays: 40 },
  // Requested by the association for the cell-site simulator; a third answered.
  { supplier: 'provider-two', products: ['Aegis CellGuard', 'Aegis Monitoring Centre'], requestedBy: 'association', answered: 0.33, dueInDays: 30 },
  // Horizon assessed itself and submitted: it waits for scoring.
  { supplier: 'provider-three', products: ['Horizon Patrol UAV', 'Horizon PlateWatch'], requestedBy: 'provider-three', answered: 1, submitted: true, dueInDays: 45 },
];

/**
 * The certified story: Sentinel's perimeter analytics, assessed at the request of Sahel Copper, answered
 * favourably with the company's human-rights policy attached as evidence, approved by the association's
 * reviewer and certified by its admin. The worker signs and renders the PDF when the demo starts.
 */
export const DEMO_CERTIFIED_ASSESSMENT = {
  supplier: 'provider-one',
  products: ['Sentinel Perimeter Analytics'],
  requestedBy: 'client-three',
  reviewerEmail: 'reviewer@association.example',
  issuerEmail: 'admin@association.example',
  evidenceName: 'sentinel-human-rights-policy-2026.pdf',
  approvalComment: 'Policies, impact assessments and grievance handling are documented and evidenced.',
};
