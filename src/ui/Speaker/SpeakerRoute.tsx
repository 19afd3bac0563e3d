import { WithMapBundle } from '../Presentation/WithMapBundle';
import { SpeakerScreen } from './SpeakerScreen';

/** The element of `paths.speaker.pattern` and `paths.speaker.tourPattern`. */
export function SpeakerRoute() {
  return <WithMapBundle render={(bundle) => <SpeakerScreen bundle={bundle} />} />;
}
