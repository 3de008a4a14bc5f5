import 'fake-indexeddb/auto';
import { configure } from '@testing-library/svelte';

// Role queries compute accessible names over the whole jsdom tree, which takes a few hundred ms on
// a busy two-core CI machine; the library's default 1 s wait for `findBy…`/`waitFor` then fails
// for reasons unrelated to the behaviour tested. Five seconds still fails a view that never shows.
configure({ asyncUtilTimeout: 5000 });
