import { WithMapBundle } from '../Presentation/WithMapBundle';
import { StudyScreen } from './StudyScreen';

/** The element of `paths.study.pattern` and `paths.study.cardPattern` (loaded on first visit). */
export function StudyRoute() {
  return <WithMapBundle render={(bundle) => <StudyScreen bundle={bundle} />} />;
}
