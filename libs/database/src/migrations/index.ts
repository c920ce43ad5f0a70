import { Foundation1795491229938 } from './1795491229938-Foundation.js';
import { Assessments1795493645652 } from './1795493645652-Assessments.js';
import { EvidenceAssessment1795494021823 } from './1795494021823-EvidenceAssessment.js';
import { ScoreRuns1795496809582 } from './1795496809582-ScoreRuns.js';
import { Reviews1795500657330 } from './1795500657330-Reviews.js';
import { Certificates1795501628982 } from './1795501628982-Certificates.js';
import { Rescorings1795502224313 } from './1795502224313-Rescorings.js';
import { AuditTrailIndex1795505028957 } from './1795505028957-AuditTrailIndex.js';
import { DirectoryOrderIndex1795511673889 } from './1795511673889-DirectoryOrderIndex.js';
import { ScoreRunExplanationAsJson1795512473478 } from './1795512473478-ScoreRunExplanationAsJson.js';

/** Every migration, in order. `npm run migration:generate -- Name` writes new ones; add them here. */
export const MIGRATIONS: Function[] = [Foundation1795491229938, Assessments1795493645652, EvidenceAssessment1795494021823, ScoreRuns1795496809582, Reviews1795500657330, Certificates1795501628982, Rescorings1795502224313, AuditTrailIndex1795505028957, DirectoryOrderIndex1795511673889, ScoreRunExplanationAsJson1795512473478];
