import { PresentationScreen } from './PresentationScreen';
import { WithMapBundle } from './WithMapBundle';

/** The element of `paths.present.pattern` and `paths.present.tourPattern`. */
export function PresentRoute() {
  return <WithMapBundle render={(bundle) => <PresentationScreen bundle={bundle} />} />;
}
