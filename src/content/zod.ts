/**
 * zod, configured before any schema is made or used: no eval-based fast paths, since the app runs under
 * a Content-Security-Policy without 'unsafe-eval' (zod's probe for `new Function` would be reported as a
 * violation). Every schema module imports `z` from here, so no module order can skip the setting.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
