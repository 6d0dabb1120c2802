import { SynthesisRunEntity } from './synthesis-run.entity';
import { SynthesisThemeEntity } from './synthesis-theme.entity';
import { SynthesisThemeMemberEntity } from './synthesis-theme-member.entity';
import { ThemeEditEntity } from './theme-edit.entity';
import { StatementEntity } from './statement.entity';
import { StatementVoteEntity } from './statement-vote.entity';

export const SYNTHESIS_ENTITIES = [
  SynthesisRunEntity,
  SynthesisThemeEntity,
  SynthesisThemeMemberEntity,
  ThemeEditEntity,
  StatementEntity,
  StatementVoteEntity,
];
