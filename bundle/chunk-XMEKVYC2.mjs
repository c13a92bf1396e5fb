import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  describeChanges
} from "./chunk-F7YHUHAU.mjs";
import {
  saidOf
} from "./chunk-L6LAZ5CX.mjs";

// src/samples.ts
var SAMPLE_SITE = { title: "NLP Seminar", baseURL: "https://seminars.example.org/", host: "seminars.example.org" };
function sampleEvent(over = {}) {
  const id = over.id ?? "event/mert-seminar";
  const start = over.start ?? /* @__PURE__ */ new Date("2024-11-21T13:00:00Z");
  const permalink = over.permalink ?? `https://seminars.example.org/${id}/`;
  return {
    id,
    path: `content/${id}/index.md`,
    section: id.split("/")[0] ?? "event",
    lang: null,
    slug: null,
    title: `Seminar: "The 'BERT moment' for Music - MERT: Large-Scale Self-supervised Training for Acoustic Music Understanding "`.trim(),
    start,
    end: new Date(start.getTime() + 36e5),
    allDay: false,
    timezone: "Europe/London",
    date: start,
    publishDate: new Date(start.getTime() - 13 * 864e5),
    expiryDate: null,
    draft: false,
    cancelled: false,
    permalink,
    location: "Abacws, Room 2.25",
    address: "Senghennydd Road, Cardiff CF24 4AG, United Kingdom",
    speakers: [{ name: "Chenghua Lin", affiliation: "University of Manchester", url: "https://chenghua-lin.github.io/" }],
    abstract: "Self-supervised learning (SSL) has recently emerged as a promising paradigm for training generalisable models on large-scale data in the fields of vision, text, and speech. In this talk, I will first introduce **MERT**, an acoustic music understanding model with large-scale self-supervised training, which achieves state-of-the-art results on 14 music understanding tasks.\n\nI will then discuss [MARBLE](https://marble-bm.shef.ac.uk/), a universal music benchmark.",
    summary: null,
    bio: "Chenghua Lin is Professor of Natural Language Processing in the Department of Computer Science, University of Manchester.",
    eventName: "NLP Seminar Series",
    links: [
      { name: "Event page", url: permalink },
      { name: "Slides", url: "https://seminars.example.org/slides/mert.pdf" },
      { name: "Video", url: "https://www.youtube.com/watch?v=dQw4w9WgXcQ" }
    ],
    ...over
  };
}
var TITLES = [
  ["Efficient Transformers for Long Documents", "Ana Souza", "University of Edinburgh"],
  ["Evaluating Factuality in Summarisation", "Wei Zhang", "Imperial College London"],
  ["Low-Resource Machine Translation with Pivot Languages", "Fatima Al-Sayed", "Qatar Computing Research Institute"],
  ["Probing Syntax in Multilingual Language Models", "Jonas Berg", "University of Copenhagen"],
  ["Retrieval-Augmented Generation in the Clinic", "Priya Natarajan", "Cardiff University"],
  ["Speech Recognition for Welsh", "Rhiannon Price", "Bangor University"],
  ["Argument Mining at Scale", "Luca Moretti", "University of Turin"],
  ["Counterfactual Data Augmentation", "Hannah Schmidt", "LMU Munich"],
  ["Detecting Misinformation Across Platforms", "Kwame Mensah", "University of Sheffield"],
  ["Grounded Dialogue Agents", "Sofia Kowalska", "University of Warsaw"]
];
function sampleTalks(n) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const [title, name, affiliation] = TITLES[i % TITLES.length];
    const day = Math.floor(i / 2);
    const start = new Date(Date.UTC(2024, 10, 18 + day % 5 + 7 * Math.floor(day / 5), i % 2 === 0 ? 11 : 14, 0));
    const slug = `talk-${String(i + 1).padStart(2, "0")}`;
    out.push(
      sampleEvent({
        id: `event/${slug}`,
        title: n > TITLES.length ? `${title} (${i + 1})` : title,
        start,
        end: new Date(start.getTime() + 36e5),
        permalink: `https://seminars.example.org/event/${slug}/`,
        speakers: [{ name, affiliation, url: `https://example.org/people/${slug}` }],
        links: [
          { name: "Event page", url: `https://seminars.example.org/event/${slug}/` },
          { name: "Slides", url: `https://seminars.example.org/slides/${slug}.pdf` }
        ],
        abstract: "Large language models have changed how we build NLP systems, but they remain costly and hard to evaluate. This talk presents recent work on making them **cheaper**, more *faithful* and easier to audit, with results on several benchmarks and a discussion of open problems for the community. We close with lessons learned from deploying these systems with partners in industry and the public sector."
      })
    );
  }
  return out;
}
function sampleInputs(config, opts = {}) {
  const now = opts.now ?? /* @__PURE__ */ new Date("2024-11-18T08:00:00Z");
  const base = { config, site: opts.site ?? SAMPLE_SITE, now };
  const talk = opts.talk ?? sampleEvent();
  const [before, after] = opts.talk ? [{ ...talk, start: new Date(talk.start.getTime() - 36e5), end: talk.end && new Date(talk.end.getTime() - 36e5) }, talk] : [talk, sampleEvent({ start: /* @__PURE__ */ new Date("2024-11-21T14:00:00Z"), end: /* @__PURE__ */ new Date("2024-11-21T15:00:00Z"), location: "Abacws, Room 0.01" })];
  const changes = describeChanges(saidOf(before), saidOf(after), config.timezone, config.locale, config.labels);
  const listed = opts.digest ?? (opts.talk ? [talk] : sampleTalks(6));
  return {
    announcement: { ...base, kind: "announcement", events: [talk], sequence: { [talk.id]: 0 } },
    digest: {
      ...base,
      kind: "digest",
      events: listed,
      period: { from: now, to: new Date(now.getTime() + config.digest.days * 864e5) },
      sequence: Object.fromEntries(listed.map((t) => [t.id, 0]))
    },
    reminder: { ...base, kind: "reminder", events: [talk], minutesBefore: 60, sequence: { [talk.id]: 0 } },
    update: { ...base, kind: "update", events: [after], changes, sequence: { [after.id]: 1 } },
    cancellation: { ...base, kind: "cancellation", events: [{ ...talk, cancelled: true }], sequence: { [talk.id]: 2 } }
  };
}

export {
  SAMPLE_SITE,
  sampleEvent,
  sampleTalks,
  sampleInputs
};
