/**
 * Reads the answer to the request for `scorm-kit.json`. The kit exists only in a production build:
 * the development server (`npm start`) answers its address with the app's page (HTML, status 200)
 * or a 404. Either is told apart by status and content type, never by trying to read HTML as JSON,
 * and is the code `kit-missing` (`KitMissing`), for which the instructor view says what to run.
 * Other failures are `PackageProblem`s, worded by whoever shows them.
 */
import { PackageProblem } from './package-problem';

/** The app's files hold no package kit (a development server, or a build without the kit plugin). */
export class KitMissing extends PackageProblem {
  /** The code views choose their words by. */
  readonly code = 'kit-missing';
  constructor() {
    super({ code: 'kit-missing' });
  }
}

/** The kit's JSON from its response; throws `KitMissing` for a 404 or an HTML page, a `PackageProblem` otherwise. */
export async function kitFromResponse(response: Response): Promise<unknown> {
  const type = response.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (response.status === 404 || type === 'text/html') throw new KitMissing();
  if (!response.ok) throw new PackageProblem({ code: 'kit-http', status: response.status });
  try {
    return JSON.parse(await response.text()) as unknown;
  } catch {
    throw new PackageProblem({ code: 'kit-not-json' });
  }
}
