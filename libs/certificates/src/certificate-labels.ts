import { ProductCategory, Tier, type Language } from '@assay/domain';
import { CertificateLevel } from './certificate-payload.js';

export interface CertificateLabels {
  title: string;
  subtitle: string;
  supplier: string;
  country: string;
  level: Record<CertificateLevel, string>;
  conditions: string;
  productsAndScope: string;
  moreProducts: (count: number) => string;
  themeScores: string;
  notApplicable: string;
  maturity: string;
  tier: string;
  tiers: Record<Tier, string>;
  methodology: string;
  issuedAt: string;
  validUntil: string;
  serial: string;
  verify: string;
  signature: (keyId: string) => string;
  categories: Record<ProductCategory, string>;
}

const en: CertificateLabels = {
  title: 'Certificate of human-rights due diligence',
  subtitle: 'Security and surveillance technology supplier',
  supplier: 'Supplier',
  country: 'Country',
  level: { CERTIFIED: 'Certified', CERTIFIED_WITH_CONDITIONS: 'Certified with conditions' },
  conditions: 'Conditions',
  productsAndScope: 'Products in scope',
  moreProducts: (count) => `and ${count} more (all listed in the signed payload)`,
  themeScores: 'Scores by theme',
  notApplicable: 'n/a',
  maturity: 'Maturity',
  tier: 'Residual risk tier',
  tiers: { LOW: 'Low', MEDIUM: 'Medium', HIGH: 'High', CRITICAL: 'Critical' },
  methodology: 'Methodology',
  issuedAt: 'Issued',
  validUntil: 'Valid until',
  serial: 'Serial',
  verify: 'Check the current status of this certificate at',
  signature: (keyId) => `Signed with Ed25519 (key ${keyId}); the signed payload is attached to this PDF. Verify offline: npm run cert:verify.`,
  categories: {
    SPYWARE_REMOTE_INTRUSION: 'Spyware and remote intrusion',
    IMSI_CATCHER: 'IMSI catcher (cell-site simulator)',
    LAWFUL_INTERCEPTION_MONITORING_CENTRE: 'Lawful interception and monitoring centre',
    FACIAL_RECOGNITION: 'Facial recognition',
    BIOMETRIC_IDENTIFICATION: 'Biometric identification',
    BORDER_MIGRATION_TECH: 'Border and migration technology',
    PREDICTIVE_POLICING_RISK_ASSESSMENT: 'Predictive policing and risk assessment',
    SOCIAL_MEDIA_MONITORING_OSINT: 'Social-media monitoring and OSINT',
    ELECTRONIC_MONITORING: 'Electronic monitoring',
    DRONES_AERIAL_SURVEILLANCE: 'Drones and aerial surveillance',
    LICENCE_PLATE_RECOGNITION: 'Licence-plate recognition',
    VIDEO_ANALYTICS_CCTV: 'Video analytics and CCTV',
    BODY_WORN_CAMERAS: 'Body-worn cameras',
    ACCESS_CONTROL_PERIMETER: 'Access control and perimeter',
  },
};

