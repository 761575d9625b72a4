import { it } from 'vitest';
import { parseHTML } from 'linkedom';
import { loadEvents } from '../../support/disagreement-eval';
import { runPage } from '../../../lib/engine/run-page';
import { MemoryFactbase } from '../../../lib/factbase/memory';

it('dbg', async () => {
  const ids = (process.env.EV ?? '').split(',');
  for (const ev of loadEvents().filter((e) => ids.includes(e.id))) {
    const fb = MemoryFactbase.fromBundle(null);
    for (const p of ev.pages) {
      const r = await runPage({ content: p.content, url: null, contentType: 'text' }, p.name, (h: string) => parseHTML(h).document as unknown as Document, fb);
      console.log(`== ${ev.id}/${p.name}`);
      for (const c of r.claims as any[]) console.log(`  [${c.figureText ?? r.figures[c.figure]?.text}] v=${c.value} pred=${c.predicate} role=${c.role} inc=${c.incident} key=${c.key} place=${c.place} date=${c.eventDate ?? ''} part=${c.partOf ?? ''} chg=${JSON.stringify(c.change ?? c.stated ?? '')}`);
      for (const k of r.conflicts as any[]) console.log(`  -> ${k.kind} ${k.claim} vs ${k.other.value}: ${k.reason}`);
    }
  }
});
