import { Controller, Get, Param, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { Actor } from '@assay/domain';
import { ParseIdPipe } from '../../common/parse-id.pipe.js';
import { BearerActorGuard, RestActor } from '../../common/rest-actor.js';
import { RestExceptionFilter } from '../../common/rest-exception.filter.js';
import { scorecardCsv } from './scorecard.view.js';
import { ScorecardsService } from './scorecards.service.js';

/** The scorecard as files, for clients' own records; the same visibility as the GraphQL field. */
@Controller('assessments')
@UseGuards(BearerActorGuard)
@UseFilters(RestExceptionFilter)
export class ScorecardsController {
  constructor(private readonly scorecards: ScorecardsService) {}

  @Get(':id/scorecard.csv')
  async csv(@RestActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Res() reply: FastifyReply): Promise<void> {
    const card = await this.scorecards.download(actor, id);
    await reply.headers(headers('text/csv; charset=utf-8', `scorecard-${id}.csv`)).send(scorecardCsv(card));
  }

  @Get(':id/scorecard.json')
  async json(@RestActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Res() reply: FastifyReply): Promise<void> {
    const card = await this.scorecards.download(actor, id);
    await reply.headers(headers('application/json; charset=utf-8', `scorecard-${id}.json`)).send(JSON.stringify({ assessmentId: id, ...card }, null, 2));
  }
}

function headers(contentType: string, fileName: string): Record<string, string> {
  return {
    'content-type': contentType,
    'content-disposition': `attachment; filename="${fileName}"`,
    'x-content-type-options': 'nosniff',
    'cache-control': 'private, no-store',
  };
}