const fr: CertificateLabels = {
  title: 'Certificat de diligence raisonnable en matière de droits humains',
  subtitle: 'Fournisseur de technologies de sécurité et de surveillance',
  supplier: 'Fournisseur',
  country: 'Pays',
  level: { CERTIFIED: 'Certifié', CERTIFIED_WITH_CONDITIONS: 'Certifié sous conditions' },
  conditions: 'Conditions',
  productsAndScope: 'Produits couverts',
  moreProducts: (count) => `et ${count} de plus (tous dans les données signées)`,
  themeScores: 'Scores par thème',
  notApplicable: 's.o.',
  maturity: 'Maturité',
  tier: 'Niveau de risque résiduel',
  tiers: { LOW: 'Faible', MEDIUM: 'Moyen', HIGH: 'Élevé', CRITICAL: 'Critique' },
  methodology: 'Méthodologie',
  issuedAt: 'Délivré le',
  validUntil: "Valable jusqu'au",
  serial: 'Numéro de série',
  verify: 'Vérifiez le statut actuel de ce certificat sur',
  signature: (keyId) => `Signé en Ed25519 (clé ${keyId}) ; les données signées sont jointes à ce PDF. Vérification hors ligne : npm run cert:verify.`,
  categories: {
    SPYWARE_REMOTE_INTRUSION: 'Logiciels espions et intrusion à distance',
    IMSI_CATCHER: 'IMSI-catcher (simulateur de station de base)',
    LAWFUL_INTERCEPTION_MONITORING_CENTRE: "Interception légale et centre d'écoute",
    FACIAL_RECOGNITION: 'Reconnaissance faciale',
    BIOMETRIC_IDENTIFICATION: 'Identification biométrique',
    BORDER_MIGRATION_TECH: 'Technologies des frontières et des migrations',
    PREDICTIVE_POLICING_RISK_ASSESSMENT: 'Police prédictive et évaluation des risques',
    SOCIAL_MEDIA_MONITORING_OSINT: 'Surveillance des réseaux sociaux et OSINT',
    ELECTRONIC_MONITORING: 'Surveillance électronique',
    DRONES_AERIAL_SURVEILLANCE: 'Drones et surveillance aérienne',
    LICENCE_PLATE_RECOGNITION: "Lecture de plaques d'immatriculation",
    VIDEO_ANALYTICS_CCTV: 'Analyse vidéo et vidéosurveillance',
    BODY_WORN_CAMERAS: 'Caméras-piétons',
    ACCESS_CONTROL_PERIMETER: "Contrôle d'accès et périmètre",
  },
};

const es: CertificateLabels = {
  title: 'Certificado de debida diligencia en derechos humanos',
  subtitle: 'Proveedor de tecnología de seguridad y vigilancia',
  supplier: 'Proveedor',
  country: 'País',
  level: { CERTIFIED: 'Certificado', CERTIFIED_WITH_CONDITIONS: 'Certificado con condiciones' },
  conditions: 'Condiciones',
  productsAndScope: 'Productos cubiertos',
  moreProducts: (count) => `y ${count} más (todos en los datos firmados)`,
  themeScores: 'Puntuaciones por tema',
  notApplicable: 'n/a',
  maturity: 'Madurez',
  tier: 'Nivel de riesgo residual',
  tiers: { LOW: 'Bajo', MEDIUM: 'Medio', HIGH: 'Alto', CRITICAL: 'Crítico' },
  methodology: 'Metodología',
  issuedAt: 'Emitido el',
  validUntil: 'Válido hasta',
  serial: 'Número de serie',
  verify: 'Compruebe el estado actual de este certificado en',
  signature: (keyId) => `Firmado con Ed25519 (clave ${keyId}); los datos firmados van adjuntos a este PDF. Verificación sin conexión: npm run cert:verify.`,
  categories: {
    SPYWARE_REMOTE_INTRUSION: 'Programas espía e intrusión remota',
    IMSI_CATCHER: 'Captador IMSI (simulador de estación base)',
    LAWFUL_INTERCEPTION_MONITORING_CENTRE: 'Interceptación legal y centro de monitoreo',
    FACIAL_RECOGNITION: 'Reconocimiento facial',
    BIOMETRIC_IDENTIFICATION: 'Identificación biométrica',
    BORDER_MIGRATION_TECH: 'Tecnología de fronteras y migración',
    PREDICTIVE_POLICING_RISK_ASSESSMENT: 'Policía predictiva y evaluación de riesgos',
    SOCIAL_MEDIA_MONITORING_OSINT: 'Monitoreo de redes sociales y OSINT',
    ELECTRONIC_MONITORING: 'Monitoreo electrónico',
    DRONES_AERIAL_SURVEILLANCE: 'Drones y vigilancia aérea',
    LICENCE_PLATE_RECOGNITION: 'Reconocimiento de matrículas',
    VIDEO_ANALYTICS_CCTV: 'Videoanálisis y CCTV',
    BODY_WORN_CAMERAS: 'Cámaras corporales',
    ACCESS_CONTROL_PERIMETER: 'Control de acceso y perímetro',
  },
};

export const CERTIFICATE_LABELS: Readonly<Record<Language, CertificateLabels>> = Object.freeze({ en, fr, es });

/** Dates as a reader of that language writes them, in UTC (the instant the payload holds, not the server's zone). */
export function formatCertificateDate(instant: string, language: Language): string {
  const locale = { en: 'en-GB', fr: 'fr-FR', es: 'es-ES' }[language];
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(instant));
}
