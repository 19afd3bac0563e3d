import { WithMapBundle } from '../Presentation/WithMapBundle';
import { HandoutScreen } from './HandoutScreen';

/** The element of `paths.handout.pattern` and `paths.handout.tourPattern`. */
export function HandoutRoute() {
  return <WithMapBundle render={(bundle) => <HandoutScreen bundle={bundle} />} />;
}
