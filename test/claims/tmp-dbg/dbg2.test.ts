import { it } from 'vitest';
import { parseHTML } from 'linkedom';
import { loadEvents } from '../../support/disagreement-eval';
import { runPage } from '../../../lib/engine/run-page';
import { MemoryFactbase } from '../../../lib/factbase/memory';

it('dbg', async () => {
  const [id, page] = (process.env.EV ?? '').split('/');
  const ev = loadEvents().find((e) => e.id === id)!;
  const fb = MemoryFactbase.fromBundle(null);
  for (const p of ev.pages) {
    const r = await runPage({ content: p.content, url: null, contentType: 'text' }, p.name, (h: string) => parseHTML(h).document as unknown as Document, fb);
    if (p.name.startsWith(page!)) { for (const a of r.actors as any[]) console.log(`  ${a.start} ${a.text} type=${a.type} id=${a.actorId} can=${a.canonical}`); for (const a of (r as any).maybe ?? []) console.log(`  ${a.start} MAYBE ${a.text} ${a.type}`); }
  }
});
