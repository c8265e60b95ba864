/** Command-line arguments of `npm run graph`. */

export const USAGE = `Usage:
  npm run graph -- INPUT.txt --out DIR [--id ID] [--lexicon FILE | --no-lexicon] [--max-size MB] [--quiet]
  npm run graph                  rebuild graph-data/graphs/<id>/ for every graph-data/sources/*.txt

Reads a Chinese policy document (UTF-8, UTF-16, GB18030/GBK or Big5 text) and writes to DIR:
  graph.json (the explorer's data), graph.gexf (Gephi), graph.graphml, graph.cyjs (Cytoscape),
  nodes.csv and edges.csv.

Options:
  -o, --out DIR      output directory (created if missing; required with an input)
      --id ID        document id (default: the input file name without extension, slugified)
      --lexicon FILE curated lexicon JSON (default: graph-data/lexicon/<id>.json when it exists
                     and its documentId matches)
      --no-lexicon   use no lexicon
      --max-size MB  largest input read (default 50; building takes about 10× the input in memory)
      --max-memory MB
                     heap limit of the build (default: Node's); running out is reported in one line
  -q, --quiet        print nothing but errors
  -h, --help         show this help
`;

export type CliArgs =
  | { mode: 'help' }
  | { mode: 'rebuild'; quiet: boolean }
  | {
      mode: 'build';
      input: string;
      out: string;
      id: string | null;
      /** Explicit lexicon file; null = default lookup; false = --no-lexicon. */
      lexicon: string | null | false;
      quiet: boolean;
      /** --max-size and --max-memory in MB, null when not given. */
      maxSizeMb: number | null;
      maxMemoryMb: number | null;
    };

export type ParseResult = { ok: true; args: CliArgs } | { ok: false; error: string };

const ID_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u;

/** Parses argv (without node and script). Errors are one line, suitable for `policy-graph: <error>`. */
export function parseArgs(argv: readonly string[]): ParseResult {
  const inputs: string[] = [];
  let out: string | null = null;
  let id: string | null = null;
  let lexicon: string | null | false = null;
  let quiet = false;
  let help = false;
  let maxSizeMb: number | null = null;
  let maxMemoryMb: number | null = null;
  let onlyPositional = false;

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (onlyPositional || arg === '-' || !arg.startsWith('-')) {
      inputs.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPositional = true;
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq >= 0 ? arg.slice(0, eq) : arg;
    const inline = eq >= 0 ? arg.slice(eq + 1) : undefined;
    const value = (): string | { error: string } => {
      if (inline !== undefined) return inline === '' ? { error: `${name} needs a value` } : inline;
      const next = argv[i + 1];
      if (next === undefined || next === '' || (next.startsWith('-') && next !== '-'))
        return { error: `${name} needs a value` };
      i++;
      return next;
    };
    const flag = (): { error: string } | null =>
      inline !== undefined ? { error: `${name} takes no value` } : null;

    let problem: { error: string } | null = null;
    switch (name) {
      case '-h':
      case '--help':
        problem = flag();
        help = true;
        break;
      case '-q':
      case '--quiet':
        problem = flag();
        quiet = true;
        break;
      case '--no-lexicon':
        problem = flag();
        lexicon = false;
        break;
      case '-o':
      case '--out':
      case '--id':
      case '--lexicon': {
        const v = value();
        if (typeof v !== 'string') problem = v;
        else if (name === '--id') id = v;
        else if (name === '--lexicon') lexicon = lexicon === false ? false : v;
        else out = v;
        break;
      }
      case '--max-size':
      case '--max-memory': {
        const v = value();
        if (typeof v !== 'string') problem = v;
        else if (!/^\d+(\.\d+)?$/.test(v) || Number(v) <= 0 || Number(v) > 1_000_000)
          problem = { error: `${name} takes a size in MB (got ${JSON.stringify(v)})` };
        else if (name === '--max-size') maxSizeMb = Number(v);
        else maxMemoryMb = Math.max(16, Math.round(Number(v)));
        break;
      }
      default:
        return { ok: false, error: `unknown option ${name} (see --help)` };
    }
    if (problem) return { ok: false, error: problem.error };
  }

  if (help) return { ok: true, args: { mode: 'help' } };
  if (inputs.length > 1) return { ok: false, error: `one input file at a time (got ${inputs.length})` };
  if (id !== null && !ID_PATTERN.test(id)) {
    return { ok: false, error: `invalid --id ${JSON.stringify(id)}: use letters, digits, '.', '_' and '-'` };
  }
  if (inputs.length === 0) {
    if (out !== null || id !== null || lexicon !== null || maxSizeMb !== null || maxMemoryMb !== null) {
      return {
        ok: false,
        error:
          'missing input file (--out, --id, --lexicon, --max-size and --max-memory need an input; see --help)',
      };
    }
    return { ok: true, args: { mode: 'rebuild', quiet } };
  }
  if (out === null) return { ok: false, error: 'missing --out DIR (where to write the graph files)' };
  return {
    ok: true,
    args: { mode: 'build', input: inputs[0]!, out, id, lexicon, quiet, maxSizeMb, maxMemoryMb },
  };
}

/** Document id from a file name: base name without extension, lower-cased, runs of other characters → '-'. */
export function slugify(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  const slug = base
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}.]+/gu, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  return slug === '' ? 'document' : slug;
}
